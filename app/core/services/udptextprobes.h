#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include "core/services/udpverdict.h"

// The UDP probes that speak text: SSDP's unicast M-SEARCH, SIP's OPTIONS and
// memcached's version command in its UDP frame. host is the target as the request
// names it ("192.0.2.1", "2001:db8::1"); empty gives a placeholder.
namespace UdpText {

// UPnP Device Architecture 2.0 section 1.3.2: M-SEARCH with HOST naming the device
// (unicast), ST ssdp:all. No transaction id exists: a well-formed 200 answer counts.
QByteArray ssdpSearch(quint32 token, const QString &host);
UdpVerdict readSsdp(const QByteArray &reply, quint32 token);

// RFC 3261 section 11: OPTIONS with the token in the Call-ID, the From tag and the Via
// branch (section 8.1.1.7), rport (RFC 3581) so the answer comes to our port.
QByteArray sipOptions(quint32 token, const QString &host);
UdpVerdict readSip(const QByteArray &reply, quint32 token);

// memcached's protocol.txt, "UDP protocol": the 8-byte frame header (request id,
// sequence number, datagram count, reserved) and "version\r\n".
QByteArray memcachedVersion(quint32 token);
UdpVerdict readMemcached(const QByteArray &reply, quint32 token);

} // namespace UdpText
