#pragma once

#include <unordered_map>

#include <chrono>
#include <deque>
#include <mutex>
#include <optional>

#include <QtGlobal>

#include "core/engine/scanclock.h"

// Per host, how fast it answers closed UDP ports, and when to probe it next so
// that the answer is not rate-limited away. Linux (and most systems) limit the
// ICMP errors sent to one destination with a token bucket: a burst (6), then one
// per interval (net.ipv4.icmp_ratelimit, 1000 ms; IPv6 is often faster). A probe
// that finds the bucket empty draws no port-unreachable, and a closed port looks
// open|filtered. Fed with the probes sent to a host and which of them drew an
// error, this models the host's bucket, learns its burst from the answers before
// the first silence and its interval from stretches where probes outran answers
// (both need the caller to send faster than the host answers now and then: a
// rush at the start does it), and says
// when the bucket will next hold a token that no probe in flight has claimed.
// One per scan, shared by its workers: every call takes a lock.
class IcmpRateEstimator final
{
public:
    using TimePoint = ScanClock::TimePoint;
    using Duration = std::chrono::microseconds;

    struct Limit
    {
        int burst = 6; // XRLIM_BURST_FACTOR in Linux
        Duration interval { 1000000 }; // icmp_ratelimit's default, 1000 ms
    };

    // Probes go this much later than the model's token, for jitter between
    // our clock and the host's.
    static constexpr int marginPercent = 10;

    // Linux's defaults (IPv4; IPv6 on older kernels) until a host shows its own.
    IcmpRateEstimator();
    explicit IcmpRateEstimator(Limit prior);

    // A probe went to a port of host that answers with an ICMP error if closed.
    void sent(quint64 host, TimePoint at);
    // The probe sent at sentAt drew an ICMP error (the caller matched it by port).
    void answered(quint64 host, TimePoint sentAt);
    // The probe sent at sentAt drew nothing within the caller's wait: the model
    // takes the bucket as empty then. Report only ports that may be closed: a port
    // already known open|filtered says nothing about the bucket, and would cost
    // its host up to an interval.
    void silent(quint64 host, TimePoint sentAt);
    // The probe sent at sentAt drew no ICMP error and took no token: a datagram
    // answered it, an error came from a router on the way, or it drew nothing when
    // the model held a free token for it (the port is not closed). The model
    // forgets it, as if never sent, so that it costs its host no interval.
    void forget(quint64 host, TimePoint sentAt);

    Limit estimate(quint64 host) const;
    // When the next probe to host may go (now, if its bucket holds a free token).
    TimePoint nextSend(quint64 host, TimePoint now) const;

private:
    // Excused: a silence that a later probe's answer shows was not the bucket's (the
    // port's datagram was dropped on the way): no evidence either way.
    enum class Outcome : quint8 { Pending, Answered, Silent, Excused };
    struct Probe
    {
        TimePoint sent;
        Outcome outcome = Outcome::Pending;
    };
    struct Host
    {
        Limit limit;
        std::deque<Probe> log; // in the order sent
        TimePoint first {}; // the first probe: a full bucket then
        int priorBurst = 0;
        bool burstKnown = false; // a silence has shown where the first burst ended
        // The bucket before log.front(), once older probes are folded away.
        bool folded = false;
        double baseTokens = 0;
        TimePoint baseAt {};
    };

    // outcome empty: forget the probe.
    void resolve(quint64 host, TimePoint sentAt, std::optional<Outcome> outcome);
    static bool excuseSilences(Host *h);
    static void learnBurst(Host *h);
    static void learnInterval(Host *h);
    static void fold(Host *h);
    // Tokens in the model bucket just after the last logged probe, and its time.
    static double replay(const Host &h, TimePoint *at);

    Limit m_prior;
    mutable std::mutex m_mutex;
    std::unordered_map<quint64, Host> m_hosts;
};
