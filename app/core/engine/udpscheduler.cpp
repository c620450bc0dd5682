#include "core/engine/udpscheduler.h"

#include <algorithm>

#include <QRandomGenerator>

namespace {

double msBetween(UdpScheduler::TimePoint from, UdpScheduler::TimePoint to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

bool carriesCommunity(const UdpProbeTable::Probe *probe)
{
    return probe->name == QLatin1String("snmp-v1") || probe->name == QLatin1String("snmp-v2c");
}

} // namespace

UdpScheduler::UdpScheduler(const UdpProbeTable &table, IcmpRateEstimator &estimator,
    const ScanClock &clock, const Config &config)
    : m_table(table)
    , m_estimator(estimator)
    , m_clock(clock)
    , m_config(config)
    , m_nextToken(QRandomGenerator::global()->generate())
{
}

void UdpScheduler::add(quint64 host, const QHostAddress &address, quint16 port)
{
    const quint64 id = m_nextTask++;
    Task &t = m_tasks[id];
    t.host = host;
    t.address = address;
    t.port = port;
    for (const Probe *probe : m_table.forPort(port)) {
        if (m_config.withCommunity || !carriesCommunity(probe))
            t.probes.append(probe);
    }
    if (t.probes.isEmpty()) // only community probes, and no community: the empty datagram
        t.probes.append(m_table.probe(QStringLiteral("empty")));
    m_byKey[Key(address, port)].append(id);
    if (std::any_of(t.probes.cbegin(), t.probes.cend(),
            [](const Probe *p) { return p->answersFromNewPort; }))
        m_newPort[address].append(id);
    m_hosts.try_emplace(host);
    m_fresh.push_back(id);
    ++m_undecided;
}

UdpScheduler::Task *UdpScheduler::task(quint64 id)
{
    const auto it = m_tasks.find(id);
    return it == m_tasks.end() ? nullptr : &it->second;
}

int UdpScheduler::attemptsNeeded(const Task &task) const
{
    return std::max(m_config.retries + 1, static_cast<int>(task.probes.size()));
}

std::chrono::microseconds UdpScheduler::waitFor(quint64 host) const
{
    const auto it = m_hosts.find(host);
    if (it == m_hosts.end() || !it->second.rtt.hasSamples())
        return m_config.ceiling;
    return it->second.rtt.timeout(m_config.floor, m_config.ceiling);
}

void UdpScheduler::schedule(quint64 host, TimePoint at)
{
    if (const auto old = m_dueAt.find(host); old != m_dueAt.end())
        m_due.erase({ old->second, host });
    m_due.insert({ at, host });
    m_dueAt[host] = at;
}

bool UdpScheduler::next(Send *send)
{
    const TimePoint now = m_clock.now();
    // Confirmations first: a token the host holds now is lost if left unused.
    if (nextConfirmation(now, send))
        return true;
    while (m_inFlight < m_config.window && !m_fresh.empty()) {
        const quint64 id = m_fresh.front();
        m_fresh.pop_front();
        Task *t = task(id);
        if (!t)
            continue;
        emitSend(id, *t, m_estimator.nextSend(t->host, now) <= now, now, send);
        return true;
    }
    return false;
}

bool UdpScheduler::nextConfirmation(TimePoint now, Send *send)
{
    while (!m_due.empty() && m_due.begin()->first <= now) {
        const quint64 hostIndex = m_due.begin()->second;
        m_due.erase(m_due.begin());
        m_dueAt.erase(hostIndex);
        Host &host = m_hosts[hostIndex];
        while (!host.confirm.empty() && !task(host.confirm.front()))
            host.confirm.pop_front();
        if (host.confirm.empty())
            continue;
        if (host.asking)
            continue; // the early attempt's end looks at this host again (settleFlight)
        const TimePoint at = m_estimator.nextSend(hostIndex, now);
        if (at > now) {
            if (askEarly(hostIndex, host, at, now, send))
                return true;
            continue;
        }
        const quint64 id = host.confirm.front();
        host.confirm.pop_front();
        if (!host.confirm.empty())
            schedule(hostIndex, now); // looked at again once this one holds its token
        emitSend(id, m_tasks[id], true, now, send);
        return true;
    }
    return false;
}

// Between the model's tokens, a port waiting for confirmation is asked early now
// and then: a host faster than the model answers, which confirms the port and
// teaches the estimator the host's pace (it learns a faster host only from probes
// that outrun it); a silence is no evidence and goes back to the queue, and the
// model does not count it. Early attempts stop well before the model's token, and
// none is in flight when a credible one goes, so none takes the token a credible
// attempt counts on. Never faster than the fastest refill believed (5 ms).
bool UdpScheduler::askEarly(
    quint64 hostIndex, Host &host, TimePoint tokenAt, TimePoint now, Send *send)
{
    const auto interval = m_estimator.estimate(hostIndex).interval;
    const auto pace
        = std::max<std::chrono::microseconds>(interval / 4, std::chrono::milliseconds(5));
    const TimePoint early = host.lastEarly + pace;
    if (early > now || tokenAt - now <= waitFor(hostIndex) + pace) {
        schedule(hostIndex, early > now ? std::min(tokenAt, early) : tokenAt);
        return false;
    }
    const quint64 id = host.confirm.front();
    host.confirm.pop_front();
    host.asking = true;
    host.lastEarly = now;
    Task &task = m_tasks[id];
    emitSend(id, task, false, now, send);
    task.early = true;
    ++task.earlyAttempts;
    return true;
}

void UdpScheduler::emitSend(quint64 id, Task &task, bool credible, TimePoint now, Send *send)
{
    // Each attempt a probe of the port's in turn, with a token of its own.
    const Probe *probe = task.probes.at(task.attempts.size() % task.probes.size());
    Attempt attempt;
    attempt.token = m_nextToken++;
    attempt.probe = probe;
    attempt.sentAt = now;
    send->datagram = probe->build(attempt.token, task.address.toString());
    task.attempts.append(attempt);
    task.inFlight = true;
    task.credible = credible;
    ++m_inFlight;
    m_estimator.sent(task.host, now);
    m_deadlines.insert({ now + waitFor(task.host), { id, attempt.token } });
    send->task = id;
    send->address = task.address;
    send->port = task.port;
}

void UdpScheduler::settleFlight(Task &task)
{
    if (!task.inFlight)
        return;
    task.inFlight = false;
    --m_inFlight;
    if (task.early) {
        task.early = false;
        m_hosts[task.host].asking = false;
        schedule(task.host, m_clock.now()); // its queue waited on this attempt
    }
}

void UdpScheduler::unsent(quint64 id)
{
    Task *t = task(id);
    if (!t || !t->inFlight || t->attempts.isEmpty())
        return;
    m_estimator.forget(t->host, t->attempts.last().sentAt);
    t->attempts.removeLast();
    settleFlight(*t);
    // Its deadline entry no longer names an attempt it has: sweep() skips it.
    if (t->attempts.isEmpty()) {
        m_fresh.push_front(id);
    } else {
        m_hosts[t->host].confirm.push_front(id);
        schedule(t->host, m_clock.now());
    }
}

void UdpScheduler::maybeSent(quint64 id)
{
    if (Task *t = task(id))
        t->credible = false;
}

void UdpScheduler::failed(quint64 id, ConnectOutcome outcome)
{
    Task *t = task(id);
    if (!t)
        return;
    if (!t->attempts.isEmpty())
        m_estimator.forget(t->host, t->attempts.last().sentAt);
    PortState state;
    PortReason reason;
    classifyOutcome(outcome, &state, &reason);
    if (state == PortState::Closed)
        reason = PortReason::PortUnreach;
    else if (state == PortState::Open)
        state = PortState::Filtered; // not a port's answer: nothing went out
    decide(id, *t, state, reason);
}

void UdpScheduler::decide(quint64 id, Task &task, PortState state, PortReason reason,
    const QHostAddress &from, double latencyMs, UdpVerdict verdict)
{
    settleFlight(task);
    --m_undecided;
    Decision d;
    d.host = task.host;
    d.port = task.port;
    d.state = state;
    d.reason = reason;
    if (!from.isNull() && !from.isEqual(task.address))
        d.reasonFrom = from;
    d.latencyMs = latencyMs;
    d.verdict = std::move(verdict);
    m_decisions.push_back(std::move(d));
    // A decided port is forgotten: queues and deadlines that still name it skip it.
    const Key key(task.address, task.port);
    if (auto it = m_byKey.find(key); it != m_byKey.end()) {
        it->removeOne(id);
        if (it->isEmpty())
            m_byKey.erase(it);
    }
    if (auto it = m_newPort.find(task.address); it != m_newPort.end()) {
        it->removeOne(id);
        if (it->isEmpty())
            m_newPort.erase(it);
    }
    m_tasks.erase(id); // task is gone from here on
}

void UdpScheduler::silence(quint64 id, Task &task, TimePoint now)
{
    const bool wasEarly = task.early;
    settleFlight(task);
    const TimePoint sentAt = task.attempts.last().sentAt;
    if (task.credible) {
        // The model held a token: a closed port would have drawn its error. Not a
        // closed port, so the token is still the host's.
        m_estimator.forget(task.host, sentAt);
        ++task.credibleSilences;
    } else if (wasEarly) {
        // The model held no token: nothing new, for the model or for the port, which
        // is first in line again.
        m_estimator.forget(task.host, sentAt);
        m_hosts[task.host].confirm.push_front(id);
        return;
    } else {
        m_estimator.silent(task.host, sentAt);
    }
    if (task.credibleSilences > 0
        && task.attempts.size() - task.earlyAttempts >= attemptsNeeded(task)) {
        decide(id, task, PortState::OpenFiltered, PortReason::NoResponse);
        return;
    }
    m_hosts[task.host].confirm.push_back(id);
    schedule(task.host, std::max(now, m_estimator.nextSend(task.host, now)));
}

void UdpScheduler::sweep()
{
    const TimePoint now = m_clock.now();
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const auto [id, token] = m_deadlines.begin()->second;
        m_deadlines.erase(m_deadlines.begin());
        Task *t = task(id);
        // Only the attempt in flight times out; older entries were answered or withdrawn.
        if (t && t->inFlight && t->attempts.last().token == token)
            silence(id, *t, now);
    }
}

bool UdpScheduler::isSelfReply(const Task &task, const QHostAddress &from, quint16 fromPort) const
{
    const quint16 local = from.protocol() == QAbstractSocket::IPv6Protocol ? m_config.localPort6
                                                                           : m_config.localPort4;
    return local != 0 && fromPort == local && task.port == local && from.isEqual(task.address);
}

bool UdpScheduler::matchReply(quint64 id, const QByteArray &data, TimePoint now)
{
    Task &t = m_tasks[id];
    // Latest first: a late answer to an earlier attempt (its own token) counts too.
    for (qsizetype i = t.attempts.size() - 1; i >= 0; --i) {
        const Attempt &a = t.attempts.at(i);
        UdpVerdict verdict = a.probe->read(data, a.token);
        if (!verdict.answered)
            continue;
        const double latency = msBetween(a.sentAt, now);
        if (t.inFlight && i == t.attempts.size() - 1)
            m_hosts[t.host].rtt.addSample(
                std::chrono::duration_cast<std::chrono::microseconds>(now - a.sentAt));
        m_estimator.forget(t.host, a.sentAt); // a datagram, not an ICMP error
        decide(id, t, PortState::Open, PortReason::UdpResponse, {}, latency, std::move(verdict));
        return true;
    }
    return false;
}

void UdpScheduler::reply(const QHostAddress &from, quint16 fromPort, const QByteArray &data)
{
    const TimePoint now = m_clock.now();
    const QList<quint64> ids = m_byKey.value(Key(from, fromPort));
    for (const quint64 id : ids) {
        Task *t = task(id);
        if (!t || t->attempts.isEmpty())
            continue;
        // Our own socket's port: the datagram came back to us. No other program can
        // hold that port while we do, so for the target it is closed, as the kernel
        // would say were we not bound there.
        if (isSelfReply(*t, from, fromPort)) {
            m_estimator.forget(t->host, t->attempts.last().sentAt);
            decide(id, *t, PortState::Closed, PortReason::PortUnreach);
            return;
        }
        if (matchReply(id, data, now))
            return;
    }
    // RFC 1350 section 4: a TFTP server answers from a port of its own.
    const QList<quint64> others = m_newPort.value(from);
    for (const quint64 id : others) {
        Task *t = task(id);
        if (t && !t->attempts.isEmpty() && matchReply(id, data, now))
            return;
    }
    // Anything else is a stray datagram: it opens nothing.
}

void UdpScheduler::icmp(const IcmpError &error)
{
    const QList<quint64> ids = m_byKey.value(Key(error.target, error.targetPort));
    for (const quint64 id : ids) {
        Task *t = task(id);
        if (!t || t->attempts.isEmpty())
            continue;
        const TimePoint now = m_clock.now();
        const Attempt &a = t->attempts.last();
        const bool fromTarget = error.sender.isNull() || error.sender.isEqual(error.target);
        // Only the target's own errors spend the target's tokens.
        if (fromTarget)
            m_estimator.answered(t->host, a.sentAt);
        else
            m_estimator.forget(t->host, a.sentAt);
        if (t->inFlight)
            m_hosts[t->host].rtt.addSample(
                std::chrono::duration_cast<std::chrono::microseconds>(now - a.sentAt));
        PortState state;
        PortReason reason;
        classifyIcmp(error.kind, &state, &reason);
        decide(id, *t, state, reason, error.sender, msBetween(a.sentAt, now));
        return;
    }
}

void UdpScheduler::stop()
{
    std::vector<quint64> probed;
    for (const auto &[id, t] : m_tasks) {
        if (!t.attempts.isEmpty())
            probed.push_back(id);
    }
    std::sort(probed.begin(), probed.end());
    for (const quint64 id : probed) {
        Task &t = m_tasks[id];
        // A credible silence already says "not closed"; without one, it may be.
        decide(id, t, PortState::OpenFiltered,
            t.credibleSilences > 0 ? PortReason::NoResponse : PortReason::NotConfirmed);
    }
    m_undecided = 0; // ports never probed are not reported, as TCP's are not
    m_tasks.clear();
    m_byKey.clear();
    m_newPort.clear();
    m_fresh.clear();
    m_due.clear();
    m_dueAt.clear();
    m_deadlines.clear();
}

std::vector<UdpScheduler::Decision> UdpScheduler::takeDecisions()
{
    std::vector<Decision> out;
    out.swap(m_decisions);
    return out;
}

UdpScheduler::TimePoint UdpScheduler::nextWake() const
{
    TimePoint wake = TimePoint::max();
    if (!m_due.empty())
        wake = m_due.begin()->first;
    if (!m_deadlines.empty())
        wake = std::min(wake, m_deadlines.begin()->first);
    if (!m_fresh.empty() && m_inFlight < m_config.window)
        wake = m_clock.now();
    return wake;
}

quint64 UdpScheduler::confirming() const
{
    quint64 count = 0;
    for (const auto &[index, host] : m_hosts) {
        for (const quint64 id : host.confirm) {
            const auto it = m_tasks.find(id);
            if (it != m_tasks.end() && it->second.credibleSilences == 0)
                ++count;
        }
    }
    return count;
}

qint64 UdpScheduler::confirmEtaMs() const
{
    const TimePoint now = m_clock.now();
    qint64 eta = -1;
    for (const auto &[index, host] : m_hosts) {
        if (host.confirm.empty())
            continue;
        // Each port waiting takes one of the host's tokens at most.
        const IcmpRateEstimator::Limit limit = m_estimator.estimate(index);
        const auto first = m_estimator.nextSend(index, now) - now;
        const auto rest = limit.interval * static_cast<qint64>(host.confirm.size() - 1)
            * (100 + IcmpRateEstimator::marginPercent) / 100;
        eta = std::max<qint64>(
            eta, std::chrono::duration_cast<std::chrono::milliseconds>(first + rest).count());
    }
    return eta;
}
