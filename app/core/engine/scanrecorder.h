#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include "core/engine/scanjob.h"
#include "core/results/scanreport.h"

// Runs one scan and keeps all of it as a ScanReport: the listed ports (open ones
// given their service when detection names it), closed counts, host states and
// the names of live hosts (waited for after the scan, two seconds at most).
// portolan-cli's scans and the watches (headless or in the window) use it.
class ScanRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanRecorder)

public:
    // How long names still being looked up are waited for once the scan ends.
    static constexpr int namesWaitMs = 2000;

    explicit ScanRecorder(QObject *parent = nullptr);

    // Starts the scan; false when it did not start (the job says why).
    bool start(const ScanOptions &options, const QString &targetsText, const QString &portsText);
    void cancel() { m_job.cancel(); }
    ScanJob *job() { return &m_job; }
    const ScanReport &report() const { return m_report; }
    bool isDone() const { return m_done; }

Q_SIGNALS:
    // The scan ended and the report is whole (its summary included).
    void done();

private:
    void onResults(const ScanBatch &batch);
    void onFinished(const ScanSummary &summary);
    void finish();

    ScanJob m_job;
    ScanReport m_report;
    QHash<quint64, qsizetype> m_openRows; // host id and port -> index into m_report.results
    QTimer m_namesWait;
    bool m_done = false;
};
