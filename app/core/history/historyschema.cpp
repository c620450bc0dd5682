#include "core/history/historyschema.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "core/history/historysql.h"
#include "core/history/storeroles.h"

namespace HistorySchema {

namespace {

// Versions 1 to 5: the history, the inventory and the watches as first made.
QList<QList<const char *>> firstMigrations()
{
    return {
        // 1: scans, their hosts and their listed ports.
        { "CREATE TABLE scans(id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, "
          "elapsed_ms INTEGER NOT NULL, targets TEXT NOT NULL, ports TEXT NOT NULL, "
          "timeout_ms INTEGER, retries INTEGER, concurrency INTEGER, banners INTEGER, "
          "host_count INTEGER, hosts_up INTEGER, hosts_down INTEGER, port_count INTEGER, "
          "open INTEGER, closed INTEGER, filtered INTEGER, cancelled INTEGER, "
          "discovery TEXT, result_count INTEGER)",
            "CREATE TABLE hosts(scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE, "
            "host_id INTEGER NOT NULL, host TEXT, address TEXT NOT NULL, status INTEGER, "
            "reason INTEGER, latency_ms REAL, names TEXT, mac TEXT, vendor TEXT, "
            "closed INTEGER, PRIMARY KEY(scan_id, host_id)) WITHOUT ROWID",
            "CREATE TABLE results(scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE "
            "CASCADE, host_id INTEGER NOT NULL, port INTEGER NOT NULL, state INTEGER NOT NULL, "
            "reason INTEGER NOT NULL, latency_ms REAL, banner BLOB)",
            "CREATE INDEX results_scan ON results(scan_id)" },
        // 2: searching by address and by port.
        { "CREATE INDEX hosts_address ON hosts(address)",
            "CREATE INDEX results_port ON results(port, scan_id)" },
        // 3: service detection: whether it ran, and what each port runs (JSON).
        { "ALTER TABLE scans ADD COLUMN services INTEGER",
            "ALTER TABLE results ADD COLUMN service TEXT" },
        // 4: the inventory of devices (history/devicerows.cpp): each known by its
        // MAC or, without one, by its addresses; what the user said of it, and what
        // the scans last saw. Times are ISO 8601 in UTC.
        { "CREATE TABLE devices(id INTEGER PRIMARY KEY AUTOINCREMENT, mac TEXT UNIQUE, "
          "label TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', "
          "vendor TEXT NOT NULL DEFAULT '', known INTEGER NOT NULL DEFAULT 0, "
          "up INTEGER NOT NULL DEFAULT 1, missed INTEGER NOT NULL DEFAULT 0, "
          "first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, down_since TEXT)",
            "CREATE TABLE device_addresses(device_id INTEGER NOT NULL REFERENCES devices(id) "
            "ON DELETE CASCADE, address TEXT NOT NULL, first_seen TEXT NOT NULL, "
            "last_seen TEXT NOT NULL, PRIMARY KEY(device_id, address)) WITHOUT ROWID",
            "CREATE INDEX device_addresses_address ON device_addresses(address)",
            "CREATE TABLE device_names(device_id INTEGER NOT NULL REFERENCES devices(id) "
            "ON DELETE CASCADE, name TEXT NOT NULL, source TEXT NOT NULL, "
            "last_seen TEXT NOT NULL, PRIMARY KEY(device_id, name, source)) WITHOUT ROWID",
            "CREATE TABLE device_ports(device_id INTEGER NOT NULL REFERENCES devices(id) "
            "ON DELETE CASCADE, port INTEGER NOT NULL, service TEXT, last_seen TEXT NOT NULL, "
            "PRIMARY KEY(device_id, port)) WITHOUT ROWID" },
        // 5: watches (core/watch): saved scans that run again, what each remembers of
        // the devices it saw (a JSON object per device), and the events of its runs.
        { "CREATE TABLE watches(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, "
          "targets TEXT NOT NULL, target_file TEXT NOT NULL DEFAULT '', ports TEXT NOT NULL, "
          "options TEXT NOT NULL, every_s INTEGER NOT NULL, on_change TEXT NOT NULL DEFAULT '', "
          "notify INTEGER NOT NULL DEFAULT 1, gone_after INTEGER NOT NULL DEFAULT 2, "
          "cert_days INTEGER NOT NULL DEFAULT 14, alert_on TEXT NOT NULL DEFAULT '', "
          "paused INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, last_run TEXT, "
          "next_run TEXT NOT NULL, last_scan INTEGER, runs INTEGER NOT NULL DEFAULT 0, "
          "last_changes INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', "
          "running_since TEXT, running_pid INTEGER)",
            "CREATE TABLE watch_state(watch_id INTEGER NOT NULL REFERENCES watches(id) ON DELETE "
            "CASCADE, key TEXT NOT NULL, state TEXT NOT NULL, PRIMARY KEY(watch_id, key)) "
            "WITHOUT ROWID",
            "CREATE TABLE watch_events(id INTEGER PRIMARY KEY AUTOINCREMENT, watch_id INTEGER NOT "
            "NULL REFERENCES watches(id) ON DELETE CASCADE, scan_id INTEGER, time TEXT NOT NULL, "
            "kind TEXT NOT "
            "NULL, address TEXT NOT NULL DEFAULT '', port INTEGER, mac TEXT NOT NULL DEFAULT '', "
            "label TEXT NOT NULL DEFAULT '', before TEXT, after TEXT, "
            "acknowledged INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX watch_events_time ON watch_events(watch_id, time)" },
    };
}

// Versions 6 on: what each later issue added.
QList<QList<const char *>> laterMigrations()
{
    return {
        // 6: a host that accepted a connection on (nearly) every port (AllPortsWatch).
        { "ALTER TABLE hosts ADD COLUMN all_ports INTEGER NOT NULL DEFAULT 0" },
        // 7: the order of a scan's results as a column (PostgreSQL has no rowid).
        { "ALTER TABLE results ADD COLUMN seq INTEGER" },
        // 8: which scanner made each scan, device, watch and event (several share
        // a PostgreSQL store). Rows from before are the migrating scanner's
        // (fillScanner()): an older store had only one.
        { "ALTER TABLE scans ADD COLUMN scanner TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE devices ADD COLUMN scanner TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE watches ADD COLUMN scanner TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE watch_events ADD COLUMN scanner TEXT NOT NULL DEFAULT ''",
            "CREATE INDEX scans_scanner ON scans(scanner, id)" },
        // 9: UDP (issue 29). A port's protocol as Protocol's number (0 tcp, 1 udp:
        // every older row is TCP's), a listed port's ICMP sender when not the host,
        // the scan's open|filtered count and each host's closed UDP ports (of its
        // closed ones). A device keeps 53/tcp and 53/udp apart: its ports' key gains
        // the protocol, and as SQLite cannot change a key, the table is made anew
        // (on PostgreSQL its policies and grants come back: restoreTable()).
        { "ALTER TABLE results ADD COLUMN protocol INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE results ADD COLUMN reason_from TEXT",
            "ALTER TABLE scans ADD COLUMN open_filtered INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE hosts ADD COLUMN closed_udp INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE watch_events ADD COLUMN protocol INTEGER NOT NULL DEFAULT 0",
            "CREATE TABLE device_ports_v9(device_id INTEGER NOT NULL REFERENCES devices(id) "
            "ON DELETE CASCADE, protocol INTEGER NOT NULL DEFAULT 0, port INTEGER NOT NULL, "
            "service TEXT, last_seen TEXT NOT NULL, PRIMARY KEY(device_id, protocol, port)) "
            "WITHOUT ROWID",
            "INSERT INTO device_ports_v9(device_id, protocol, port, service, last_seen) "
            "SELECT device_id, 0, port, service, last_seen FROM device_ports",
            "DROP TABLE device_ports", "ALTER TABLE device_ports_v9 RENAME TO device_ports" },
    };
}

} // namespace

const QList<QList<const char *>> &migrations()
{
    static const QList<QList<const char *>> all = firstMigrations() + laterMigrations();
    return all;
}

QString forEngine(const char *statement, Engine engine)
{
    QString s = QString::fromLatin1(statement);
    if (engine == Engine::Sqlite)
        return s;
    static const QList<std::pair<QRegularExpression, QString>> rules {
        { QRegularExpression(QStringLiteral("\\bINTEGER PRIMARY KEY AUTOINCREMENT\\b")),
            QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY") },
        { QRegularExpression(QStringLiteral("\\s+WITHOUT ROWID\\b")), QString() },
        { QRegularExpression(QStringLiteral("\\bINTEGER\\b")), QStringLiteral("BIGINT") },
        { QRegularExpression(QStringLiteral("\\bREAL\\b")), QStringLiteral("DOUBLE PRECISION") },
        { QRegularExpression(QStringLiteral("\\bBLOB\\b")), QStringLiteral("BYTEA") },
    };
    for (const auto &[pattern, replacement] : rules)
        s.replace(pattern, replacement);
    return s;
}

using HistorySql::run;

// The schema version of an open database; -1 with *error when it cannot be read.
int version(QSqlDatabase &db, Engine engine, QString *error)
{
    QSqlQuery q(db);
    if (engine == Engine::Sqlite) {
        if (!HistorySql::exec(q, QStringLiteral("PRAGMA user_version"), {}, error) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    if (!HistorySql::exec(
            q, QStringLiteral("SELECT to_regclass('portolan_schema') IS NOT NULL"), {}, error)
        || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (!HistorySql::exec(q, QStringLiteral("SELECT max(version) FROM portolan_schema"), {}, error)
        || !q.next())
        return -1;
    return q.value(0).toInt();
}

namespace {

constexpr int scannerVersion = 8;
constexpr int protocolVersion = 9;

// The rows a store had before it recorded scanners are the one scanner's that
// migrates it.
bool fillScanner(QSqlDatabase &db, const QString &scanner, QString *error)
{
    for (const char *table : { "scans", "devices", "watches", "watch_events" }) {
        QSqlQuery q(db);
        if (!HistorySql::exec(q,
                QStringLiteral("UPDATE %1 SET scanner = ? WHERE scanner = ''")
                    .arg(QLatin1String(table)),
                { scanner }, error))
            return false;
    }
    return true;
}

} // namespace

bool setVersion(QSqlDatabase &db, Engine engine, int version, QString *error)
{
    if (engine == Engine::Sqlite)
        return run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
    return run(db, QStringLiteral("DELETE FROM portolan_schema"), error)
        && run(db, QStringLiteral("INSERT INTO portolan_schema(version) VALUES(%1)").arg(version),
            error);
}

// Takes the database from version from to version to, a version per transaction
// in SQLite. In PostgreSQL, one transaction under an advisory lock, the version
// read again inside it: scanners that start at once migrate it once.
bool migrate(
    QSqlDatabase &db, Engine engine, int from, int to, const QString &scanner, QString *error)
{
    if (engine == Engine::Postgresql) {
        // Up to date: nothing to lock or create (a scanner's role may do neither).
        if (from >= to)
            return true;
        if (!db.transaction()) {
            *error = HistorySql::describe(db.lastError());
            return false;
        }
        constexpr int migrationLock = 0x706f7274; // "port"
        // The lock first: CREATE TABLE IF NOT EXISTS is not safe against itself.
        const int now
            = run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLock), error)
                && run(db,
                    QStringLiteral(
                        "CREATE TABLE IF NOT EXISTS portolan_schema(version BIGINT NOT NULL)"),
                    error)
            ? version(db, engine, error)
            : -1;
        bool ok = now >= 0;
        for (int version = now + 1; ok && version <= to; ++version) {
            for (const char *sql : migrations().at(version - 1))
                ok = ok && run(db, forEngine(sql, engine), error);
            ok = ok && (version != scannerVersion || fillScanner(db, scanner, error))
                && (version != protocolVersion
                    || StoreRoles::restoreTable(db, QStringLiteral("device_ports"), error));
        }
        ok = ok && (now >= to || setVersion(db, engine, to, error)) && db.commit();
        if (!ok)
            db.rollback();
        return ok;
    }
    // SQLite: each version in a transaction that takes the write lock first (BEGIN
    // IMMEDIATE) and reads the version again under it. The window opens the same
    // file from several threads at once; a plain BEGIN let two of them read the old
    // version and apply the same ALTER TABLE twice ("duplicate column name").
    for (int version = from + 1; version <= to; ++version) {
        if (!HistorySql::beginWrite(db, error))
            return false;
        const int now = HistorySchema::version(db, engine, error);
        bool ok = now >= 0;
        if (ok && now < version) {
            for (const char *sql : migrations().at(version - 1))
                ok = ok && run(db, forEngine(sql, engine), error);
            ok = ok && (version != scannerVersion || fillScanner(db, scanner, error))
                && setVersion(db, engine, version, error);
        }
        QString ignored;
        if (!ok || !run(db, QStringLiteral("COMMIT"), error)) {
            run(db, QStringLiteral("ROLLBACK"), &ignored);
            return false;
        }
    }
    return true;
}

} // namespace HistorySchema
