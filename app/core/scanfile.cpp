#include "core/scanfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/nmapxml.h"
#include "core/reportwriter.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScanFile", text);
}

// Host indices by address, in the order addresses first appear.
class HostIds
{
public:
    quint32 of(const QString &address)
    {
        constexpr quint32 none = ~quint32(0);
        quint32 id = m_ids.value(address, none);
        if (id == none) {
            id = static_cast<quint32>(m_ids.size());
            m_ids.insert(address, id);
        }
        return id;
    }

private:
    QHash<QString, quint32> m_ids;
};

// A count from JSON: a whole number in range, else 0 (a cast of any other double
// is undefined).
quint64 countOf(const QJsonValue &v, double max = 1e15)
{
    const double d = v.toDouble();
    return d >= 0 && d <= max ? static_cast<quint64>(d) : 0;
}

double latencyOf(const QJsonValue &v)
{
    const double d = v.toDouble(-1.0);
    return v.isDouble() && d >= 0 && d < 1e9 ? d : -1.0; // NaN and absurd values: none
}

bool readJson(const QByteArray &data, ScanReport *report, QStringList *notes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isNull()) {
        *error = QCoreApplication::translate("ScanFile", "not valid JSON at byte %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("scanner")).toString().startsWith(QLatin1String("portolan"))
        || !root.value(QStringLiteral("results")).isArray()) {
        *error = QCoreApplication::translate(
            "ScanFile", "not a Portolan JSON export (no scanner and results)");
        return false;
    }
    ScanReport out;
    const QJsonObject parameters = root.value(QStringLiteral("parameters")).toObject();
    out.targets = parameters.value(QStringLiteral("targets")).toString();
    out.ports = parameters.value(QStringLiteral("ports")).toString();
    out.timeoutMs = parameters.value(QStringLiteral("timeout_ms")).toInt();
    out.retries = parameters.value(QStringLiteral("retries")).toInt();
    out.concurrency = parameters.value(QStringLiteral("concurrency")).toInt();
    out.banners = parameters.value(QStringLiteral("banners")).toBool();
    out.services = parameters.value(QStringLiteral("service_detection")).toBool();
    out.started = QDateTime::fromString(
        root.value(QStringLiteral("start_time")).toString(), Qt::ISODateWithMs);
    HostIds ids;
    int skipped = 0;
    for (const auto &v : root.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        ScanResult r;
        const QString address = o.value(QStringLiteral("address")).toString();
        const int port = o.value(QStringLiteral("port")).toInt(-1);
        if (!r.address.setAddress(address) || port < 1 || port > 65535
            || !parsePortState(o.value(QStringLiteral("state")).toString(), &r.state)) {
            ++skipped;
            continue;
        }
        r.hostId = ids.of(r.address.toString());
        r.host = o.value(QStringLiteral("host")).toString(address);
        r.port = static_cast<quint16>(port);
        if (!parsePortReason(o.value(QStringLiteral("reason")).toString(), &r.reason))
            r.reason = PortReason::NoResponse;
        r.latencyMs = latencyOf(o.value(QStringLiteral("latency_ms")));
        r.banner = ReportWriter::unescapeBanner(o.value(QStringLiteral("banner")).toString());
        if (o.value(QStringLiteral("service_method")).toString() == QLatin1String("probed"))
            r.service = std::make_shared<const ServiceInfo>(
                ServiceInfo::fromJson(o.value(QStringLiteral("service")).toString(), o));
        out.results.append(r);
    }
    for (const auto &v : root.value(QStringLiteral("hosts")).toArray()) {
        const QJsonObject o = v.toObject();
        HostState h;
        if (!h.address.setAddress(o.value(QStringLiteral("address")).toString())
            || !parseHostStatus(o.value(QStringLiteral("status")).toString(), &h.status)) {
            ++skipped;
            continue;
        }
        h.hostId = ids.of(h.address.toString());
        h.host = o.value(QStringLiteral("host")).toString(h.address.toString());
        if (!parseHostReason(o.value(QStringLiteral("reason")).toString(), &h.reason))
            h.reason = HostReason::UserSet;
        h.latencyMs = latencyOf(o.value(QStringLiteral("latency_ms")));
        for (const auto &n : o.value(QStringLiteral("names")).toArray())
            h.names.append(n.toString());
        h.mac = o.value(QStringLiteral("mac")).toString();
        h.vendor = o.value(QStringLiteral("vendor")).toString();
        const auto closed = countOf(o.value(QStringLiteral("closed_ports")));
        if (closed > 0)
            out.hosts.append(HostTally { h.hostId, h.host, h.address, closed });
        out.hostStates.append(h);
    }
    if (skipped > 0)
        notes->append(QCoreApplication::translate(
            "ScanFile", "%1 entries without a valid address, port or state skipped")
                          .arg(skipped));
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    ScanSummary &s = out.summary;
    s.hostCount
        = static_cast<quint32>(countOf(summary.value(QStringLiteral("hosts")), 4294967295.0));
    s.hostsUp
        = static_cast<quint32>(countOf(summary.value(QStringLiteral("hosts_up")), 4294967295.0));
    s.hostsDown
        = static_cast<quint32>(countOf(summary.value(QStringLiteral("hosts_down")), 4294967295.0));
    const QString discovery = summary.value(QStringLiteral("discovery")).toString();
    s.discovery = discovery != QLatin1String("no");
    s.discoveryOnly = discovery == QLatin1String("only");
    s.portCount = static_cast<quint32>(
        countOf(summary.value(QStringLiteral("ports_per_host")), 4294967295.0));
    s.cancelled = summary.value(QStringLiteral("cancelled")).toBool();
    s.progress.open = countOf(summary.value(QStringLiteral("open")));
    s.progress.closed = countOf(summary.value(QStringLiteral("closed")));
    s.progress.filtered = countOf(summary.value(QStringLiteral("filtered")));
    s.progress.done = s.progress.open + s.progress.closed + s.progress.filtered
        + quint64(s.hostsDown) * s.portCount;
    s.progress.elapsedMs = static_cast<qint64>(countOf(root.value(QStringLiteral("elapsed_ms"))));
    for (const auto &e : summary.value(QStringLiteral("errors")).toArray())
        s.targetErrors.append(e.toString());
    *report = std::move(out);
    return true;
}

} // namespace

namespace ScanFile {

bool read(const QByteArray &data, ScanReport *report, QStringList *notes, QString *error)
{
    notes->clear();
    const QByteArray start = data.left(256).trimmed();
    if (start.startsWith('{'))
        return readJson(data, report, notes, error);
    if (start.startsWith('<'))
        return NmapXml::read(data, report, notes, error);
    *error = tr("neither a Portolan JSON export nor nmap XML");
    return false;
}

bool readFile(const QString &path, ScanReport *report, QStringList *notes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > maxBytes) {
        *error = tr("%1 is larger than %2 GiB").arg(path).arg(maxBytes >> 30);
        return false;
    }
    const QByteArray data = file.readAll();
    if (!read(data, report, notes, error)) {
        *error = QStringLiteral("%1: %2").arg(path, *error);
        return false;
    }
    return true;
}

} // namespace ScanFile
