#include "core/history/devicerows.h"

#include <map>

#include <memory>

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "core/history/historysql.h"

namespace DeviceRows {
namespace {

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// A port of a protocol as one number: 53/tcp and 53/udp differ.
quint32 portKey(Protocol protocol, quint16 port)
{
    return (quint32(protocol) << 16) | port;
}

// One scan into the inventory. The devices and their addresses are read once
// into memory (an inventory is thousands of rows; a scan may have a /16 of down
// hosts, which must not cost a query each) and kept current as rows change.
class Updater
{
public:
    Updater(QSqlDatabase &db, const ScanReport &report, const QString &scanner, QSqlError *failure)
        : m_db(db)
        , m_failure(failure)
        , m_scanner(scanner)
        , m_now(
              timeText(report.started.isValid() ? report.started : QDateTime::currentDateTimeUtc()))
    {
        // Open ports are replaced only among the ports a whole scan covered.
        if (!report.summary.discoveryOnly && !report.summary.cancelled) {
            for (Protocol protocol : { Protocol::Tcp, Protocol::Udp }) {
                for (quint16 port : report.coveredPorts(protocol))
                    m_covered.insert(portKey(protocol, port));
            }
        }
        m_portsScanned = !report.summary.discoveryOnly;
    }

    bool load();
    bool seen(const ScanReport::Host &host, const HostState &state);
    bool down(const QString &address);

private:
    // Runs sql with values; the query (its rows to read), or null with *m_failure.
    QSqlQuery *exec(const QString &sql, const QVariantList &values);
    bool deviceFor(const QString &mac, const QString &address, qint64 *id);
    bool ports(qint64 id, const QList<ScanResult> &listed);

    QSqlDatabase &m_db;
    QSqlError *m_failure;
    QString m_scanner;
    QString m_now;
    QSet<quint32> m_covered; // portKey()s
    bool m_portsScanned = true;
    QHash<QString, qint64> m_byMac; // every scanner's
    QSet<qint64> m_withoutMac; // this scanner's from here on
    QHash<QString, qint64> m_holder; // address -> the device seen there last
    QHash<qint64, QString> m_latest; // device -> the address it was seen at last
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared; // by statement
};

QSqlQuery *Updater::exec(const QString &sql, const QVariantList &values)
{
    // Each statement is prepared once for the whole scan and run for every host:
    // on PostgreSQL a statement prepared anew for each row costs two more round
    // trips (PREPARE, DEALLOCATE) than the row itself.
    std::unique_ptr<QSqlQuery> &q = m_prepared[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(sql)) {
            *m_failure = q->lastError();
            q.reset();
            return nullptr;
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        q->bindValue(static_cast<int>(i), HistorySql::bindable(values.at(i)));
    if (!q->exec()) {
        *m_failure = q->lastError();
        return nullptr;
    }
    return q.get();
}

bool Updater::load()
{
    QSqlQuery *q = exec(QStringLiteral("SELECT id, mac, scanner FROM devices"), {});
    if (!q)
        return false;
    while (q->next()) {
        if (!q->value(1).isNull())
            m_byMac.insert(q->value(1).toString(), q->value(0).toLongLong());
        else if (q->value(2).toString() == m_scanner)
            m_withoutMac.insert(q->value(0).toLongLong());
    }
    q = exec(QStringLiteral("SELECT a.device_id, a.address FROM device_addresses a JOIN devices "
                            "d ON d.id = a.device_id WHERE d.scanner = ? ORDER BY a.last_seen"),
        { m_scanner });
    if (!q)
        return false;
    while (q->next()) {
        m_holder.insert(q->value(1).toString(), q->value(0).toLongLong());
        m_latest.insert(q->value(0).toLongLong(), q->value(1).toString());
    }
    return true;
}

bool Updater::deviceFor(const QString &mac, const QString &address, qint64 *id)
{
    *id = mac.isEmpty() ? m_holder.value(address) : m_byMac.value(mac);
    if (*id == 0 && !mac.isEmpty()) {
        // A device known only by this address (seen from afar, or before its MAC
        // was): now it has a MAC, and stays the same device, label and all.
        const qint64 there = m_holder.value(address);
        if (there != 0 && m_withoutMac.contains(there)) {
            if (!exec(QStringLiteral("UPDATE devices SET mac = ? WHERE id = ?"), { mac, there }))
                return false;
            m_withoutMac.remove(there);
            m_byMac.insert(mac, there);
            *id = there;
        }
    }
    if (*id != 0)
        return true;
    QSqlQuery *q
        = exec(QStringLiteral(
                   "INSERT INTO devices(mac, first_seen, last_seen, scanner) VALUES(?, ?, ?, ?) "
                   "RETURNING id"),
            { mac.isEmpty() ? QVariant() : QVariant(mac), m_now, m_now, m_scanner });
    if (!q || !q->next())
        return false;
    *id = q->value(0).toLongLong();
    if (mac.isEmpty())
        m_withoutMac.insert(*id);
    else
        m_byMac.insert(mac, *id);
    return true;
}

bool Updater::seen(const ScanReport::Host &host, const HostState &state)
{
    const QString address = host.address.toString();
    qint64 id = 0;
    if (!deviceFor(DeviceRows::normalMac(state.mac), address, &id))
        return false;
    if (!exec(QStringLiteral("UPDATE devices SET last_seen = ?, up = 1, down_since = NULL, "
                             "missed = 0, vendor = COALESCE(NULLIF(?, ''), vendor), scanner = ? "
                             "WHERE id = ?"),
            { m_now, state.vendor, m_scanner, id })
        || !exec(QStringLiteral("INSERT INTO device_addresses(device_id, address, first_seen, "
                                "last_seen) VALUES(?, ?, ?, ?) ON CONFLICT(device_id, address) "
                                "DO UPDATE SET last_seen = excluded.last_seen"),
            { id, address, m_now, m_now }))
        return false;
    m_holder.insert(address, id);
    m_latest.insert(id, address);
    QList<Device::Name> names = state.names;
    if (!host.name.isEmpty() && host.name != address && QHostAddress(host.name).isNull())
        names.append({ host.name, HostNames::target });
    for (const Device::Name &n : std::as_const(names)) {
        if (!exec(QStringLiteral("INSERT INTO device_names(device_id, name, source, last_seen) "
                                 "VALUES(?, ?, ?, ?) ON CONFLICT(device_id, name, source) DO "
                                 "UPDATE SET last_seen = excluded.last_seen"),
                { id, n.name, n.source, m_now }))
            return false;
    }
    return !m_portsScanned || ports(id, host.listed);
}

bool Updater::ports(qint64 id, const QList<ScanResult> &listed)
{
    // Open only: a UDP port that stayed silent (open|filtered) is not known open.
    QSet<quint32> open;
    for (const ScanResult &r : listed) {
        if (r.state != PortState::Open)
            continue;
        open.insert(portKey(r.protocol, r.port));
        // Detection's finding replaces the last one; a scan without it keeps it.
        if (!exec(QStringLiteral("INSERT INTO device_ports(device_id, protocol, port, service, "
                                 "last_seen) VALUES(?, ?, ?, ?, ?) ON CONFLICT(device_id, "
                                 "protocol, port) DO UPDATE SET "
                                 "service = COALESCE(excluded.service, device_ports.service), "
                                 "last_seen = excluded.last_seen"),
                { id, static_cast<int>(r.protocol), r.port,
                    r.service ? QVariant(r.service->toText()) : QVariant(), m_now }))
            return false;
    }
    if (m_covered.isEmpty())
        return true;
    QSqlQuery *q = exec(
        QStringLiteral("SELECT protocol, port FROM device_ports WHERE device_id = ?"), { id });
    if (!q)
        return false;
    QList<std::pair<int, int>> gone;
    while (q->next()) {
        const int protocol = q->value(0).toInt();
        const int port = q->value(1).toInt();
        const quint32 key = portKey(static_cast<Protocol>(protocol), static_cast<quint16>(port));
        if (protocol <= static_cast<int>(Protocol::Udp) && m_covered.contains(key)
            && !open.contains(key))
            gone.append({ protocol, port });
    }
    for (const auto &[protocol, port] : std::as_const(gone)) {
        if (!exec(QStringLiteral("DELETE FROM device_ports WHERE device_id = ? AND protocol = ? "
                                 "AND port = ?"),
                { id, protocol, port }))
            return false;
    }
    return true;
}

bool Updater::down(const QString &address)
{
    // Only the device whose latest address this is: one that moved on (DHCP) is
    // not down because its old address is empty.
    const qint64 id = m_holder.value(address);
    if (id == 0 || m_latest.value(id) != address)
        return true;
    return exec(QStringLiteral("UPDATE devices SET up = 0, down_since = COALESCE(down_since, ?), "
                               "missed = missed + 1 WHERE id = ?"),
               { m_now, id })
        != nullptr;
}

QString idFilter(const QList<qint64> *ids, const char *column)
{
    if (!ids)
        return QString();
    QStringList list;
    for (qint64 id : *ids)
        list.append(QString::number(id));
    return QStringLiteral(" WHERE %1 IN (%2)")
        .arg(QLatin1String(column),
            list.isEmpty() ? QStringLiteral("NULL") : list.join(QLatin1Char(',')));
}

} // namespace

bool update(QSqlDatabase &db, const ScanReport &report, const QString &scanner, QSqlError *failure)
{
    Updater updater(db, report, scanner, failure);
    if (!updater.load())
        return false;
    for (const ScanReport::Host &host : report.byHost()) {
        const HostState state = ScanReport::statusOf(host);
        if (state.status == HostStatus::Up && !updater.seen(host, state))
            return false;
        if (state.status == HostStatus::Down && !updater.down(host.address.toString()))
            return false;
    }
    return true;
}

bool read(QSqlDatabase &db, const QList<qint64> *ids, QList<Device> *devices, QSqlError *failure)
{
    QSqlQuery q(db);
    const auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        *failure = q.lastError();
        return false;
    };
    if (!run(QStringLiteral("SELECT id, mac, label, notes, vendor, known, up, first_seen, "
                            "last_seen, down_since, scanner FROM devices")
            + idFilter(ids, "id") + QStringLiteral(" ORDER BY last_seen DESC, id")))
        return false;
    QList<Device> out;
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        Device d;
        d.id = q.value(0).toLongLong();
        d.mac = q.value(1).toString();
        d.label = q.value(2).toString();
        d.notes = q.value(3).toString();
        d.vendor = q.value(4).toString();
        d.known = q.value(5).toBool();
        d.up = q.value(6).toBool();
        d.firstSeen = timeOf(q.value(7));
        d.lastSeen = timeOf(q.value(8));
        d.downSince = timeOf(q.value(9));
        d.scanner = q.value(10).toString();
        at.insert(d.id, out.size());
        out.append(std::move(d));
    }
    if (!run(QStringLiteral("SELECT device_id, address, first_seen, last_seen FROM "
                            "device_addresses")
            + idFilter(ids, "device_id") + QStringLiteral(" ORDER BY last_seen DESC, address")))
        return false;
    while (q.next()) {
        if (const auto i = at.find(q.value(0).toLongLong()); i != at.end())
            out[*i].addresses.append(
                { q.value(1).toString(), timeOf(q.value(2)), timeOf(q.value(3)) });
    }
    if (!run(QStringLiteral("SELECT device_id, name, source FROM device_names")
            + idFilter(ids, "device_id") + QStringLiteral(" ORDER BY last_seen DESC, name")))
        return false;
    while (q.next()) {
        if (const auto i = at.find(q.value(0).toLongLong()); i != at.end())
            out[*i].names.append({ q.value(1).toString(), q.value(2).toString() });
    }
    if (!run(QStringLiteral("SELECT device_id, port, service, last_seen, protocol FROM "
                            "device_ports")
            + idFilter(ids, "device_id") + QStringLiteral(" ORDER BY protocol, port")))
        return false;
    while (q.next()) {
        const int protocol = q.value(4).toInt();
        if (protocol > static_cast<int>(Protocol::Udp))
            continue; // a newer Portolan's protocol
        if (const auto i = at.find(q.value(0).toLongLong()); i != at.end())
            out[*i].ports.append(
                { static_cast<quint16>(q.value(1).toUInt()), static_cast<Protocol>(protocol),
                    ServiceInfo::fromText(q.value(2).toString()), timeOf(q.value(3)) });
    }
    *devices = std::move(out);
    return true;
}

} // namespace DeviceRows

QString DeviceRows::normalMac(const QString &mac)
{
    return mac.trimmed().toUpper().replace(QLatin1Char('-'), QLatin1Char(':'));
}
