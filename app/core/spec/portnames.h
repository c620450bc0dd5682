#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include "core/spec/protocol.h"

// Service names for TCP and UDP ports: the system's services database (Debian's copy
// of the IANA registry), with Portolan's own documented additions where it has no
// name or an outdated one; and the ports of each protocol's "common" preset.

namespace PortNames {

// The ports of the protocol's "common" preset, ascending.
QList<quint16> commonPorts(Protocol protocol = Protocol::Tcp);

// The service name for a port, or an empty string. Thread-safe (each table is read once).
QString nameForPort(quint16 port, Protocol protocol = Protocol::Tcp);

// The port for a service name, or 0 when there is none. Thread-safe.
quint16 portForName(const QString &name, Protocol protocol = Protocol::Tcp);

} // namespace PortNames
