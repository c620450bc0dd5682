#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

// Asking a host's own mDNS responder for its name: a unicast query to the host's
// UDP port 5353 for the PTR record of its reverse name (RFC 6762 section 5.5).
// Sent from a port other than 5353, it is a "legacy unicast" query (section 6.7):
// the responder answers to the source port, with the query's ID and question.
namespace MdnsName {

inline constexpr quint16 port = 5353;

// "4.3.2.1.in-addr.arpa" for 1.2.3.4; an IPv6 address's 32 nibbles, lowest
// first, then "ip6.arpa" (RFC 3596 section 2.5). Empty for a null address.
QString reverseName(const QHostAddress &address);
// The query: one question, PTR (12) of class IN (1).
QByteArray query(quint16 id, const QHostAddress &address);
// The names a response to that query gives: the targets of its PTR records for
// the address's reverse name, without the final dot. Empty for anything else:
// another ID, not a response, an error, a malformed packet.
QStringList parseResponse(const QByteArray &packet, quint16 id, const QHostAddress &address);

} // namespace MdnsName
