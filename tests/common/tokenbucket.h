#pragma once

#include <algorithm>
#include <chrono>

// A host's ICMP error limiter as Linux keeps it (inet_peer_xrlim_allow), for tests on
// a fake clock: full at first, one token per interval up to burst, an error sent only
// for a whole token.
struct TokenBucket
{
    using TimePoint = std::chrono::steady_clock::time_point;

    int burst = 6;
    std::chrono::microseconds interval { 1000000 }; // icmp_ratelimit's default, 1000 ms
    double tokens = -1; // below 0: never asked yet
    TimePoint last {};

    // Whether an error may go at now; takes its token if so.
    bool take(TimePoint now)
    {
        using namespace std::chrono_literals;
        if (tokens < 0)
            tokens = burst;
        else if (now > last)
            tokens = std::min<double>(
                burst, tokens + double((now - last) / 1us) / double(interval / 1us));
        last = std::max(last, now);
        if (tokens < 1.0)
            return false;
        tokens -= 1.0;
        return true;
    }
};
