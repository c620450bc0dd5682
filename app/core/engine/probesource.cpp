#include "core/engine/probesource.h"

void ProbeSource::add(quint64 first, quint64 end)
{
    std::lock_guard lock(m_mutex);
    append(first, end);
}

void ProbeSource::postpone(quint64 first, quint64 end, quint64 limit)
{
    std::lock_guard lock(m_mutex);
    if (!m_runs.empty() && m_runs.front().first == end && m_runs.front().second > end) {
        auto &next = m_runs.front();
        const quint64 cut = qMin(next.second, qMax(limit, end));
        next.first = cut;
        end = cut;
        if (next.first >= next.second)
            m_runs.pop_front();
    }
    append(first, end);
}

void ProbeSource::append(quint64 first, quint64 end)
{
    if (first >= end)
        return;
    if (!m_runs.empty() && m_runs.back().second == first)
        m_runs.back().second = end;
    else
        m_runs.emplace_back(first, end);
}

void ProbeSource::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
}

ProbeSource::Claim ProbeSource::claim(quint64 max, quint64 *first, quint64 *end)
{
    std::lock_guard lock(m_mutex);
    if (m_runs.empty())
        return m_closed ? Claim::Empty : Claim::Wait;
    auto &run = m_runs.front();
    *first = run.first;
    *end = qMin(run.second, run.first + max);
    run.first = *end;
    if (run.first >= run.second)
        m_runs.pop_front();
    return Claim::Got;
}
