#include "cli/clirunner.h"

#include <cstdio>

#include <QCoreApplication>
#include <QTimer>

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
    connect(&m_job, &ScanJob::resultsReady, this, &CliRunner::onResults);
    connect(&m_job, &ScanJob::progressChanged, this, &CliRunner::onProgress);
    connect(&m_job, &ScanJob::finished, this, &CliRunner::onFinished);
    connect(&m_job, &ScanJob::hostNamed, this, &CliRunner::onHostNamed);
    connect(&m_job, &ScanJob::targetFailed, this, [](const QString &, const QString &message) {
        std::fprintf(stderr, "portolan-cli: %s\n", qPrintable(message));
    });
}

int CliRunner::exec()
{
    const ScanOptions &o = m_settings.options;
    m_report.targets = m_settings.targetsText;
    m_report.ports = m_settings.portsText;
    m_report.timeoutMs = o.timeoutMs;
    m_report.retries = o.retries;
    m_report.banners = o.grabBanners;
    m_report.services = o.detectServices;
    m_report.started = QDateTime::currentDateTime();
    m_job.start(o);
    if (!m_job.isRunning())
        return m_exitCode;
    return QCoreApplication::exec() == 0 ? m_exitCode : 1;
}

void CliRunner::onResults(const ScanBatch &batch)
{
    for (const ScanResult &r : batch.results) {
        if (r.state == PortState::Open)
            m_openRows.insert(r.portKey(), m_report.results.size());
        m_report.results.append(r);
    }
    for (const ScanResult &r : batch.detected) {
        const auto row = m_openRows.constFind(r.portKey());
        if (row != m_openRows.cend()) {
            ScanResult &listed = m_report.results[*row];
            listed.service = r.service;
            if (listed.banner.isEmpty())
                listed.banner = r.banner;
        }
    }
    m_report.hosts.append(batch.closedCounts);
    m_report.hostStates.append(batch.hosts);
}

void CliRunner::onProgress(const ScanProgress &p)
{
    if (!m_settings.progress || p.total == 0)
        return;
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
    m_progressShown = true;
}

void CliRunner::onHostNamed(quint32 hostId, const QStringList &names)
{
    for (HostState &state : m_report.hostStates) {
        if (state.hostId == hostId)
            state.names = names;
    }
}

void CliRunner::onFinished(const ScanSummary &summary)
{
    if (m_progressShown)
        std::fputs("\r\033[K", stderr);
    m_report.summary = summary;
    m_report.concurrency = summary.concurrency;
    if (summary.hostCount == 0 && !summary.targetErrors.isEmpty() && !summary.cancelled) {
        // No target resolved (each said why on stderr): bad input, nothing to report.
        m_exitCode = 2;
        m_written = true;
        QCoreApplication::exit(0);
        return;
    }
    if (m_job.pendingNames() == 0) {
        writeReport();
        return;
    }
    // Names of live hosts still being looked up: wait for them, two seconds at most.
    connect(&m_job, &ScanJob::namesDone, this, &CliRunner::writeReport);
    QTimer::singleShot(2000, this, &CliRunner::writeReport);
}

void CliRunner::writeReport()
{
    if (m_written)
        return;
    m_written = true;
    const ScanSummary &summary = m_report.summary;
    const QByteArray data = ReportFormats::toBytes(m_settings.format, m_report);

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
                m_settings.hostsCsvPath, CsvFormat::hostsCsv(m_report.hostStates), &error)) {
            std::fprintf(stderr, "portolan-cli: %s\n", qPrintable(error));
            m_exitCode = 1;
        }
    }
    if (m_settings.history) {
        // The scan stands whether or not the history takes it.
        QString error;
        if (!CliHistory::save(m_report, &error))
            std::fprintf(stderr, "portolan-cli: %s\n",
                qPrintable(
                    QCoreApplication::translate("portolan-cli", "not kept in the history: %1")
                        .arg(error)));
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
