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
    QStringList out;
    for (const Name &n : names) {
        if (!out.contains(n.name))
            out.append(n.name);
    }
    return out;
}

QList<quint16> Device::portList() const
{
    QList<quint16> out;
    for (const Port &p : ports)
        out.append(p.port);
    return out;
}
