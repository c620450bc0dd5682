#pragma once

#include <unordered_map>

#include <vector>

#include <QHash>
#include <QHostAddress>
#include <QList>

#include "core/engine/localbatch.h"
#include "core/engine/rttestimator.h"
#include "core/engine/scanclock.h"
#include "core/engine/slottable.h"
#include "core/platform/icmperror.h"
#include "core/platform/pinger.h"
#include "core/platform/poller.h"
#include "core/platform/udpprober.h"
#include "core/results/scanresult.h"

class ScanShared;

// Finds out which hosts of a scan are up before their ports are probed, without
// privileges: an ICMP echo over a ping socket (where allowed) and TCP connects to
// the discovery ports, all at once for each host. Any answer (echo reply, SYN-ACK,
// reset) makes the host up: its port scan starts at once (its runs go to the probe
// source) and the answering port counts as a result, not a probe to repeat. No
// answer within the timeout after every retry, or only ICMP unreachables: down.
// The timeout follows the round trips of the answers from the host's subnet (its
// /24, or /64 for IPv6) so far (RFC 6298), between the scan's floor and its
// timeout; a subnet that has not answered yet gets the full timeout, so a far
// host in a target file is not given up because a near one answered quickly. Like ProbeScheduler it
// makes no system call of its own: connects go through a Poller, echoes through Pingers.
// A scan of UDP ports also sends each host an empty datagram to udpPort (useUdp):
// its port-unreachable, or any datagram from the host, shows the host up.
class HostDiscovery final
{
    using TimePoint = ScanClock::TimePoint;

public:
    // ping4/ping6: open pingers, or null where ping sockets are not allowed.
    HostDiscovery(ScanShared &shared, Poller &poller, const ScanClock &clock, Pinger *ping4,
        Pinger *ping6, int window);
    ~HostDiscovery();
    HostDiscovery(const HostDiscovery &) = delete;
    HostDiscovery &operator=(const HostDiscovery &) = delete;

    // Starts probing hosts while the window has room; true if it stopped at its
    // slice (call again soon).
    bool fill(int maxHosts = 32);
    void handle(const std::vector<Poller::Completion> &completions);
    void echoed(const std::vector<Pinger::Reply> &replies);
    // Also probes each host with a datagram through prober (set before the first fill()).
    void useUdp(UdpProber *prober) { m_udp = prober; }
    // What came back to the UDP probes.
    void udpAnswered(
        const std::vector<UdpProber::Reply> &replies, const std::vector<IcmpError> &errors);
    // The port the UDP probe goes to: traceroute's first port (33434), which by that
    // convention nothing listens on, so a live host answers with port-unreachable.
    static constexpr quint16 udpPort = 33434;
    // Retries or gives up hosts past their timeout as of lookedAt (when the poller and
    // the echo sockets were last read), then hands the batch over.
    void sweep(TimePoint lookedAt);
    void flush();
    void abortAll();
    bool allDone() const;
    // How long the probes of a host at address wait for an answer now.
    std::chrono::microseconds timeoutFor(const QHostAddress &address) const;
    // The subnet whose answers set a host's timeout.
    static quint64 subnetOf(const QHostAddress &address);
    std::chrono::microseconds timeoutOfSubnet(quint64 subnet) const;
    int hostsInFlight() const { return static_cast<int>(m_pending.size()); }

private:
    struct Pending
    {
        QHostAddress address;
        quint64 subnet = 0;
        TimePoint started; // the latest attempt
        TimePoint firstStarted;
        int attempt = 0;
        int connects = 0; // in flight
        HostReason unreachable = HostReason::NoResponse; // an ICMP error seen, if any
        bool pinged = false;
        bool udpSent = false; // a UDP probe waits for its answer
        bool shortage = false; // some probes could not start
    };
    // A connect in flight, in its slot of m_slots.
    struct Connect
    {
        quint64 host = 0;
        quint16 port = 0;
        TimePoint started;
    };

    bool nextHost(quint64 *host);
    void probeUdp(quint64 host, Pending &pending);
    void probe(quint64 host, Pending &pending);
    void onOutcome(quint64 host, quint16 port, ConnectOutcome outcome, TimePoint started);
    void up(quint64 host, HostReason reason, double latencyMs, int settledPort, bool open);
    void down(quint64 host, HostReason reason);
    void release(quint64 host); // abandons its connects and forgets it
    double msSince(TimePoint t) const;

    ScanShared &m_shared;
    Poller &m_poller;
    const ScanClock &m_clock;
    Pinger *m_ping4;
    Pinger *m_ping6;
    UdpProber *m_udp = nullptr;
    const bool m_scanPorts; // not discovery only
    QList<quint16> m_probePorts; // discovery ports
    QHash<quint16, int> m_portIndex; // a discovery port's index in the scan's ports
    const std::chrono::microseconds m_floor;
    const std::chrono::microseconds m_ceiling;

    QList<std::pair<quint64, quint64>> m_runs; // hosts to discover
    qsizetype m_run = 0;
    quint64 m_next = 0;
    std::unordered_map<quint64, Pending> m_pending;
    QHash<QHostAddress, quint64> m_byAddress; // pending hosts, for echo replies
    SlotTable<Connect> m_slots;
    quint16 m_sequence = 0;
    std::unordered_map<quint64, RttEstimator> m_rtt; // by subnet
    void learn(const Pending &pending, std::chrono::microseconds rtt);

    LocalBatch m_batch; // handed over by flush()
};
