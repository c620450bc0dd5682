#pragma once

#include <QString>
#include <QtGlobal>

// The transport a port belongs to: 53/tcp and 53/udp are different ports.
enum class Protocol : quint8 { Tcp, Udp };

// "tcp" or "udp", as nmap, /etc/services and every export spell them.
QString protocolName(Protocol protocol);
// The protocol named text ("tcp", "udp", any case); false for any other text.
bool parseProtocol(const QString &text, Protocol *protocol);
