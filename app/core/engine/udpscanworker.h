#pragma once

#include <memory>

#include <QSet>

#include "core/engine/localbatch.h"

class Poller;
class ScanShared;
class UdpProber;
class UdpScheduler;

// The UDP port scan's thread: one UdpProber (a socket per address family serves
// every probe), the scan's Poller waiting on it, a UdpScheduler deciding. It takes
// hosts' UDP ports from the scan's UDP probe source as they become ready, sends
// what the scheduler says, feeds it what comes back, and hands decided ports over
// like the TCP workers. Returns when every UDP port is decided or the scan stops.
class UdpScanWorker final
{
public:
    explicit UdpScanWorker(std::shared_ptr<ScanShared> shared);
    ~UdpScanWorker();
    UdpScanWorker(const UdpScanWorker &) = delete;
    UdpScanWorker &operator=(const UdpScanWorker &) = delete;

    void run();

private:
    // Adds ports from the source while few first datagrams are waiting; false once
    // the source is closed and empty.
    bool claim(UdpScheduler &scheduler);
    void loop(UdpScheduler &scheduler, UdpProber &prober, Poller &poller);
    void sendDue(UdpScheduler &scheduler, UdpProber &prober);
    static void readAll(UdpScheduler &scheduler, UdpProber &prober);
    void record(UdpScheduler &scheduler);
    // The decided ports to ScanShared; on a stop, even though the scan is cancelled.
    void flush(bool stopping = false);
    void noteUp(quint64 host, PortReason reason, double latencyMs);

    std::shared_ptr<ScanShared> m_shared;
    LocalBatch m_batch;
    QSet<quint64> m_upReported; // hosts without discovery reported up
    bool m_sourceOpen = true;
};
