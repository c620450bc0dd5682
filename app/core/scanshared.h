#pragma once

#include <unordered_map>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

#include <QHash>

#include "core/hostpacer.h"
#include "core/localbatch.h"
#include "core/platform/pinger.h"
#include "core/platform/poller.h"
#include "core/probesource.h"
#include "core/scanoptions.h"
#include "core/scanresult.h"
#include "core/targetspec.h"

// State that one scan's workers share with its ScanJob. Workers claim probe
// indices from the probe source and hand results over in batches under the mutex.
struct ScanShared
{
    ScanShared(const ScanOptions &o, HostTable h)
        : options(o)
        , hosts(std::move(h))
        , ports(o.ports.ports())
        , total(o.discovery == ScanOptions::Discovery::Only
                  ? hosts.count()
                  : hosts.count() * static_cast<quint64>(ports.size()))
    {
    }

    const ScanOptions options;
    const HostTable hosts;
    const QList<quint16> ports;
    const quint64 total; // probes, or hosts to decide with discovery only

    Poller::Kind pollerKind = Poller::Kind::Poll; // set before workers start
    // Open ping sockets for discovery, or null where not allowed; set before it starts.
    std::unique_ptr<Pinger> ping4;
    std::unique_ptr<Pinger> ping6;

    ProbeSource source;
    HostPacer pacer; // what hosts that drop probes ask of every worker
    // Round trips that discovery measured, by host: a port scan starts from them
    // (a host that answered only a ping has no other). Guarded by rttMutex.
    std::mutex rttMutex;
    std::unordered_map<quint64, std::chrono::microseconds> discoveredRtt;
    std::atomic<bool> cancelled { false };
    std::atomic<bool> paused { false };
    // Called from a worker's thread when it has finished; set before workers start.
    std::function<void()> workerDone;

    // Guarded by mutex: what workers have finished and the job has not yet taken.
    std::mutex mutex;
    QList<ScanResult> pendingResults;
    QHash<quint64, quint64> pendingClosed; // host index -> closed ports
    QList<HostState> pendingHosts;
    ScanCounts counts;
    QString fatalError;
};
