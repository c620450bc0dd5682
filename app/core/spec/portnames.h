#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// Service names for TCP ports: the system's services database (Debian's copy of the
// IANA registry), with Portolan's own documented additions where it has no name or
// an outdated one; and the ports of the "common" preset.

namespace PortNames {

// The ports of the "common" preset, ascending.
QList<quint16> commonPorts();

// The service name for a TCP port, or an empty string. Thread-safe (the table is read once).
QString nameForPort(quint16 port);

// The TCP port for a service name, or 0 when there is none. Thread-safe.
quint16 portForName(const QString &name);

} // namespace PortNames
