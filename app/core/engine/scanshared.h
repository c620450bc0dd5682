#pragma once

#include <unordered_map>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include <QHash>

#include "core/engine/hostpacer.h"
#include "core/engine/localbatch.h"
#include "core/engine/probesource.h"
#include "core/platform/pinger.h"
#include "core/platform/poller.h"
#include "core/results/scanresult.h"
#include "core/spec/scanoptions.h"
#include "core/spec/targetspec.h"

// State that one scan's workers share with its ScanJob. Workers claim probe
// indices from the probe source and hand what they settled over in batches;
// the job takes it from here. Everything behind a lock is behind a method.
class ScanShared final
{
public:
    // What workers have handed over and the job has not yet taken.
    struct Pending
    {
        QList<ScanResult> results;
        QHash<quint64, quint64> closed; // host index -> closed ports
        QList<HostState> hosts;
    };

    ScanShared(const ScanOptions &o, HostTable h);
    ScanShared(const ScanShared &) = delete;
    ScanShared &operator=(const ScanShared &) = delete;

    // Takes batch's results, host states and counts (results and hosts are kept
    // out when the scan was cancelled, counts never) and leaves it empty. Live
    // hosts get their MAC and vendor first, outside the lock.
    void handOver(LocalBatch *batch);
    // Everything handed over since the last take.
    Pending takePending();
    // A copy of what is pending, leaving it there (tests look without taking).
    Pending pending() const;
    // What all workers have settled so far.
    ScanCounts counts() const;

    // Ends the scan for a reason no retry mends (no poller, no descriptors for too
    // long): the first error is kept, the scan is cancelled.
    void fail(const QString &error);
    QString error() const;

    // Round trips that discovery measured, by host: a port scan starts from them
    // (a host that answered only a ping has no other).
    void setDiscoveredRtt(quint64 host, std::chrono::microseconds rtt);
    std::optional<std::chrono::microseconds> discoveredRtt(quint64 host) const;

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
    std::atomic<bool> cancelled { false };
    std::atomic<bool> paused { false };
    // Called from a worker's thread when it has finished; set before workers start.
    std::function<void()> workerDone;

private:
    mutable std::mutex m_mutex;
    Pending m_pending;
    ScanCounts m_counts;
    QString m_error;

    mutable std::mutex m_rttMutex;
    std::unordered_map<quint64, std::chrono::microseconds> m_discoveredRtt;
};
