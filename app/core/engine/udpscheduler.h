#pragma once

#include <map>
#include <set>
#include <unordered_map>

#include <chrono>
#include <deque>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>

#include "core/engine/icmprateestimator.h"
#include "core/engine/rttestimator.h"
#include "core/engine/scanclock.h"
#include "core/platform/connectoutcome.h"
#include "core/platform/icmperror.h"
#include "core/results/scanresult.h"
#include "core/services/udpprobetable.h"

// Decides which UDP datagram goes where and when, and what each port's answers
// (or silence) make of it, with no socket calls: the I/O loop sends what next()
// gives and feeds back replies, ICMP errors and the clock's sweeps.
//
// A closed port is known only by its ICMP port-unreachable, and the target sends
// those at its own rate (IcmpRateEstimator models it per host). So each port's
// first datagram goes at once, up to the window ("the rush": open ports answer at
// once, the first errors teach the estimator the host's burst), and a port that
// stays silent is probed again only when the model holds a free token for it. A
// silence then is credible: a closed port would have answered. A port is
// open|filtered once it has been silent to a credible probe and has had all its
// attempts; a silence without a token is no evidence and the port waits its turn.
class UdpScheduler final
{
public:
    using TimePoint = ScanClock::TimePoint;
    using Probe = UdpProbeTable::Probe;

    struct Config
    {
        int retries = 1; // attempts after the first, at least one of them credible
        std::chrono::microseconds floor { 100000 }; // a silence is waited for this long at least
        std::chrono::microseconds ceiling { 1000000 }; // and this long at most
        int window = 256; // first datagrams in flight over all hosts
        bool withCommunity = true; // SNMP v1/v2c probes (they carry a community)
        // The prober's own local ports: a datagram sent there comes back to us.
        quint16 localPort4 = 0;
        quint16 localPort6 = 0;
    };

    // One datagram to send.
    struct Send
    {
        quint64 task = 0;
        QHostAddress address;
        quint16 port = 0;
        QByteArray datagram;
    };

    // A port decided.
    struct Decision
    {
        quint64 host = 0;
        quint16 port = 0;
        PortState state = PortState::OpenFiltered;
        PortReason reason = PortReason::NoResponse;
        QHostAddress reasonFrom; // an ICMP error's sender when not the target
        double latencyMs = -1.0;
        UdpVerdict verdict; // for a reply: what it says
    };

    UdpScheduler(const UdpProbeTable &table, IcmpRateEstimator &estimator, const ScanClock &clock,
        const Config &config);

    // A port of host to scan.
    void add(quint64 host, const QHostAddress &address, quint16 port);
    // The next datagram due now; false when none is (see nextWake()).
    bool next(Send *send);
    // The send was not made (the socket was busy, or an earlier error was pending):
    // the datagram goes again later, as if never sent.
    void unsent(quint64 task);
    // The send reported an earlier probe's ICMP error, and the kernel may or may not
    // have sent the datagram (seen both ways): it stands, but its silence proves nothing.
    void maybeSent(quint64 task);
    // The send failed for good: the port's state from the local error.
    void failed(quint64 task, ConnectOutcome outcome);
    void reply(const QHostAddress &from, quint16 fromPort, const QByteArray &data);
    void icmp(const IcmpError &error);
    // Silences past their wait.
    void sweep();
    // Ends the scan early: every port probed and undecided is open|filtered,
    // not-confirmed when it may still be closed.
    void stop();

    std::vector<Decision> takeDecisions();
    // Ports added and not decided yet (sent or not).
    quint64 undecided() const { return m_undecided; }
    // First datagrams not sent yet: the caller adds ports while this is short.
    size_t waitingFirst() const { return m_fresh.size(); }
    bool idle() const { return m_undecided == 0; }
    // When next() or sweep() may have something to do; TimePoint::max() if never.
    TimePoint nextWake() const;
    // Ports that have been silent only when their host had no ICMP error to spare,
    // waiting for its allowance to confirm them; and when the last should be.
    quint64 confirming() const;
    qint64 confirmEtaMs() const;

private:
    struct Attempt
    {
        quint32 token = 0;
        const Probe *probe = nullptr;
        TimePoint sentAt {};
    };
    struct Task
    {
        quint64 host = 0;
        QHostAddress address;
        quint16 port = 0;
        QList<const Probe *> probes;
        QList<Attempt> attempts; // every one sent, the latest last
        int credibleSilences = 0;
        bool inFlight = false;
        bool credible = false; // the attempt in flight had a token in the model
        bool early = false; // the attempt in flight went before the model's token
        int earlyAttempts = 0; // of attempts: they decide nothing by their silence
    };
    struct Host
    {
        std::deque<quint64> confirm; // tasks waiting for a token
        RttEstimator rtt;
        bool asking = false; // an early attempt is in flight
        TimePoint lastEarly {};
    };
    using Key = std::pair<QHostAddress, quint16>;

    bool nextConfirmation(TimePoint now, Send *send);
    bool askEarly(quint64 hostIndex, Host &host, TimePoint tokenAt, TimePoint now, Send *send);
    void emitSend(quint64 id, Task &task, bool credible, TimePoint now, Send *send);
    void silence(quint64 id, Task &task, TimePoint now);
    void decide(quint64 id, Task &task, PortState state, PortReason reason,
        const QHostAddress &from = {}, double latencyMs = -1.0, UdpVerdict verdict = {});
    void settleFlight(Task &task);
    bool matchReply(quint64 id, const QByteArray &data, TimePoint now);
    bool isSelfReply(const Task &task, const QHostAddress &from, quint16 fromPort) const;
    void schedule(quint64 host, TimePoint at);
    int attemptsNeeded(const Task &task) const;
    std::chrono::microseconds waitFor(quint64 host) const;
    Task *task(quint64 id);

    const UdpProbeTable &m_table;
    IcmpRateEstimator &m_estimator;
    const ScanClock &m_clock;
    const Config m_config;

    std::unordered_map<quint64, Task> m_tasks;
    QHash<Key, QList<quint64>> m_byKey; // who answers where
    QHash<QHostAddress, QList<quint64>> m_newPort; // tasks whose probe answers from a new port
    std::map<quint64, Host> m_hosts;
    std::deque<quint64> m_fresh; // first datagrams not sent yet
    std::set<std::pair<TimePoint, quint64>> m_due; // hosts with confirmations, by when
    std::unordered_map<quint64, TimePoint> m_dueAt;
    std::multimap<TimePoint, std::pair<quint64, quint32>> m_deadlines; // task, token
    std::vector<Decision> m_decisions;
    quint64 m_nextTask = 0;
    quint64 m_undecided = 0;
    quint32 m_nextToken = 0;
    int m_inFlight = 0;
};
