#include "core/engine/probescheduler.h"

#include <algorithm>

#include "core/engine/bannerreader.h"
#include "core/engine/scanshared.h"

namespace {

constexpr quint64 claimChunk = 64;

} // namespace

ProbeScheduler::ProbeScheduler(
    ScanShared &shared, Poller &poller, const ScanClock &clock, BannerReader *banners, int window)
    : m_shared(shared)
    , m_poller(poller)
    , m_clock(clock)
    , m_banners(banners)
    , m_pacer(shared.pacer)
    , m_portCount(static_cast<quint64>(qMax<qsizetype>(1, shared.ports.size())))
    , m_waiting(shared.pacer, m_portCount, maxWaitingPerHost)
    , m_floor(std::chrono::milliseconds(shared.options.floorTimeoutMs > 0
              ? qMin(shared.options.floorTimeoutMs, shared.options.timeoutMs)
              : shared.options.timeoutMs))
    , m_ceiling(std::chrono::milliseconds(shared.options.timeoutMs))
    , m_delay(std::chrono::milliseconds(qMax(0, shared.options.scanDelayMs)))
    , m_maxWindow(qMax(1, window))
    , m_window(qMax(1, window))
{
    m_slots.reset(static_cast<size_t>(m_maxWindow));
}

ProbeScheduler::~ProbeScheduler()
{
    abortAll();
}

std::chrono::milliseconds ProbeScheduler::sweepInterval(const ScanOptions &options)
{
    return std::chrono::milliseconds(qBound(5, options.timeoutMs / 50, 20));
}

const HostPacer &ProbeScheduler::pacer() const
{
    return m_pacer;
}

std::chrono::microseconds ProbeScheduler::timeoutFor(quint64 host) const
{
    if (m_floor >= m_ceiling)
        return m_ceiling;
    const auto found = m_rtt.find(host);
    return found == m_rtt.end() ? m_ceiling : found->second.timeout(m_floor, m_ceiling);
}

void ProbeScheduler::seedRtt(quint64 host)
{
    if (m_rtt.count(host) > 0)
        return;
    if (const auto rtt = m_shared.discoveredRtt(host))
        m_rtt[host].addSample(*rtt);
}

void ProbeScheduler::learn(quint64 index, ConnectOutcome outcome, TimePoint started)
{
    // Any answer from the host (handshake, reset, ICMP error) is a round trip.
    switch (outcome) {
    case ConnectOutcome::Connected:
    case ConnectOutcome::Refused:
    case ConnectOutcome::HostUnreachable:
    case ConnectOutcome::NetUnreachable:
        m_rtt[index / m_portCount].addSample(
            std::chrono::duration_cast<std::chrono::microseconds>(m_clock.now() - started));
        return;
    default:
        return;
    }
}

double ProbeScheduler::msSince(TimePoint t) const
{
    return std::chrono::duration<double, std::milli>(m_clock.now() - t).count();
}

bool ProbeScheduler::allDone() const
{
    return m_inflight == 0 && m_retries.empty() && m_waiting.size() == 0 && m_sourceEmpty
        && m_claimNext >= m_claimEnd;
}

ProbeScheduler::TimePoint ProbeScheduler::nextTurn() const
{
    return m_waiting.nextTurn();
}

bool ProbeScheduler::nextProbe(Probe *probe)
{
    const TimePoint now = m_clock.now();
    // Slowed-down hosts whose turn has come first, each in its own order.
    if (m_waiting.popDue(now, probe))
        return true;
    while (m_waiting.size() < maxWaiting) {
        bool fresh = false;
        if (!m_retries.empty()) {
            *probe = m_retries.front();
            m_retries.pop_front();
        } else {
            if (m_claimNext >= m_claimEnd) {
                if (m_sourceEmpty)
                    return false;
                const ProbeSource::Claim claim
                    = m_shared.source.claim(claimChunk, &m_claimNext, &m_claimEnd);
                if (claim != ProbeSource::Claim::Got) {
                    // Wait: discovery has not found more hosts up yet; come back later.
                    m_sourceEmpty = claim == ProbeSource::Claim::Empty;
                    return false;
                }
                for (quint64 h = m_claimNext / m_portCount; h <= (m_claimEnd - 1) / m_portCount;
                     ++h)
                    seedRtt(h);
            }
            *probe = Probe { m_claimNext++, 0, 0 };
            fresh = true;
        }
        const quint64 host = probe->index / m_portCount;
        TimePoint next = now;
        // Behind the host's waiting probes, or when the pacer says; else now.
        if (!m_waiting.holds(host) && m_pacer.take(host, now, &next))
            return true;
        if (m_waiting.push(*probe, host, next))
            continue;
        if (!fresh) {
            m_retries.push_front(*probe); // its host's queue is full: later
            return false;
        }
        // Its host's queue is full: the rest of the claim, and of the host's run,
        // goes back to the source behind other hosts' probes; a claim next time.
        m_shared.source.postpone(probe->index, m_claimEnd, (host + 1) * m_portCount);
        m_claimNext = m_claimEnd;
        return false;
    }
    return false;
}

bool ProbeScheduler::fill(int maxStarts)
{
    int started = 0;
    while (!m_backoff && m_inflight < m_window
        && !m_shared.cancelled.load(std::memory_order_relaxed)
        && !m_shared.paused.load(std::memory_order_relaxed)) {
        if (started == maxStarts)
            return true;
        // Paced: the next connect waits for its time; the worker's loop comes back by then.
        if (m_delay.count() > 0 && m_clock.now() < m_nextStart)
            break;
        Probe probe;
        if (!nextProbe(&probe))
            break;
        if (m_delay.count() > 0)
            m_nextStart = m_clock.now() + m_delay;
        start(probe);
        ++started;
    }
    return false;
}

void ProbeScheduler::start(const Probe &probe)
{
    const QHostAddress host = m_shared.hosts.addressAt(probe.index / m_portCount);
    const quint16 port = m_shared.ports.at(static_cast<qsizetype>(probe.index % m_portCount));
    const quint64 token = m_slots.next();
    const TimePoint started = m_clock.now();
    const std::optional<ConnectOutcome> outcome = m_poller.start(host, port, token);
    if (outcome) {
        // Ended inside the call (a refusal on the loopback, a shortage): no slot used.
        if (*outcome == ConnectOutcome::Shortage) {
            shortage(probe);
        } else {
            learn(probe.index, *outcome, started);
            if (*outcome == ConnectOutcome::Refused)
                m_pacer.answered(probe.index / m_portCount, probe.attempt, started, probe.previous,
                    m_clock.now());
            settle(probe, *outcome, msSince(started));
        }
        return;
    }
    Attempt &slot = m_slots.take().data;
    slot.probe = probe;
    slot.reading = false;
    slot.retrySpawned = false;
    slot.started = started;
    slot.deadline = started + timeoutFor(probe.index / m_portCount);
    ++m_inflight;
}

void ProbeScheduler::handle(const std::vector<Poller::Completion> &completions)
{
    for (const Poller::Completion &c : completions) {
        // A completion can name an attempt dropped while earlier ones were handled.
        const Slot *slot = m_slots.find(c.token);
        if (slot && !slot->data.reading)
            onOutcome(SlotTable<Attempt>::indexOf(c.token), c.outcome);
        else if (c.outcome == ConnectOutcome::Connected)
            m_poller.abandon(c.token);
    }
}

void ProbeScheduler::onOutcome(size_t slotIndex, ConnectOutcome outcome)
{
    Attempt &slot = m_slots.at(slotIndex).data;
    const quint64 token = m_slots.tokenOf(slotIndex);
    const Probe probe = slot.probe;
    const double latency = msSince(slot.started);
    learn(probe.index, outcome, slot.started);
    if (outcome == ConnectOutcome::Connected || outcome == ConnectOutcome::Refused)
        m_pacer.answered(
            probe.index / m_portCount, probe.attempt, slot.started, probe.previous, m_clock.now());

    if (outcome == ConnectOutcome::Connected && m_shared.options.grabBanners && m_banners) {
        dropSiblings(probe.index); // the port answered: other attempts would answer twice
        slot.reading = true;
        slot.latencyMs = latency;
        slot.deadline = m_clock.now() + std::chrono::milliseconds(ScanOptions::bannerTimeoutMs);
        const qintptr descriptor = m_poller.detach(token);
        if (descriptor >= 0 && m_banners->begin(token, descriptor)) {
            ++m_bannersReading;
            return;
        }
        freeSlot(slotIndex);
        complete(probe, PortState::Open, PortReason::SynAck, latency);
        return;
    }
    if (outcome == ConnectOutcome::Connected)
        m_poller.abandon(token);
    freeSlot(slotIndex);
    if (outcome == ConnectOutcome::Shortage)
        shortage(probe);
    else
        settle(probe, outcome, latency);
}

void ProbeScheduler::settle(const Probe &probe, ConnectOutcome outcome, double latencyMs)
{
    if (outcome == ConnectOutcome::SelfConnect && probe.selfConnects < maxSelfConnects) {
        Probe again = probe;
        ++again.selfConnects;
        m_retries.push_front(again);
        return;
    }
    PortState state;
    PortReason reason;
    classifyOutcome(outcome, &state, &reason);
    complete(probe, state, reason, latencyMs);
}

void ProbeScheduler::bannerRead(quint64 token, const QByteArray &banner)
{
    const Slot *slot = m_slots.find(token);
    if (!slot || !slot->data.reading)
        return;
    const Probe probe = slot->data.probe;
    const double latency = slot->data.latencyMs;
    --m_bannersReading;
    freeSlot(SlotTable<Attempt>::indexOf(token));
    complete(probe, PortState::Open, PortReason::SynAck, latency, banner);
}

void ProbeScheduler::freeSlot(size_t slotIndex)
{
    if (!m_slots.release(slotIndex))
        return;
    m_slots.at(slotIndex).data.reading = false;
    --m_inflight;
}

void ProbeScheduler::dropSlot(size_t slotIndex)
{
    const Slot &entry = m_slots.at(slotIndex);
    if (!entry.active)
        return;
    const quint64 token = m_slots.tokenOf(slotIndex);
    if (entry.data.reading) {
        --m_bannersReading;
        m_banners->end(token);
    } else {
        m_poller.abandon(token);
    }
    freeSlot(slotIndex);
}

void ProbeScheduler::sweep(TimePoint lookedAt)
{
    const TimePoint now = lookedAt;
    for (size_t slotIndex = 0; slotIndex < m_slots.size(); ++slotIndex) {
        if (!m_slots.at(slotIndex).active)
            continue;
        Attempt &slot = m_slots.at(slotIndex).data;
        if (slot.reading) {
            if (slot.deadline <= now) {
                const quint64 token = m_slots.tokenOf(slotIndex);
                bannerRead(token, m_banners->end(token));
            }
            continue;
        }
        const quint64 host = slot.probe.index / m_portCount;
        const HostPacer::Plan plan = m_pacer.plan(host, m_shared.options.retries);
        const int retries = plan.retries;
        // The host's current estimate: answers that came in since this attempt
        // started (the first ones of a host, most often) shorten or lengthen its wait.
        slot.deadline = slot.started + timeoutFor(host);
        if (slot.deadline > now) {
            // Only the latest attempt sends the next, after its own timeout / (retries + 1).
            const auto it = m_attempts.constFind(slot.probe.index);
            const bool several = it != m_attempts.cend();
            const int highest = several ? it->highest : slot.probe.attempt;
            // Not for a paced host: its retry would take a time slot that its first
            // attempt's answer, still on its way, makes void.
            if (!slot.retrySpawned && slot.probe.attempt == highest && highest < retries
                && (now - slot.started) * (retries + 1) >= slot.deadline - slot.started
                && !plan.paced) {
                slot.retrySpawned = true;
                Attempts &a = m_attempts[slot.probe.index];
                a.outstanding = (several ? a.outstanding : 1) + 1;
                a.highest = highest + 1;
                m_retries.push_back(Probe { slot.probe.index, a.highest, 0, slot.started });
            }
            continue;
        }
        const Probe probe = slot.probe;
        const double latency = msSince(slot.started);
        dropSlot(slotIndex);
        int highest = probe.attempt;
        if (auto it = m_attempts.find(probe.index); it != m_attempts.end()) {
            if (--it->outstanding > 0)
                continue; // another attempt is still out
            highest = it->highest;
            m_attempts.erase(it);
        }
        if (highest < retries) {
            m_retries.push_back(Probe { probe.index, highest + 1, 0, slot.started });
            continue;
        }
        complete(probe, PortState::Filtered, PortReason::NoResponse, latency);
    }
    if (m_backoff) {
        m_backoff = false;
        if (m_inflight == 0 && m_stalledSince != TimePoint {}
            && now - m_stalledSince > stallLimit) {
            m_shared.fail(QStringLiteral("out of file descriptors or local ports for too long"));
        }
    }
    flush();
}

void ProbeScheduler::shortage(const Probe &probe)
{
    ++m_batch.counts.shortages;
    m_retries.push_front(probe);
    m_window = qMax(1, m_inflight);
    m_sinceShrink = 0;
    m_backoff = true; // try again at the next sweep, not in a tight loop
    if (m_inflight == 0 && m_stalledSince == TimePoint {})
        m_stalledSince = m_clock.now();
}

void ProbeScheduler::complete(const Probe &probe, PortState state, PortReason reason,
    double latencyMs, const QByteArray &banner)
{
    m_stalledSince = {};
    if (reason != PortReason::NoResponse)
        dropSiblings(probe.index);
    if (m_window < m_maxWindow && ++m_sinceShrink >= m_window) {
        ++m_window;
        m_sinceShrink = 0;
    }
    ++m_batch.counts.done;
    const quint64 hostIndex = probe.index / m_portCount;
    switch (state) {
    case PortState::Open:
        ++m_batch.counts.open;
        break;
    case PortState::Closed:
        ++m_batch.counts.closed;
        ++m_batch.closedByHost[hostIndex];
        break;
    case PortState::Filtered:
        ++m_batch.counts.filtered;
        break;
    case PortState::OpenFiltered: // UDP's; this scheduler runs TCP connects
        ++m_batch.counts.openFiltered;
        break;
    }
    if ((reason == PortReason::SynAck || reason == PortReason::ConnRefused)
        && !m_upReported.contains(hostIndex))
        noteAnswer(hostIndex, reason, latencyMs);
    if (state == PortState::Closed && !m_shared.options.keepClosed)
        return;
    const HostTable::Host host = m_shared.hosts.at(hostIndex);
    // A port that never answered has no round trip to show (not the time waited).
    m_batch.results.append(ScanResult::make(static_cast<quint32>(hostIndex), host.name,
        host.address, m_shared.ports.at(static_cast<qsizetype>(probe.index % m_portCount)), state,
        reason, reason == PortReason::NoResponse ? -1.0 : latencyMs, banner));
}

void ProbeScheduler::noteAnswer(quint64 hostIndex, PortReason reason, double latencyMs)
{
    // Hosts that discovery decided are reported by it; the others are up at their
    // first answer (each worker says so once; the job keeps the first).
    m_upReported.insert(hostIndex);
    if (m_shared.hosts.discovers(hostIndex))
        return;
    const HostTable::Host host = m_shared.hosts.at(hostIndex);
    m_batch.hosts.append(HostState::make(static_cast<quint32>(hostIndex), host.name, host.address,
        HostStatus::Up, reason == PortReason::SynAck ? HostReason::SynAck : HostReason::ConnRefused,
        latencyMs));
}

void ProbeScheduler::dropSiblings(quint64 index)
{
    if (m_attempts.isEmpty() || !m_attempts.remove(index))
        return;
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).active && m_slots.at(i).data.probe.index == index)
            dropSlot(i);
    }
    m_retries.erase(std::remove_if(m_retries.begin(), m_retries.end(),
                        [index](const Probe &p) { return p.index == index; }),
        m_retries.end());
    m_waiting.remove(index);
}

void ProbeScheduler::flush()
{
    m_shared.handOver(&m_batch);
}

void ProbeScheduler::abortAll()
{
    for (size_t i = 0; i < m_slots.size(); ++i)
        dropSlot(i);
}
