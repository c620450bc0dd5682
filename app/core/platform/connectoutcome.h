#pragma once

#include <QtGlobal>

// How a TCP connect attempt ended, in words that do not depend on the system:
// the platform layer maps its error codes to these, the scheduler maps these to
// port states and reasons.
enum class ConnectOutcome : quint8 {
    Connected, // the handshake completed
    Refused, // a reset, or ICMP port-unreachable
    HostUnreachable, // ICMP host-unreachable (Linux reports admin-prohibited so too)
    NetUnreachable, // ICMP net-unreachable
    Prohibited, // the local system refused the connect (a local firewall, EACCES/EPERM)
    TimedOut, // the system gave up waiting for an answer
    SelfConnect, // the socket connected to itself: nothing listens there
    Shortage, // out of descriptors, buffers or local ports: try again later
    LocalError // any other local failure: the port's state is not known
};
