#include "core/engine/scanshared.h"

ScanShared::ScanShared(const ScanOptions &o, HostTable h)
    : options(o)
    , hosts(std::move(h))
    , ports(o.ports.ports())
    , udpPorts(o.ports.udpPorts())
    , total(o.discovery == ScanOptions::Discovery::Only ? hosts.count()
                                                        : hosts.count() * portsPerHost())
{
}

void ScanShared::handOver(LocalBatch *batch)
{
    take(batch, false);
}

void ScanShared::handOverFinal(LocalBatch *batch)
{
    take(batch, true);
}

void ScanShared::take(LocalBatch *batch, bool keepResults)
{
    if (batch->isEmpty())
        return;
    LocalBatch::addLinkDetails(&batch->hosts);
    {
        std::lock_guard lock(m_mutex);
        if (keepResults || !cancelled.load()) {
            m_pending.hosts.append(std::move(batch->hosts));
            m_pending.results.append(std::move(batch->results));
            for (auto it = batch->closedByHost.cbegin(); it != batch->closedByHost.cend(); ++it)
                m_pending.closed[it.key()] += it.value();
            for (auto it = batch->closedUdpByHost.cbegin(); it != batch->closedUdpByHost.cend();
                 ++it) {
                m_pending.closed[it.key()] += it.value();
                m_pending.closedUdp[it.key()] += it.value();
            }
        }
        m_counts += batch->counts;
    }
    batch->clear();
}

void ScanShared::setConfirming(quint64 waiting, qint64 etaMs)
{
    std::lock_guard lock(m_mutex);
    m_confirming = waiting;
    m_confirmEtaMs = waiting > 0 ? etaMs : -1;
}

quint64 ScanShared::confirming(qint64 *etaMs) const
{
    std::lock_guard lock(m_mutex);
    *etaMs = m_confirmEtaMs;
    return m_confirming;
}

void ScanShared::queueHost(quint64 host, qsizetype settledTcp)
{
    const auto tcp = static_cast<quint64>(ports.size());
    if (tcp > 0) {
        const quint64 first = host * tcp;
        if (settledTcp < 0 || static_cast<quint64>(settledTcp) >= tcp) {
            source.add(first, first + tcp);
        } else {
            const auto settled = static_cast<quint64>(settledTcp);
            source.add(first, first + settled);
            source.add(first + settled + 1, first + tcp);
        }
    }
    const auto udp = static_cast<quint64>(udpPorts.size());
    if (udp > 0)
        udpSource.add(host * udp, (host + 1) * udp);
}

void ScanShared::closeSources()
{
    source.close();
    udpSource.close();
}

ScanShared::Pending ScanShared::takePending()
{
    Pending out;
    std::lock_guard lock(m_mutex);
    std::swap(out, m_pending);
    return out;
}

ScanShared::Pending ScanShared::pending() const
{
    std::lock_guard lock(m_mutex);
    return m_pending;
}

ScanCounts ScanShared::counts() const
{
    std::lock_guard lock(m_mutex);
    return m_counts;
}

void ScanShared::fail(const QString &error)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_error.isEmpty())
            m_error = error;
    }
    cancelled = true;
}

QString ScanShared::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void ScanShared::setDiscoveredRtt(quint64 host, std::chrono::microseconds rtt)
{
    std::lock_guard lock(m_rttMutex);
    m_discoveredRtt[host] = rtt;
}

std::optional<std::chrono::microseconds> ScanShared::discoveredRtt(quint64 host) const
{
    std::lock_guard lock(m_rttMutex);
    const auto found = m_discoveredRtt.find(host);
    if (found == m_discoveredRtt.end())
        return std::nullopt;
    return found->second;
}
