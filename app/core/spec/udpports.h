#pragma once

#include <QList>
#include <QtGlobal>

// Portolan's UDP port data: the ports of the UDP "common" preset and the names it
// gives UDP ports that the system's services file leaves unnamed (PortNames reads
// both; see the criteria in udpports.cpp).
namespace UdpPorts {

struct OwnName
{
    quint16 port;
    const char *name;
};

// The ports of the UDP "common" preset, ascending.
QList<quint16> commonPorts();
// Names for UDP ports, each with its reason in the source.
QList<OwnName> ownNames();

} // namespace UdpPorts
