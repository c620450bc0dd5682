#pragma once

#include <atomic>
#include <memory>

#include <QFutureWatcher>
#include <QObject>

#include "core/formats/reportformat.h"
#include "core/models/scanresultmodel.h"
#include "core/results/scanreport.h"

// Writes an export on a worker thread, streaming rows into a temporary file that
// replaces the target only when everything was written: progress, cancel, and an
// earlier file left intact on failure or cancel.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        qsizetype rows = 0;
    };

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    // Ignored while an export runs. header carries the scan's parameters and summary.
    void start(const QString &path, ReportFormat format, const ScanReport &header,
        ScanResultModel::Snapshot rows);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progressChanged(qsizetype written, qsizetype total);
    void finished(const ExportJob::Outcome &outcome);

private:
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
Q_DECLARE_METATYPE(ExportJob::Outcome)
