#pragma once

#include <QList>
#include <QtGlobal>

// How a scan spreads its sockets: port-scan workers and each one's window of
// connects in flight, discovery's window, the pool's threads. A pure value made
// from numbers (the descriptors free, the cores, the scan's size), so that tests
// try any machine; ScanJob reads the numbers and follows the plan.
struct ConcurrencyPlan
{
    struct Inputs
    {
        int requested = 0; // ScanOptions::concurrency; 0: automatic
        long long descriptors = 0; // descriptors free, less a reserve
        int workers = 0; // ScanOptions::workers; 0: by the cores
        int idealThreads = 1; // QThread::idealThreadCount()
        bool paced = false; // a delay between connects: one worker
        quint64 total = 0; // probes, or hosts to decide with discovery only
        bool discovery = false; // some hosts are to be discovered
        bool discoveryOnly = false;
        bool tcp = true; // TCP ports to scan: port-scan workers
        bool udp = false; // UDP ports to scan: a UDP worker
    };

    int concurrency = 0; // sockets in flight for the whole scan, as its summary says
    QList<int> windows; // one per port-scan worker: its sockets in flight
    int discoveryWindow = 0; // 0: no discovery worker
    // The UDP port scan's thread: one socket per address family serves all of it.
    bool udpWorker = false;
    int threads = 0; // the pool's threads

    static constexpr int maxAutomatic = 2048;
    static constexpr int maxDiscoveryWindow = 4096;

    static ConcurrencyPlan make(const Inputs &in);
    // The sockets in flight when concurrency is automatic.
    static int automatic(long long descriptors);
    // The sockets in flight a scan uses when requested were asked for (0:
    // automatic): more than the descriptors allow only runs into shortages, so at
    // most four times the automatic budget.
    static int forRequest(int requested, long long descriptors);
};
