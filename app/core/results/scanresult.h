#pragma once

#include <memory>

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include "core/platform/connectoutcome.h"
#include "core/platform/icmperror.h"
#include "core/results/hostname.h"
#include "core/results/serviceinfo.h"
#include "core/spec/protocol.h"

// Port states and reasons in nmap's words, and the value types that cross
// threads between the scan workers and whoever consumes the results.

// OpenFiltered is UDP's: nothing came back, so the port is open and silent, or a
// firewall dropped the probe.
enum class PortState : quint8 { Open, Closed, Filtered, OpenFiltered };

enum class PortReason : quint8 {
    SynAck, // connect() completed
    ConnRefused, // RST or ICMP port-unreachable
    NoResponse, // timed out after every retry
    HostUnreach, // ICMP host-unreachable (also admin-prohibited on Linux)
    NetUnreach, // ICMP net-unreachable
    AdminProhibited, // the local system refused the connect (EACCES, EPERM)
    LocalError, // any other local failure: the port's state is not known
    // UDP (appended: the history stores these values as numbers).
    UdpResponse, // the service answered the probe
    PortUnreach, // ICMP port-unreachable: closed
    ProtoUnreach, // ICMP protocol-unreachable
    TimeExceeded, // ICMP time-exceeded from a router on the way
    UnknownResponse, // another ICMP error
    // The scan stopped before the target's ICMP allowance let a silence count: the
    // port may be closed (open|filtered, not confirmed).
    NotConfirmed
};

// Whether a host is there, as host discovery (or its port scan) found it.
enum class HostStatus : quint8 {
    Unknown, // scanned without discovery and nothing answered
    Up,
    Down
};

enum class HostReason : quint8 {
    EchoReply, // ICMP echo reply
    SynAck, // a TCP port accepted
    ConnRefused, // a TCP port reset
    NoResponse, // nothing answered any probe
    HostUnreach, // ICMP host-unreachable (a failed ARP on the local link)
    NetUnreach, // ICMP net-unreachable
    UserSet, // not probed for: typed one by one, or discovery skipped (-Pn)
    UdpResponse, // a UDP port answered
    PortUnreach // a UDP probe drew an ICMP port-unreachable from the host itself
};

QString portStateName(PortState state);
QString portReasonName(PortReason reason);
QString hostStatusName(HostStatus status);
QString hostReasonName(HostReason reason);
// The value named text (as the functions above name them); false for any other text.
bool parsePortState(const QString &text, PortState *state);
bool parsePortReason(const QString &text, PortReason *reason);
bool parseHostStatus(const QString &text, HostStatus *status);
bool parseHostReason(const QString &text, HostReason *reason);
// The state and reason for how a connect attempt ended.
void classifyOutcome(ConnectOutcome outcome, PortState *state, PortReason *reason);
// The state and reason for a UDP port from the ICMP error its probe drew.
void classifyIcmp(IcmpError::Kind kind, PortState *state, PortReason *reason);

struct ScanResult
{
    quint32 hostId = 0; // index of the host in the scan, stable for the whole scan
    QString host; // the name the user typed, or the address text
    QHostAddress address;
    quint16 port = 0;
    Protocol protocol = Protocol::Tcp;
    PortState state = PortState::Closed;
    PortReason reason = PortReason::ConnRefused;
    // Who sent the ICMP error that decided the state, when not the target itself
    // (a router or firewall on the way); null otherwise. nmap's reason_ip.
    QHostAddress reasonFrom;
    double latencyMs = 0.0; // round trip of the answer; negative when none came
    bool hasLatency() const { return latencyMs >= 0.0; }
    // Host, protocol and port in one number: the port's identity within a scan, in
    // that order (53/tcp and 53/udp differ).
    static quint64 portKey(quint32 hostId, Protocol protocol, quint16 port)
    {
        return (quint64(hostId) << 17) | (quint64(protocol == Protocol::Udp) << 16) | port;
    }
    quint64 portKey() const { return portKey(hostId, protocol, port); }
    // "53/udp".
    QString portText() const;
    QByteArray banner; // raw bytes; escape before showing
    // What service detection found; null when it did not run or learned nothing
    // (the service is then the port number's, from the services table).
    std::shared_ptr<const ServiceInfo> service;
    // The service as detected, else as the port number suggests.
    ServiceInfo serviceOrGuess() const;

    static ScanResult make(quint32 id, const QString &host, const QHostAddress &address,
        quint16 port, PortState state, PortReason reason, double latencyMs,
        const QByteArray &banner = {})
    {
        ScanResult r;
        r.hostId = id;
        r.host = host;
        r.address = address;
        r.port = port;
        r.state = state;
        r.reason = reason;
        r.latencyMs = latencyMs;
        r.banner = banner;
        return r;
    }
};

// Closed ports are counted per host instead of kept as rows.
struct HostTally
{
    quint32 hostId = 0;
    QString host;
    QHostAddress address;
    quint64 closed = 0;
    // Whose closed ports: a host scanned for both has a tally of each (nmap's XML
    // tells them apart, by their reasons).
    Protocol protocol = Protocol::Tcp;
};

// What is known of a host: up or down and why. Sent once a host is decided; a
// host scanned without discovery is sent up at its first answer, unknown at the end.
struct HostState
{
    quint32 hostId = 0;
    QString host;
    QHostAddress address;
    HostStatus status = HostStatus::Unknown;
    HostReason reason = HostReason::NoResponse;
    double latencyMs = -1.0; // round trip of the answer that decided it; negative: none
    bool hasLatency() const { return latencyMs >= 0.0; }
    static HostState make(quint32 id, const QString &host, const QHostAddress &address,
        HostStatus status, HostReason reason, double latencyMs)
    {
        HostState s;
        s.hostId = id;
        s.host = host;
        s.address = address;
        s.status = status;
        s.reason = reason;
        s.latencyMs = latencyMs;
        return s;
    }
    QList<HostName> names; // reverse DNS, mDNS, NetBIOS: filled in later
    QStringList nameList() const { return HostNames::texts(names); }
    QString mac; // on the local link: from the neighbour table
    QString vendor; // the MAC's registrant (IEEE OUI)
    // It accepted a connection on (nearly) every port probed: a firewall or tarpit
    // answering for it, so its open ports say little.
    bool allPortsAnswer = false;
};

struct ScanBatch
{
    QList<ScanResult> results;
    QList<HostTally> closedCounts;
    QList<HostState> hosts;
    // Open ports sent in an earlier batch (or this one), now with what service
    // detection found; their service may still be null (nothing matched, or stopped).
    QList<ScanResult> detected;
    // Hosts recognised in this batch as accepting a connection on every port.
    QList<quint32> allPortsAnswer;
};

struct ScanProgress
{
    quint64 done = 0;
    quint64 total = 0;
    quint64 open = 0;
    quint64 closed = 0;
    quint64 filtered = 0;
    quint64 openFiltered = 0; // UDP ports that stayed silent
    // UDP ports that drew nothing yet from a host that rate-limits its ICMP errors:
    // probed again as the host's allowance returns, to confirm them closed.
    quint64 confirming = 0;
    qint64 confirmEtaMs = -1; // when the last of them should be confirmed; -1: none
    double ratePerSecond = 0.0;
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; // -1 while unknown
    bool paused = false;
    // Host discovery: hosts to probe for, decided so far, found up.
    quint64 hostsToDiscover = 0;
    quint64 hostsDecided = 0;
    quint64 hostsUp = 0;
    // Open ports whose service detection has not ended yet.
    quint64 servicesLeft = 0;

    // Every probe is done and only service detection goes on.
    bool detectingOnly() const { return servicesLeft > 0 && total > 0 && done >= total; }
};

// A host that dropped probes (a rate limit, most likely) and was slowed down for.
struct SlowedHost
{
    QString host;
    QHostAddress address;
    double longestDelayMs = 0.0; // the widest spacing its probes got
    int drops = 0; // answers that only a retry got
};

struct ScanSummary
{
    ScanProgress progress;
    quint32 hostCount = 0; // addresses the scan covered
    quint32 hostsUp = 0;
    quint32 hostsDown = 0;
    bool discovery = false; // some hosts were probed for before their ports
    bool discoveryOnly = false; // -sn: no port scan
    quint32 portCount = 0;
    int concurrency = 0; // sockets in flight that the scan used
    bool cancelled = false;
    QString error; // set when a failure stopped the scan
    QStringList targetErrors; // targets that could not be scanned, e.g. unresolved names
    QList<SlowedHost> slowedHosts;
    // Connects that found no descriptor or local port free and went again later:
    // the scan ran into the machine's limits (its results stand; it was slower).
    quint64 shortages = 0;

    // Hosts whose ports were scanned (every one but the down ones), and their probes.
    quint32 hostsScanned() const { return hostCount - qMin(hostsDown, hostCount); }
    quint64 portsScanned() const
    {
        const quint64 skipped = quint64(hostsDown) * portCount;
        return progress.done > skipped ? progress.done - skipped : 0;
    }
};

Q_DECLARE_METATYPE(ScanResult)
Q_DECLARE_METATYPE(HostState)
Q_DECLARE_METATYPE(ScanBatch)
Q_DECLARE_METATYPE(ScanProgress)
Q_DECLARE_METATYPE(ScanSummary)
