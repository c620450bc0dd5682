#include "core/spec/scanoptionsjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ScanOptionsJson {
namespace {

QString discoveryName(ScanOptions::Discovery d)
{
    switch (d) {
    case ScanOptions::Discovery::Skip:
        return QStringLiteral("skip");
    case ScanOptions::Discovery::Only:
        return QStringLiteral("only");
    case ScanOptions::Discovery::Automatic:
        break;
    }
    return QStringLiteral("automatic");
}

class Reader
{
public:
    Reader(const QJsonObject &o, QString *error)
        : m_o(o)
        , m_error(error)
    {
    }
    bool number(const char *key, int min, int max, int *value)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            *m_error = QCoreApplication::translate(
                "ScanOptionsJson", "the option %1 must be a whole number from %2 to %3")
                           .arg(QLatin1String(key))
                           .arg(min)
                           .arg(max);
            return false;
        }
        *value = static_cast<int>(d);
        return true;
    }
    bool flag(const char *key, bool *value)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool()) {
            *m_error = QCoreApplication::translate(
                "ScanOptionsJson", "the option %1 must be true or false")
                           .arg(QLatin1String(key));
            return false;
        }
        *value = v.toBool();
        return true;
    }

private:
    const QJsonObject &m_o;
    QString *m_error;
};

} // namespace

QJsonObject toJson(const ScanOptions &o)
{
    QJsonArray discoveryPorts;
    for (quint16 p : o.discoveryPorts)
        discoveryPorts.append(p);
    return QJsonObject { { QStringLiteral("discovery"), discoveryName(o.discovery) },
        { QStringLiteral("discovery_ports"), discoveryPorts }, { QStringLiteral("ping"), o.ping },
        { QStringLiteral("reverse_dns"), o.reverseDns },
        { QStringLiteral("timeout_ms"), o.timeoutMs },
        { QStringLiteral("min_timeout_ms"), o.floorTimeoutMs },
        { QStringLiteral("retries"), o.retries }, { QStringLiteral("concurrency"), o.concurrency },
        { QStringLiteral("scan_delay_ms"), o.scanDelayMs },
        { QStringLiteral("banners"), o.grabBanners },
        { QStringLiteral("resolve_all"), o.resolveAll }, { QStringLiteral("ipv6"), o.ipv6 },
        { QStringLiteral("service_detection"), o.detectServices },
        { QStringLiteral("service_timeout_ms"), o.serviceTimeoutMs },
        { QStringLiteral("service_connections"), o.serviceConnections },
        // A watch of UDP ports offers the same community each run (SNMPv1/v2c send
        // it in the clear on every probe; anyone who reads the store reads it too).
        { QStringLiteral("snmp_community"), QString::fromUtf8(o.snmpCommunity) } };
}

bool fromJson(const QJsonObject &o, ScanOptions *options, QString *error)
{
    ScanOptions out = *options;
    Reader r(o, error);
    const QJsonValue discovery = o.value(QStringLiteral("discovery"));
    if (!discovery.isUndefined()) {
        const QString name = discovery.toString();
        if (name == QLatin1String("skip"))
            out.discovery = ScanOptions::Discovery::Skip;
        else if (name == QLatin1String("only"))
            out.discovery = ScanOptions::Discovery::Only;
        else if (name == QLatin1String("automatic"))
            out.discovery = ScanOptions::Discovery::Automatic;
        else {
            *error = QCoreApplication::translate(
                "ScanOptionsJson", "the option discovery must be automatic, skip or only");
            return false;
        }
    }
    const QJsonValue ports = o.value(QStringLiteral("discovery_ports"));
    if (!ports.isUndefined()) {
        const QJsonArray list = ports.toArray();
        if (!ports.isArray() || list.size() > ScanOptions::maxDiscoveryPorts) {
            *error = QCoreApplication::translate(
                "ScanOptionsJson", "the option discovery_ports must be a list of at most %1 ports")
                         .arg(ScanOptions::maxDiscoveryPorts);
            return false;
        }
        out.discoveryPorts.clear();
        for (const auto &p : list) {
            const int port = p.toInt(0);
            if (port < 1 || port > 65535) {
                *error = QCoreApplication::translate("ScanOptionsJson",
                    "the option discovery_ports holds a port that is not 1-65535");
                return false;
            }
            out.discoveryPorts.append(static_cast<quint16>(port));
        }
    }
    if (!r.flag("ping", &out.ping) || !r.flag("reverse_dns", &out.reverseDns)
        || !r.number(
            "timeout_ms", ScanOptions::minTimeoutMs, ScanOptions::maxTimeoutMs, &out.timeoutMs)
        || !r.number("min_timeout_ms", 0, ScanOptions::maxTimeoutMs, &out.floorTimeoutMs)
        || !r.number("retries", 0, ScanOptions::maxRetries, &out.retries)
        || !r.number("concurrency", 0, ScanOptions::maxConcurrency, &out.concurrency)
        || !r.number("scan_delay_ms", 0, 60000, &out.scanDelayMs)
        || !r.flag("banners", &out.grabBanners) || !r.flag("resolve_all", &out.resolveAll)
        || !r.flag("ipv6", &out.ipv6) || !r.flag("service_detection", &out.detectServices)
        || !r.number("service_timeout_ms", ScanOptions::minServiceTimeoutMs,
            ScanOptions::maxServiceTimeoutMs, &out.serviceTimeoutMs)
        || !r.number(
            "service_connections", 1, ScanOptions::maxServiceConnections, &out.serviceConnections))
        return false;
    if (const QJsonValue community = o.value(QStringLiteral("snmp_community"));
        !community.isUndefined()) {
        // An SNMP octet string; 255 bytes is past any agent's.
        const QByteArray bytes = community.toString().toUtf8();
        if (!community.isString() || bytes.size() > 255) {
            *error = QCoreApplication::translate(
                "ScanOptionsJson", "the option snmp_community must be text of at most 255 bytes");
            return false;
        }
        out.snmpCommunity = bytes;
    }
    out.targets = options->targets;
    out.ports = options->ports;
    *options = std::move(out);
    return true;
}

} // namespace ScanOptionsJson
