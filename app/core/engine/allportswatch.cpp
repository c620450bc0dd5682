#include "core/engine/allportswatch.h"

QList<quint32> AllPortsWatch::count(
    const QList<ScanResult> &results, const QHash<quint64, quint64> &closed)
{
    QList<quint32> touched;
    for (const ScanResult &r : results) {
        // Closed ports are all in the tallies (listed ones too, with --show-closed).
        if (r.state == PortState::Closed)
            continue;
        Host &h = m_hosts[r.hostId];
        ++h.settled;
        if (r.state == PortState::Open)
            ++h.open;
        touched.append(r.hostId);
    }
    for (auto it = closed.cbegin(); it != closed.cend(); ++it) {
        const auto id = static_cast<quint32>(it.key());
        m_hosts[id].settled += it.value();
        touched.append(id);
    }
    QList<quint32> recognised;
    for (quint32 id : std::as_const(touched)) {
        Host &h = m_hosts[id];
        if (!h.everywhere && h.open >= minimumOpen && h.looksAllOpen()) {
            h.everywhere = true;
            h.held.clear(); // never detected: a bounded share went already
            m_holding.remove(id);
            recognised.append(id);
        }
    }
    return recognised;
}

QList<ScanResult> AllPortsWatch::forDetection(const QList<ScanResult> &open)
{
    QList<ScanResult> now;
    for (const ScanResult &r : open) {
        Host &h = m_hosts[r.hostId];
        if (h.everywhere)
            continue;
        if (h.sent >= detectFirst && h.looksAllOpen()) {
            h.held.append(r);
            m_holding.insert(r.hostId);
            continue;
        }
        ++h.sent;
        now.append(r);
    }
    return now;
}

QList<ScanResult> AllPortsWatch::release(bool probesDone)
{
    QList<ScanResult> now;
    for (auto it = m_holding.begin(); it != m_holding.end();) {
        Host &h = m_hosts[*it];
        if (!probesDone && h.looksAllOpen()) {
            ++it;
            continue;
        }
        h.sent += static_cast<int>(h.held.size());
        now += h.held;
        h.held.clear();
        it = m_holding.erase(it);
    }
    return now;
}

bool AllPortsWatch::answersEverywhere(quint32 hostId) const
{
    const auto it = m_hosts.constFind(hostId);
    return it != m_hosts.cend() && it->everywhere;
}
