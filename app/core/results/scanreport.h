#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "core/results/scanresult.h"

// A finished (or stopped) scan as exporters see it: what was asked, when, and
// what was found.
struct ScanReport
{
    QString targets; // as the user typed them
    QString ports;
    int timeoutMs = 0;
    int retries = 0;
    int concurrency = 0;
    bool banners = false;
    bool services = false; // service detection ran
    QDateTime started;
    ScanSummary summary;
    QList<ScanResult> results; // the listed ports
    QList<HostTally> hosts; // closed counts per host
    QList<HostState> hostStates; // up, down or unknown, per host

    // What the report says of one host, from its state, results and tallies.
    struct Host
    {
        quint32 id = 0;
        QString name;
        QHostAddress address;
        QList<ScanResult> listed; // TCP ports, then UDP ports, each by number
        quint64 closed = 0; // every closed port, from the tallies
        quint64 closedListed = 0; // closed ports among the listed ones
        // Of those, the UDP ones.
        quint64 closedUdp = 0;
        quint64 closedListedUdp = 0;
        // Closed ports not listed one by one, of a protocol.
        quint64 closedUnlisted(Protocol protocol) const
        {
            const quint64 all = protocol == Protocol::Udp ? closedUdp : closed - closedUdp;
            const quint64 listedOnes
                = protocol == Protocol::Udp ? closedListedUdp : closedListed - closedListedUdp;
            return all > listedOnes ? all - listedOnes : 0;
        }
        const HostState *state = nullptr; // into hostStates; null: none came
    };
    // Every host the report mentions, by host index; pointers into this report.
    QList<Host> byHost() const;
    // The host's state, or one made up from its ports when none came: up if a
    // port answered, else unknown.
    static HostState statusOf(const Host &host);
    // The ports of a protocol the scan covered: its port spec's, else those it lists.
    QList<quint16> coveredPorts(Protocol protocol = Protocol::Tcp) const;
    // Whether the scan covered UDP ports: its spec has some, or it lists some.
    bool coversUdp() const;
};
