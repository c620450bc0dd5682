#include "core/engine/scanworker.h"

#include <algorithm>
#include <vector>

#include <QEventLoop>

#include "core/engine/discovery/hostdiscovery.h"
#include "core/engine/probescheduler.h"
#include "core/engine/scanclock.h"
#include "core/engine/scanshared.h"
#include "core/engine/socketbannerreader.h"
#include "core/platform/pollerfactory.h"
#include "core/platform/systemlimits.h"

namespace {

// While banners are read, wait at most this long so their sockets are served.
constexpr int bannerWaitMs = 5;

// How the loop drives a port scan's scheduler: it wakes for a slowed-down host's
// turn too, and serves the banner sockets of open ports between waits.
struct SchedulerSteps
{
    ProbeScheduler &scheduler;
    SocketBannerReader &banners;
    QEventLoop &events;

    bool fill() { return scheduler.fill(); }
    bool allDone() const { return scheduler.allDone(); }
    ScanClock::TimePoint nextTurn() const { return scheduler.nextTurn(); }
    int capWait(int ms) const
    {
        return scheduler.bannersReading() > 0 ? qMin(ms, bannerWaitMs) : ms;
    }
    void handle(const std::vector<Poller::Completion> &completions)
    {
        scheduler.handle(completions);
    }
    void sweep() { scheduler.sweep(); }
    void afterTurn()
    {
        if (scheduler.bannersReading() > 0)
            events.processEvents(QEventLoop::AllEvents);
        banners.purge();
    }
    void finish()
    {
        scheduler.abortAll();
        scheduler.flush();
    }
};

// How the loop drives discovery: echo replies are read after every wait.
struct DiscoverySteps
{
    HostDiscovery &discovery;
    Pinger *ping4;
    Pinger *ping6;
    std::vector<Pinger::Reply> replies {};

    bool fill() { return discovery.fill(); }
    bool allDone() const { return discovery.allDone(); }
    static ScanClock::TimePoint nextTurn() { return ScanClock::TimePoint::max(); }
    static int capWait(int ms) { return ms; }
    void handle(const std::vector<Poller::Completion> &completions)
    {
        discovery.handle(completions);
        replies.clear();
        for (Pinger *p : { ping4, ping6 }) {
            if (p)
                p->receive(&replies);
        }
        discovery.echoed(replies);
    }
    void sweep() { discovery.sweep(); }
    static void afterTurn() { }
    void finish()
    {
        discovery.abortAll();
        discovery.flush();
    }
};

// The loop of both: start what may start, wait for completions until the next
// sweep (or sooner), settle them, sweep on time; until done or cancelled.
template <typename Steps> void runLoop(ScanShared &shared, Poller &poller, Steps &steps)
{
    const ScanClock &clock = ScanClock::steady();
    const auto interval = ProbeScheduler::sweepInterval(shared.options); // discovery's too
    auto nextSweep = clock.now() + interval;
    std::vector<Poller::Completion> completions;
    completions.reserve(256);
    while (!shared.cancelled.load(std::memory_order_relaxed)) {
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
            steps.sweep();
            nextSweep = now + interval;
        }
        steps.afterTurn();
    }
    steps.finish();
}

} // namespace

ScanWorker::ScanWorker(std::shared_ptr<ScanShared> shared, int window)
    : m_shared(std::move(shared))
    , m_window(qMax(1, window))
{
}

ScanWorker::~ScanWorker() = default;

std::unique_ptr<Poller> ScanWorker::makePoller()
{
    SystemLimits::lowerThreadPriority();
    QString error;
    std::unique_ptr<Poller> poller = PollerFactory::create(m_shared->pollerKind, m_window, &error);
    if (!poller) {
        m_shared->fail(error);
    }
    return poller;
}

void ScanWorker::run()
{
    if (const std::unique_ptr<Poller> poller = makePoller()) {
        // Constructing the loop gives this pool thread an event dispatcher for the
        // banner sockets.
        QEventLoop events;
        std::unique_ptr<ProbeScheduler> scheduler;
        SocketBannerReader banners([&scheduler](quint64 token, const QByteArray &banner) {
            scheduler->bannerRead(token, banner);
        });
        scheduler = std::make_unique<ProbeScheduler>(
            *m_shared, *poller, ScanClock::steady(), &banners, m_window);
        SchedulerSteps steps { *scheduler, banners, events };
        runLoop(*m_shared, *poller, steps);
        scheduler.reset();
        banners.purge();
    }
    if (m_shared->workerDone)
        m_shared->workerDone();
}

void ScanWorker::runDiscovery()
{
    if (const std::unique_ptr<Poller> poller = makePoller()) {
        Pinger *ping4 = m_shared->ping4.get();
        Pinger *ping6 = m_shared->ping6.get();
        for (Pinger *p : { ping4, ping6 }) {
            if (p && p->isOpen())
                poller->watchReadable(p->descriptor());
        }
        HostDiscovery discovery(*m_shared, *poller, ScanClock::steady(), ping4, ping6, m_window);
        DiscoverySteps steps { discovery, ping4, ping6 };
        runLoop(*m_shared, *poller, steps);
    }
    m_shared->source.close();
    if (m_shared->workerDone)
        m_shared->workerDone();
}
