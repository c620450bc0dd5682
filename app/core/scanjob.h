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

#include "core/scanoptions.h"
#include "core/scanresult.h"

class QThread;
class ServiceDetector;
struct ScanShared;

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
    // Reverse lookups queued or in flight.
    int pendingNames() const { return static_cast<int>(m_nameQueue.size() + m_nameLookups.size()); }

    // The sockets in flight over all workers when concurrency is automatic.
    static int automaticConcurrency();
    // Descriptors this process may still open, less a reserve (may exceed the automatic cap).
    static long long descriptorBudget();
    // The sockets in flight a scan uses when requested were asked for (0: automatic).
    static int concurrencyFor(int requested);

Q_SIGNALS:
    void resultsReady(const ScanBatch &batch);
    void progressChanged(const ScanProgress &progress);
    void targetFailed(const QString &target, const QString &message);
    // The reverse DNS names of a host found up; may come after finished().
    void hostNamed(quint32 hostId, const QStringList &names);
    // No name lookups are left (emitted only after some were made).
    void namesDone();
    void finished(const ScanSummary &summary);

private:
    void onLookupDone(int entryIndex, const QHostInfo &info);
    void launch();
    void onTick();
    // Hands the workers' results on, and the services detected since; with detection,
    // open ports also go to the detector unless bypass is set.
    void deliver(bool bypassDetection = false);
    void startDetector();
    void onServicesDetected(const QList<ScanResult> &results, quint64 generation);
    void reportSilentHosts();
    void lookUpNames(const QList<HostState> &states);
    void pumpNames();
    Q_SLOT void onNameLookedUp(const QHostInfo &info);
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
    // Reverse lookups of live hosts, a few at a time, in the background.
    QList<std::pair<quint32, QHostAddress>> m_nameQueue;
    QHash<int, quint32> m_nameLookups; // lookup id -> host, in flight
    QList<int> m_lookupIds;
    int m_lookupsPending = 0;
    bool m_cancelRequested = false;
    ScanSummary m_summary;
    // Service detection: a thread of its own, started with the first scan that asks.
    std::unique_ptr<QThread> m_detectThread;
    ServiceDetector *m_detector = nullptr; // lives in m_detectThread
    quint64 m_generation = 0; // this scan's, for the detector's results
    quint64 m_detecting = 0; // ports handed to the detector and not back yet
    QList<ScanResult> m_detected; // back from the detector, not yet delivered
};
