#pragma once

#include <QHash>
#include <QObject>

#include "core/engine/scanjob.h"
#include "core/formats/reportformat.h"
#include "core/results/scanreport.h"

// Runs one scan for portolan-cli: progress on stderr, the report to stdout or a file.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    struct Settings
    {
        ScanOptions options;
        QString targetsText;
        QString portsText;
        ReportFormat format = ReportFormat::Text;
        QString outputPath; // empty: standard output
        QString hostsCsvPath; // empty: none
        bool history = true; // keep the scan in the history
        bool progress = false;
    };

    explicit CliRunner(Settings settings, QObject *parent = nullptr);

    // Runs the scan to its end; returns the process exit code.
    int exec();

private:
    void onResults(const ScanBatch &batch);
    void onProgress(const ScanProgress &progress);
    void onFinished(const ScanSummary &summary);
    void onHostNamed(quint32 hostId, const QStringList &names);
    // Writes the report and ends the program's event loop.
    void writeReport();

    Settings m_settings;
    ScanJob m_job;
    ScanReport m_report;
    QHash<quint64, qsizetype> m_openRows; // host id and port -> index into m_report.results
    int m_exitCode = 0;
    bool m_progressShown = false;
    bool m_written = false;
};
