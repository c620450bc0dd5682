#include "core/engine/udpscanworker.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>

#include "core/engine/scanclock.h"
#include "core/engine/scanshared.h"
#include "core/engine/udpscheduler.h"
#include "core/platform/pollerfactory.h"
#include "core/platform/systemlimits.h"
#include "core/platform/udpprober.h"
#include "core/services/udpprobetable.h"

namespace {

// Ports claimed at a time from the source, and how many first datagrams may wait
// before more are claimed.
constexpr quint64 claimChunk = 64;
constexpr size_t claimBelow = 256;
// Ports held at most (sent, waiting for their hosts' allowance, or not sent yet):
// a large scan of rate-limited hosts claims more only as these are decided.
constexpr quint64 maxUndecided = 1 << 16;
// The longest the loop waits without looking at the clock (progress, pause, cancel).
constexpr int maxWaitMs = 20;
// How often the confirmation count and its end are published.
constexpr auto publishEvery = std::chrono::milliseconds(100);
// Sends per turn at most, so that answers are read while a long rush goes out.
constexpr int sendsPerTurn = 64;

UdpScheduler::Config configFor(const ScanShared &shared, const UdpProber &prober)
{
    UdpScheduler::Config c;
    const ScanOptions &o = shared.options;
    c.retries = std::max(0, o.retries);
    c.ceiling = std::chrono::milliseconds(o.timeoutMs);
    c.floor = std::chrono::milliseconds(
        o.floorTimeoutMs > 0 ? std::min(o.floorTimeoutMs, o.timeoutMs) : o.timeoutMs);
    c.withCommunity = !o.snmpCommunity.isEmpty();
    c.localPort4 = prober.localPort(QAbstractSocket::IPv4Protocol);
    c.localPort6 = prober.localPort(QAbstractSocket::IPv6Protocol);
    return c;
}

int waitMs(ScanClock::TimePoint wake, ScanClock::TimePoint now)
{
    if (wake <= now)
        return 0;
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(wake - now).count();
    return static_cast<int>(std::min<long long>(ms, maxWaitMs));
}

} // namespace

UdpScanWorker::UdpScanWorker(std::shared_ptr<ScanShared> shared)
    : m_shared(std::move(shared))
{
}

UdpScanWorker::~UdpScanWorker() = default;

bool UdpScanWorker::claim(UdpScheduler &scheduler)
{
    const quint64 portCount = static_cast<quint64>(m_shared->udpPorts.size());
    while (m_sourceOpen && scheduler.waitingFirst() < claimBelow
        && scheduler.undecided() < maxUndecided) {
        quint64 first = 0;
        quint64 end = 0;
        const ProbeSource::Claim claim = m_shared->udpSource.claim(claimChunk, &first, &end);
        if (claim != ProbeSource::Claim::Got) {
            m_sourceOpen = claim == ProbeSource::Claim::Wait;
            break;
        }
        for (quint64 i = first; i < end; ++i) {
            const quint64 host = i / portCount;
            scheduler.add(host, m_shared->hosts.addressAt(host),
                m_shared->udpPorts.at(static_cast<qsizetype>(i % portCount)));
        }
    }
    return m_sourceOpen;
}

void UdpScanWorker::noteUp(quint64 host, PortReason reason, double latencyMs)
{
    // Hosts that discovery decided are reported by it; the others at their first answer.
    if (m_upReported.contains(host))
        return;
    m_upReported.insert(host);
    if (m_shared->hosts.discovers(host))
        return;
    const HostTable::Host h = m_shared->hosts.at(host);
    m_batch.hosts.append(
        HostState::make(static_cast<quint32>(host), h.name, h.address, HostStatus::Up,
            reason == PortReason::UdpResponse ? HostReason::UdpResponse : HostReason::PortUnreach,
            latencyMs));
}

void UdpScanWorker::record(UdpScheduler &scheduler)
{
    for (UdpScheduler::Decision &d : scheduler.takeDecisions()) {
        ++m_batch.counts.done;
        switch (d.state) {
        case PortState::Open:
            ++m_batch.counts.open;
            break;
        case PortState::Closed:
            ++m_batch.counts.closed;
            ++m_batch.closedUdpByHost[d.host];
            break;
        case PortState::Filtered:
            ++m_batch.counts.filtered;
            break;
        case PortState::OpenFiltered:
            ++m_batch.counts.openFiltered;
            break;
        }
        // An answer from the target itself shows it up (an error from a router does not).
        if ((d.reason == PortReason::UdpResponse || d.reason == PortReason::PortUnreach)
            && d.reasonFrom.isNull() && d.latencyMs >= 0.0)
            noteUp(d.host, d.reason, d.latencyMs);
        if (d.state == PortState::Closed && !m_shared->options.keepClosed)
            continue;
        const HostTable::Host h = m_shared->hosts.at(d.host);
        ScanResult r = ScanResult::make(static_cast<quint32>(d.host), h.name, h.address, d.port,
            d.state, d.reason, d.latencyMs);
        r.protocol = Protocol::Udp;
        r.reasonFrom = d.reasonFrom;
        // What the reply says is service detection's part (-sV).
        if (d.state == PortState::Open && m_shared->options.detectServices)
            r.service = std::make_shared<const ServiceInfo>(d.verdict.serviceInfo());
        m_batch.results.append(std::move(r));
    }
}

void UdpScanWorker::sendDue(UdpScheduler &scheduler, UdpProber &prober)
{
    UdpScheduler::Send send;
    for (int sent = 0; sent < sendsPerTurn; ++sent) {
        // Errors first: one left pending fails the next send, and the kernel may
        // still send that datagram (a duplicate that can spend a token).
        readAll(scheduler, prober);
        if (!scheduler.next(&send))
            return;
        const UdpProber::SendResult result = prober.send(send.address, send.port, send.datagram);
        switch (result.status) {
        case UdpProber::Sent::Sent:
            break;
        case UdpProber::Sent::Retry:
            scheduler.maybeSent(send.task);
            break;
        case UdpProber::Sent::Busy: // the send buffer is full: on the next turn
            scheduler.unsent(send.task);
            ++m_batch.counts.shortages;
            return;
        case UdpProber::Sent::Failed:
            scheduler.failed(send.task, result.failure);
            break;
        }
    }
}

void UdpScanWorker::readAll(UdpScheduler &scheduler, UdpProber &prober)
{
    std::vector<UdpProber::Reply> replies;
    std::vector<IcmpError> errors;
    prober.read(&replies, &errors);
    for (const IcmpError &e : errors)
        scheduler.icmp(e);
    for (const UdpProber::Reply &r : replies)
        scheduler.reply(r.from, r.fromPort, r.data);
}

void UdpScanWorker::flush(bool stopping)
{
    if (stopping)
        m_shared->handOverFinal(&m_batch);
    else
        m_shared->handOver(&m_batch);
}

void UdpScanWorker::loop(UdpScheduler &scheduler, UdpProber &prober, Poller &poller)
{
    const ScanClock &clock = ScanClock::steady();
    std::vector<Poller::Completion> none;
    auto nextPublish = clock.now();
    while (!m_shared->cancelled.load(std::memory_order_relaxed)) {
        const bool paused = m_shared->paused.load(std::memory_order_relaxed);
        const bool more = paused || claim(scheduler);
        if (!paused)
            sendDue(scheduler, prober);
        if (!more && scheduler.idle())
            break;
        auto now = clock.now();
        poller.wait(paused ? maxWaitMs : waitMs(scheduler.nextWake(), now), &none);
        none.clear();
        readAll(scheduler, prober);
        scheduler.sweep();
        record(scheduler);
        now = clock.now();
        if (now >= nextPublish) {
            m_shared->setConfirming(scheduler.confirming(), scheduler.confirmEtaMs());
            nextPublish = now + publishEvery;
        }
        flush();
    }
    const bool stopped = !scheduler.idle();
    if (stopped) {
        readAll(scheduler, prober); // answers already here still count
        scheduler.stop();
    }
    record(scheduler);
    m_shared->setConfirming(0, -1);
    flush(stopped);
}

void UdpScanWorker::run()
{
    SystemLimits::lowerThreadPriority();
    UdpProber prober;
    QString why;
    std::unique_ptr<Poller> poller;
    if (prober.open(&why))
        poller = PollerFactory::create(m_shared->pollerKind, 1, &why);
    if (!poller) {
        m_shared->fail(QCoreApplication::translate("UdpScanWorker", "UDP scan: %1").arg(why));
        if (m_shared->workerDone)
            m_shared->workerDone();
        return;
    }
    for (const int fd : prober.descriptors())
        poller->watchReadable(fd);
    UdpProbeTable::Options tableOptions;
    tableOptions.snmpCommunity = m_shared->options.snmpCommunity;
    const UdpProbeTable table(tableOptions);
    const ScanClock &clock = ScanClock::steady();
    UdpScheduler scheduler(table, m_shared->icmpRate, clock, configFor(*m_shared, prober));
    loop(scheduler, prober, *poller);
    if (m_shared->workerDone)
        m_shared->workerDone();
}
