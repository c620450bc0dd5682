#include "core/formats/jsonformat.h"

#include <algorithm>

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/results/bannertext.h"

namespace JsonFormat {
namespace {

// Every key of the format, for the writer and the reader.
namespace Key {
constexpr QLatin1String scanner("scanner");
constexpr QLatin1String parameters("parameters");
constexpr QLatin1String targets("targets");
constexpr QLatin1String ports("ports");
constexpr QLatin1String timeoutMs("timeout_ms");
constexpr QLatin1String retries("retries");
constexpr QLatin1String concurrency("concurrency");
constexpr QLatin1String banners("banners");
constexpr QLatin1String serviceDetection("service_detection");
constexpr QLatin1String startTime("start_time");
constexpr QLatin1String elapsedMs("elapsed_ms");
constexpr QLatin1String results("results");
constexpr QLatin1String hosts("hosts");
constexpr QLatin1String summary("summary");
constexpr QLatin1String host("host");
constexpr QLatin1String address("address");
constexpr QLatin1String port("port");
constexpr QLatin1String protocol("protocol");
constexpr QLatin1String state("state");
constexpr QLatin1String reason("reason");
constexpr QLatin1String reasonFrom("reason_from");
constexpr QLatin1String service("service");
constexpr QLatin1String serviceMethod("service_method");
constexpr QLatin1String latencyMs("latency_ms");
constexpr QLatin1String banner("banner");
constexpr QLatin1String status("status");
constexpr QLatin1String names("names");
constexpr QLatin1String nameSources("name_sources");
constexpr QLatin1String name("name");
constexpr QLatin1String source("source");
constexpr QLatin1String mac("mac");
constexpr QLatin1String vendor("vendor");
constexpr QLatin1String allPortsAnswer("all_ports_answer");
constexpr QLatin1String closedPorts("closed_ports");
constexpr QLatin1String closedUdpPorts("closed_udp_ports");
constexpr QLatin1String hostsUp("hosts_up");
constexpr QLatin1String hostsDown("hosts_down");
constexpr QLatin1String discovery("discovery");
constexpr QLatin1String portsPerHost("ports_per_host");
constexpr QLatin1String probes("probes");
constexpr QLatin1String open("open");
constexpr QLatin1String closed("closed");
constexpr QLatin1String filtered("filtered");
constexpr QLatin1String openFiltered("open_filtered");
constexpr QLatin1String cancelled("cancelled");
constexpr QLatin1String errors("errors");
constexpr QLatin1String slowedHosts("slowed_hosts");
constexpr QLatin1String longestDelayMs("longest_delay_ms");
constexpr QLatin1String drops("drops");
} // namespace Key

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonFormat", text);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue latencyJson(double ms, bool has)
{
    return has ? QJsonValue(qRound(ms * 1000.0) / 1000.0) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject parametersJson(const ScanReport &report)
{
    return QJsonObject {
        { Key::targets, report.targets },
        { Key::ports, report.ports },
        { Key::timeoutMs, report.timeoutMs },
        { Key::retries, report.retries },
        { Key::concurrency, report.concurrency },
        { Key::banners, report.banners },
        { Key::serviceDetection, report.services },
    };
}

QJsonObject summaryJson(const ScanReport &report)
{
    const ScanSummary &s = report.summary;
    QJsonArray slowedHosts;
    for (const SlowedHost &h : s.slowedHosts)
        slowedHosts.append(QJsonObject {
            { Key::host, h.host },
            { Key::address, h.address.toString() },
            { Key::longestDelayMs, qRound(h.longestDelayMs * 10.0) / 10.0 },
            { Key::drops, h.drops },
        });
    return QJsonObject {
        { Key::hosts, static_cast<qint64>(s.hostCount) },
        { Key::hostsUp, static_cast<qint64>(s.hostsUp) },
        { Key::hostsDown, static_cast<qint64>(s.hostsDown) },
        { Key::discovery,
            s.discoveryOnly ? QStringLiteral("only")
                            : (s.discovery ? QStringLiteral("yes") : QStringLiteral("no")) },
        { Key::portsPerHost, static_cast<qint64>(s.portCount) },
        { Key::probes, static_cast<qint64>(s.portsScanned()) },
        { Key::open, static_cast<qint64>(s.progress.open) },
        { Key::closed, static_cast<qint64>(s.progress.closed) },
        { Key::filtered, static_cast<qint64>(s.progress.filtered) },
        { Key::openFiltered, static_cast<qint64>(s.progress.openFiltered) },
        { Key::cancelled, s.cancelled },
        { Key::errors, QJsonArray::fromStringList(s.targetErrors) },
        { Key::slowedHosts, slowedHosts },
    };
}

QJsonObject resultJson(const ScanResult &r)
{
    const ServiceInfo service = r.serviceOrGuess();
    QJsonObject row {
        { Key::host, r.host },
        { Key::address, r.address.toString() },
        { Key::port, r.port },
        { Key::protocol, protocolName(r.protocol) },
        { Key::state, portStateName(r.state) },
        { Key::reason, portReasonName(r.reason) },
        { Key::service, service.displayName() },
        { Key::latencyMs, latencyJson(r.latencyMs, r.hasLatency()) },
        { Key::banner, BannerText::escape(r.banner) },
    };
    // Only where an ICMP error came from someone other than the target.
    if (!r.reasonFrom.isNull())
        row.insert(Key::reasonFrom, r.reasonFrom.toString());
    const QJsonObject detail = service.toJson();
    for (auto it = detail.begin(); it != detail.end(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

QByteArray member(QLatin1String key)
{
    return "\"" + QByteArray(key.data(), key.size()) + "\": ";
}

// Each name with where it came from: [{"name": ..., "source": "dns"}, ...].
QJsonArray nameSourcesJson(const QList<HostName> &names)
{
    QJsonArray out;
    for (const HostName &n : names)
        out.append(QJsonObject { { Key::name, n.name }, { Key::source, n.source } });
    return out;
}

// The hosts array, by address, each with its count of closed ports.
QByteArray hostsText(const ScanReport &report)
{
    QList<HostState> states = report.hostStates;
    std::sort(states.begin(), states.end(),
        [](const HostState &a, const HostState &b) { return a.hostId < b.hostId; });
    QHash<quint32, quint64> closed;
    QHash<quint32, quint64> closedUdp;
    for (const HostTally &t : report.hosts) {
        closed[t.hostId] += t.closed;
        if (t.protocol == Protocol::Udp)
            closedUdp[t.hostId] += t.closed;
    }
    QByteArray text = "\n  ],\n  " + member(Key::hosts) + "[";
    for (qsizetype i = 0; i < states.size(); ++i) {
        QJsonObject host = hostJson(states[i]);
        host.insert(Key::closedPorts, static_cast<qint64>(closed.value(states[i].hostId)));
        // Of those, the UDP ones; only with some, so a TCP scan's file reads as before.
        if (const quint64 udp = closedUdp.value(states[i].hostId); udp > 0)
            host.insert(Key::closedUdpPorts, static_cast<qint64>(udp));
        text += (i == 0 ? "\n    " : ",\n    ") + compact(host);
    }
    return text + (states.isEmpty() ? "" : "\n  ");
}

} // namespace

bool write(QIODevice *out, const ScanReport &report, const ReportRows &rows,
    const ReportProgress &progress)
{
    // Rows go out by host, then port: sort keys, not rows.
    std::vector<std::pair<quint64, qsizetype>> order;
    order.reserve(static_cast<size_t>(rows.count));
    for (qsizetype i = 0; i < rows.count; ++i)
        order.emplace_back(rows.at(i).portKey(), i);
    std::stable_sort(
        order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    const QByteArray scanner = QJsonDocument(
        QJsonArray { QStringLiteral("portolan %1").arg(QStringLiteral(PORTOLAN_VERSION)) })
                                   .toJson(QJsonDocument::Compact)
                                   .mid(1)
                                   .chopped(1);
    const QByteArray head = "{\n  " + member(Key::scanner) + scanner + ",\n  "
        + member(Key::parameters) + compact(parametersJson(report)) + ",\n  "
        + member(Key::startTime) + "\""
        + report.started.toUTC().toString(Qt::ISODateWithMs).toUtf8() + "\",\n  "
        + member(Key::elapsedMs) + QByteArray::number(report.summary.progress.elapsedMs) + ",\n  "
        + member(Key::results) + "[";
    if (!ReportIo::put(out, head))
        return false;
    qsizetype written = 0;
    for (const auto &[key, index] : order) {
        Q_UNUSED(key)
        if (!ReportIo::put(
                out, (written == 0 ? "\n    " : ",\n    ") + compact(resultJson(rows.at(index))))
            || !ReportIo::tell(progress, ++written))
            return false;
    }
    if (!ReportIo::put(out, hostsText(report)))
        return false;
    if (!ReportIo::put(
            out, "],\n  " + member(Key::summary) + compact(summaryJson(report)) + "\n}\n"))
        return false;
    return !progress || progress(rows.count);
}

QJsonObject hostJson(const HostState &h)
{
    QJsonObject o {
        { Key::host, h.host },
        { Key::address, h.address.toString() },
        { Key::status, hostStatusName(h.status) },
        { Key::reason, hostReasonName(h.reason) },
        { Key::latencyMs, latencyJson(h.latencyMs, h.hasLatency()) },
        { Key::names, QJsonArray::fromStringList(h.nameList()) },
        { Key::nameSources, nameSourcesJson(h.names) },
        { Key::mac, textOrNull(h.mac) },
        { Key::vendor, textOrNull(h.vendor) },
    };
    // Only where it is so: a host that accepted a connection on every port.
    if (h.allPortsAnswer)
        o.insert(Key::allPortsAnswer, true);
    return o;
}

QByteArray toJson(const ScanReport &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(&buffer, report, ReportRows::of(report.results));
    return buffer.data();
}

namespace {

// A host's names with their sources; a file without sources (older, or written
// by hand) holds DNS names.
void readNames(const QJsonObject &o, QList<HostName> *names)
{
    for (const auto &n : o.value(Key::nameSources).toArray()) {
        const QJsonObject named = n.toObject();
        const QString source = named.value(Key::source).toString();
        HostNames::add(
            names, named.value(Key::name).toString(), source.isEmpty() ? HostNames::dns : source);
    }
    for (const auto &n : o.value(Key::names).toArray())
        HostNames::add(names, n.toString(), HostNames::dns);
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

quint32 count32Of(const QJsonValue &v)
{
    return static_cast<quint32>(countOf(v, 4294967295.0));
}

double latencyOf(const QJsonValue &v)
{
    const double d = v.toDouble(-1.0);
    return v.isDouble() && d >= 0 && d < 1e9 ? d : -1.0; // NaN and absurd values: none
}

void readParameters(const QJsonObject &root, ScanReport *out)
{
    const QJsonObject parameters = root.value(Key::parameters).toObject();
    out->targets = parameters.value(Key::targets).toString();
    out->ports = parameters.value(Key::ports).toString();
    out->timeoutMs = parameters.value(Key::timeoutMs).toInt();
    out->retries = parameters.value(Key::retries).toInt();
    out->concurrency = parameters.value(Key::concurrency).toInt();
    out->banners = parameters.value(Key::banners).toBool();
    out->services = parameters.value(Key::serviceDetection).toBool();
    out->started = QDateTime::fromString(root.value(Key::startTime).toString(), Qt::ISODateWithMs);
}

bool readResult(const QJsonObject &o, HostIds *ids, ScanResult *r)
{
    const QString address = o.value(Key::address).toString();
    const int port = o.value(Key::port).toInt(-1);
    // A file from before UDP has no protocol: its ports are TCP.
    const QJsonValue protocol = o.value(Key::protocol);
    if (!r->address.setAddress(address) || port < 1 || port > 65535
        || !parsePortState(o.value(Key::state).toString(), &r->state)
        || (!protocol.isUndefined() && !parseProtocol(protocol.toString(), &r->protocol)))
        return false;
    if (const QJsonValue from = o.value(Key::reasonFrom); from.isString())
        r->reasonFrom.setAddress(from.toString()); // anything but an address stays null
    r->hostId = ids->of(r->address.toString());
    r->host = o.value(Key::host).toString(address);
    r->port = static_cast<quint16>(port);
    if (!parsePortReason(o.value(Key::reason).toString(), &r->reason))
        r->reason = PortReason::NoResponse;
    r->latencyMs = latencyOf(o.value(Key::latencyMs));
    r->banner = BannerText::unescape(o.value(Key::banner).toString());
    if (o.value(Key::serviceMethod).toString() == QLatin1String("probed"))
        r->service = std::make_shared<const ServiceInfo>(
            ServiceInfo::fromJson(o.value(Key::service).toString(), o));
    return true;
}

bool readHost(const QJsonObject &o, HostIds *ids, ScanReport *out)
{
    HostState h;
    if (!h.address.setAddress(o.value(Key::address).toString())
        || !parseHostStatus(o.value(Key::status).toString(), &h.status))
        return false;
    h.hostId = ids->of(h.address.toString());
    h.host = o.value(Key::host).toString(h.address.toString());
    if (!parseHostReason(o.value(Key::reason).toString(), &h.reason))
        h.reason = HostReason::UserSet;
    h.latencyMs = latencyOf(o.value(Key::latencyMs));
    readNames(o, &h.names);
    h.mac = o.value(Key::mac).toString();
    h.vendor = o.value(Key::vendor).toString();
    h.allPortsAnswer = o.value(Key::allPortsAnswer).toBool();
    const auto closed = countOf(o.value(Key::closedPorts));
    const auto closedUdp = qMin(closed, countOf(o.value(Key::closedUdpPorts)));
    if (closed > closedUdp)
        out->hosts.append(HostTally { h.hostId, h.host, h.address, closed - closedUdp });
    if (closedUdp > 0)
        out->hosts.append(HostTally { h.hostId, h.host, h.address, closedUdp, Protocol::Udp });
    out->hostStates.append(h);
    return true;
}

void readSummary(const QJsonObject &root, ScanSummary *s)
{
    const QJsonObject summary = root.value(Key::summary).toObject();
    s->hostCount = count32Of(summary.value(Key::hosts));
    s->hostsUp = count32Of(summary.value(Key::hostsUp));
    s->hostsDown = count32Of(summary.value(Key::hostsDown));
    const QString discovery = summary.value(Key::discovery).toString();
    s->discovery = discovery != QLatin1String("no");
    s->discoveryOnly = discovery == QLatin1String("only");
    s->portCount = count32Of(summary.value(Key::portsPerHost));
    s->cancelled = summary.value(Key::cancelled).toBool();
    s->progress.open = countOf(summary.value(Key::open));
    s->progress.closed = countOf(summary.value(Key::closed));
    s->progress.filtered = countOf(summary.value(Key::filtered));
    s->progress.openFiltered = countOf(summary.value(Key::openFiltered));
    s->progress.done = s->progress.open + s->progress.closed + s->progress.filtered
        + s->progress.openFiltered + quint64(s->hostsDown) * s->portCount;
    s->progress.elapsedMs = static_cast<qint64>(countOf(root.value(Key::elapsedMs)));
    for (const auto &e : summary.value(Key::errors).toArray())
        s->targetErrors.append(e.toString());
}

} // namespace

bool read(const QByteArray &data, ScanReport *report, QStringList *notes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isNull()) {
        *error = tr("not valid JSON at byte %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (!root.value(Key::scanner).toString().startsWith(QLatin1String("portolan"))
        || !root.value(Key::results).isArray()) {
        *error = tr("not a Portolan JSON export (no scanner and results)");
        return false;
    }
    ScanReport out;
    readParameters(root, &out);
    HostIds ids;
    int skipped = 0;
    for (const auto &v : root.value(Key::results).toArray()) {
        ScanResult r;
        if (readResult(v.toObject(), &ids, &r))
            out.results.append(r);
        else
            ++skipped;
    }
    for (const auto &v : root.value(Key::hosts).toArray())
        skipped += readHost(v.toObject(), &ids, &out) ? 0 : 1;
    if (skipped > 0)
        notes->append(
            tr("%1 entries without a valid address, port, protocol or state skipped").arg(skipped));
    readSummary(root, &out.summary);
    *report = std::move(out);
    return true;
}

} // namespace JsonFormat
