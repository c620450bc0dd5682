#pragma once

#include <chrono>

// One host's round-trip time, estimated as TCP does (RFC 6298): a smoothed RTT and
// its variation from every answer, and from them how long a probe should wait.
class RttEstimator final
{
public:
    using Duration = std::chrono::microseconds;

    // Adds the time one probe took to be answered (SYN-ACK or reset).
    void addSample(Duration rtt);
    bool hasSamples() const { return m_samples > 0; }
    int samples() const { return m_samples; }
    Duration smoothed() const { return m_srtt; }
    Duration variation() const { return m_rttvar; }
    // How long to wait for an answer: SRTT + max(granularity, 4 * RTTVAR, SRTT / 2),
    // within [floor, ceiling]; the ceiling alone until the first sample.
    Duration timeout(Duration floor, Duration ceiling) const;

    // The clock granularity G of RFC 6298: the scan notices deadlines this late.
    static constexpr Duration granularity { 10000 };

private:
    Duration m_srtt { 0 };
    Duration m_rttvar { 0 };
    int m_samples = 0;
};
