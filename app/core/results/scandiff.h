#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/results/scanreport.h"

// What changed from one scan to a later one: hosts that came up or went away,
// ports that opened, closed or changed state or reason, banners that changed.
// A port is its protocol and number: 53/tcp and 53/udp are compared apart.
// A port counts only where both scans covered it: a port one scan did not probe
// has no state there. A port a scanned host did not list is closed (Portolan
// and nmap list closed ports only on request). A service name guessed from the
// port number is not an observation and never a change.
struct ScanDiff
{
    struct Port
    {
        enum class Change { Opened, Closed, Changed, Banner };
        quint16 port = 0;
        Protocol protocol = Protocol::Tcp;
        Change change = Change::Changed;
        bool inOld = false; // the old scan covered the port
        PortState oldState = PortState::Closed;
        PortReason oldReason = PortReason::ConnRefused;
        QByteArray oldBanner;
        bool inNew = false;
        PortState newState = PortState::Closed;
        PortReason newReason = PortReason::ConnRefused;
        QByteArray newBanner;
        // "53/udp".
        QString text() const;
    };
    struct Host
    {
        enum class Change { Appeared, Gone, Changed };
        QString address;
        QString name;
        Change change = Change::Changed;
        QString oldStatus; // "up", "down", "unknown", or empty: not in that scan
        QString newStatus;
        QList<Port> ports; // TCP's, then UDP's, each by number
    };

    QList<Host> hosts; // by address
    QString oldTitle; // what each scan was: targets and start time
    QString newTitle;

    static ScanDiff compare(const ScanReport &older, const ScanReport &newer);
    // Changes in all: each host that appeared or went away, and each port.
    int changeCount() const;
    bool isEmpty() const { return hosts.isEmpty(); }
    QString toText() const;
    QByteArray toJson() const;

    static QString changeName(Port::Change change);
    static QString changeName(Host::Change change);
};
