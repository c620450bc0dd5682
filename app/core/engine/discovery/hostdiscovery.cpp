#include "core/engine/discovery/hostdiscovery.h"

#include "core/engine/scanshared.h"

HostDiscovery::HostDiscovery(ScanShared &shared, Poller &poller, const ScanClock &clock,
    Pinger *ping4, Pinger *ping6, int window)
    : m_shared(shared)
    , m_poller(poller)
    , m_clock(clock)
    , m_ping4(ping4 && ping4->isOpen() ? ping4 : nullptr)
    , m_ping6(ping6 && ping6->isOpen() ? ping6 : nullptr)
    , m_scanPorts(shared.options.discovery != ScanOptions::Discovery::Only)
    , m_floor(std::chrono::milliseconds(shared.options.floorTimeoutMs > 0
              ? qMin(shared.options.floorTimeoutMs, shared.options.timeoutMs)
              : shared.options.timeoutMs))
    , m_ceiling(std::chrono::milliseconds(shared.options.timeoutMs))
    , m_runs(shared.hosts.runs(true))
{
    for (quint16 port : shared.options.discoveryPorts) {
        if (port != 0 && !m_probePorts.contains(port))
            m_probePorts.append(port);
    }
    for (qsizetype i = 0; i < shared.ports.size(); ++i) {
        if (m_probePorts.contains(shared.ports[i]))
            m_portIndex.insert(shared.ports[i], static_cast<int>(i));
    }
    // Room for at least one host's connects.
    const int slots = qMax(qMax(1, window), static_cast<int>(m_probePorts.size()));
    m_slots.reset(static_cast<size_t>(slots));
    if (!m_runs.isEmpty())
        m_next = m_runs.constFirst().first;
}

HostDiscovery::~HostDiscovery()
{
    abortAll();
}

double HostDiscovery::msSince(TimePoint t) const
{
    return std::chrono::duration<double, std::milli>(m_clock.now() - t).count();
}

quint64 HostDiscovery::subnetOf(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.toIPv4Address() >> 8;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    quint64 prefix = 0;
    for (int i = 0; i < 8; ++i)
        prefix = prefix << 8 | bytes[i];
    return prefix ^ (quint64(1) << 63); // apart from IPv4 keys, which stay below 2^24
}

std::chrono::microseconds HostDiscovery::timeoutFor(const QHostAddress &address) const
{
    return timeoutOfSubnet(subnetOf(address));
}

std::chrono::microseconds HostDiscovery::timeoutOfSubnet(quint64 subnet) const
{
    if (m_floor >= m_ceiling)
        return m_ceiling;
    const auto found = m_rtt.find(subnet);
    return found == m_rtt.end() ? m_ceiling : found->second.timeout(m_floor, m_ceiling);
}

void HostDiscovery::learn(const Pending &pending, std::chrono::microseconds rtt)
{
    m_rtt[pending.subnet].addSample(rtt);
}

bool HostDiscovery::allDone() const
{
    return m_pending.empty() && m_run >= m_runs.size();
}

bool HostDiscovery::nextHost(quint64 *host)
{
    while (m_run < m_runs.size()) {
        if (m_next < m_runs[m_run].second) {
            *host = m_next++;
            return true;
        }
        if (++m_run < m_runs.size())
            m_next = m_runs[m_run].first;
    }
    return false;
}

bool HostDiscovery::fill(int maxHosts)
{
    const auto perHost = static_cast<size_t>(m_probePorts.size());
    // As many hosts at once as the window has connects for (pings alone: one each).
    const size_t maxPending = m_slots.size() / qMax<size_t>(1, perHost);
    int started = 0;
    while (!m_shared.cancelled.load(std::memory_order_relaxed)
        && !m_shared.paused.load(std::memory_order_relaxed)
        && m_slots.freeCount() >= qMax<size_t>(1, perHost) && m_pending.size() < maxPending) {
        if (started == maxHosts)
            return true;
        quint64 host = 0;
        if (!nextHost(&host))
            break;
        ++started;
        const QHostAddress address = m_shared.hosts.addressAt(host);
        Pinger *pinger = address.protocol() == QAbstractSocket::IPv6Protocol ? m_ping6 : m_ping4;
        if (perHost == 0 && !pinger) {
            // Nothing to probe with: scanned as if typed on its own.
            const HostTable::Host h = m_shared.hosts.at(host);
            m_batch.hosts.append(HostState::make(static_cast<quint32>(host), h.name, h.address,
                HostStatus::Unknown, HostReason::UserSet, -1.0));
            if (m_scanPorts)
                m_shared.queueHost(host);
            else
                ++m_batch.counts.done;
            continue;
        }
        Pending &pending = m_pending[host];
        pending.address = address;
        pending.subnet = subnetOf(address);
        pending.firstStarted = m_clock.now();
        m_byAddress.insert(address, host);
        probe(host, pending);
    }
    return false;
}

void HostDiscovery::probe(quint64 host, Pending &pending)
{
    pending.started = m_clock.now();
    Pinger *pinger
        = pending.address.protocol() == QAbstractSocket::IPv6Protocol ? m_ping6 : m_ping4;
    if (pinger)
        pending.pinged = pinger->send(pending.address, ++m_sequence) || pending.pinged;
    if (m_udp)
        probeUdp(host, pending);
    for (quint16 port : std::as_const(m_probePorts)) {
        if (!m_slots.hasFree())
            break; // a retry while earlier connects still wait: the ping goes alone
        const quint64 token = m_slots.next();
        const TimePoint started = m_clock.now();
        const std::optional<ConnectOutcome> outcome = m_poller.start(pending.address, port, token);
        if (outcome == ConnectOutcome::Shortage) {
            pending.shortage = true; // out of descriptors: this attempt goes again
            ++m_batch.counts.shortages;
            break;
        }
        if (outcome) {
            onOutcome(host, port, *outcome, started);
            if (!m_pending.count(host))
                return; // decided by that answer
            continue;
        }
        m_slots.take().data = Connect { host, port, started };
        ++pending.connects;
    }
}

void HostDiscovery::probeUdp(quint64 host, Pending &pending)
{
    const UdpProber::SendResult sent = m_udp->send(pending.address, udpPort, QByteArray());
    // Retry: an earlier error was pending and this datagram may not have gone; the
    // next attempt sends it again, and the TCP probes and ping still count.
    if (sent.status != UdpProber::Sent::Sent && sent.status != UdpProber::Sent::Retry)
        return;
    pending.udpSent = true;
    // Its port-unreachable spends one of the host's ICMP errors: the UDP scan's
    // estimate of the host's allowance must know.
    m_shared.icmpRate.sent(host, pending.started);
}

void HostDiscovery::udpAnswered(
    const std::vector<UdpProber::Reply> &replies, const std::vector<IcmpError> &errors)
{
    for (const IcmpError &e : errors) {
        const auto found = m_byAddress.constFind(e.target);
        if (e.targetPort != udpPort || found == m_byAddress.cend())
            continue;
        const quint64 host = *found;
        auto it = m_pending.find(host);
        if (it == m_pending.end())
            continue;
        const bool fromTarget = e.sender.isNull() || e.sender.isEqual(e.target);
        const auto rtt = std::chrono::duration_cast<std::chrono::microseconds>(
            m_clock.now() - it->second.started);
        if (fromTarget)
            m_shared.icmpRate.answered(host, it->second.started);
        else
            m_shared.icmpRate.forget(host, it->second.started);
        learn(it->second, rtt);
        if (e.kind == IcmpError::Kind::PortUnreachable && fromTarget) {
            up(host, HostReason::PortUnreach,
                std::chrono::duration<double, std::milli>(rtt).count(), -1, false);
            continue;
        }
        // Another error, or one from a router: as the TCP probes' unreachables.
        Pending &p = it->second;
        p.udpSent = false;
        if (e.kind == IcmpError::Kind::HostUnreachable || e.kind == IcmpError::Kind::NetUnreachable)
            p.unreachable = e.kind == IcmpError::Kind::HostUnreachable ? HostReason::HostUnreach
                                                                       : HostReason::NetUnreach;
        if (p.connects == 0 && !p.pinged && p.unreachable != HostReason::NoResponse)
            down(host, p.unreachable);
    }
    for (const UdpProber::Reply &r : replies) {
        const auto found = m_byAddress.constFind(r.from);
        if (found == m_byAddress.cend())
            continue;
        const auto it = m_pending.find(*found);
        if (it == m_pending.end() || !it->second.udpSent)
            continue;
        const auto rtt = std::chrono::duration_cast<std::chrono::microseconds>(
            m_clock.now() - it->second.started);
        m_shared.icmpRate.forget(*found, it->second.started);
        learn(it->second, rtt);
        up(*found, HostReason::UdpResponse, std::chrono::duration<double, std::milli>(rtt).count(),
            -1, false);
    }
}

void HostDiscovery::handle(const std::vector<Poller::Completion> &completions)
{
    for (const Poller::Completion &c : completions) {
        const auto *slot = m_slots.find(c.token);
        if (!slot) {
            if (c.outcome == ConnectOutcome::Connected)
                m_poller.abandon(c.token);
            continue;
        }
        const Connect s = slot->data;
        if (c.outcome == ConnectOutcome::Connected)
            m_poller.abandon(c.token); // closed with a reset: discovery needs no more
        m_slots.release(SlotTable<Connect>::indexOf(c.token));
        auto it = m_pending.find(s.host);
        if (it != m_pending.end())
            --it->second.connects;
        onOutcome(s.host, s.port, c.outcome, s.started);
    }
}

void HostDiscovery::onOutcome(quint64 host, quint16 port, ConnectOutcome outcome, TimePoint started)
{
    auto it = m_pending.find(host);
    if (it == m_pending.end())
        return;
    switch (outcome) {
    case ConnectOutcome::Connected:
    case ConnectOutcome::Refused:
    case ConnectOutcome::SelfConnect: {
        const auto rtt
            = std::chrono::duration_cast<std::chrono::microseconds>(m_clock.now() - started);
        learn(it->second, rtt);
        const bool open = outcome == ConnectOutcome::Connected;
        up(host, open ? HostReason::SynAck : HostReason::ConnRefused,
            std::chrono::duration<double, std::milli>(rtt).count(), port, open);
        return;
    }
    case ConnectOutcome::HostUnreachable:
    case ConnectOutcome::NetUnreachable:
        it->second.unreachable = outcome == ConnectOutcome::HostUnreachable
            ? HostReason::HostUnreach
            : HostReason::NetUnreach;
        learn(it->second,
            std::chrono::duration_cast<std::chrono::microseconds>(m_clock.now() - started));
        break;
    default:
        break;
    }
    // Every connect of the host ended in an ICMP error and no echo can still come:
    // the network said it is not there.
    const Pending &p = it->second;
    if (p.connects == 0 && !p.pinged && !p.udpSent && p.unreachable != HostReason::NoResponse)
        down(host, p.unreachable);
}

void HostDiscovery::echoed(const std::vector<Pinger::Reply> &replies)
{
    for (const Pinger::Reply &reply : replies) {
        const auto found = m_byAddress.constFind(reply.from);
        if (found == m_byAddress.cend())
            continue; // a late reply for a host already decided
        const quint64 host = *found;
        const auto it = m_pending.find(host);
        if (it == m_pending.end())
            continue;
        const auto rtt = std::chrono::duration_cast<std::chrono::microseconds>(
            m_clock.now() - it->second.started);
        learn(it->second, rtt);
        up(host, HostReason::EchoReply, std::chrono::duration<double, std::milli>(rtt).count(), -1,
            false);
    }
}

void HostDiscovery::up(
    quint64 host, HostReason reason, double latencyMs, int settledPort, bool open)
{
    release(host);
    const HostTable::Host h = m_shared.hosts.at(host);
    m_batch.hosts.append(HostState::make(
        static_cast<quint32>(host), h.name, h.address, HostStatus::Up, reason, latencyMs));
    ++m_batch.counts.hostsUp;
    if (latencyMs >= 0.0) {
        m_shared.setDiscoveredRtt(host, std::chrono::microseconds(qRound64(latencyMs * 1000.0)));
    }
    if (!m_scanPorts) {
        ++m_batch.counts.done;
        return;
    }
    const auto index = m_portIndex.constFind(static_cast<quint16>(settledPort));
    if (settledPort < 0 || index == m_portIndex.cend()) {
        m_shared.queueHost(host);
        return;
    }
    // The answer is that port's result: scan the others.
    m_shared.queueHost(host, *index);
    ++m_batch.counts.done;
    if (!open) {
        ++m_batch.counts.closed;
        ++m_batch.closedByHost[host];
        if (!m_shared.options.keepClosed)
            return;
    } else {
        ++m_batch.counts.open;
    }
    m_batch.results.append(ScanResult::make(static_cast<quint32>(host), h.name, h.address,
        static_cast<quint16>(settledPort), open ? PortState::Open : PortState::Closed,
        open ? PortReason::SynAck : PortReason::ConnRefused, latencyMs));
}

void HostDiscovery::down(quint64 host, HostReason reason)
{
    release(host);
    const HostTable::Host h = m_shared.hosts.at(host);
    m_batch.hosts.append(HostState::make(
        static_cast<quint32>(host), h.name, h.address, HostStatus::Down, reason, -1.0));
    ++m_batch.counts.hostsDown;
    m_batch.counts.done
        += m_scanPorts ? m_shared.portsPerHost() : 1; // its ports are settled: none will be probed
}

void HostDiscovery::release(quint64 host)
{
    const auto it = m_pending.find(host);
    if (it == m_pending.end())
        return;
    if (it->second.connects > 0) {
        for (size_t i = 0; i < m_slots.size(); ++i) {
            if (m_slots.at(i).active && m_slots.at(i).data.host == host) {
                m_poller.abandon(m_slots.tokenOf(i));
                m_slots.release(i);
            }
        }
    }
    m_byAddress.remove(it->second.address);
    m_pending.erase(it);
}

void HostDiscovery::sweep(TimePoint lookedAt)
{
    if (m_shared.paused.load(std::memory_order_relaxed)) {
        flush(); // hosts in flight are judged after the pause, with their retries
        return;
    }
    const TimePoint now = lookedAt;
    const int retries = m_shared.options.retries;
    QList<quint64> expired;
    for (const auto &[host, pending] : m_pending) {
        if (now - pending.started >= timeoutOfSubnet(pending.subnet))
            expired.append(host);
    }
    for (quint64 host : std::as_const(expired)) {
        auto it = m_pending.find(host);
        if (it == m_pending.end())
            continue;
        Pending &p = it->second;
        if (p.shortage) {
            p.shortage = false; // not every probe went out: not an attempt
            probe(host, p);
            continue;
        }
        if (p.attempt < retries && !m_shared.cancelled.load(std::memory_order_relaxed)) {
            // Earlier connects keep waiting: a slow answer to them still counts.
            ++p.attempt;
            probe(host, p);
            continue;
        }
        down(host, p.unreachable);
    }
    flush();
}

void HostDiscovery::flush()
{
    m_shared.handOver(&m_batch);
}

void HostDiscovery::abortAll()
{
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).active) {
            m_poller.abandon(m_slots.tokenOf(i));
            m_slots.release(i);
        }
    }
    m_pending.clear();
    m_byAddress.clear();
}
