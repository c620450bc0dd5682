#pragma once

#include <QByteArray>
#include <QtGlobal>

#include "core/services/udpverdict.h"

// The UDP probes in the DNS message format (RFC 1035 section 4): a DNS server's
// version.bind, the service types an mDNS responder announces (asked by unicast), and
// a NetBIOS node status (RFC 1002, which borrows the format). Each reply must carry
// the query's id; names are read with compression pointers that may only point back.
namespace UdpDns {

// RFC 1035 section 4.1 message; version.bind TXT in class CHAOS (RFC 1035 section
// 3.2.4, the convention RFC 4892 section 2 describes).
QByteArray versionQuery(quint32 token);
UdpVerdict readVersion(const QByteArray &reply, quint32 token);

// _services._dns-sd._udp.local PTR (RFC 6763 section 9) sent from a port other than
// 5353, so the responder answers by unicast with our id (RFC 6762 section 6.7).
QByteArray mdnsServicesQuery(quint32 token);
UdpVerdict readMdnsServices(const QByteArray &reply, quint32 token);

// NODE STATUS REQUEST for "*" (RFC 1002 section 4.2.17) and its response (4.2.18).
QByteArray netbiosStatusQuery(quint32 token);
UdpVerdict readNetbiosStatus(const QByteArray &reply, quint32 token);

} // namespace UdpDns
