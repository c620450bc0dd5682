#include "core/engine/hostpacer.h"

#include <algorithm>

namespace {

// Drops that make the delay grow; first-try answers that make it ease by a tenth.
constexpr int dropsToSlow = 2;
constexpr int answersToEase = 100;
// Drops under this share (per cent) of the answers at a pace are loss, not a limit.
constexpr int lossShare = 10;
// Answers over this long, drops among them, give the rate the host answers at.
constexpr std::chrono::milliseconds rateWindow { 500 };
constexpr int minAnswersForRate = 5;

} // namespace

bool HostPacer::take(quint64 host, TimePoint now, TimePoint *next)
{
    std::lock_guard lock(m_mutex);
    const auto found = m_hosts.find(host);
    if (found == m_hosts.end() || found->second.delay.count() == 0)
        return true;
    Host &h = found->second;
    if (h.next > now) {
        *next = h.next;
        return false;
    }
    h.next = std::max(h.next, now - std::min(burstCredit, h.delay * 4)) + h.delay;
    return true;
}

void HostPacer::answered(
    quint64 host, int attempt, TimePoint started, TimePoint previous, TimePoint now)
{
    std::lock_guard lock(m_mutex);
    Host &h = m_hosts[host];
    h.mostAttempts = std::max(h.mostAttempts, attempt);
    if (attempt > 0)
        ++h.drops;
    // The rate answers arrive at: while some of them came only to a retry (the
    // scan sends faster than the host answers), the host's limit.
    if (h.windowAnswers == 0)
        h.windowStart = now;
    ++h.windowAnswers;
    if (attempt > 0)
        ++h.windowDrops;
    if (now - h.windowStart >= rateWindow) {
        if (h.windowAnswers >= minAnswersForRate
            && h.windowDrops * 100 >= lossShare * h.windowAnswers)
            h.rateDelay
                = std::chrono::duration_cast<Duration>(now - h.windowStart) / h.windowAnswers;
        h.windowAnswers = h.windowDrops = 0;
    }
    if (started < h.changed || (attempt > 0 && previous < h.changed))
        return; // sent (or first dropped) at an earlier pace: says nothing about this one
    // A little faster than the host answers: it never idles, few probes are lost.
    const Duration target = h.rateDelay * 100 / overRate;
    if (attempt > 0) {
        ++h.dropsSinceChange;
        // Random loss drops a few probes at any pace, and retries cover it; a rate
        // limit drops many once the pace is above it. Slow down only for the latter:
        // to the rate, once known (drops go on there, by design), else twice slower.
        const bool many
            = h.dropsSinceChange * 100 >= lossShare * (h.dropsSinceChange + h.cleanSinceChange);
        if (h.dropsSinceChange >= dropsToSlow && many) {
            const Duration slower = target.count() > 0 ? target
                : h.delay.count() == 0                 ? firstDelay
                                                       : h.delay * 2;
            if (h.delay.count() == 0)
                h.next = now; // its turns start now
            h.delay = std::min(slower, maxDelay);
            h.longest = std::max(h.longest, h.delay);
            h.changed = started;
            h.dropsSinceChange = h.cleanSinceChange = 0;
        }
        return;
    }
    // Successes show at once, drops only when a later try is answered: ease slowly,
    // and never faster than a little above the rate the host was seen to answer at.
    if (++h.cleanSinceChange >= answersToEase && h.delay.count() > 0) {
        h.delay = std::max(h.delay * 9 / 10, target);
        if (h.delay < firstDelay)
            h.delay = Duration(0);
        h.changed = started;
        h.dropsSinceChange = h.cleanSinceChange = 0;
    }
}

int HostPacer::retriesFor(quint64 host, int userRetries) const
{
    return plan(host, userRetries).retries;
}

HostPacer::Plan HostPacer::plan(quint64 host, int userRetries) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_hosts.find(host);
    if (found == m_hosts.end())
        return { userRetries, false };
    const Host &h = found->second;
    const bool paced = h.delay.count() > 0;
    if (h.drops == 0)
        return { userRetries, paced };
    // A host that had to be slowed gets nmap's ten; one that only loses the odd
    // probe gets one more than its answers needed, at least two.
    const int wanted = h.longest.count() > 0 ? std::max(droppingRetries, h.mostAttempts + 1)
                                             : std::max(2, h.mostAttempts + 1);
    return { std::max(userRetries, std::min(wanted, maxAttempts - 1)), paced };
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
