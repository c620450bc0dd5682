#pragma once

#include <atomic>
#include <functional>
#include <mutex>

#include <QHash>

#include "core/hostpacer.h"
#include "core/platform/poller.h"
#include "core/scanoptions.h"
#include "core/scanresult.h"
#include "core/targetspec.h"

// State that one scan's workers share with its ScanJob. Workers claim probe
// indices from an atomic counter and hand results over in batches under the mutex.
struct ScanShared
{
    ScanShared(const ScanOptions &o, HostTable h)
        : options(o)
        , hosts(std::move(h))
        , ports(o.ports.ports())
        , total(hosts.count() * static_cast<quint64>(ports.size()))
    {
    }

    const ScanOptions options;
    const HostTable hosts;
    const QList<quint16> ports;
    const quint64 total;

    Poller::Kind pollerKind = Poller::Kind::Poll; // set before workers start

    std::atomic<quint64> nextProbe { 0 };
    HostPacer pacer; // what hosts that drop probes ask of every worker
    std::atomic<bool> cancelled { false };
    std::atomic<bool> paused { false };
    // Called from a worker's thread when it has finished; set before workers start.
    std::function<void()> workerDone;

    // Guarded by mutex: what workers have finished and the job has not yet taken.
    std::mutex mutex;
    QList<ScanResult> pendingResults;
    QHash<quint64, quint64> pendingClosed; // host index -> closed ports
    quint64 done = 0;
    quint64 open = 0;
    quint64 closed = 0;
    quint64 filtered = 0;
    QString fatalError;
};
