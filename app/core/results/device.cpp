#include "core/results/device.h"

QStringList Device::addressList() const
{
    QStringList out;
    for (const Address &a : addresses)
        out.append(a.address);
    return out;
}

QStringList Device::nameList() const
{
    return HostNames::texts(names);
}

QList<quint16> Device::portList() const
{
    QList<quint16> out;
    for (const Port &p : ports)
        out.append(p.port);
    return out;
}

QString Device::Port::text() const
{
    return QString::number(port) + QLatin1Char('/') + protocolName(protocol);
}
