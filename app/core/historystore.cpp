#include "core/historystore.h"

#include <atomic>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include "core/historyschema.h"
#include "core/portspec.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryStore", text);
}

QString describe(const QSqlError &e)
{
    const QString native = e.nativeErrorCode();
    // SQLite's codes: 5 busy, 6 locked, 13 full.
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        return QCoreApplication::translate("HistoryStore",
            "the history database is busy (another Portolan is writing to it); try again");
    if (native == QLatin1String("13"))
        return QCoreApplication::translate(
            "HistoryStore", "the disk is full: the scan is not in the history");
    if (native.toInt() % 256 == 10) // an I/O error: a write that failed
        return QCoreApplication::translate(
            "HistoryStore", "writing failed (%1): the scan is not in the history")
            .arg(e.databaseText());
    return e.text();
}

// Prepares sql on q, binds values in order and runs it; false with *error.
bool execWith(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    *error = describe(q.lastError());
    return false;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    return execWith(q, sql, {}, error);
}

bool apply(QSqlDatabase &db, int from, int to, QString *error)
{
    for (int version = from + 1; version <= to; ++version) {
        if (!db.transaction()) {
            *error = describe(db.lastError());
            return false;
        }
        for (const char *sql : HistorySchema::migrations().at(version - 1)) {
            if (!run(db, QLatin1String(sql), error)) {
                db.rollback();
                return false;
            }
        }
        if (!run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error)
            || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

QString newConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("portolan-history-%1").arg(++counter);
}

QVariant latency(double ms)
{
    return ms >= 0 ? QVariant(ms) : QVariant();
}

double latencyOf(const QVariant &v)
{
    return v.isNull() ? -1.0 : v.toDouble();
}

} // namespace

HistoryStore::HistoryStore() = default;

HistoryStore::~HistoryStore()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/portolan/history.sqlite");
}

namespace {

// SQLite's primary result codes for a file that is not a database, or is corrupt.
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

} // namespace

bool HistoryStore::open(const QString &path, QString *notice, QString *error)
{
    notice->clear();
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("cannot make the folder of %1").arg(path);
        return false;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_connection.isEmpty())
            m_connection = newConnectionName();
        QString why; // why the file cannot be used as it is
        {
            QSqlDatabase db = QSqlDatabase::contains(m_connection)
                ? QSqlDatabase::database(m_connection, false)
                : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            if (!db.isValid()) {
                *error = tr("Qt's SQLite driver (QSQLITE) is not installed");
                return false;
            }
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
            if (!db.open()) {
                *error = tr("cannot open %1: %2").arg(path, db.lastError().text());
                return false;
            }
            QSqlQuery q(db);
            // Only SQLite's own verdict on the file (not a database, corrupt) makes
            // it unusable; any other failure (a full disk, I/O, busy) is an error
            // to report, and the file stays where it is.
            const auto failedForGood = [&](QString *because) {
                const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
                if (code == sqliteNotADatabase || code == sqliteCorrupt) {
                    *because = code == sqliteCorrupt ? tr("it is damaged")
                                                     : tr("it is not a database Portolan can read");
                    return true;
                }
                *error = tr("cannot read %1: %2").arg(path, q.lastError().text());
                return false;
            };
            int version = -1;
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            else if (!failedForGood(&why))
                return false;
            if (why.isEmpty() && version > schemaVersion)
                why = tr("a newer Portolan made it");
            if (why.isEmpty() && (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())) {
                if (!failedForGood(&why))
                    return false;
            } else if (why.isEmpty() && q.value(0).toString() != QLatin1String("ok")) {
                why = tr("it is damaged");
            }
            if (why.isEmpty()) {
                q.finish();
                return run(db, QStringLiteral("PRAGMA journal_mode = WAL"), error)
                    && run(db, QStringLiteral("PRAGMA foreign_keys = ON"), error) && migrate(error);
            }
            q.finish();
            db.close();
        }
        // Keep the unusable file as it is, under another name, and start anew.
        const QString aside
            = QStringLiteral("%1.unusable-%2")
                  .arg(path,
                      QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (!QFile::rename(path, aside)) {
            *error = tr("%1 cannot be used (%2) and cannot be moved aside").arg(path, why);
            return false;
        }
        for (const char *suffix : { "-wal", "-shm" })
            QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
        *notice = tr("The history file %1 could not be used (%2); it was kept as %3 and a new "
                     "history started.")
                      .arg(path, why, aside);
    }
    *error = tr("cannot start a new history at %1").arg(path);
    return false;
}

bool HistoryStore::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = describe(q.lastError());
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    return apply(db, version, schemaVersion, error);
}

bool HistoryStore::createAtVersion(const QString &path, int version, QString *error)
{
    const QString name = newConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && apply(db, 0, qBound(0, version, schemaVersion), error);
        if (!db.isOpen())
            *error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool HistoryStore::save(const ScanReport &report, qint64 *id, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        *error = tr("the history is not open");
        return false;
    }
    if (!db.transaction()) {
        *error = describe(db.lastError());
        return false;
    }
    const auto fail = [&](const QSqlQuery &q) {
        *error = describe(q.lastError());
        db.rollback();
        return false;
    };
    const ScanSummary &s = report.summary;
    QSqlQuery scan(db);
    scan.prepare(QStringLiteral(
        "INSERT INTO scans(started, elapsed_ms, targets, ports, timeout_ms, retries, "
        "concurrency, banners, host_count, hosts_up, hosts_down, port_count, open, closed, "
        "filtered, cancelled, discovery, result_count, services) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : { QVariant(report.started.toUTC().toString(Qt::ISODateWithMs)),
             QVariant(s.progress.elapsedMs), QVariant(report.targets), QVariant(report.ports),
             QVariant(report.timeoutMs), QVariant(report.retries), QVariant(report.concurrency),
             QVariant(report.banners), QVariant(s.hostCount), QVariant(s.hostsUp),
             QVariant(s.hostsDown), QVariant(s.portCount), QVariant(s.progress.open),
             QVariant(s.progress.closed), QVariant(s.progress.filtered), QVariant(s.cancelled),
             QVariant(s.discoveryOnly
                     ? QStringLiteral("only")
                     : (s.discovery ? QStringLiteral("yes") : QStringLiteral("no"))),
             QVariant(static_cast<qint64>(report.results.size())), QVariant(report.services) })
        scan.addBindValue(v);
    if (!scan.exec())
        return fail(scan);
    const qint64 scanId = scan.lastInsertId().toLongLong();

    QSqlQuery host(db);
    host.prepare(QStringLiteral("INSERT INTO hosts(scan_id, host_id, host, address, status, "
                                "reason, latency_ms, names, mac, vendor, closed) "
                                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ScanReport::Host &h : report.byHost()) {
        host.addBindValue(scanId);
        host.addBindValue(h.id);
        host.addBindValue(h.name);
        host.addBindValue(h.address.toString());
        host.addBindValue(h.state ? QVariant(static_cast<int>(h.state->status)) : QVariant());
        host.addBindValue(h.state ? QVariant(static_cast<int>(h.state->reason)) : QVariant());
        host.addBindValue(h.state ? latency(h.state->latencyMs) : QVariant());
        host.addBindValue(h.state ? h.state->names.join(QLatin1Char('\n')) : QString());
        host.addBindValue(h.state ? h.state->mac : QString());
        host.addBindValue(h.state ? h.state->vendor : QString());
        host.addBindValue(static_cast<qint64>(h.closed));
        if (!host.exec())
            return fail(host);
    }
    // Rows go in many to a statement: a statement per row costs more than the row.
    constexpr int perStatement = 128;
    const auto insert = [&db](int rows) {
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values.append(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO results(scan_id, host_id, port, state, reason, "
                                 "latency_ms, banner, service) VALUES ")
            + values.join(QLatin1Char(',')));
        return q;
    };
    const auto total = static_cast<int>(report.results.size());
    QSqlQuery full = total >= perStatement ? insert(perStatement) : QSqlQuery();
    for (int first = 0; first < total; first += perStatement) {
        const int rows = qMin(perStatement, total - first);
        QSqlQuery rest = rows == perStatement ? QSqlQuery() : insert(rows);
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
        }
        if (!q.exec())
            return fail(q);
    }
    if (!db.commit()) {
        *error = describe(db.lastError());
        db.rollback();
        return false;
    }
    *id = scanId;
    return true;
}

bool HistoryStore::list(const QString &search, QList<Entry> *entries, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString sql = QStringLiteral("SELECT id, started, elapsed_ms, targets, ports, hosts_up, open, "
                                 "result_count, cancelled FROM scans s");
    const QString text = search.trimmed();
    QList<quint16> ports;
    if (!text.isEmpty()) {
        // A port number or service name ("ssh") matches the scans that list that port.
        PortSpec spec;
        QString ignored;
        if (PortSpec::parse(text, &spec, &ignored) && spec.count() <= 16)
            ports = spec.ports();
        QStringList portTests;
        for (quint16 p : std::as_const(ports))
            portTests.append(QString::number(p));
        sql += QStringLiteral(
            " WHERE s.targets LIKE :like ESCAPE '\\' OR EXISTS (SELECT 1 FROM hosts h WHERE "
            "h.scan_id = s.id AND (h.address = :exact OR h.host LIKE :like ESCAPE '\\' "
            "OR h.names LIKE :like ESCAPE '\\'))");
        if (!portTests.isEmpty())
            sql += QStringLiteral(" OR EXISTS (SELECT 1 FROM results r WHERE r.scan_id = s.id "
                                  "AND r.port IN (%1))")
                       .arg(portTests.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY id DESC");
    QSqlQuery q(db);
    q.prepare(sql);
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        q.bindValue(QStringLiteral(":like"), QLatin1Char('%') + escaped + QLatin1Char('%'));
        q.bindValue(QStringLiteral(":exact"), text);
    }
    if (!q.exec()) {
        *error = describe(q.lastError());
        return false;
    }
    entries->clear();
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.started = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.elapsedMs = q.value(2).toLongLong();
        e.targets = q.value(3).toString();
        e.ports = q.value(4).toString();
        e.hostsUp = q.value(5).toUInt();
        e.open = q.value(6).toULongLong();
        e.results = q.value(7).toULongLong();
        e.cancelled = q.value(8).toBool();
        entries->append(e);
    }
    return true;
}

bool HistoryStore::load(qint64 id, ScanReport *report, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!execWith(q,
            QStringLiteral(
                "SELECT started, elapsed_ms, targets, ports, timeout_ms, retries, concurrency, "
                "banners, "
                "host_count, hosts_up, hosts_down, port_count, open, closed, filtered, cancelled, "
                "discovery, services FROM scans WHERE id = ?"),
            { id }, error))
        return false;
    if (!q.next()) {
        *error = tr("there is no scan %1 in the history").arg(id);
        return false;
    }
    ScanReport r;
    r.started = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    ScanSummary &s = r.summary;
    s.progress.elapsedMs = q.value(1).toLongLong();
    r.targets = q.value(2).toString();
    r.ports = q.value(3).toString();
    r.timeoutMs = q.value(4).toInt();
    r.retries = q.value(5).toInt();
    r.concurrency = q.value(6).toInt();
    r.banners = q.value(7).toBool();
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
    r.services = q.value(17).toBool();
    s.progress.done = s.progress.open + s.progress.closed + s.progress.filtered
        + quint64(s.hostsDown) * s.portCount;
    s.concurrency = r.concurrency;

    QHash<quint32, std::pair<QString, QHostAddress>> names;
    if (!execWith(q,
            QStringLiteral("SELECT host_id, host, address, status, reason, latency_ms, names, "
                           "mac, vendor, closed FROM hosts WHERE scan_id = ? ORDER BY host_id"),
            { id }, error))
        return false;
    while (q.next()) {
        const quint32 hostId = q.value(0).toUInt();
        const QString name = q.value(1).toString();
        const QHostAddress address(q.value(2).toString());
        names.insert(hostId, { name, address });
        if (!q.value(3).isNull()) {
            HostState h = HostState::make(hostId, name, address,
                static_cast<HostStatus>(q.value(3).toInt()),
                static_cast<HostReason>(q.value(4).toInt()), latencyOf(q.value(5)));
            const QString list = q.value(6).toString();
            h.names = list.isEmpty() ? QStringList() : list.split(QLatin1Char('\n'));
            h.mac = q.value(7).toString();
            h.vendor = q.value(8).toString();
            r.hostStates.append(h);
        }
        if (const quint64 closed = q.value(9).toULongLong(); closed > 0)
            r.hosts.append(HostTally { hostId, name, address, closed });
    }
    if (!execWith(q,
            QStringLiteral("SELECT host_id, port, state, reason, latency_ms, banner, service FROM "
                           "results WHERE scan_id = ? ORDER BY rowid"),
            { id }, error))
        return false;
    while (q.next()) {
        const quint32 hostId = q.value(0).toUInt();
        const auto &[name, address] = names.value(hostId);
        r.results.append(ScanResult::make(hostId, name, address,
            static_cast<quint16>(q.value(1).toUInt()), static_cast<PortState>(q.value(2).toInt()),
            static_cast<PortReason>(q.value(3).toInt()), latencyOf(q.value(4)),
            q.value(5).toByteArray()));
        r.results.last().service = ServiceInfo::fromText(q.value(6).toString());
    }
    *report = std::move(r);
    return true;
}

bool HistoryStore::remove(qint64 id, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!execWith(q, QStringLiteral("DELETE FROM scans WHERE id = ?"), { id }, error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = tr("there is no scan %1 in the history").arg(id);
        return false;
    }
    return true;
}

bool HistoryStore::trim(int keep, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!execWith(q,
            QStringLiteral("DELETE FROM scans WHERE id NOT IN (SELECT id FROM scans ORDER BY id "
                           "DESC LIMIT ?)"),
            { qMax(0, keep) }, error))
        return false;
    return true;
}
