#include "core/history/historyrows.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include "core/history/historysql.h"
#include "core/spec/portspec.h"

namespace HistoryRows {
namespace {

QVariant latency(double ms)
{
    return ms >= 0 ? QVariant(ms) : QVariant();
}

double latencyOf(const QVariant &v)
{
    return v.isNull() ? -1.0 : v.toDouble();
}

QSqlQuery insertOf(QSqlDatabase &db, int rows)
{
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values.append(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO results(scan_id, host_id, port, state, reason, "
                             "latency_ms, banner, service, seq, protocol, reason_from) VALUES ")
        + values.join(QLatin1Char(',')));
    return q;
}

} // namespace

bool insertScan(QSqlDatabase &db, const ScanReport &report, const QString &scanner, qint64 *scanId,
    QSqlError *failure)
{
    const ScanSummary &s = report.summary;
    QSqlQuery scan(db);
    scan.prepare(QStringLiteral(
        "INSERT INTO scans(started, elapsed_ms, targets, ports, timeout_ms, retries, "
        "concurrency, banners, host_count, hosts_up, hosts_down, port_count, open, closed, "
        "filtered, cancelled, discovery, result_count, services, scanner, open_filtered) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : { QVariant(report.started.toUTC().toString(Qt::ISODateWithMs)),
             QVariant(s.progress.elapsedMs), QVariant(report.targets), QVariant(report.ports),
             QVariant(report.timeoutMs), QVariant(report.retries), QVariant(report.concurrency),
             QVariant(report.banners), QVariant(s.hostCount), QVariant(s.hostsUp),
             QVariant(s.hostsDown), QVariant(s.portCount), QVariant(s.progress.open),
             QVariant(s.progress.closed), QVariant(s.progress.filtered), QVariant(s.cancelled),
             QVariant(s.discoveryOnly
                     ? QStringLiteral("only")
                     : (s.discovery ? QStringLiteral("yes") : QStringLiteral("no"))),
             QVariant(static_cast<qint64>(report.results.size())), QVariant(report.services),
             QVariant(scanner), QVariant(s.progress.openFiltered) })
        scan.addBindValue(HistorySql::bindable(v));
    if (!scan.exec() || !scan.next()) {
        *failure = scan.lastError();
        return false;
    }
    *scanId = scan.value(0).toLongLong();
    return true;
}

bool insertHosts(QSqlDatabase &db, const ScanReport &report, qint64 scanId, QSqlError *failure)
{
    QSqlQuery host(db);
    host.prepare(QStringLiteral("INSERT INTO hosts(scan_id, host_id, host, address, status, "
                                "reason, latency_ms, names, mac, vendor, closed, all_ports, "
                                "closed_udp) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ScanReport::Host &h : report.byHost()) {
        host.addBindValue(scanId);
        host.addBindValue(h.id);
        host.addBindValue(h.name);
        host.addBindValue(h.address.toString());
        host.addBindValue(h.state ? QVariant(static_cast<int>(h.state->status)) : QVariant());
        host.addBindValue(h.state ? QVariant(static_cast<int>(h.state->reason)) : QVariant());
        host.addBindValue(h.state ? latency(h.state->latencyMs) : QVariant());
        host.addBindValue(h.state ? HostNames::toText(h.state->names) : QString());
        host.addBindValue(h.state ? h.state->mac : QString());
        host.addBindValue(h.state ? h.state->vendor : QString());
        host.addBindValue(static_cast<qint64>(h.closed));
        host.addBindValue(h.state && h.state->allPortsAnswer ? 1 : 0);
        host.addBindValue(static_cast<qint64>(h.closedUdp));
        if (!host.exec()) {
            *failure = host.lastError();
            return false;
        }
    }
    return true;
}

bool insertResults(QSqlDatabase &db, const ScanReport &report, qint64 scanId, QSqlError *failure)
{
    // Rows go in many to a statement: a statement per row costs more than the row.
    constexpr int perStatement = 128;
    const auto total = static_cast<int>(report.results.size());
    QSqlQuery full = total >= perStatement ? insertOf(db, perStatement) : QSqlQuery();
    for (int first = 0; first < total; first += perStatement) {
        const int rows = qMin(perStatement, total - first);
        QSqlQuery rest = rows == perStatement ? QSqlQuery() : insertOf(db, rows);
        QSqlQuery &q = rows == perStatement ? full : rest;
        int column = 0;
        for (int i = first; i < first + rows; ++i) {
            const ScanResult &r = report.results.at(i);
            q.bindValue(column++, scanId);
            q.bindValue(column++, r.hostId);
            q.bindValue(column++, r.port);
            q.bindValue(column++, static_cast<int>(r.state));
            q.bindValue(column++, static_cast<int>(r.reason));
            q.bindValue(column++, latency(r.latencyMs));
            q.bindValue(column++, r.banner.isEmpty() ? QVariant() : QVariant(r.banner));
            q.bindValue(column++, r.service ? QVariant(r.service->toText()) : QVariant());
            q.bindValue(column++, i);
            q.bindValue(column++, static_cast<int>(r.protocol));
            q.bindValue(
                column++, r.reasonFrom.isNull() ? QVariant() : QVariant(r.reasonFrom.toString()));
        }
        if (!q.exec()) {
            *failure = q.lastError();
            return false;
        }
    }
    return true;
}

void readScan(const QSqlQuery &q, ScanReport *r)
{
    r->started = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    ScanSummary &s = r->summary;
    s.progress.elapsedMs = q.value(1).toLongLong();
    r->targets = q.value(2).toString();
    r->ports = q.value(3).toString();
    r->timeoutMs = q.value(4).toInt();
    r->retries = q.value(5).toInt();
    r->concurrency = q.value(6).toInt();
    r->banners = q.value(7).toBool();
    s.hostCount = q.value(8).toUInt();
    s.hostsUp = q.value(9).toUInt();
    s.hostsDown = q.value(10).toUInt();
    s.portCount = q.value(11).toUInt();
    s.progress.open = q.value(12).toULongLong();
    s.progress.closed = q.value(13).toULongLong();
    s.progress.filtered = q.value(14).toULongLong();
    s.cancelled = q.value(15).toBool();
    s.discovery = q.value(16).toString() != QLatin1String("no");
    s.discoveryOnly = q.value(16).toString() == QLatin1String("only");
    r->services = q.value(17).toBool();
    s.progress.openFiltered = q.value(18).toULongLong();
    s.progress.done = s.progress.open + s.progress.closed + s.progress.filtered
        + s.progress.openFiltered + quint64(s.hostsDown) * s.portCount;
    s.concurrency = r->concurrency;
}

void readHosts(QSqlQuery &q, ScanReport *r, HostIdentities *names)
{
    while (q.next()) {
        const quint32 hostId = q.value(0).toUInt();
        const QString name = q.value(1).toString();
        const QHostAddress address(q.value(2).toString());
        names->insert(hostId, { name, address });
        if (!q.value(3).isNull()) {
            HostState h = HostState::make(hostId, name, address,
                static_cast<HostStatus>(q.value(3).toInt()),
                static_cast<HostReason>(q.value(4).toInt()), latencyOf(q.value(5)));
            h.names = HostNames::fromText(q.value(6).toString());
            h.mac = q.value(7).toString();
            h.vendor = q.value(8).toString();
            h.allPortsAnswer = q.value(10).toBool();
            r->hostStates.append(h);
        }
        // Closed ports of both protocols, and of those the UDP ones (none before 9).
        const quint64 closed = q.value(9).toULongLong();
        const quint64 closedUdp = qMin(closed, q.value(11).toULongLong());
        if (closed > closedUdp)
            r->hosts.append(HostTally { hostId, name, address, closed - closedUdp });
        if (closedUdp > 0)
            r->hosts.append(HostTally { hostId, name, address, closedUdp, Protocol::Udp });
    }
}

void readResults(QSqlQuery &q, const HostIdentities &names, ScanReport *r)
{
    while (q.next()) {
        const quint32 hostId = q.value(0).toUInt();
        const auto &[name, address] = names.value(hostId);
        r->results.append(ScanResult::make(hostId, name, address,
            static_cast<quint16>(q.value(1).toUInt()), static_cast<PortState>(q.value(2).toInt()),
            static_cast<PortReason>(q.value(3).toInt()), latencyOf(q.value(4)),
            q.value(5).toByteArray()));
        ScanResult &x = r->results.last();
        x.service = ServiceInfo::fromText(q.value(6).toString());
        // An unknown number (a newer Portolan's protocol) is not TCP's: left out.
        const int protocol = q.value(7).toInt();
        if (protocol > static_cast<int>(Protocol::Udp)) {
            r->results.removeLast();
            continue;
        }
        x.protocol = static_cast<Protocol>(protocol);
        if (!q.value(8).isNull())
            x.reasonFrom.setAddress(q.value(8).toString());
    }
}

void prepareList(QSqlQuery &q, const QString &search, const QString &scanner, bool postgresql)
{
    QString sql = QStringLiteral("SELECT id, started, elapsed_ms, targets, ports, hosts_up, open, "
                                 "result_count, cancelled, scanner FROM scans s WHERE ");
    QString where = QStringLiteral("1 = 1");
    const QString text = search.trimmed();
    QStringList portTests;
    if (!text.isEmpty()) {
        // A port number or service name ("ssh") matches the scans that list that
        // port, of either protocol; with a prefix ("U:53"), of that protocol.
        // "53/udp", as the reports write a port, reads as U:53.
        static const QRegularExpression written(
            QStringLiteral("^(\\d+)/(tcp|udp)$"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = written.match(text);
        const QString portText = m.hasMatch()
            ? (m.captured(2).toLower() == QLatin1String("udp") ? QStringLiteral("U:")
                                                               : QStringLiteral("T:"))
                + m.captured(1)
            : text;
        PortSpec spec;
        QString ignored;
        const bool parsed = PortSpec::parse(portText, &spec, &ignored, PortSpec::Selection::Both)
            || PortSpec::parse(portText, &spec, &ignored); // a name only TCP has ("ssh")
        if (parsed && spec.count() <= 32) {
            for (Protocol protocol : { Protocol::Tcp, Protocol::Udp }) {
                QStringList numbers;
                for (quint16 p : spec.ports(protocol))
                    numbers.append(QString::number(p));
                if (!numbers.isEmpty())
                    portTests.append(QStringLiteral("(r.protocol = %1 AND r.port IN (%2))")
                                         .arg(static_cast<int>(protocol))
                                         .arg(numbers.join(QLatin1Char(','))));
            }
        }
        // Case does not count, as SQLite's LIKE does not count it for ASCII.
        where = QStringLiteral(
            "(s.targets %1 :like ESCAPE '\\' OR s.scanner = :exact OR EXISTS (SELECT 1 FROM hosts "
            "h WHERE "
            "h.scan_id = s.id AND (h.address = :exact OR h.host %1 :like ESCAPE '\\' "
            "OR h.names %1 :like ESCAPE '\\'))")
                    .arg(postgresql ? QLatin1String("ILIKE") : QLatin1String("LIKE"));
        if (!portTests.isEmpty())
            where += QStringLiteral(" OR EXISTS (SELECT 1 FROM results r WHERE r.scan_id = s.id "
                                    "AND (%1))")
                         .arg(portTests.join(QStringLiteral(" OR ")));
        where += QLatin1Char(')');
    }
    if (!scanner.isEmpty())
        where += QStringLiteral(" AND s.scanner = :scanner");
    sql += where + QStringLiteral(" ORDER BY id DESC");
    q.prepare(sql);
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        q.bindValue(QStringLiteral(":like"), QLatin1Char('%') + escaped + QLatin1Char('%'));
        q.bindValue(QStringLiteral(":exact"), text);
    }
    if (!scanner.isEmpty())
        q.bindValue(QStringLiteral(":scanner"), scanner);
}

} // namespace HistoryRows
