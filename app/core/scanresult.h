#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include "core/platform/connectoutcome.h"

// Port states and reasons in nmap's words, and the value types that cross
// threads between the scan workers and whoever consumes the results.

enum class PortState : quint8 { Open, Closed, Filtered };

enum class PortReason : quint8 {
    SynAck, // connect() completed
    ConnRefused, // RST or ICMP port-unreachable
    NoResponse, // timed out after every retry
    HostUnreach, // ICMP host-unreachable (also admin-prohibited on Linux)
    NetUnreach, // ICMP net-unreachable
    AdminProhibited, // the local system refused the connect (EACCES, EPERM)
    LocalError // any other local failure: the port's state is not known
};

QString portStateName(PortState state);
QString portReasonName(PortReason reason);
bool parsePortState(const QString &text, PortState *state);
// The state and reason for how a connect attempt ended.
void classifyOutcome(ConnectOutcome outcome, PortState *state, PortReason *reason);

struct ScanResult
{
    quint32 hostId = 0; // index of the host in the scan, stable for the whole scan
    QString host; // the name the user typed, or the address text
    QHostAddress address;
    quint16 port = 0;
    PortState state = PortState::Closed;
    PortReason reason = PortReason::ConnRefused;
    double latencyMs = 0.0; // round trip of the answer; negative when none came
    bool hasLatency() const { return latencyMs >= 0.0; }
    QByteArray banner; // raw bytes; escape before showing
};

// Closed ports are counted per host instead of kept as rows.
struct HostTally
{
    quint32 hostId = 0;
    QString host;
    QHostAddress address;
    quint64 closed = 0;
};

struct ScanBatch
{
    QList<ScanResult> results;
    QList<HostTally> closedCounts;
};

struct ScanProgress
{
    quint64 done = 0;
    quint64 total = 0;
    quint64 open = 0;
    quint64 closed = 0;
    quint64 filtered = 0;
    double ratePerSecond = 0.0;
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; // -1 while unknown
    bool paused = false;
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
    quint32 hostCount = 0;
    quint32 portCount = 0;
    int concurrency = 0; // sockets in flight that the scan used
    bool cancelled = false;
    QString error; // set when a failure stopped the scan
    QStringList targetErrors; // targets that could not be scanned, e.g. unresolved names
    QList<SlowedHost> slowedHosts;
};

Q_DECLARE_METATYPE(ScanResult)
Q_DECLARE_METATYPE(ScanBatch)
Q_DECLARE_METATYPE(ScanProgress)
Q_DECLARE_METATYPE(ScanSummary)
