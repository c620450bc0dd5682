#include "core/reportwriter.h"

#include <map>

#include <algorithm>

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "core/services.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportWriter", text);
}

} // namespace

QByteArray ReportWriter::csvHeader()
{
    return QByteArrayLiteral(
        "host,address,port,protocol,state,reason,service,latency_ms,banner,service_method,"
        "confidence,product,version,extra,tls_subject,tls_sans,tls_issuer,tls_not_after,"
        "tls_protocol,tls_cipher\r\n");
}

QString ReportWriter::formatLatency(double ms)
{
    return ms < 0.0 ? QString() : QString::number(ms, 'f', 3);
}

QString ReportWriter::formatDuration(qint64 ms)
{
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 2);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString ReportWriter::escapeBanner(const QByteArray &banner)
{
    QString out;
    out.reserve(banner.size());
    for (char ch : banner) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c < 0x20 || c >= 0x7f)
                out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
            else
                out += QLatin1Char(static_cast<char>(c));
        }
    }
    return out;
}

QByteArray ReportWriter::unescapeBanner(const QString &text)
{
    QByteArray out;
    const QByteArray in = text.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\' || i + 1 == in.size()) {
            out += in[i];
            continue;
        }
        const char c = in.at(++i);
        if (c == 'n')
            out += '\n';
        else if (c == 'r')
            out += '\r';
        else if (c == 't')
            out += '\t';
        else if (c == 'x' && i + 2 < in.size()) {
            out += static_cast<char>(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else
            out += c; // "\\", and anything else escaped: itself
    }
    return out;
}

QString ReportWriter::neutraliseFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

QString ReportWriter::csvField(const QString &text)
{
    QString cell = neutraliseFormula(text);
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QStringList ReportWriter::fields(const ScanResult &r)
{
    const ServiceInfo s = r.serviceOrGuess();
    const bool tls = s.tunnel || !s.tls.isEmpty();
    return { r.host, r.address.toString(), QString::number(r.port), QStringLiteral("tcp"),
        portStateName(r.state), portReasonName(r.reason), s.displayName(),
        formatLatency(r.latencyMs), escapeBanner(r.banner), ServiceInfo::methodName(s.method),
        QString::number(s.confidence), s.product, s.version, s.extra,
        tls ? s.tls.subject : QString(), tls ? s.tls.sans.join(QLatin1Char(' ')) : QString(),
        tls ? s.tls.issuer : QString(),
        s.tls.notAfter.isValid() ? s.tls.notAfter.toString(Qt::ISODate) : QString(),
        tls ? s.tls.protocol : QString(), tls ? s.tls.cipher : QString() };
}

ReportWriter::Rows ReportWriter::Rows::of(const QList<ScanResult> &results)
{
    return Rows { results.size(), [&results](qsizetype i) { return results.at(i); } };
}

namespace {

constexpr qsizetype progressEvery = 4096;

bool tell(const ReportWriter::Progress &progress, qsizetype written)
{
    return !progress || written % progressEvery != 0 || progress(written);
}

bool put(QIODevice *out, const QByteArray &bytes)
{
    return out->write(bytes) == bytes.size();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

bool ReportWriter::writeCsv(QIODevice *out, const Rows &rows, const Progress &progress)
{
    if (!put(out, csvHeader()))
        return false;
    QString line;
    for (qsizetype i = 0; i < rows.count; ++i) {
        const QStringList cells = fields(rows.at(i));
        line.clear();
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                line += QLatin1Char(',');
            line += csvField(cells[c]);
        }
        line += QLatin1String("\r\n");
        if (!put(out, line.toUtf8()) || !tell(progress, i + 1))
            return false;
    }
    return !progress || progress(rows.count);
}

bool ReportWriter::writeJson(
    QIODevice *out, const ScanReport &report, const Rows &rows, const Progress &progress)
{
    // Rows go out by host, then port: sort keys, not rows.
    std::vector<std::pair<quint64, qsizetype>> order;
    order.reserve(static_cast<size_t>(rows.count));
    for (qsizetype i = 0; i < rows.count; ++i) {
        const ScanResult r = rows.at(i);
        order.emplace_back(r.portKey(), i);
    }
    std::stable_sort(
        order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    const ScanProgress &p = report.summary.progress;
    const QJsonObject parameters {
        { QStringLiteral("targets"), report.targets },
        { QStringLiteral("ports"), report.ports },
        { QStringLiteral("timeout_ms"), report.timeoutMs },
        { QStringLiteral("retries"), report.retries },
        { QStringLiteral("concurrency"), report.concurrency },
        { QStringLiteral("banners"), report.banners },
        { QStringLiteral("service_detection"), report.services },
    };
    QJsonArray slowedHosts;
    for (const SlowedHost &h : report.summary.slowedHosts)
        slowedHosts.append(QJsonObject {
            { QStringLiteral("host"), h.host },
            { QStringLiteral("address"), h.address.toString() },
            { QStringLiteral("longest_delay_ms"), qRound(h.longestDelayMs * 10.0) / 10.0 },
            { QStringLiteral("drops"), h.drops },
        });
    const QJsonObject summary {
        { QStringLiteral("hosts"), static_cast<qint64>(report.summary.hostCount) },
        { QStringLiteral("hosts_up"), static_cast<qint64>(report.summary.hostsUp) },
        { QStringLiteral("hosts_down"), static_cast<qint64>(report.summary.hostsDown) },
        { QStringLiteral("discovery"),
            report.summary.discoveryOnly
                ? QStringLiteral("only")
                : (report.summary.discovery ? QStringLiteral("yes") : QStringLiteral("no")) },
        { QStringLiteral("ports_per_host"), static_cast<qint64>(report.summary.portCount) },
        { QStringLiteral("probes"), static_cast<qint64>(report.summary.portsScanned()) },
        { QStringLiteral("open"), static_cast<qint64>(p.open) },
        { QStringLiteral("closed"), static_cast<qint64>(p.closed) },
        { QStringLiteral("filtered"), static_cast<qint64>(p.filtered) },
        { QStringLiteral("cancelled"), report.summary.cancelled },
        { QStringLiteral("errors"), QJsonArray::fromStringList(report.summary.targetErrors) },
        { QStringLiteral("slowed_hosts"), slowedHosts },
    };
    const QByteArray head = "{\n  \"scanner\": "
        + compact({ { QStringLiteral("s"),
                      QStringLiteral("portolan %1").arg(QStringLiteral(PORTOLAN_VERSION)) } })
              .mid(5)
              .chopped(1)
        + ",\n  \"parameters\": " + compact(parameters) + ",\n  \"start_time\": \""
        + report.started.toUTC().toString(Qt::ISODateWithMs).toUtf8()
        + "\",\n  \"elapsed_ms\": " + QByteArray::number(p.elapsedMs) + ",\n  \"results\": [";
    if (!put(out, head))
        return false;
    qsizetype written = 0;
    for (const auto &[key, index] : order) {
        Q_UNUSED(key)
        const ScanResult r = rows.at(index);
        const ServiceInfo service = r.serviceOrGuess();
        QJsonObject row {
            { QStringLiteral("host"), r.host },
            { QStringLiteral("address"), r.address.toString() },
            { QStringLiteral("port"), r.port },
            { QStringLiteral("protocol"), QStringLiteral("tcp") },
            { QStringLiteral("state"), portStateName(r.state) },
            { QStringLiteral("reason"), portReasonName(r.reason) },
            { QStringLiteral("service"), service.displayName() },
            { QStringLiteral("latency_ms"),
                r.hasLatency() ? QJsonValue(qRound(r.latencyMs * 1000.0) / 1000.0)
                               : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("banner"), escapeBanner(r.banner) },
        };
        const QJsonObject detail = service.toJson();
        for (auto it = detail.begin(); it != detail.end(); ++it)
            row.insert(it.key(), it.value());
        if (!put(out, (written == 0 ? "\n    " : ",\n    ") + compact(row))
            || !tell(progress, ++written))
            return false;
    }
    // One object per host discovered or scanned, by address.
    QList<HostState> states = report.hostStates;
    std::sort(states.begin(), states.end(),
        [](const HostState &a, const HostState &b) { return a.hostId < b.hostId; });
    QHash<quint32, quint64> closed;
    for (const HostTally &t : report.hosts)
        closed[t.hostId] += t.closed;
    QByteArray hostsText = "\n  ],\n  \"hosts\": [";
    for (qsizetype i = 0; i < states.size(); ++i) {
        QJsonObject host = hostJson(states[i]);
        host.insert(
            QStringLiteral("closed_ports"), static_cast<qint64>(closed.value(states[i].hostId)));
        hostsText += (i == 0 ? "\n    " : ",\n    ") + compact(host);
    }
    if (!put(out, hostsText + (states.isEmpty() ? "" : "\n  ")))
        return false;
    if (!put(out, "],\n  \"summary\": " + compact(summary) + "\n}\n"))
        return false;
    return !progress || progress(rows.count);
}

QJsonObject ReportWriter::hostJson(const HostState &h)
{
    return QJsonObject {
        { QStringLiteral("host"), h.host },
        { QStringLiteral("address"), h.address.toString() },
        { QStringLiteral("status"), hostStatusName(h.status) },
        { QStringLiteral("reason"), hostReasonName(h.reason) },
        { QStringLiteral("latency_ms"),
            h.hasLatency() ? QJsonValue(qRound(h.latencyMs * 1000.0) / 1000.0)
                           : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("names"), QJsonArray::fromStringList(h.names) },
        { QStringLiteral("mac"),
            h.mac.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.mac) },
        { QStringLiteral("vendor"),
            h.vendor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.vendor) },
    };
}

QByteArray ReportWriter::hostsCsv(const QList<HostState> &hosts)
{
    QList<HostState> sorted = hosts;
    std::sort(sorted.begin(), sorted.end(),
        [](const HostState &a, const HostState &b) { return a.hostId < b.hostId; });
    QByteArray out = "host,address,status,reason,latency_ms,names,mac,vendor\r\n";
    for (const HostState &h : std::as_const(sorted)) {
        const QStringList cells { csvField(h.host), csvField(h.address.toString()),
            hostStatusName(h.status), hostReasonName(h.reason),
            h.hasLatency() ? formatLatency(h.latencyMs) : QString(),
            csvField(h.names.join(QLatin1Char(' '))), csvField(h.mac), csvField(h.vendor) };
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

QString ReportWriter::hostLine(const HostState &h)
{
    const QString reason = h.hasLatency()
        ? tr("%1, %2 ms latency").arg(hostReasonName(h.reason)).arg(h.latencyMs, 0, 'f', 2)
        : hostReasonName(h.reason);
    switch (h.status) {
    case HostStatus::Up:
        return tr("Host is up (%1).").arg(reason);
    case HostStatus::Down:
        return tr("Host is down (%1).").arg(reason);
    case HostStatus::Unknown:
        break;
    }
    return tr("Host not known to be up (%1).").arg(reason);
}

QString ReportWriter::hostCountLine(const ScanSummary &summary)
{
    if (!summary.discovery)
        return {};
    return tr("Hosts: %1 up, %2 down, %3 addresses in all")
        .arg(summary.hostsUp)
        .arg(summary.hostsDown)
        .arg(summary.hostCount);
}

QByteArray ReportWriter::toCsv(const QList<ScanResult> &results)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeCsv(&buffer, Rows::of(results));
    return buffer.data();
}

QByteArray ReportWriter::toJson(const ScanReport &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeJson(&buffer, report, Rows::of(report.results));
    return buffer.data();
}

QString ReportWriter::toText(const ScanReport &report)
{
    QString out;
    for (const ScanReport::Host &h : report.byHost()) {
        if (h.state && h.state->status == HostStatus::Down)
            continue; // counted at the end, like nmap
        const QString address = h.address.toString();
        out += h.name == address ? tr("Scan report for %1\n").arg(address)
                                 : tr("Scan report for %1 (%2)\n").arg(h.name, address);
        if (h.state) {
            out += hostLine(*h.state) + QLatin1Char('\n');
            if (!h.state->names.isEmpty())
                out += tr("Names: %1\n").arg(h.state->names.join(QStringLiteral(", ")));
            if (!h.state->mac.isEmpty())
                out += (h.state->vendor.isEmpty()
                        ? tr("MAC address: %1\n").arg(h.state->mac)
                        : tr("MAC address: %1 (%2)\n").arg(h.state->mac, h.state->vendor));
        }
        if (!h.listed.isEmpty()) {
            out += QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(tr("PORT"), -9)
                       .arg(tr("STATE"), -9)
                       .arg(tr("SERVICE"), -15)
                       .arg(tr("REASON"), -17)
                       .arg(tr("LATENCY"));
            for (const ScanResult &r : std::as_const(h.listed)) {
                QString line
                    = QStringLiteral("%1 %2 %3 %4 %5")
                          .arg(QStringLiteral("%1/tcp").arg(r.port), -9)
                          .arg(portStateName(r.state), -9)
                          .arg(r.serviceOrGuess().displayName(), -15)
                          .arg(portReasonName(r.reason), -17)
                          .arg(r.hasLatency() ? QStringLiteral("%1 ms").arg(r.latencyMs, 0, 'f', 2)
                                              : QString());
                if (r.service && !r.service->summary().isEmpty())
                    line += QStringLiteral("  ") + r.service->summary();
                else if (!r.banner.isEmpty())
                    line += QStringLiteral("  ") + escapeBanner(r.banner);
                out += line + QLatin1Char('\n');
            }
        }
        if (h.closed > h.closedListed)
            out += tr("Not shown: %1 closed ports\n").arg(h.closed - h.closedListed);
        out += QLatin1Char('\n');
    }
    for (const QString &e : report.summary.targetErrors)
        out += tr("Not scanned: %1\n").arg(e);
    for (const SlowedHost &h : report.summary.slowedHosts)
        out += tr("%1 dropped probes (a rate limit?): %2 answers came only to a retry; "
                  "slowed to one probe every %3 ms for it.\n")
                   .arg(h.address.toString())
                   .arg(h.drops)
                   .arg(h.longestDelayMs, 0, 'f', 1);
    const ScanProgress &p = report.summary.progress;
    if (report.summary.discovery)
        out += hostCountLine(report.summary) + QLatin1Char('\n');
    if (report.summary.discoveryOnly) {
        out += tr("Probed %1 hosts for being up in %2%3\n")
                   .arg(report.summary.hostCount)
                   .arg(formatDuration(p.elapsedMs))
                   .arg(report.summary.cancelled ? tr(" (stopped)") : QString());
        return out;
    }
    out += tr("Scanned %1 ports on %2 hosts in %3: %4 open, %5 filtered, %6 closed%7\n")
               .arg(report.summary.portsScanned())
               .arg(report.summary.hostsScanned())
               .arg(formatDuration(p.elapsedMs))
               .arg(p.open)
               .arg(p.filtered)
               .arg(p.closed)
               .arg(report.summary.cancelled ? tr(" (stopped)") : QString());
    return out;
}

bool ReportWriter::writeFile(
    const QString &path, const std::function<bool(QIODevice *)> &body, QString *error)
{
    error->clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Check the flush too: a short write (disk full, file-size limit) can
    // otherwise slip through to a successful commit of a truncated file.
    const bool written = body(&file);
    const bool flushed = file.flush();
    if (!written || !flushed || file.error() != QFileDevice::NoError) {
        // A body that stopped with the file in good order was cancelled: no message.
        if (!flushed || file.error() != QFileDevice::NoError)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportWriter::writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    const bool ok = writeFile(
        path, [&data](QIODevice *out) { return out->write(data) == data.size(); }, error);
    if (!ok && error->isEmpty())
        *error = tr("cannot write %1: %2").arg(path, tr("short write"));
    return ok;
}
