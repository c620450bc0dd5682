#include "core/engine/scanshared.h"

ScanShared::ScanShared(const ScanOptions &o, HostTable h)
    : options(o)
    , hosts(std::move(h))
    , ports(o.ports.ports())
    , total(o.discovery == ScanOptions::Discovery::Only
              ? hosts.count()
              : hosts.count() * static_cast<quint64>(ports.size()))
{
}

void ScanShared::handOver(LocalBatch *batch)
{
    if (batch->isEmpty())
        return;
    LocalBatch::addLinkDetails(&batch->hosts);
    {
        std::lock_guard lock(m_mutex);
        if (!cancelled.load()) {
            m_pending.hosts.append(std::move(batch->hosts));
            m_pending.results.append(std::move(batch->results));
            for (auto it = batch->closedByHost.cbegin(); it != batch->closedByHost.cend(); ++it)
                m_pending.closed[it.key()] += it.value();
        }
        m_counts += batch->counts;
    }
    batch->clear();
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
