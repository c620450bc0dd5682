#pragma once

#include <chrono>
#include <deque>
#include <memory>
#include <vector>

#include <QHash>
#include <QObject>

#include "core/scanresult.h"

class QEventLoop;
class QTcpSocket;
struct ScanShared;

// One scan thread: runs its own event loop, keeps up to a window of non-blocking
// connects in flight on sockets it owns, and hands results to ScanShared in batches.
// A retry for a silent port goes out after timeout / (retries + 1) while the first
// attempt keeps waiting: every attempt still gets the full timeout, the first
// answer wins, and a filtered port is settled sooner.
// Pending connects sit in one epoll set watched by a single QSocketNotifier, so a
// socket in flight costs a file descriptor and no Qt object; open ports whose
// banner is wanted are handed to a QTcpSocket.
class ScanWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanWorker)

public:
    ScanWorker(std::shared_ptr<ScanShared> shared, int window);
    ~ScanWorker() override;

    // Blocks until this worker's share of the scan is done or cancelled.
    void run();

private:
    using Clock = std::chrono::steady_clock;

    struct Probe
    {
        quint64 index = 0;
        int attempt = 0; // timeouts so far
        int selfConnects = 0;
    };

    struct Slot
    {
        Probe probe;
        int fd = -1;
        quint32 generation = 0;
        bool active = false;
        Clock::time_point started;
        Clock::time_point deadline;
        double latencyMs = 0.0;
        QTcpSocket *bannerSocket = nullptr;
        QByteArray banner;
        bool retrySpawned = false;
    };

    bool nextProbe(Probe *probe);
    void fill();
    void continueFill();
    void startProbe(const Probe &probe);
    void onEpollReady();
    void harvest(); // handles finished connects without starting new ones
    void onConnectDone(int slotIndex);
    void onBannerData(int slotIndex);
    void finishBanner(int slotIndex);
    void sweep();
    void releaseSlot(int slotIndex);
    void complete(const Probe &probe, PortState state, PortReason reason, double latencyMs,
        const QByteArray &banner = {});
    void shortage(const Probe &probe);
    void dropSiblings(quint64 index);
    void flush();
    void abortAll();
    bool allDone() const;

    std::shared_ptr<ScanShared> m_shared;
    QEventLoop *m_loop = nullptr;
    int m_epoll = -1;
    std::vector<Slot> m_slots;
    std::vector<int> m_freeSlots;
    std::deque<Probe> m_retries;
    // Attempts in flight or queued, for probes whose retry went out before the
    // first attempt timed out. Absent: one attempt.
    QHash<quint64, int> m_attempts;
    quint64 m_claimNext = 0;
    quint64 m_claimEnd = 0;
    bool m_sourceEmpty = false;
    int m_maxWindow = 1;
    int m_window = 1;
    int m_inflight = 0;
    int m_sinceShrink = 0;
    bool m_backoff = false;
    bool m_filling = false;
    int m_startsSinceHarvest = 0;
    bool m_continuePending = false;
    Clock::time_point m_stalledSince {};
    quint32 m_generation = 0;

    // Local batch, handed over by flush().
    QList<ScanResult> m_results;
    QHash<quint64, quint64> m_closed;
    quint64 m_done = 0;
    quint64 m_open = 0;
    quint64 m_closedCount = 0;
    quint64 m_filtered = 0;
};
