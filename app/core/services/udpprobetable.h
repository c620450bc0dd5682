#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include "core/services/udpverdict.h"

// The UDP probes, one per service, each written from the document it names: what to
// send to a port and how to read what comes back. Our own table, no other scanner's data.
class UdpProbeTable final
{
public:
    struct Options
    {
        QByteArray snmpCommunity = "public"; // for the SNMP v1 and v2c GetRequests
    };

    struct Probe
    {
        QString name; // "dns-version", "ntp", ...
        QList<quint16> ports; // the IANA ports it is for; none for the empty datagram
        QString source; // the document its format comes from
        // TFTP answers from a port of its own (RFC 1350 section 4); others from the port
        // the probe went to.
        bool answersFromNewPort = false;
        // The datagram, with ids from token; host is the target as text, for the
        // protocols that name it (SSDP's HOST, SIP's Request-URI), or empty.
        std::function<QByteArray(quint32 token, const QString &host)> build;
        // Whether reply answers the probe built with token, and what it says.
        std::function<UdpVerdict(const QByteArray &reply, quint32 token)> read;
    };

    UdpProbeTable(); // with the default options
    explicit UdpProbeTable(const Options &options);

    const QList<Probe> &probes() const { return m_probes; }
    const Probe *probe(const QString &name) const;
    // The probes for port in the table's order, or the empty datagram.
    QList<const Probe *> forPort(quint16 port) const;

private:
    QList<Probe> m_probes;
};
