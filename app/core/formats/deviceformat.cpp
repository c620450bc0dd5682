#include "core/formats/deviceformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/formats/csvformat.h"
#include "core/spec/portnames.h"

namespace DeviceFormat {
namespace {

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue utcOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(utc(t)) : QJsonValue();
}

QString local(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString serviceName(const Device::Port &p)
{
    return p.service ? p.service->displayName() : PortNames::nameForPort(p.port, p.protocol);
}

} // namespace

QString portsText(const Device &d)
{
    QStringList parts;
    for (const Device::Port &p : d.ports) {
        const QString name = serviceName(p);
        // TCP's as they always read ("22/ssh"); UDP's as 53/udp, the service after.
        if (p.protocol == Protocol::Udp)
            parts.append(name.isEmpty() ? p.text() : QStringLiteral("%1 (%2)").arg(p.text(), name));
        else
            parts.append(name.isEmpty() ? QString::number(p.port)
                                        : QStringLiteral("%1/%2").arg(p.port).arg(name));
    }
    return parts.join(QLatin1Char(' '));
}

QString statusText(const Device &d)
{
    if (d.up)
        return QCoreApplication::translate("DeviceFormat", "up");
    return d.downSince.isValid()
        ? QCoreApplication::translate("DeviceFormat", "down since %1").arg(local(d.downSince))
        : QCoreApplication::translate("DeviceFormat", "down");
}

namespace {

// "nas.lan / 22/ssh 80/http", either part left out when empty.
QString namesAndPorts(const Device &d)
{
    QStringList parts { d.nameList().join(QLatin1Char(' ')), portsText(d) };
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" / "));
}

} // namespace

QByteArray toText(const QList<Device> &devices)
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("DeviceFormat", text); };
    qsizetype width = tr("SCANNER").size();
    for (const Device &d : devices)
        width = std::max(width, d.scanner.size());
    QString out = QStringLiteral("%1  %2 %3 %4 %5 %6 %7  %8\n")
                      .arg(tr("ID"), 5)
                      .arg(tr("ADDRESS"), -39)
                      .arg(tr("MAC"), -17)
                      .arg(tr("LABEL"), -20)
                      .arg(tr("STATUS"), -22)
                      .arg(tr("LAST SEEN"), -16)
                      .arg(tr("SCANNER"), -static_cast<int>(width))
                      .arg(tr("NAMES / OPEN PORTS"));
    for (const Device &d : devices) {
        QString label = d.label;
        if (!d.known)
            label = label.isEmpty() ? tr("(new)") : label + tr(" (new)");
        out += QStringLiteral("%1  %2 %3 %4 %5 %6 %7  %8\n")
                   .arg(d.id, 5)
                   .arg(d.address(), -39)
                   .arg(d.mac.isEmpty() ? QStringLiteral("-") : d.mac, -17)
                   .arg(label, -20)
                   .arg(statusText(d), -22)
                   .arg(local(d.lastSeen), -16)
                   .arg(d.scanner, -static_cast<int>(width))
                   .arg(namesAndPorts(d));
    }
    if (devices.isEmpty())
        out += tr("No devices in the inventory: scans kept in the history add them.\n");
    return out.toUtf8();
}

QByteArray toCsv(const QList<Device> &devices)
{
    QByteArray out = "id,address,addresses,mac,label,notes,names,vendor,known,up,first_seen,"
                     "last_seen,down_since,open_ports,scanner\r\n";
    for (const Device &d : devices) {
        QStringList ports; // "22 443 53/udp": a TCP port by its number, as before UDP
        for (const Device::Port &p : d.ports)
            ports.append(p.protocol == Protocol::Tcp ? QString::number(p.port) : p.text());
        const QStringList cells { QString::number(d.id), CsvFormat::field(d.address()),
            CsvFormat::field(d.addressList().join(QLatin1Char(' '))), CsvFormat::field(d.mac),
            CsvFormat::field(d.label), CsvFormat::field(d.notes),
            CsvFormat::field(d.nameList().join(QLatin1Char(' '))), CsvFormat::field(d.vendor),
            d.known ? QStringLiteral("yes") : QStringLiteral("no"),
            d.up ? QStringLiteral("yes") : QStringLiteral("no"), utc(d.firstSeen), utc(d.lastSeen),
            utc(d.downSince), ports.join(QLatin1Char(' ')), CsvFormat::field(d.scanner) };
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

QJsonObject deviceJson(const Device &d)
{
    QJsonArray addresses;
    QJsonArray history;
    for (const Device::Address &a : d.addresses) {
        addresses.append(a.address);
        history.append(QJsonObject { { QStringLiteral("address"), a.address },
            { QStringLiteral("first_seen"), utc(a.firstSeen) },
            { QStringLiteral("last_seen"), utc(a.lastSeen) } });
    }
    QJsonArray names;
    for (const QString &n : d.nameList())
        names.append(n);
    QJsonArray sources;
    for (const Device::Name &n : d.names)
        sources.append(QJsonObject {
            { QStringLiteral("name"), n.name }, { QStringLiteral("source"), n.source } });
    QJsonArray ports;
    for (const Device::Port &p : d.ports) {
        QJsonObject o { { QStringLiteral("port"), p.port },
            { QStringLiteral("protocol"), protocolName(p.protocol) },
            { QStringLiteral("service"), serviceName(p) },
            { QStringLiteral("last_seen"), utc(p.lastSeen) } };
        if (p.service) {
            o.insert(QStringLiteral("product"), p.service->product);
            o.insert(QStringLiteral("version"), p.service->version);
        }
        ports.append(o);
    }
    return QJsonObject { { QStringLiteral("id"), d.id },
        { QStringLiteral("mac"), d.mac.isEmpty() ? QJsonValue() : QJsonValue(d.mac) },
        { QStringLiteral("address"), d.address() }, { QStringLiteral("addresses"), addresses },
        { QStringLiteral("address_history"), history }, { QStringLiteral("names"), names },
        { QStringLiteral("name_sources"), sources }, { QStringLiteral("label"), d.label },
        { QStringLiteral("notes"), d.notes }, { QStringLiteral("vendor"), d.vendor },
        { QStringLiteral("known"), d.known }, { QStringLiteral("up"), d.up },
        { QStringLiteral("first_seen"), utc(d.firstSeen) },
        { QStringLiteral("last_seen"), utc(d.lastSeen) },
        { QStringLiteral("down_since"), utcOrNull(d.downSince) },
        { QStringLiteral("open_ports"), ports }, { QStringLiteral("scanner"), d.scanner } };
}

QByteArray toJson(const QList<Device> &devices)
{
    QJsonArray array;
    for (const Device &d : devices)
        array.append(deviceJson(d));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace DeviceFormat
