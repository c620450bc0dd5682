#include "core/engine/scanworker.h"

#include <vector>

#include <QEventLoop>

#include "core/engine/discovery/hostdiscovery.h"
#include "core/engine/probescheduler.h"
#include "core/engine/scanclock.h"
#include "core/engine/scanshared.h"
#include "core/engine/socketbannerreader.h"
#include "core/engine/workloop.h"
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
    void sweep(ScanClock::TimePoint lookedAt) { scheduler.sweep(lookedAt); }
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
    UdpProber *udp; // null unless the scan has UDP ports
    std::vector<Pinger::Reply> replies {};
    std::vector<UdpProber::Reply> udpReplies {};
    std::vector<IcmpError> udpErrors {};

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
        if (udp) {
            udpReplies.clear();
            udpErrors.clear();
            udp->read(&udpReplies, &udpErrors);
            discovery.udpAnswered(udpReplies, udpErrors);
        }
    }
    void sweep(ScanClock::TimePoint lookedAt) { discovery.sweep(lookedAt); }
    static void afterTurn() { }
    void finish()
    {
        discovery.abortAll();
        discovery.flush();
    }
};

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
        runWorkLoop(ScanClock::steady(), m_shared->cancelled,
            ProbeScheduler::sweepInterval(m_shared->options), *poller, steps);
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
        // A scan of UDP ports also looks for hosts with a datagram (no privilege
        // needed); a TCP scan's discovery stays as it was.
        std::unique_ptr<UdpProber> udp;
        QString why;
        if (!m_shared->udpPorts.isEmpty()) {
            udp = std::make_unique<UdpProber>();
            if (udp->open(&why)) {
                for (const int fd : udp->descriptors())
                    poller->watchReadable(fd);
                discovery.useUdp(udp.get());
            } else {
                udp.reset(); // echo and TCP alone, as without UDP ports
            }
        }
        DiscoverySteps steps { discovery, ping4, ping6, udp.get() };
        runWorkLoop(ScanClock::steady(), m_shared->cancelled,
            ProbeScheduler::sweepInterval(m_shared->options), *poller, steps);
    }
    m_shared->closeSources();
    if (m_shared->workerDone)
        m_shared->workerDone();
}
