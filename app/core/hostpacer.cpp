#include "core/hostpacer.h"

#include <algorithm>

namespace {

// Drops that make the delay double; first-try answers that make it ease by a quarter.
constexpr int dropsToSlow = 2;
constexpr int answersToEase = 100;
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
        if (++h.dropsSinceChange >= dropsToSlow) {
            Duration slower = h.delay.count() == 0 ? firstDelay : h.delay * 2;
            const auto window = std::chrono::duration_cast<Duration>(started - h.windowStart);
            if (h.windowAnswers >= minAnswersForRate && window >= minRateWindow) {
                h.rateDelay = window / h.windowAnswers; // one probe per answer it gives
                slower = std::max(slower, h.rateDelay);
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
    const int wanted = std::max(droppingRetries, found->second.mostAttempts + 1);
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
        if (h.longest.count() > 0)
            out.append(Report { host, h.longest, h.drops });
    }
    return out;
}
