#pragma once

#include <chrono>
#include <memory>

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QHostInfo>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include "core/engine/allportswatch.h"
#include "core/engine/names/hostnamer.h"
#include "core/results/scanresult.h"
#include "core/services/detectionthread.h"
#include "core/spec/scanoptions.h"

class HostTable;
class ScanShared;

// Runs one scan at a time: resolves names without blocking, runs the probes on
// QtConcurrent workers and reports results, progress and the end as signals.
class ScanJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanJob)

public:
    enum class Phase { Idle, Resolving, Scanning };

    explicit ScanJob(QObject *parent = nullptr);
    ~ScanJob() override;

    // Starts a scan; ignored while one runs. The options must be valid (parsed specs).
    void start(const ScanOptions &options);
    // Stops every worker soon after; finished() follows with summary.cancelled set.
    void cancel();
    void pause();
    void resume();

    Phase phase() const { return m_phase; }
    bool isRunning() const { return m_phase != Phase::Idle; }
    bool isPaused() const { return m_paused; }
    ScanProgress progress() const;
    // Name lookups (DNS, mDNS, NetBIOS) queued or in flight.
    int pendingNames() const { return m_names.pending(); }

Q_SIGNALS:
    void resultsReady(const ScanBatch &batch);
    void progressChanged(const ScanProgress &progress);
    void targetFailed(const QString &target, const QString &message);
    // Every name found so far of a host found up; may come after finished().
    void hostNamed(quint32 hostId, const QList<HostName> &names);
    // No name lookups are left (emitted only after some were made).
    void namesDone();
    void finished(const ScanSummary &summary);

private:
    void onLookupDone(int entryIndex, const QHostInfo &info);
    void launch();
    HostTable hostTable();
    void openPingSockets();
    void startWorkers();
    void onTick();
    // Hands the workers' results on, and the services detected since; with detection,
    // open ports also go to the detector unless bypass is set (probesDone: every
    // probe has ended, ports held back from detection may go).
    void deliver(bool bypassDetection = false, bool probesDone = false);
    void onServicesDetected(const QList<ScanResult> &results, quint64 generation);
    void reportSilentHosts();
    void lookUpNames(const QList<HostState> &states);
    void finish();

    ScanOptions m_options;
    Phase m_phase = Phase::Idle;
    bool m_paused = false;
    std::shared_ptr<ScanShared> m_shared;
    QThreadPool m_pool;
    QList<QFuture<void>> m_workers;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_pausedAt = 0;
    qint64 m_pausedMs = 0;
    QList<QList<QHostAddress>> m_resolved; // per target entry
    QSet<quint32> m_hostsReported; // hosts a state was sent for
    quint64 m_hostsToDiscover = 0;
    HostNamer m_names; // of live hosts, in the background
    QList<std::pair<quint32, QHostAddress>> m_namesHeld; // until a UDP scan ends
    QList<int> m_lookupIds;
    int m_lookupsPending = 0;
    bool m_cancelRequested = false;
    ScanSummary m_summary;
    // Service detection: a thread of its own, started with the first scan that asks.
    DetectionThread m_detection;
    quint64 m_generation = 0; // this scan's, for the detector's results
    quint64 m_detecting = 0; // ports handed to the detector and not back yet
    QList<ScanResult> m_detected; // back from the detector, not yet delivered
    AllPortsWatch m_allPorts; // hosts that accept a connection on every port
};
