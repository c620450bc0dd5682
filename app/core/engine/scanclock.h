#pragma once

#include <chrono>

// The time the probe scheduler reads: the steady clock in a scan, a clock that
// tests move by hand in the scheduler's unit tests.
class ScanClock
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    ScanClock() = default;
    ScanClock(const ScanClock &) = delete;
    ScanClock &operator=(const ScanClock &) = delete;
    virtual ~ScanClock() = default;

    virtual TimePoint now() const = 0;

    // The process's steady clock.
    static const ScanClock &steady();
};
