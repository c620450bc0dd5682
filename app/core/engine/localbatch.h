#pragma once

#include <QHash>
#include <QList>

#include "core/results/scanresult.h"

// Counts of what a scan settled: probes, and hosts that discovery decided.
struct ScanCounts
{
    quint64 done = 0;
    quint64 open = 0;
    quint64 closed = 0;
    quint64 filtered = 0;
    quint64 openFiltered = 0;
    quint64 hostsUp = 0;
    quint64 hostsDown = 0;
    // Connects that found no descriptor or local port free and went again later.
    quint64 shortages = 0;

    ScanCounts &operator+=(const ScanCounts &other)
    {
        done += other.done;
        open += other.open;
        closed += other.closed;
        filtered += other.filtered;
        openFiltered += other.openFiltered;
        hostsUp += other.hostsUp;
        hostsDown += other.hostsDown;
        shortages += other.shortages;
        return *this;
    }
};

// What a worker (a port scan's or discovery's) has settled since it last handed
// over: results, host states, counts. ScanShared::handOver() takes it all, after
// filling in the MAC and vendor of live hosts on the local link (addLinkDetails),
// so reading the neighbour table and the OUI registry never holds the GUI thread.
struct LocalBatch
{
    QList<ScanResult> results;
    QList<HostState> hosts;
    QHash<quint64, quint64> closedByHost; // host index -> closed TCP ports
    QHash<quint64, quint64> closedUdpByHost; // host index -> closed UDP ports
    ScanCounts counts;

    bool isEmpty() const
    {
        return counts.done == 0 && counts.shortages == 0 && hosts.isEmpty() && results.isEmpty();
    }
    void clear();
    // The MAC address (from the kernel's neighbour table) and vendor of each live host.
    static void addLinkDetails(QList<HostState> *states);
};
