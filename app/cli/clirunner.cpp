#include "cli/clirunner.h"

#include <cstdio>

#include <QCoreApplication>

#include "cli/clihistory.h"
#include "cli/clioptions.h"
#include "core/formats/atomicfile.h"
#include "core/formats/csvformat.h"
#include "core/formats/reportformat.h"
#include "core/results/resulttext.h"

CliRunner::CliRunner(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    ScanJob *job = m_recorder.job();
    connect(job, &ScanJob::progressChanged, this, &CliRunner::onProgress);
    connect(job, &ScanJob::targetFailed, this, [](const QString &, const QString &message) {
        std::fprintf(stderr, "portolan-cli: %s\n", qPrintable(message));
    });
    connect(&m_recorder, &ScanRecorder::done, this, &CliRunner::writeReport);
}

int CliRunner::exec()
{
    if (!m_recorder.start(m_settings.options, m_settings.targetsText, m_settings.portsText))
        return m_exitCode;
    return QCoreApplication::exec() == 0 ? m_exitCode : 1;
}

void CliRunner::onProgress(const ScanProgress &p)
{
    if (!m_settings.progress || p.total == 0)
        return;
    if (p.detectingOnly()) {
        std::fprintf(stderr, "\rDetecting services: %llu port%s left\033[K",
            static_cast<unsigned long long>(p.servicesLeft), p.servicesLeft == 1 ? "" : "s");
        m_progressShown = true;
        return;
    }
    if (p.hostsToDiscover > 0 && p.hostsDecided < p.hostsToDiscover) {
        std::fprintf(stderr, "\rDiscovery %llu/%llu hosts, %llu up  |  ",
            static_cast<unsigned long long>(p.hostsDecided),
            static_cast<unsigned long long>(p.hostsToDiscover),
            static_cast<unsigned long long>(p.hostsUp));
    } else {
        std::fputs("\r", stderr);
    }
    std::fprintf(stderr, "%5.1f%%  %llu/%llu probes  %llu open  %llu filtered  %.0f/s  ETA %s   ",
        100.0 * double(p.done) / double(p.total), static_cast<unsigned long long>(p.done),
        static_cast<unsigned long long>(p.total), static_cast<unsigned long long>(p.open),
        static_cast<unsigned long long>(p.filtered), p.ratePerSecond,
        p.etaMs < 0 ? "?" : qPrintable(ResultText::formatDuration(p.etaMs)));
    // Closed UDP ports wait for their hosts' ICMP allowance: say so, or the line
    // would seem stuck.
    if (p.confirming > 0) {
        std::fprintf(stderr, "|  confirming %llu closed UDP port%s%s%s   ",
            static_cast<unsigned long long>(p.confirming), p.confirming == 1 ? "" : "s",
            p.confirmEtaMs < 0 ? "" : ", about ",
            p.confirmEtaMs < 0 ? "" : qPrintable(ResultText::formatDuration(p.confirmEtaMs)));
    }
    m_progressShown = true;
}

void CliRunner::writeReport()
{
    if (m_written)
        return;
    m_written = true;
    if (m_progressShown)
        std::fputs("\r\033[K", stderr);
    const ScanReport &report = m_recorder.report();
    const ScanSummary &summary = report.summary;
    if (summary.hostCount == 0 && !summary.targetErrors.isEmpty() && !summary.cancelled) {
        // No target resolved (each said why on stderr): bad input, nothing to report.
        m_exitCode = 2;
        QCoreApplication::exit(0);
        return;
    }
    const QByteArray data = ReportFormats::toBytes(m_settings.format, report);

    m_exitCode = 0;
    if (!summary.error.isEmpty()) {
        std::fprintf(stderr, "portolan-cli: %s\n",
            qPrintable(QCoreApplication::translate("portolan-cli", "scan stopped: %1")
                           .arg(summary.error)));
        m_exitCode = 1;
    }
    if (!m_settings.hostsCsvPath.isEmpty()) {
        QString error;
        if (!AtomicFile::writeData(
                m_settings.hostsCsvPath, CsvFormat::hostsCsv(report.hostStates), &error)) {
            std::fprintf(stderr, "portolan-cli: %s\n", qPrintable(error));
            m_exitCode = 1;
        }
    }
    if (m_settings.history) {
        // The scan stands whether or not the history takes it.
        QString error;
        switch (CliHistory::save(report, &error)) {
        case PendingScans::Outcome::Failed:
            std::fprintf(stderr, "portolan-cli: %s\n",
                qPrintable(
                    QCoreApplication::translate("portolan-cli", "not kept in the history: %1")
                        .arg(error)));
            break;
        case PendingScans::Outcome::KeptRefused:
            // Not an outage that passes: the user has credentials or rights to fix.
            std::fprintf(stderr, "portolan-cli: %s\n", qPrintable(error));
            m_exitCode = 2;
            break;
        case PendingScans::Outcome::Saved:
        case PendingScans::Outcome::Kept:
            break;
        }
    }
    if (m_settings.outputPath.isEmpty()) {
        CliOptions::print(data);
    } else {
        QString error;
        if (!AtomicFile::writeData(m_settings.outputPath, data, &error)) {
            std::fprintf(stderr, "portolan-cli: %s\n", qPrintable(error));
            m_exitCode = 1;
        }
    }
    QCoreApplication::exit(0);
}
