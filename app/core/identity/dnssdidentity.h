#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/identity/deviceevidence.h"

// DNS-SD (RFC 6763) over unicast mDNS (RFC 6762 section 6.7: a query from a port
// other than 5353 is answered to that port with the query's id): the service types a
// host announces, their instances, and the TXT keys that say what the device is
// (printers' ty and usb_MFG/usb_MDL, _device-info's model, Cast receivers' md).
namespace DnsSdIdentity {

inline constexpr int maxTypes = 12;
inline constexpr int maxInstances = 16;

struct Answers
{
    QStringList serviceTypes; // "_ipp._tcp"
    QStringList instances; // "Office Printer._ipp._tcp.local"
    QList<std::pair<QString, QString>> txt; // the keys worth keeping, in order
};

// Round one: the service types (_services._dns-sd._udp.local PTR).
QByteArray typesQuery(quint16 id);
// Round two: the instances of each type, and of _device-info._tcp.
QByteArray instancesQuery(quint16 id, const QStringList &serviceTypes);
// Round three: the TXT records of instances.
QByteArray txtQuery(quint16 id, const QStringList &instances);
// Adds what a response to query id says to *answers (records of every section); false
// when it is not such a response.
bool read(const QByteArray &message, quint16 id, Answers *answers);
QList<DeviceEvidence> evidence(const Answers &answers);

} // namespace DnsSdIdentity
