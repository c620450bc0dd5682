#pragma once

#include <memory>

class Poller;
class ScanShared;

// One scan thread: owns a poller and a probe scheduler, runs the loop that feeds
// the scheduler the poller's completions and the clock's sweeps, and serves the
// banner sockets of open ports between waits. Returns when its share of the scan
// is done or the scan is cancelled.
class ScanWorker final
{
public:
    ScanWorker(std::shared_ptr<ScanShared> shared, int window);
    ~ScanWorker();
    ScanWorker(const ScanWorker &) = delete;
    ScanWorker &operator=(const ScanWorker &) = delete;

    void run();

    // The discovery thread instead: probes hosts for being up until each is decided,
    // then closes the probe source.
    void runDiscovery();

private:
    // This thread's poller, or null with the scan's fatal error set.
    std::unique_ptr<Poller> makePoller();

    std::shared_ptr<ScanShared> m_shared;
    int m_window;
};
