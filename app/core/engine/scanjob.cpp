#include "core/engine/scanjob.h"

#include <algorithm>

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include "core/engine/concurrencyplan.h"
#include "core/engine/scanshared.h"
#include "core/engine/scanworker.h"
#include "core/engine/udpscanworker.h"
#include "core/platform/pollerfactory.h"
#include "core/platform/systemlimits.h"

namespace {

constexpr int tickMs = 50;
constexpr int reservedDescriptors = 48;

// Descriptors this process may still open, less a reserve (may exceed the automatic cap).
long long descriptorBudget()
{
    SystemLimits::raiseFileLimit();
    const long long limit = SystemLimits::fileLimit();
    const long long soft = limit < 0 ? ConcurrencyPlan::maxAutomatic + reservedDescriptors : limit;
    return soft - SystemLimits::openDescriptorCount() - reservedDescriptors;
}

} // namespace

ScanJob::ScanJob(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &ScanJob::onTick);
    connect(&m_names, &HostNamer::hostNamed, this, &ScanJob::hostNamed);
    connect(&m_names, &HostNamer::done, this, &ScanJob::namesDone);
    connect(&m_detection, &DetectionThread::detected, this, &ScanJob::onServicesDetected);
}

ScanJob::~ScanJob()
{
    for (int id : std::as_const(m_lookupIds))
        QHostInfo::abortHostLookup(id);
    if (m_shared)
        m_shared->cancelled = true;
    m_pool.waitForDone();
}

void ScanJob::start(const ScanOptions &options)
{
    if (isRunning())
        return;
    SystemLimits::raiseFileLimit();
    m_options = options;
    m_summary = ScanSummary {};
    m_names.clear();
    m_namesHeld.clear();
    m_summary.portCount = static_cast<quint32>(options.ports.count());
    m_shared.reset();
    ++m_generation;
    m_detecting = 0;
    m_detected.clear();
    m_allPorts.clear();
    if (options.detectServices)
        m_detection.start();
    m_paused = false;
    m_pausedMs = 0;
    m_cancelRequested = false;
    m_clock.start();
    m_phase = Phase::Resolving;

    const QList<TargetEntry> &entries = m_options.targets.entries();
    m_resolved = QList<QList<QHostAddress>>(entries.size());
    m_lookupIds.clear();
    m_lookupsPending = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].kind != TargetEntry::Kind::Name)
            continue;
        ++m_lookupsPending;
        const int entryIndex = static_cast<int>(i);
        m_lookupIds.append(QHostInfo::lookupHost(entries[i].text, this,
            [this, entryIndex](const QHostInfo &info) { onLookupDone(entryIndex, info); }));
    }
    m_tick.start();
    if (m_lookupsPending == 0)
        launch();
}

void ScanJob::onLookupDone(int entryIndex, const QHostInfo &info)
{
    if (m_phase != Phase::Resolving)
        return;
    const TargetEntry &entry = m_options.targets.entries().at(entryIndex);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        const QString message
            = info.error() == QHostInfo::HostNotFound || info.addresses().isEmpty()
            ? tr("cannot resolve %1: unknown host").arg(entry.text)
            : tr("cannot resolve %1: %2").arg(entry.text, info.errorString());
        m_summary.targetErrors.append(message);
        Q_EMIT targetFailed(entry.text, message);
    } else {
        m_resolved[entryIndex]
            = TargetSpec::addressesForName(info.addresses(), m_options.resolveAll, m_options.ipv6);
    }
    if (--m_lookupsPending == 0)
        launch();
}

HostTable ScanJob::hostTable()
{
    HostTable hosts;
    const QList<TargetEntry> &entries = m_options.targets.entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TargetEntry &entry = entries[i];
        if (entry.kind == TargetEntry::Kind::Name) {
            for (const QHostAddress &address : std::as_const(m_resolved[i]))
                hosts.appendAddress(entry.text, address, entry.discovers());
        } else if (entry.count == 1) {
            hosts.appendAddress(entry.first.toString(), entry.first, entry.discovers());
        } else {
            hosts.appendRange(entry.first, entry.count, entry.discovers());
        }
    }
    m_resolved.clear();
    if (m_options.discovery == ScanOptions::Discovery::Skip)
        hosts.setDiscoverAll(false);
    else if (m_options.discovery == ScanOptions::Discovery::Only)
        hosts.setDiscoverAll(true);
    return hosts;
}

void ScanJob::openPingSockets()
{
    // Ping sockets where the system allows them; TCP alone elsewhere, silently.
    QString why;
    auto ping4 = std::make_unique<Pinger>();
    if (ping4->open(QAbstractSocket::IPv4Protocol, &why))
        m_shared->ping4 = std::move(ping4);
    auto ping6 = std::make_unique<Pinger>();
    if (ping6->open(QAbstractSocket::IPv6Protocol, &why))
        m_shared->ping6 = std::move(ping6);
}

void ScanJob::launch()
{
    m_lookupIds.clear();
    HostTable hosts = hostTable();
    m_summary.hostCount = static_cast<quint32>(hosts.count());
    m_summary.discoveryOnly = m_options.discovery == ScanOptions::Discovery::Only;
    m_hostsReported.clear();
    m_shared = std::make_shared<ScanShared>(m_options, std::move(hosts));
    const auto tcpPorts = static_cast<quint64>(m_shared->ports.size());
    const auto udpPorts = static_cast<quint64>(m_shared->udpPorts.size());
    const QList<std::pair<quint64, quint64>> discover = m_shared->hosts.runs(true);
    m_hostsToDiscover = 0;
    for (const auto &[first, end] : discover)
        m_hostsToDiscover += end - first;
    m_summary.discovery = m_hostsToDiscover > 0;
    if (!m_summary.discoveryOnly) {
        for (const auto &[first, end] : m_shared->hosts.runs(false)) {
            m_shared->source.add(first * tcpPorts, end * tcpPorts);
            m_shared->udpSource.add(first * udpPorts, end * udpPorts);
        }
    }
    if (discover.isEmpty())
        m_shared->closeSources();
    else if (m_options.ping)
        openPingSockets();
    m_shared->paused = m_paused;
    // Finishing workers wake the job at once instead of at its next tick.
    m_shared->workerDone
        = [this] { QMetaObject::invokeMethod(this, &ScanJob::onTick, Qt::QueuedConnection); };
    m_phase = Phase::Scanning;
    if (m_shared->total == 0) {
        finish();
        return;
    }
    QString pollerError;
    if (!PollerFactory::kindFromEnvironment(&m_shared->pollerKind, &pollerError)) {
        m_shared->fail(pollerError);
        finish();
        return;
    }
    startWorkers();
}

void ScanJob::startWorkers()
{
    ConcurrencyPlan::Inputs in;
    in.requested = m_options.concurrency;
    in.descriptors = descriptorBudget();
    in.workers = m_options.workers;
    in.idealThreads = QThread::idealThreadCount();
    in.paced = m_options.scanDelayMs > 0;
    in.total = m_shared->total;
    in.discovery = m_summary.discovery;
    in.discoveryOnly = m_summary.discoveryOnly;
    in.tcp = !m_shared->ports.isEmpty();
    in.udp = !m_shared->udpPorts.isEmpty();
    const ConcurrencyPlan plan = ConcurrencyPlan::make(in);
    m_summary.concurrency = plan.concurrency;
    m_pool.setMaxThreadCount(plan.threads);
    m_workers.clear();
    auto shared = m_shared;
    if (plan.discoveryWindow > 0) {
        m_workers.append(QtConcurrent::run(&m_pool, [shared, window = plan.discoveryWindow] {
            ScanWorker worker(shared, window);
            worker.runDiscovery();
        }));
    }
    for (const int window : plan.windows) {
        m_workers.append(QtConcurrent::run(&m_pool, [shared, window] {
            ScanWorker worker(shared, window);
            worker.run();
        }));
    }
    if (plan.udpWorker) {
        m_workers.append(QtConcurrent::run(&m_pool, [shared] {
            UdpScanWorker worker(shared);
            worker.run();
        }));
    }
}

void ScanJob::cancel()
{
    if (!isRunning())
        return;
    m_cancelRequested = true;
    if (m_phase == Phase::Resolving) {
        for (int id : std::as_const(m_lookupIds))
            QHostInfo::abortHostLookup(id);
        m_lookupIds.clear();
        m_resolved.clear();
        m_summary.cancelled = true;
        finish();
        return;
    }
    if (m_shared)
        m_shared->cancelled = true;
    m_detection.cancel();
}

void ScanJob::pause()
{
    if (!isRunning() || m_paused)
        return;
    m_paused = true;
    m_pausedAt = m_clock.elapsed();
    if (m_shared)
        m_shared->paused = true;
    Q_EMIT progressChanged(progress());
}

void ScanJob::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_pausedMs += m_clock.elapsed() - m_pausedAt;
    if (m_shared)
        m_shared->paused = false;
    Q_EMIT progressChanged(progress());
}

ScanProgress ScanJob::progress() const
{
    ScanProgress p;
    if (m_clock.isValid())
        p.elapsedMs = m_clock.elapsed();
    p.paused = m_paused;
    p.servicesLeft = m_detecting;
    if (!m_shared) {
        p.total = m_options.targets.addressCount() * static_cast<quint64>(m_options.ports.count());
        return p;
    }
    const ScanCounts counts = m_shared->counts();
    p.done = counts.done;
    p.open = counts.open;
    p.closed = counts.closed;
    p.filtered = counts.filtered;
    p.openFiltered = counts.openFiltered;
    p.hostsDecided = counts.hostsUp + counts.hostsDown;
    p.hostsUp = counts.hostsUp;
    p.hostsToDiscover = m_hostsToDiscover;
    p.total = m_shared->total;
    p.confirming = m_shared->confirming(&p.confirmEtaMs);
    const qint64 active = p.elapsedMs - m_pausedMs - (m_paused ? p.elapsedMs - m_pausedAt : 0);
    if (active > 0)
        p.ratePerSecond = double(p.done) * 1000.0 / double(active);
    if (p.ratePerSecond > 0.0 && !m_paused && p.done > 0)
        p.etaMs = static_cast<qint64>(double(p.total - p.done) * 1000.0 / p.ratePerSecond);
    // UDP ports waiting for their hosts' ICMP allowance end when it says, however
    // fast the rest went.
    if (p.confirming > 0 && !m_paused)
        p.etaMs = std::max(p.etaMs, p.confirmEtaMs);
    return p;
}

void ScanJob::onServicesDetected(const QList<ScanResult> &results, quint64 generation)
{
    if (generation != m_generation || m_phase == Phase::Idle)
        return;
    m_detected += results;
    m_detecting -= qMin<quint64>(m_detecting, static_cast<quint64>(results.size()));
    if (m_detecting == 0)
        QMetaObject::invokeMethod(this, &ScanJob::onTick, Qt::QueuedConnection);
}

void ScanJob::deliver(bool bypassDetection, bool probesDone)
{
    ScanBatch batch;
    ScanShared::Pending pending = m_shared->takePending();
    batch.results.swap(pending.results);
    const QHash<quint64, quint64> closed = std::move(pending.closed);
    const QHash<quint64, quint64> closedUdp = std::move(pending.closedUdp);
    QList<HostState> states = std::move(pending.hosts);
    // Whether a host accepts every connect, and the detector's connections, are TCP's:
    // a UDP port's service comes with its reply.
    QList<ScanResult> tcp;
    for (const ScanResult &r : std::as_const(batch.results)) {
        if (r.protocol == Protocol::Tcp)
            tcp.append(r);
    }
    QHash<quint64, quint64> closedTcp = closed;
    for (auto it = closedUdp.cbegin(); it != closedUdp.cend(); ++it) {
        if ((closedTcp[it.key()] -= it.value()) == 0)
            closedTcp.remove(it.key());
    }
    batch.allPortsAnswer = m_allPorts.count(tcp, closedTcp);
    // Open ports go out at once and to the detector (a bounded share of a host that
    // answers on every port); their services follow.
    if (m_options.detectServices && m_detection.isStarted() && !bypassDetection
        && !m_cancelRequested) {
        QList<ScanResult> open;
        for (const ScanResult &r : std::as_const(tcp)) {
            if (r.state == PortState::Open)
                open.append(r);
        }
        open = m_allPorts.forDetection(open) + m_allPorts.release(probesDone);
        if (!open.isEmpty()) {
            m_detecting += static_cast<quint64>(open.size());
            m_detection.detect(
                open, m_generation, m_options.serviceTimeoutMs, m_options.serviceConnections);
        }
    }
    batch.detected.swap(m_detected);
    // Workers each report a host without discovery up at its first answer: keep one.
    for (HostState &state : states) {
        if (m_hostsReported.contains(state.hostId))
            continue;
        m_hostsReported.insert(state.hostId);
        state.allPortsAnswer = m_allPorts.answersEverywhere(state.hostId);
        if (state.status == HostStatus::Up)
            ++m_summary.hostsUp;
        else if (state.status == HostStatus::Down)
            ++m_summary.hostsDown;
        batch.hosts.append(std::move(state));
    }
    lookUpNames(batch.hosts);
    // A tally per protocol: the formats keep TCP's and UDP's closed ports apart.
    for (auto it = closed.cbegin(); it != closed.cend(); ++it) {
        const HostTable::Host host = m_shared->hosts.at(it.key());
        const quint64 udp = closedUdp.value(it.key());
        const auto id = static_cast<quint32>(it.key());
        if (it.value() > udp)
            batch.closedCounts.append(HostTally { id, host.name, host.address, it.value() - udp });
        if (udp > 0) {
            batch.closedCounts.append(
                HostTally { id, host.name, host.address, udp, Protocol::Udp });
        }
    }
    if (!batch.results.isEmpty() || !batch.closedCounts.isEmpty() || !batch.hosts.isEmpty()
        || !batch.detected.isEmpty() || !batch.allPortsAnswer.isEmpty())
        Q_EMIT resultsReady(batch);
}

void ScanJob::onTick()
{
    if (m_phase != Phase::Scanning || !m_shared)
        return;
    const bool done = std::all_of(m_workers.cbegin(), m_workers.cend(),
        [](const QFuture<void> &f) { return f.isFinished(); });
    deliver(false, done);
    if (done && m_detecting == 0) {
        finish();
        return;
    }
    Q_EMIT progressChanged(progress());
}

void ScanJob::lookUpNames(const QList<HostState> &states)
{
    // MAC and vendor came with the batch (LocalBatch, off this thread); names go
    // on in the background.
    if (!m_options.reverseDns)
        return;
    // The host's own name questions (mDNS, NetBIOS) are UDP datagrams to ports that
    // are often closed: during a UDP scan they would spend the ICMP errors the scan
    // paces itself by, so they wait for its end.
    const bool hold = m_options.ports.hasUdp() && m_phase == Phase::Scanning;
    for (const HostState &state : states) {
        if (state.status != HostStatus::Up)
            continue;
        if (hold)
            m_namesHeld.append({ state.hostId, state.address });
        else
            m_names.lookUp(state.hostId, state.address);
    }
}

void ScanJob::reportSilentHosts()
{
    // Hosts scanned without discovery that never answered: not known to be up.
    ScanBatch batch;
    for (const auto &[first, end] : m_shared->hosts.runs(false)) {
        for (quint64 i = first; i < end; ++i) {
            if (m_hostsReported.contains(static_cast<quint32>(i)))
                continue;
            const HostTable::Host host = m_shared->hosts.at(i);
            batch.hosts.append(HostState::make(static_cast<quint32>(i), host.name, host.address,
                HostStatus::Unknown, HostReason::UserSet, -1.0));
        }
    }
    if (!batch.hosts.isEmpty())
        Q_EMIT resultsReady(batch);
}

void ScanJob::finish()
{
    m_tick.stop();
    if (m_shared) {
        m_pool.waitForDone();
        deliver(true);
        reportSilentHosts();
        for (const HostPacer::Report &r : m_shared->pacer.reports()) {
            const HostTable::Host host = m_shared->hosts.at(r.host);
            m_summary.slowedHosts.append(SlowedHost { host.name, host.address,
                std::chrono::duration<double, std::milli>(r.longestDelay).count(), r.drops });
        }
        m_summary.error = m_shared->error();
        m_summary.shortages = m_shared->counts().shortages;
    }
    m_summary.cancelled = m_summary.cancelled || m_cancelRequested;
    m_summary.progress = progress();
    m_summary.progress.etaMs = 0;
    m_summary.progress.paused = false;
    m_phase = Phase::Idle;
    m_paused = false;
    for (const auto &[hostId, address] : std::as_const(m_namesHeld))
        m_names.lookUp(hostId, address);
    m_namesHeld.clear();
    m_shared.reset();
    m_workers.clear();
    const ScanSummary summary = m_summary;
    Q_EMIT progressChanged(summary.progress);
    Q_EMIT finished(summary);
}
