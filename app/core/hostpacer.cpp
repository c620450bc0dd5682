#include "core/hostpacer.h"

#include <algorithm>

namespace {

// Drops that make the delay double; first-try answers that make it ease by a quarter.
constexpr int dropsToSlow = 2;
constexpr int answersToEase = 100;
// Drops under this share (per cent) of the answers at a pace are loss, not a limit.
constexpr int lossShare = 10;
// Enough answers over enough time to take their rate as the host's.
constexpr int minAnswersForRate = 5;
constexpr std::chrono::milliseconds minRateWindow { 50 };

} // namespace

HostPacer::TimePoint HostPacer::reserve(quint64 host, TimePoint now)
{
    std::lock_guard lock(m_mutex);
    const auto found = m_hosts.find(host);
    if (found == m_hosts.end() || found->second.delay.count() == 0)
        return now;
    Host &h = found->second;
    const TimePoint at = std::max(now, h.next);
    h.next = at + h.delay;
    return at;
}

void HostPacer::answered(quint64 host, int attempt, TimePoint started, TimePoint previous)
{
    std::lock_guard lock(m_mutex);
    Host &h = m_hosts[host];
    h.mostAttempts = std::max(h.mostAttempts, attempt);
    if (attempt > 0)
        ++h.drops;
    // The answer rate over the last second or so: under a rate limit, the limit.
    if (h.windowAnswers == 0 || started - h.windowStart > std::chrono::seconds(1)) {
        h.windowStart = started;
        h.windowAnswers = 0;
    }
    ++h.windowAnswers;
    if (started < h.changed)
        return; // sent at an earlier pace: says nothing about this one
    if (attempt > 0 && previous >= h.changed) {
        ++h.dropsSinceChange;
        // Random loss drops a few probes at any pace, and retries cover it; a rate
        // limit drops many once the pace is above it. Slow down only for the latter.
        const bool many
            = h.dropsSinceChange * 100 >= lossShare * (h.dropsSinceChange + h.cleanSinceChange);
        if (h.dropsSinceChange >= dropsToSlow && many) {
            Duration slower = h.delay.count() == 0 ? firstDelay : h.delay * 2;
            const auto window = std::chrono::duration_cast<Duration>(started - h.windowStart);
            if (h.windowAnswers >= minAnswersForRate && window >= minRateWindow) {
                // One probe per answer it gives: the host's rate. Still dropping at or
                // below it (bursts): a quarter slower, not twice.
                h.rateDelay = window / h.windowAnswers;
                slower = h.delay >= h.rateDelay ? h.delay * 5 / 4 : h.rateDelay;
            }
            h.delay = std::min(slower, maxDelay);
            h.longest = std::max(h.longest, h.delay);
            h.changed = started;
            h.dropsSinceChange = h.cleanSinceChange = 0;
        }
        return;
    }
    // Successes show at once, drops only when a later try is answered: ease slowly,
    // and never below the pace the host was seen to answer at.
    if (h.delay.count() > 0 && ++h.cleanSinceChange >= answersToEase) {
        h.delay = std::max(h.delay * 9 / 10, h.rateDelay);
        if (h.delay < firstDelay)
            h.delay = Duration(0);
        h.changed = started;
        h.dropsSinceChange = h.cleanSinceChange = 0;
    }
}

int HostPacer::retriesFor(quint64 host, int userRetries) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_hosts.find(host);
    if (found == m_hosts.end() || found->second.drops == 0)
        return userRetries;
    const Host &h = found->second;
    // A host that had to be slowed gets nmap's ten; one that only loses the odd
    // probe gets one more than its answers needed, at least two.
    const int wanted = h.longest.count() > 0 ? std::max(droppingRetries, h.mostAttempts + 1)
                                             : std::max(2, h.mostAttempts + 1);
    return std::max(userRetries, std::min(wanted, maxAttempts - 1));
}

HostPacer::Duration HostPacer::delay(quint64 host) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_hosts.find(host);
    return found == m_hosts.end() ? Duration(0) : found->second.delay;
}

QList<HostPacer::Report> HostPacer::reports() const
{
    std::lock_guard lock(m_mutex);
    QList<Report> out;
    for (const auto &[host, h] : m_hosts) {
        // Slowed by a millisecond or more between probes: worth a line in the report.
        if (h.longest >= firstDelay)
            out.append(Report { host, h.longest, h.drops });
    }
    return out;
}
