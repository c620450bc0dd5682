#include "core/engine/rttestimator.h"

#include <algorithm>

void RttEstimator::addSample(Duration rtt)
{
    rtt = std::max(rtt, Duration(0));
    if (m_samples == 0) {
        m_srtt = rtt;
        m_rttvar = rtt / 2;
    } else {
        // RFC 6298 2.3 with alpha = 1/8 and beta = 1/4, RTTVAR first.
        const Duration delta = m_srtt > rtt ? m_srtt - rtt : rtt - m_srtt;
        m_rttvar = (3 * m_rttvar + delta) / 4;
        m_srtt = (7 * m_srtt + rtt) / 8;
    }
    if (m_samples < 1000000)
        ++m_samples;
}

RttEstimator::Duration RttEstimator::timeout(Duration floor, Duration ceiling) const
{
    if (m_samples == 0)
        return ceiling;
    // RFC 6298's SRTT + max(G, 4 RTTVAR), with at least SRTT / 2 of slack: on a path
    // whose round trips barely vary, RTTVAR falls towards zero, and an answer a few
    // milliseconds late (a busy machine, a deadline seen a sweep late) must not make an
    // open port look filtered.
    const Duration rto = m_srtt + std::max({ granularity, 4 * m_rttvar, m_srtt / 2 });
    return std::clamp(rto, std::min(floor, ceiling), ceiling);
}
