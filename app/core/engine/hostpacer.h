#pragma once

#include <unordered_map>

#include <chrono>

#include <QList>

#include "core/engine/scanclock.h"

// Per host, what its drops ask of the scan, as nmap learns it: a port that answered
// only to a later attempt means the host (or a firewall before it) drops probes,
// typically because it limits the resets or SYNs it answers per second. When drops
// are more than a tenth of its answers at the current pace (less is random loss,
// which retries cover), the host gets a delay between its probes: doubling while its
// rate is unknown; once answers have come in at its limit for half a second (drops
// among them), a little faster than that rate, so the host never waits for the scan
// and only a few probes are dropped; easing when answers come back on the first
// attempt. A slowed host's silent ports get nmap's ten retries; a lossy one's get one
// more than its answers needed, at least two. Other hosts are untouched.
// One per scan, shared by its workers (a host's probes are spread over them): every
// call takes a lock.
class HostPacer final
{
public:
    using TimePoint = ScanClock::TimePoint;
    using Duration = std::chrono::microseconds;

    static constexpr Duration firstDelay { 1000 };
    static constexpr Duration maxDelay { 1000000 };
    static constexpr int maxAttempts = 11; // nmap's most: one try and ten retries
    // Retries a silent port of a host that drops probes gets (nmap's most).
    static constexpr int droppingRetries = 10;
    static constexpr Duration burstCredit { 20000 };
    // How much faster than the rate it answers at a slowed host is probed (per cent).
    static constexpr int overRate = 115;

    struct Report
    {
        quint64 host = 0;
        Duration longestDelay { 0 };
        int drops = 0;
    };

    // Whether a probe of host may start now, taking its turn if so; if not, *next
    // is when to ask again. Always for an unpaced host. A worker that comes back
    // late may catch up on a few missed turns, never more than burstCredit.
    bool take(quint64 host, TimePoint now, TimePoint *next);
    // The host answered, at now, a probe on its attempt-th try (0: the first), sent
    // at started; previous is when the try before it went out. Only probes sent at
    // the current pace say something about it: an answer to a retry whose earlier
    // try went out at this pace means this pace still loses probes.
    void answered(quint64 host, int attempt, TimePoint started, TimePoint previous, TimePoint now);
    // How many retries a silent port of host gets: at least the user's.
    int retriesFor(quint64 host, int userRetries) const;
    Duration delay(quint64 host) const;
    // Both at once, under one lock: what a probe's timeout check needs.
    struct Plan
    {
        int retries = 0;
        bool paced = false;
    };
    Plan plan(quint64 host, int userRetries) const;
    // Hosts that were slowed down, for the report.
    QList<Report> reports() const;

private:
    struct Host
    {
        Duration delay { 0 };
        Duration longest { 0 };
        TimePoint next {};
        TimePoint changed {}; // when the delay last changed
        int mostAttempts = 0; // the latest try on which any port answered
        int drops = 0;
        int dropsSinceChange = 0;
        int cleanSinceChange = 0;
        // Answers (and how many of them came only to a retry) since windowStart,
        // by arrival: while drops are among them, the rate the host answers at.
        int windowAnswers = 0;
        int windowDrops = 0;
        TimePoint windowStart {};
        Duration rateDelay { 0 }; // one answer per rateDelay: its rate under drops; 0: unknown
    };

    mutable std::mutex m_mutex;
    std::unordered_map<quint64, Host> m_hosts;
};
