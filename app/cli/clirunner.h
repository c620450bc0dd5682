#pragma once

#include <QObject>

#include "core/engine/scanrecorder.h"
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
        QString targetsText; // as the report names them (typed, then "-iL FILE")
        QString typedTargets; // the targets on the command line
        QString targetFile; // -iL FILE; empty: none
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
    void onProgress(const ScanProgress &progress);
    // Writes the report (or, when no target resolved, nothing: exit 2) and ends
    // the program's event loop.
    void writeReport();

    Settings m_settings;
    ScanRecorder m_recorder;
    int m_exitCode = 0;
    bool m_progressShown = false;
    bool m_written = false;
};
