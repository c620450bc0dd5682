#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <vector>

#include "core/engine/scanclock.h"
#include "core/platform/poller.h"

// The loop of a scan worker (ports or discovery): start what may start, wait for
// completions until the next sweep (or sooner), settle them, sweep on time; until
// done or cancelled. Steps supplies fill(), allDone(), nextTurn(), capWait(ms),
// handle(completions), sweep(lookedAt), afterTurn() and finish().
//
// Before a sweep the poller is asked once more, without waiting: a thread that was
// off the CPU after its wait would otherwise time out an answer that came meanwhile
// (an open port reported filtered on a busy machine). The sweep judges deadlines
// against the moment just before that look.
template <typename Steps>
void runWorkLoop(const ScanClock &clock, const std::atomic<bool> &cancelled,
    std::chrono::milliseconds sweepInterval, Poller &poller, Steps &steps)
{
    auto nextSweep = clock.now() + sweepInterval;
    std::vector<Poller::Completion> completions;
    completions.reserve(256);
    while (!cancelled.load(std::memory_order_relaxed)) {
        const bool more = steps.fill();
        if (steps.allDone())
            break;
        auto now = clock.now();
        int timeoutMs = 0;
        const auto wake = std::min(nextSweep, steps.nextTurn());
        if (!more && now < wake)
            timeoutMs = steps.capWait(
                static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(wake - now).count()));
        completions.clear();
        poller.wait(timeoutMs, &completions);
        steps.handle(completions);
        now = clock.now();
        if (now >= nextSweep) {
            completions.clear();
            poller.wait(0, &completions);
            steps.handle(completions);
            steps.sweep(now);
            nextSweep = now + sweepInterval;
        }
        steps.afterTurn();
    }
    steps.finish();
}
