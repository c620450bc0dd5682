#include "core/scanworker.h"

#include <algorithm>
#include <mutex>
#include <vector>

#include <QEventLoop>

#include "core/hostdiscovery.h"
#include "core/platform/poller.h"
#include "core/platform/systemlimits.h"
#include "core/probescheduler.h"
#include "core/scanclock.h"
#include "core/scanshared.h"
#include "core/socketbannerreader.h"

namespace {

// While banners are read, wait at most this long so their sockets are served.
constexpr int bannerWaitMs = 5;

} // namespace

ScanWorker::ScanWorker(std::shared_ptr<ScanShared> shared, int window)
    : m_shared(std::move(shared))
    , m_window(qMax(1, window))
{
}

ScanWorker::~ScanWorker() = default;

void ScanWorker::run()
{
    SystemLimits::lowerThreadPriority();
    QString error;
    const std::unique_ptr<Poller> poller = Poller::create(m_shared->pollerKind, m_window, &error);
    if (!poller) {
        std::lock_guard lock(m_shared->mutex);
        m_shared->fatalError = error;
        m_shared->cancelled = true;
    } else {
        // Constructing the loop gives this pool thread an event dispatcher for the
        // banner sockets.
        QEventLoop loop;
        const ScanClock &clock = ScanClock::steady();
        std::unique_ptr<ProbeScheduler> scheduler;
        SocketBannerReader banners([&scheduler](quint64 token, const QByteArray &banner) {
            scheduler->bannerRead(token, banner);
        });
        scheduler = std::make_unique<ProbeScheduler>(*m_shared, *poller, clock, &banners, m_window);
        const auto interval = scheduler->sweepInterval();
        auto nextSweep = clock.now() + interval;
        std::vector<Poller::Completion> completions;
        completions.reserve(256);
        while (!m_shared->cancelled.load(std::memory_order_relaxed)) {
            const bool more = scheduler->fill();
            if (scheduler->allDone())
                break;
            auto now = clock.now();
            int timeoutMs = 0;
            // Back at the next sweep, or a slowed-down host's next turn if sooner.
            const auto wake = std::min(nextSweep, scheduler->nextTurn());
            if (!more && now < wake) {
                timeoutMs = static_cast<int>(
                    std::chrono::ceil<std::chrono::milliseconds>(wake - now).count());
                if (scheduler->bannersReading() > 0)
                    timeoutMs = qMin(timeoutMs, bannerWaitMs);
            }
            completions.clear();
            poller->wait(timeoutMs, &completions);
            scheduler->handle(completions);
            now = clock.now();
            if (now >= nextSweep) {
                scheduler->sweep();
                nextSweep = now + interval;
            }
            if (scheduler->bannersReading() > 0)
                loop.processEvents(QEventLoop::AllEvents);
            banners.purge();
        }
        scheduler->abortAll();
        scheduler->flush();
        scheduler.reset();
        banners.purge();
    }
    if (m_shared->workerDone)
        m_shared->workerDone();
}

void ScanWorker::runDiscovery()
{
    SystemLimits::lowerThreadPriority();
    QString error;
    const std::unique_ptr<Poller> poller = Poller::create(m_shared->pollerKind, m_window, &error);
    if (!poller) {
        std::lock_guard lock(m_shared->mutex);
        m_shared->fatalError = error;
        m_shared->cancelled = true;
    } else {
        Pinger *ping4 = m_shared->ping4.get();
        Pinger *ping6 = m_shared->ping6.get();
        for (Pinger *p : { ping4, ping6 }) {
            if (p && p->isOpen())
                poller->watchReadable(p->descriptor());
        }
        const ScanClock &clock = ScanClock::steady();
        HostDiscovery discovery(*m_shared, *poller, clock, ping4, ping6, m_window);
        const auto interval
            = std::chrono::milliseconds(qBound(5, m_shared->options.timeoutMs / 50, 20));
        auto nextSweep = clock.now() + interval;
        std::vector<Poller::Completion> completions;
        std::vector<Pinger::Reply> replies;
        while (!m_shared->cancelled.load(std::memory_order_relaxed)) {
            const bool more = discovery.fill();
            if (discovery.allDone())
                break;
            auto now = clock.now();
            int timeoutMs = 0;
            if (!more && now < nextSweep)
                timeoutMs = static_cast<int>(
                    std::chrono::ceil<std::chrono::milliseconds>(nextSweep - now).count());
            completions.clear();
            poller->wait(timeoutMs, &completions);
            discovery.handle(completions);
            replies.clear();
            for (Pinger *p : { ping4, ping6 }) {
                if (p)
                    p->receive(&replies);
            }
            discovery.echoed(replies);
            now = clock.now();
            if (now >= nextSweep) {
                discovery.sweep();
                nextSweep = now + interval;
            }
        }
        discovery.abortAll();
        discovery.flush();
    }
    m_shared->source.close();
    if (m_shared->workerDone)
        m_shared->workerDone();
}
