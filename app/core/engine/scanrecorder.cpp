#include "core/engine/scanrecorder.h"

ScanRecorder::ScanRecorder(QObject *parent)
    : QObject(parent)
{
    m_namesWait.setSingleShot(true);
    m_namesWait.setInterval(namesWaitMs);
    connect(&m_namesWait, &QTimer::timeout, this, &ScanRecorder::finish);
    connect(&m_job, &ScanJob::resultsReady, this, &ScanRecorder::onResults);
    connect(&m_job, &ScanJob::finished, this, &ScanRecorder::onFinished);
    connect(&m_job, &ScanJob::namesDone, this, [this] {
        if (m_namesWait.isActive())
            finish();
    });
    connect(
        &m_job, &ScanJob::hostNamed, this, [this](quint32 hostId, const QList<HostName> &names) {
            for (HostState &state : m_report.hostStates) {
                if (state.hostId == hostId)
                    state.names = names;
            }
        });
}

bool ScanRecorder::start(
    const ScanOptions &options, const QString &targetsText, const QString &portsText)
{
    m_report = ScanReport();
    m_openRows.clear();
    m_done = false;
    m_report.targets = targetsText;
    m_report.ports = portsText;
    m_report.timeoutMs = options.timeoutMs;
    m_report.retries = options.retries;
    m_report.banners = options.grabBanners;
    m_report.services = options.detectServices;
    m_report.started = QDateTime::currentDateTime();
    m_job.start(options);
    return m_job.isRunning();
}

void ScanRecorder::onResults(const ScanBatch &batch)
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
    for (quint32 id : batch.allPortsAnswer) {
        for (HostState &state : m_report.hostStates) {
            if (state.hostId == id)
                state.allPortsAnswer = true;
        }
    }
}

void ScanRecorder::onFinished(const ScanSummary &summary)
{
    m_report.summary = summary;
    m_report.concurrency = summary.concurrency;
    if (m_job.pendingNames() == 0)
        finish();
    else
        m_namesWait.start(); // names of live hosts still coming
}

void ScanRecorder::finish()
{
    m_namesWait.stop();
    if (m_done)
        return;
    m_done = true;
    Q_EMIT done();
}
