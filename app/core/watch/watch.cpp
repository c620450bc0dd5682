#include "core/watch/watch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

bool Watch::parseInterval(const QString &text, int *seconds)
{
    static const QRegularExpression whole(QStringLiteral("^(\\d{1,6}[smhdw])+$"));
    static const QRegularExpression part(QStringLiteral("(\\d{1,6})([smhdw])"));
    const QString t = text.trimmed().toLower();
    if (!whole.match(t).hasMatch())
        return false;
    qint64 total = 0;
    for (auto it = part.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 scale = unit == QLatin1Char('s') ? 1
            : unit == QLatin1Char('m')                ? 60
            : unit == QLatin1Char('h')                ? 3600
            : unit == QLatin1Char('d')                ? 86400
                                                      : 7 * 86400;
        total += n * scale;
    }
    // A minute at least; a year at most.
    if (total < minEverySeconds || total > 366LL * 86400)
        return false;
    *seconds = static_cast<int>(total);
    return true;
}

QString Watch::intervalText(int seconds)
{
    QString out;
    int rest = seconds;
    for (const auto &[unit, scale] : { std::pair { 'd', 86400 }, std::pair { 'h', 3600 },
             std::pair { 'm', 60 }, std::pair { 's', 1 } }) {
        if (rest >= scale) {
            out += QString::number(rest / scale) + QLatin1Char(unit);
            rest %= scale;
        }
    }
    return out.isEmpty() ? QStringLiteral("0s") : out;
}

const QStringList &WatchEvent::kinds()
{
    static const QStringList all { QStringLiteral("device-new"), QStringLiteral("device-back"),
        QStringLiteral("device-gone"), QStringLiteral("address-changed"),
        QStringLiteral("port-opened"), QStringLiteral("port-closed"),
        QStringLiteral("service-changed"), QStringLiteral("certificate-expiring") };
    return all;
}

QJsonObject WatchEvent::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("kind"), kind },
        { QStringLiteral("watch"), watch },
        { QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("address"), address },
        { QStringLiteral("mac"), mac.isEmpty() ? QJsonValue() : QJsonValue(mac) },
        { QStringLiteral("label"), label }, { QStringLiteral("before"), before },
        { QStringLiteral("after"), after }, { QStringLiteral("acknowledged"), acknowledged } };
    if (port >= 0) {
        o.insert(QStringLiteral("port"), port);
        o.insert(QStringLiteral("protocol"), protocolName(protocol));
    }
    if (!scanner.isEmpty())
        o.insert(QStringLiteral("scanner"), scanner);
    return o;
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WatchEvent", text);
}

// "ssh OpenSSH 9.2p1" from a port object of an event.
QString serviceText(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    QStringList parts { o.value(QStringLiteral("service")).toString(),
        o.value(QStringLiteral("product")).toString(),
        o.value(QStringLiteral("version")).toString() };
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString portsText(const QJsonValue &v)
{
    QStringList ports;
    for (const auto &p : v.toObject().value(QStringLiteral("open_ports")).toArray()) {
        const QJsonObject o = p.toObject();
        QString port = QString::number(o.value(QStringLiteral("port")).toInt());
        if (o.value(QStringLiteral("protocol")).toString() == QLatin1String("udp"))
            port += QStringLiteral("/udp"); // TCP's by number alone, as before UDP
        ports.append(port);
    }
    return ports.isEmpty() ? QCoreApplication::translate("WatchEvent", "no open ports")
                           : QCoreApplication::translate("WatchEvent", "open ports %1")
                                 .arg(ports.join(QLatin1Char(',')));
}

} // namespace

QString WatchEvent::portText() const
{
    if (port < 0)
        return {};
    return protocol == Protocol::Tcp
        ? QString::number(port)
        : QStringLiteral("%1/%2").arg(port).arg(protocolName(protocol));
}

QString WatchEvent::text() const
{
    QString who = address;
    if (!label.isEmpty())
        who += QStringLiteral(" (%1)").arg(label);
    else if (!mac.isEmpty())
        who += QStringLiteral(" (%1)").arg(mac);
    if (kind == QLatin1String("device-new"))
        return tr("%1: new device, %2").arg(who, portsText(after));
    if (kind == QLatin1String("device-back"))
        return tr("%1: back, %2").arg(who, portsText(after));
    if (kind == QLatin1String("device-gone"))
        return tr("%1: gone").arg(who);
    if (kind == QLatin1String("address-changed"))
        return tr("%1: address changed from %2").arg(who, before.toString());
    if (kind == QLatin1String("port-opened")) {
        const QString service = serviceText(after);
        return service.isEmpty() ? tr("%1: port %2 opened").arg(who, portText())
                                 : tr("%1: port %2 opened (%3)").arg(who, portText(), service);
    }
    if (kind == QLatin1String("port-closed"))
        return tr("%1: port %2 closed").arg(who, portText());
    if (kind == QLatin1String("service-changed"))
        return tr("%1: port %2 now runs %3 (was %4)")
            .arg(who, portText(), serviceText(after), serviceText(before));
    if (kind == QLatin1String("certificate-expiring"))
        return tr("%1: the certificate on port %2 expires %3")
            .arg(who, portText(), after.toObject().value(QStringLiteral("not_after")).toString());
    return QStringLiteral("%1: %2").arg(who, kind);
}
