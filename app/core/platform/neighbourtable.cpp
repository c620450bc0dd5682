#include "core/platform/neighbourtable.h"

#include <QFile>

namespace NeighbourTable {

QHash<QString, QString> parseArp(const QByteArray &text)
{
    // IP address  HW type  Flags  HW address  Mask  Device
    QHash<QString, QString> out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].simplified().split(' ');
        if (cells.size() < 4)
            continue;
        bool ok = false;
        const uint flags = cells[2].toUInt(&ok, 16);
        const QString mac = QString::fromLatin1(cells[3]).toLower();
        // ATF_COM (0x2): a complete entry; an incomplete one has no address yet.
        if (!ok || !(flags & 0x2) || mac == QLatin1String("00:00:00:00:00:00") || mac.size() != 17)
            continue;
        const QHostAddress address(QString::fromLatin1(cells[0]));
        if (!address.isNull())
            out.insert(address.toString(), mac);
    }
    return out;
}

QHash<QString, QString> read()
{
#if defined(Q_OS_LINUX)
    QFile file(QStringLiteral("/proc/net/arp"));
    if (file.open(QIODevice::ReadOnly))
        return parseArp(file.readAll());
#endif
    return {};
}

} // namespace NeighbourTable
