#pragma once

#include <map>
#include <unordered_map>

#include <deque>

#include <QtGlobal>

#include "core/engine/hostpacer.h"

// A worker's probes of slowed-down hosts, waiting for the turns HostPacer gives:
// a queue per host, in the order they came, and when each host's next turn may
// come. Item is the scheduler's probe; it has an index (host * ports + port).
template <typename Item> class TurnQueue final
{
public:
    using TimePoint = HostPacer::TimePoint;

    TurnQueue(HostPacer &pacer, quint64 portCount, size_t perHost)
        : m_pacer(pacer)
        , m_portCount(portCount)
        , m_perHost(perHost)
    {
    }

    size_t size() const { return m_count; }
    bool holds(quint64 host) const { return m_waiting.count(host) > 0; }
    // When a waiting item may start; TimePoint::max() if none waits.
    TimePoint nextTurn() const
    {
        return m_turns.empty() ? TimePoint::max() : m_turns.begin()->first;
    }

    // Queues item behind its host's others, its turn at turn; false if that host's
    // queue is full.
    bool push(const Item &item, quint64 host, TimePoint turn)
    {
        auto [it, created] = m_waiting.try_emplace(host);
        if (it->second.size() >= m_perHost)
            return false;
        it->second.push_back(item);
        ++m_count;
        if (created)
            m_turns.emplace(turn, host);
        return true;
    }

    // The first item of a host whose turn has come, taking the turn.
    bool popDue(TimePoint now, Item *item)
    {
        while (!m_turns.empty() && m_turns.begin()->first <= now) {
            const quint64 host = m_turns.begin()->second;
            m_turns.erase(m_turns.begin());
            const auto it = m_waiting.find(host);
            if (it == m_waiting.end())
                continue; // its items were settled meanwhile
            TimePoint next;
            if (!m_pacer.take(host, now, &next)) {
                m_turns.emplace(next, host); // another worker took this turn
                continue;
            }
            *item = it->second.front();
            it->second.pop_front();
            --m_count;
            if (it->second.empty())
                m_waiting.erase(it);
            else
                m_turns.emplace(now, host); // the pacer says when, at the next call
            return true;
        }
        return false;
    }

    // Drops the items of probe index (settled by another attempt).
    void remove(quint64 index)
    {
        const auto it = m_waiting.find(index / m_portCount);
        if (it == m_waiting.end())
            return;
        const size_t before = it->second.size();
        std::erase_if(it->second, [index](const Item &item) { return item.index == index; });
        m_count -= before - it->second.size();
        if (it->second.empty())
            m_waiting.erase(it); // its turn, still queued, finds nothing
    }

private:
    HostPacer &m_pacer;
    const quint64 m_portCount;
    const size_t m_perHost;
    std::unordered_map<quint64, std::deque<Item>> m_waiting;
    std::multimap<TimePoint, quint64> m_turns;
    size_t m_count = 0;
};
