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
#include "core/engine/icmprateestimator.h"
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
        QHash<quint64, quint64> closed; // host index -> closed ports, TCP and UDP
        QHash<quint64, quint64> closedUdp; // host index -> the UDP ones among them
        QList<HostState> hosts;
    };

    ScanShared(const ScanOptions &o, HostTable h);
    ScanShared(const ScanShared &) = delete;
    ScanShared &operator=(const ScanShared &) = delete;

    // Takes batch's results, host states and counts (results and hosts are kept
    // out when the scan was cancelled, counts never) and leaves it empty. Live
    // hosts get their MAC and vendor first, outside the lock.
    void handOver(LocalBatch *batch);
    // The same, results kept even when the scan was cancelled: a worker's last batch
    // that says what its stop left undecided (UDP ports not confirmed).
    void handOverFinal(LocalBatch *batch);
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

    // UDP ports still waiting for their host's ICMP allowance, and when the last
    // of them should be confirmed (-1: none); the UDP worker keeps it current.
    void setConfirming(quint64 waiting, qint64 etaMs);
    quint64 confirming(qint64 *etaMs) const;

    // Puts host's ports into the probe sources: its TCP ports but the one at
    // settledTcp (an index in ports, already settled by discovery; -1: none) and
    // its UDP ports.
    void queueHost(quint64 host, qsizetype settledTcp = -1);
    // No more hosts will be queued.
    void closeSources();
    // TCP and UDP ports per host.
    quint64 portsPerHost() const { return quint64(ports.size()) + quint64(udpPorts.size()); }

    const ScanOptions options;
    const HostTable hosts;
    const QList<quint16> ports; // TCP
    const QList<quint16> udpPorts;
    const quint64 total; // probes, or hosts to decide with discovery only

    Poller::Kind pollerKind = Poller::Kind::Poll; // set before workers start
    // Open ping sockets for discovery, or null where not allowed; set before it starts.
    std::unique_ptr<Pinger> ping4;
    std::unique_ptr<Pinger> ping6;

    ProbeSource source; // TCP: host * ports.size() + port index
    ProbeSource udpSource; // UDP: host * udpPorts.size() + port index
    // The targets' ICMP error allowance, learned from the UDP probes' errors.
    IcmpRateEstimator icmpRate;
    HostPacer pacer; // what hosts that drop probes ask of every worker
    std::atomic<bool> cancelled { false };
    std::atomic<bool> paused { false };
    // Called from a worker's thread when it has finished; set before workers start.
    std::function<void()> workerDone;

private:
    void take(LocalBatch *batch, bool keepResults);

    mutable std::mutex m_mutex;
    Pending m_pending;
    ScanCounts m_counts;
    QString m_error;
    quint64 m_confirming = 0;
    qint64 m_confirmEtaMs = -1;

    mutable std::mutex m_rttMutex;
    std::unordered_map<quint64, std::chrono::microseconds> m_discoveredRtt;
};
