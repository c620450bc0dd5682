#include "core/engine/icmprateestimator.h"

#include <algorithm>

namespace {

// Probes kept per host; older ones are folded into the bucket's state.
constexpr size_t logLength = 64;
// Answers needed in a stretch before its spacing is taken as the host's interval.
constexpr int stretchAnswers = 3;
constexpr double tokenEpsilon = 1e-9;
// The fastest refill believed (see excuseSilences).
constexpr std::chrono::microseconds minInterval { 5000 };

using Duration = IcmpRateEstimator::Duration;
using TimePoint = IcmpRateEstimator::TimePoint;

double refill(double tokens, TimePoint from, TimePoint to, const IcmpRateEstimator::Limit &limit)
{
    if (to <= from)
        return tokens;
    const double gained
        = static_cast<double>(std::chrono::duration_cast<Duration>(to - from).count())
        / static_cast<double>(limit.interval.count());
    return std::min(static_cast<double>(limit.burst), tokens + gained);
}

} // namespace

IcmpRateEstimator::IcmpRateEstimator()
    : IcmpRateEstimator(Limit {})
{
}

IcmpRateEstimator::IcmpRateEstimator(Limit prior)
    : m_prior(prior)
{
    m_prior.burst = std::max(1, m_prior.burst);
    m_prior.interval = std::max(Duration(1), m_prior.interval);
}

void IcmpRateEstimator::sent(quint64 host, TimePoint at)
{
    const std::lock_guard lock(m_mutex);
    auto [it, added] = m_hosts.try_emplace(host);
    Host &h = it->second;
    if (added) {
        h.limit = m_prior;
        h.priorBurst = m_prior.burst;
        h.first = at;
    }
    h.log.push_back({ at, Outcome::Pending });
    fold(&h);
}

void IcmpRateEstimator::answered(quint64 host, TimePoint sentAt)
{
    resolve(host, sentAt, Outcome::Answered);
}

void IcmpRateEstimator::silent(quint64 host, TimePoint sentAt)
{
    resolve(host, sentAt, Outcome::Silent);
}

void IcmpRateEstimator::forget(quint64 host, TimePoint sentAt)
{
    resolve(host, sentAt, std::nullopt);
}

void IcmpRateEstimator::resolve(quint64 host, TimePoint sentAt, std::optional<Outcome> outcome)
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_hosts.find(host);
    if (it == m_hosts.end())
        return;
    Host &h = it->second;
    // Probes sent at the same instant are alike: any pending one of them will do.
    const auto probe = std::find_if(h.log.begin(), h.log.end(),
        [&](const Probe &p) { return p.sent == sentAt && p.outcome == Outcome::Pending; });
    if (probe == h.log.end())
        return; // folded away long ago, or reported twice
    if (!outcome) { // forgotten: as if never sent
        h.log.erase(probe);
        learnBurst(&h);
        learnInterval(&h);
        return;
    }
    probe->outcome = *outcome;
    if (excuseSilences(&h)) {
        // What those silences taught is undone: learnt again without them, from the
        // slower prior (too slow costs time; too fast calls closed ports silent).
        h.burstKnown = h.folded;
        h.limit.interval = std::max(h.limit.interval, m_prior.interval);
    }
    learnBurst(&h);
    learnInterval(&h);
}

// A bucket that was empty for one probe gains its tokens back one interval apart,
// and no stock kernel refills faster than about 6 ms (Linux, IPv6 to a default
// route: 100 ms / 16). So answers after a silence that would need refills faster
// than minInterval show that silence was not the bucket's but the port's (a
// firewall dropped the datagram), as in a first rush where a DROP port's probe
// goes out among the others. Left as a bucket silence, it would end the learnt
// burst early and the answers after it would read as refills microseconds apart.
bool IcmpRateEstimator::excuseSilences(Host *h)
{
    bool excused = false;
    for (auto p = h->log.begin(); p != h->log.end(); ++p) {
        if (p->outcome != Outcome::Silent)
            continue;
        int answers = 0;
        for (auto q = std::next(p); q != h->log.end(); ++q) {
            if (q->outcome != Outcome::Answered)
                continue;
            ++answers;
            if ((q->sent - p->sent) / answers < minInterval) {
                p->outcome = Outcome::Excused;
                excused = true;
                break;
            }
        }
    }
    return excused;
}

// From a full bucket, the answers before the first silence are the burst (less
// what the bucket refilled while they were sent: nothing for a rush sent at once).
// Until a silence, the burst is at least the answers so far.
void IcmpRateEstimator::learnBurst(Host *h)
{
    if (h->burstKnown || h->folded)
        return;
    int answers = 0;
    for (const Probe &p : h->log) {
        if (p.outcome == Outcome::Pending)
            return; // the answers before it are not all known yet
        if (p.outcome == Outcome::Excused)
            continue;
        if (p.outcome == Outcome::Silent) {
            const auto refilled = (p.sent - h->first) / h->limit.interval;
            h->limit.burst = std::max(1, answers - static_cast<int>(refilled));
            h->burstKnown = true;
            return;
        }
        ++answers;
    }
    h->limit.burst = std::max(h->priorBurst, answers);
}

// A stretch that starts at a silence (the bucket held less than a token) and its
// next answer, up to the last resolved probe. If probes outran its answers (a
// silence between answers, on average), the answers came one interval apart.
// Either way, m answers since the silence need m - 1 tokens refilled in between:
// the interval is at most that time over m - 1, which shows a faster host.
void IcmpRateEstimator::learnInterval(Host *h)
{
    TimePoint silence {};
    TimePoint firstAnswer {};
    TimePoint lastAnswer {};
    int answers = 0;
    int silences = 0; // between the first answer and the last
    int silencesSinceAnswer = 0;
    bool sawSilence = false;
    bool started = false;
    for (const Probe &p : h->log) {
        if (p.outcome == Outcome::Pending)
            break;
        if (p.outcome == Outcome::Excused)
            continue;
        const bool answer = p.outcome == Outcome::Answered;
        if (!started) {
            started = answer && sawSilence;
            sawSilence = sawSilence || !answer;
            silence = answer ? silence : p.sent;
            if (!started)
                continue;
            firstAnswer = p.sent;
        }
        if (answer) {
            ++answers;
            silences += silencesSinceAnswer;
            silencesSinceAnswer = 0;
            lastAnswer = p.sent;
        } else {
            ++silencesSinceAnswer;
        }
    }
    if (answers < stretchAnswers)
        return;
    const auto spacing = [&](TimePoint from) {
        return std::chrono::duration_cast<Duration>(lastAnswer - from) / (answers - 1);
    };
    if (silences >= answers - 1)
        h->limit.interval = std::max(minInterval, spacing(firstAnswer));
    else
        h->limit.interval = std::max(minInterval, std::min(h->limit.interval, spacing(silence)));
}

void IcmpRateEstimator::fold(Host *h)
{
    // Resolved probes leave the log first; pending ones only when it is twice full.
    while (h->log.size() > logLength
        && (h->log.front().outcome != Outcome::Pending || h->log.size() > 2 * logLength)) {
        h->burstKnown = true; // the first probes are leaving: what they showed stays
        Host one = *h;
        one.log.resize(1);
        TimePoint at {};
        h->baseTokens = replay(one, &at);
        h->baseAt = at;
        h->folded = true;
        h->log.pop_front();
    }
}

double IcmpRateEstimator::replay(const Host &h, TimePoint *at)
{
    double tokens = h.folded ? h.baseTokens : static_cast<double>(h.limit.burst);
    *at = h.folded ? h.baseAt : h.first;
    for (const Probe &p : h.log) {
        tokens = refill(tokens, *at, p.sent, h.limit);
        *at = std::max(*at, p.sent);
        switch (p.outcome) {
        case Outcome::Answered: // it found a token, whatever the model thought
            tokens = std::max(tokens, 1.0) - 1.0;
            break;
        case Outcome::Pending: // it will take one if there is one
            if (tokens >= 1.0 - tokenEpsilon)
                tokens = std::max(0.0, tokens - 1.0);
            break;
        case Outcome::Silent:
            // Less than a token then: taken as none, or a host slower than the
            // estimate would be probed again at once, and lose that probe too.
            tokens = 0.0;
            break;
        case Outcome::Excused: // dropped before the host: it spent nothing
            break;
        }
    }
    return tokens;
}

IcmpRateEstimator::Limit IcmpRateEstimator::estimate(quint64 host) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_hosts.find(host);
    return it == m_hosts.end() ? m_prior : it->second.limit;
}

IcmpRateEstimator::TimePoint IcmpRateEstimator::nextSend(quint64 host, TimePoint now) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_hosts.find(host);
    if (it == m_hosts.end())
        return now;
    const Host &h = it->second;
    TimePoint at {};
    const double tokens = refill(replay(h, &at), at, now, h.limit);
    if (tokens >= 1.0 - tokenEpsilon)
        return std::max(now, at);
    const auto interval = static_cast<double>(h.limit.interval.count());
    const auto wait = Duration(static_cast<Duration::rep>((1.0 - tokens) * interval))
        + h.limit.interval * marginPercent / 100;
    return std::max(now, at) + wait;
}
