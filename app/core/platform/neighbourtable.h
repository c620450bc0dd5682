#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

// The kernel's neighbour (ARP) table: the MAC address of hosts on the local link
// that this machine has talked to. Linux keeps IPv4 entries in /proc/net/arp;
// elsewhere, and for IPv6, the table is empty (no MAC column, not an error).
namespace NeighbourTable {

// Address text -> MAC ("aa:bb:cc:dd:ee:ff", lower case) of every complete entry.
QHash<QString, QString> read();
// The same from the text of /proc/net/arp.
QHash<QString, QString> parseArp(const QByteArray &text);

} // namespace NeighbourTable
