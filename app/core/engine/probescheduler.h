#pragma once

#include <unordered_map>

#include <deque>
#include <vector>

#include <QHash>
#include <QList>
#include <QSet>

#include "core/engine/localbatch.h"
#include "core/engine/rttestimator.h"
#include "core/engine/scanclock.h"
#include "core/engine/slottable.h"
#include "core/engine/turnqueue.h"
#include "core/platform/poller.h"
#include "core/results/scanresult.h"

class BannerReader;
class HostPacer;
struct ScanOptions;
class ScanShared;

// Decides what to probe next and when a port is settled, with no socket calls of
// its own: connects go through a Poller, time comes from a ScanClock, so unit tests
// drive every path with fakes. One per worker thread; it claims probe indices from
// ScanShared in chunks and hands results back there in batches (flush()).
//
// Each host's answers give it a round-trip estimate (RFC 6298) from which its
// probes' timeout is derived, between the floor and the user's timeout: a near host
// does not wait a second for a silent port, a far one is not given up too soon.
// A host that drops probes (a port answers only to a retry) is paced by HostPacer
// and its silent ports get more attempts; its probes wait in a queue of their own
// (at most maxWaitingPerHost per worker: the rest of a claim goes back to the
// source, so other hosts are not held up) and start when the pacer gives a turn.
// A retry for a silent port goes out after timeout / (retries + 1) while the first
// attempt keeps waiting: every attempt still gets the full timeout, the first
// answer wins, and a filtered port is settled sooner. Running out of descriptors or
// local ports shrinks the window to what is in flight and waits for the next sweep.
class ProbeScheduler final
{
    using TimePoint = ScanClock::TimePoint;

public:
    ProbeScheduler(ScanShared &shared, Poller &poller, const ScanClock &clock,
        BannerReader *banners, int window);
    ~ProbeScheduler();
    ProbeScheduler(const ProbeScheduler &) = delete;
    ProbeScheduler &operator=(const ProbeScheduler &) = delete;

    // How many probes fill() starts at most before it lets its caller collect
    // finished connects: refused probes end inside connect(), and their latency
    // must not include a long run of other starts.
    static constexpr int fillSlice = 16;
    // Nothing settled for this long while short of descriptors: give up the scan.
    static constexpr std::chrono::seconds stallLimit { 10 };
    // At most this many claims of a self-connecting port before it counts as closed.
    static constexpr int maxSelfConnects = 3;
    // Probes of slowed-down hosts waiting for their turn, at most, and per host.
    static constexpr size_t maxWaiting = 8192;
    static constexpr size_t maxWaitingPerHost = 1024;

    // Starts probes until the window is full, nothing is left, or maxStarts were
    // started; true only in the last case (call again soon).
    bool fill(int maxStarts = fillSlice);
    // Settles or retries the connects the poller reported.
    void handle(const std::vector<Poller::Completion> &completions);
    // Times out attempts past their deadline, sends early retries, ends back-off and
    // banners past their deadline, then hands the batch over. lookedAt: when the
    // poller last reported every completion (no later than it looked): an attempt
    // whose deadline falls after it may have an answer not yet seen.
    void sweep(TimePoint lookedAt);
    // The banner reader finished reading token's port.
    void bannerRead(quint64 token, const QByteArray &banner);
    // Hands finished results and counts to ScanShared.
    void flush();
    // Abandons every attempt and banner in flight (cancel, or the end of the scan).
    void abortAll();

    bool allDone() const;
    int inflight() const { return m_inflight; }
    int window() const { return m_window; }
    bool backingOff() const { return m_backoff; }
    // How long a probe of host (index in the scan) waits now.
    std::chrono::microseconds timeoutFor(quint64 host) const;
    const HostPacer &pacer() const;
    int bannersReading() const { return m_bannersReading; }
    // When a waiting probe of a slowed-down host may start; TimePoint::max() if none.
    TimePoint nextTurn() const;
    // How often sweep() should run: a fiftieth of the timeout, 5 to 20 ms.
    static std::chrono::milliseconds sweepInterval(const ScanOptions &options);

private:
    struct Probe
    {
        quint64 index = 0;
        int attempt = 0; // timeouts so far
        int selfConnects = 0;
        TimePoint previous {}; // when the attempt before this one started
    };

    // An attempt in flight, in its slot of m_slots.
    struct Attempt
    {
        Probe probe;
        bool reading = false; // connected; the banner reader has it
        bool retrySpawned = false;
        TimePoint started;
        TimePoint deadline;
        double latencyMs = 0.0;
    };
    using Slot = SlotTable<Attempt>::Slot;

    bool nextProbe(Probe *probe);
    void start(const Probe &probe);
    void onOutcome(size_t slotIndex, ConnectOutcome outcome);
    void freeSlot(size_t slotIndex);
    void dropSlot(size_t slotIndex);
    void settle(const Probe &probe, ConnectOutcome outcome, double latencyMs);
    void complete(const Probe &probe, PortState state, PortReason reason, double latencyMs,
        const QByteArray &banner = {});
    void shortage(const Probe &probe);
    void dropSiblings(quint64 index);
    void noteAnswer(quint64 hostIndex, PortReason reason, double latencyMs);
    double msSince(TimePoint t) const;
    void learn(quint64 index, ConnectOutcome outcome, TimePoint started);
    // Starts host's estimate from discovery's round trip, if it measured one.
    void seedRtt(quint64 host);

    ScanShared &m_shared;
    Poller &m_poller;
    const ScanClock &m_clock;
    BannerReader *m_banners;
    HostPacer &m_pacer; // the scan's, in ScanShared
    const quint64 m_portCount;

    SlotTable<Attempt> m_slots;
    std::deque<Probe> m_retries;
    // Attempts in flight or queued, for probes whose retry went out before the
    // first attempt timed out. Absent: one attempt.
    struct Attempts
    {
        int outstanding = 1; // in flight or queued
        int highest = 0; // the latest attempt issued
    };
    QHash<quint64, Attempts> m_attempts;
    std::unordered_map<quint64, RttEstimator> m_rtt; // host index -> its round trips
    TurnQueue<Probe> m_waiting; // probes of slowed-down hosts
    const std::chrono::microseconds m_floor;
    const std::chrono::microseconds m_ceiling;
    const std::chrono::milliseconds m_delay; // between two starts; 0: none
    TimePoint m_nextStart {};
    quint64 m_claimNext = 0;
    quint64 m_claimEnd = 0;
    bool m_sourceEmpty = false;
    int m_maxWindow = 1;
    int m_window = 1;
    int m_inflight = 0;
    int m_bannersReading = 0;
    int m_sinceShrink = 0;
    bool m_backoff = false;
    TimePoint m_stalledSince {};

    LocalBatch m_batch; // handed over by flush()
    QSet<quint64> m_upReported; // hosts without discovery this worker said are up
};
