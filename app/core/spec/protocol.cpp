#include "core/spec/protocol.h"

QString protocolName(Protocol protocol)
{
    return protocol == Protocol::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
}

bool parseProtocol(const QString &text, Protocol *protocol)
{
    if (text.compare(QLatin1String("tcp"), Qt::CaseInsensitive) == 0) {
        *protocol = Protocol::Tcp;
        return true;
    }
    if (text.compare(QLatin1String("udp"), Qt::CaseInsensitive) == 0) {
        *protocol = Protocol::Udp;
        return true;
    }
    return false;
}
