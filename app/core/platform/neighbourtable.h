#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

// The kernel's neighbour table (ARP for IPv4, NDP for IPv6): the MAC address of
// hosts on the local link that this machine has talked to. On Linux it is read
// with a netlink RTM_GETNEIGH dump (both families), falling back to /proc/net/arp
// (IPv4 only) where netlink is not available; elsewhere the table is empty (no
// MAC column, not an error).
namespace NeighbourTable {

// Address text -> MAC ("aa:bb:cc:dd:ee:ff", lower case) of every complete entry.
QHash<QString, QString> read();
// The same from the text of /proc/net/arp.
QHash<QString, QString> parseArp(const QByteArray &text);
// The same from the bytes of netlink messages answering an RTM_GETNEIGH dump
// (struct nlmsghdr, struct ndmsg, then NDA_* attributes). Malformed or truncated
// messages end the parse; what came before them is kept. *done is set when the
// dump's NLMSG_DONE (or an NLMSG_ERROR) was seen.
QHash<QString, QString> parseNetlink(const QByteArray &bytes, bool *done = nullptr);

} // namespace NeighbourTable
