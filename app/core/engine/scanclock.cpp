#include "core/engine/scanclock.h"

namespace {

class SteadyClock final : public ScanClock
{
public:
    TimePoint now() const override { return std::chrono::steady_clock::now(); }
};

} // namespace

const ScanClock &ScanClock::steady()
{
    static const SteadyClock clock;
    return clock;
}
