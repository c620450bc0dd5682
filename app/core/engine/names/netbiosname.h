#pragma once

#include <QByteArray>
#include <QStringList>

// A Windows or Samba machine's NetBIOS name, from its name service: a NODE STATUS
// REQUEST to UDP port 137 (RFC 1002 section 4.2.17) answered with the table of
// names the node holds (section 4.2.18). NetBIOS over TCP/IP is IPv4 only.
namespace NetbiosName {

inline constexpr quint16 port = 137;

// The request for the names of whoever answers: the wildcard name "*".
QByteArray statusQuery(quint16 id);
// The machine's own names in a response to that request: the unique (not group)
// names of the workstation (suffix 0x00) and server (0x20) services, with the
// padding trimmed, each once. Empty for another ID or a malformed packet.
QStringList parseStatus(const QByteArray &packet, quint16 id);

} // namespace NetbiosName
