#include "core/probesource.h"

void ProbeSource::add(quint64 first, quint64 end)
{
    if (first >= end)
        return;
    std::lock_guard lock(m_mutex);
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
