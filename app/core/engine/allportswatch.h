#pragma once

#include <QHash>
#include <QList>
#include <QSet>

#include "core/results/scanresult.h"

// Counts each host's settled and open ports while a scan runs, to recognise a host
// that accepts a connection on every port (a firewall or tarpit answering for it),
// and keeps service detection to a bounded share of such a host: while all of a
// host's ports look open, only its first few go to detection; the rest wait until the
// host shows a port that is not open (then they go) or is recognised (then they never
// go). Lives on the scan job's thread.
class AllPortsWatch
{
public:
    // Recognised once this many ports are open and nearly all settled ports are.
    static constexpr quint64 minimumOpen = 64;
    static constexpr quint64 sharePercent = 95;
    // Ports detection looks at on a host before it is known to answer everywhere.
    static constexpr int detectFirst = 16;

    void clear()
    {
        m_hosts.clear();
        m_holding.clear();
    }
    // Counts a batch's results and closed tallies (host index -> closed ports); the
    // hosts this batch made recognisable, each once.
    QList<quint32> count(const QList<ScanResult> &results, const QHash<quint64, quint64> &closed);
    // Of open results, those detection should look at now; the others are held.
    QList<ScanResult> forDetection(const QList<ScanResult> &open);
    // Held ports that may go to detection now: of hosts that showed a port not open,
    // or, once every probe is done, of every host not recognised.
    QList<ScanResult> release(bool probesDone);
    bool answersEverywhere(quint32 hostId) const;

private:
    struct Host
    {
        quint64 open = 0;
        quint64 settled = 0;
        int sent = 0; // to detection
        bool everywhere = false;
        QList<ScanResult> held;
        bool looksAllOpen() const { return open * 100 >= settled * sharePercent; }
    };
    QHash<quint32, Host> m_hosts;
    QSet<quint32> m_holding; // hosts with held ports: release() looks at these only
};
