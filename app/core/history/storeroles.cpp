#include "core/history/storeroles.h"

#include <algorithm>
#include <functional>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QVariant>

#include "core/history/historysql.h"
#include "core/history/scannername.h"

namespace StoreRoles {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoreRoles", text);
}

// Every table of the store (HistorySchema's), each of which a role reads whole.
const QStringList &tables()
{
    static const QStringList all { QStringLiteral("scans"), QStringLiteral("hosts"),
        QStringLiteral("results"), QStringLiteral("devices"), QStringLiteral("device_addresses"),
        QStringLiteral("device_names"), QStringLiteral("device_ports"), QStringLiteral("watches"),
        QStringLiteral("watch_state"), QStringLiteral("watch_events") };
    return all;
}

// The tables a scanner's role writes rows of, whole.
const QStringList &scannerWrites()
{
    static const QStringList all { QStringLiteral("scans"), QStringLiteral("hosts"),
        QStringLiteral("results"), QStringLiteral("watches"), QStringLiteral("watch_state"),
        QStringLiteral("watch_events"), QStringLiteral("device_ports") };
    return all;
}

// A device row that this role may record sightings of (any device known by its
// MAC, or one of its own scanner's), and one that is its own alone.
const QString deviceSeen = QStringLiteral(
    "EXISTS (SELECT 1 FROM devices d WHERE d.id = device_id AND (d.mac IS NOT NULL OR "
    "d.scanner = CAST(current_user AS TEXT)))");
const QString deviceOwn
    = QStringLiteral("EXISTS (SELECT 1 FROM devices d WHERE d.id = device_id AND d.mac IS NULL AND "
                     "d.scanner = CAST(current_user AS TEXT))");

// The policies, made once: everybody the store lets in reads every row; each
// scanner's role writes its own. The store's owner is not bound by them (it owns
// the tables), nor is a superuser.
QStringList policies()
{
    const QString own = QStringLiteral("scanner = CAST(current_user AS TEXT)");
    const QString ownScan
        = QStringLiteral("EXISTS (SELECT 1 FROM scans s WHERE s.id = scan_id AND s.scanner = "
                         "CAST(current_user AS TEXT))");
    const QString ownWatch
        = QStringLiteral("EXISTS (SELECT 1 FROM watches w WHERE w.id = watch_id AND w.scanner = "
                         "CAST(current_user AS TEXT))");
    QStringList sql;
    for (const QString &table : tables()) {
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("CREATE POLICY portolan_read ON %1 FOR SELECT USING (true)")
                   .arg(table);
    }
    const QList<std::pair<QString, QString>> owned { { QStringLiteral("scans"), own },
        { QStringLiteral("hosts"), ownScan }, { QStringLiteral("results"), ownScan },
        { QStringLiteral("watches"), own }, { QStringLiteral("watch_state"), ownWatch },
        { QStringLiteral("watch_events"), own }, { QStringLiteral("device_ports"), deviceSeen } };
    for (const auto &[table, rule] : owned)
        sql << QStringLiteral("CREATE POLICY portolan_own ON %1 FOR ALL USING (%2) WITH CHECK (%2)")
                   .arg(table, rule);
    // Devices: a new one is its scanner's; one known by its MAC takes sightings
    // from every scanner; only a device of its own (known by its address) can a
    // scanner forget, with its addresses and names.
    const QString sighting = QStringLiteral("mac IS NOT NULL OR ") + own;
    sql << QStringLiteral("CREATE POLICY portolan_add ON devices FOR INSERT WITH CHECK (%1)")
               .arg(own)
        << QStringLiteral("CREATE POLICY portolan_seen ON devices FOR UPDATE USING (%1) WITH "
                          "CHECK (%1)")
               .arg(sighting)
        << QStringLiteral("CREATE POLICY portolan_forget ON devices FOR DELETE USING (mac IS "
                          "NULL AND %1)")
               .arg(own);
    for (const char *table : { "device_addresses", "device_names" }) {
        const QString t = QLatin1String(table);
        sql << QStringLiteral("CREATE POLICY portolan_add ON %1 FOR INSERT WITH CHECK (%2)")
                   .arg(t, deviceSeen)
            << QStringLiteral(
                   "CREATE POLICY portolan_seen ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)")
                   .arg(t, deviceSeen)
            << QStringLiteral("CREATE POLICY portolan_forget ON %1 FOR DELETE USING (%2)")
                   .arg(t, deviceOwn);
    }
    // What a policy cannot see (it has no old row): a shared device keeps its MAC,
    // and its "seen by" names the scanner that saw it.
    sql << QStringLiteral(
        "CREATE OR REPLACE FUNCTION portolan_device_guard() RETURNS trigger LANGUAGE plpgsql AS "
        "$body$ BEGIN "
        "IF EXISTS (SELECT 1 FROM portolan_roles WHERE name = CAST(current_user AS TEXT)) THEN "
        "IF OLD.mac IS NOT NULL AND NEW.mac IS DISTINCT FROM OLD.mac THEN "
        "RAISE EXCEPTION 'permission denied: a device known by its MAC address keeps it "
        "(portolan role %)', current_user USING ERRCODE = '42501'; END IF; "
        "IF NEW.scanner <> OLD.scanner AND NEW.scanner <> CAST(current_user AS TEXT) THEN "
        "RAISE EXCEPTION 'permission denied: a device can be recorded as seen only by the "
        "scanner itself (portolan role %)', current_user USING ERRCODE = '42501'; END IF; "
        "END IF; RETURN NEW; END $body$")
        << QStringLiteral("CREATE TRIGGER portolan_device_guard BEFORE UPDATE ON devices FOR "
                          "EACH ROW EXECUTE FUNCTION portolan_device_guard()");
    return sql;
}

// Runs statements as they are (no preparing: PostgreSQL prepares no DDL), in order.
bool runAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = HistorySql::describe(q.lastError());
            return false;
        }
    }
    return true;
}

bool secured(QSqlDatabase &db, bool *yes, QString *error)
{
    QSqlQuery q(db);
    if (!HistorySql::exec(q,
            QStringLiteral("SELECT c.relrowsecurity FROM pg_class c WHERE c.oid = "
                           "to_regclass('scans')"),
            {}, error))
        return false;
    if (!q.next()) {
        *error = tr("the store has no tables yet: open it once (portolan-cli store status) "
                    "as its owner first");
        return false;
    }
    *yes = q.value(0).toBool();
    return true;
}

QString identifier(QSqlDatabase &db, const QString &name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

QString literal(QSqlDatabase &db, const QString &text)
{
    QSqlField field(QStringLiteral("value"), QMetaType(QMetaType::QString));
    field.setValue(text);
    return db.driver()->formatValue(field);
}

// The database and schema the store's tables are in, quoted.
bool where(QSqlDatabase &db, QString *database, QString *schema, QString *error)
{
    QSqlQuery q(db);
    if (!HistorySql::exec(
            q, QStringLiteral("SELECT current_database(), current_schema()"), {}, error)
        || !q.next())
        return false;
    *database = identifier(db, q.value(0).toString());
    *schema = identifier(db, q.value(1).toString());
    return true;
}

QStringList grants(Kind kind, const QString &role, const QString &database, const QString &schema)
{
    const QString all = tables().join(QStringLiteral(", "));
    QStringList sql {
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, role),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, role),
        QStringLiteral("GRANT SELECT ON %1, portolan_schema, portolan_roles TO %2").arg(all, role)
    };
    if (kind == Kind::Viewer)
        return sql;
    sql << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
               .arg(scannerWrites().join(QStringLiteral(", ")), role)
        << QStringLiteral("GRANT INSERT, DELETE ON devices, device_addresses, device_names TO %1")
               .arg(role)
        << QStringLiteral("GRANT UPDATE (label, notes, known, up, missed, last_seen, "
                          "down_since, vendor, scanner, mac) ON devices TO %1")
               .arg(role)
        << QStringLiteral("GRANT UPDATE (last_seen) ON device_addresses, device_names TO %1")
               .arg(role)
        << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, role);
    return sql;
}

bool inTransaction(QSqlDatabase &db, const std::function<bool()> &work, QString *error)
{
    if (!db.transaction()) {
        *error = HistorySql::describe(db.lastError());
        return false;
    }
    if (work() && db.commit())
        return true;
    if (error->isEmpty())
        *error = HistorySql::describe(db.lastError());
    db.rollback();
    return false;
}

QString kindText(Kind kind)
{
    return kind == Kind::Viewer ? QStringLiteral("viewer") : QStringLiteral("scanner");
}

} // namespace

bool validName(const QString &name, QString *error)
{
    if (!ScannerName::valid(name, error))
        return false;
    const QString lower = name.toLower();
    if (name.toUtf8().size() > 63)
        *error = tr("a role's name is at most 63 bytes (PostgreSQL's limit)");
    else if (lower.startsWith(QLatin1String("pg_")))
        *error = tr("names starting with pg_ are PostgreSQL's own");
    else if (QStringList { QStringLiteral("public"), QStringLiteral("none"),
                 QStringLiteral("current_user"), QStringLiteral("current_role"),
                 QStringLiteral("session_user") }
                 .contains(lower))
        *error = tr("\"%1\" is a word PostgreSQL keeps for itself").arg(name);
    else
        return true;
    return false;
}

bool add(QSqlDatabase &db, Kind kind, const QString &name, const QString &password, QString *error)
{
    if (!validName(name, error))
        return false;
    QString database;
    QString schema;
    bool isSecured = false;
    if (!where(db, &database, &schema, error) || !secured(db, &isSecured, error))
        return false;
    const QString role = identifier(db, name);
    QString login = QStringLiteral("CREATE ROLE %1 LOGIN").arg(role);
    if (!password.isEmpty())
        login += QStringLiteral(" PASSWORD ") + literal(db, password);
    return inTransaction(
        db,
        [&] {
            QStringList sql { QStringLiteral(
                "CREATE TABLE IF NOT EXISTS portolan_roles(name TEXT PRIMARY KEY, kind TEXT NOT "
                "NULL, created TEXT NOT NULL)") };
            if (!isSecured)
                sql += policies();
            sql << login;
            sql += grants(kind, role, database, schema);
            QSqlQuery q(db);
            return runAll(db, sql, error)
                && HistorySql::exec(q,
                    QStringLiteral(
                        "INSERT INTO portolan_roles(name, kind, created) VALUES(?, ?, ?)"),
                    { name, kindText(kind),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
                    error);
        },
        error);
}

bool restoreTable(QSqlDatabase &db, const QString &table, QString *error)
{
    bool isSecured = false;
    if (!secured(db, &isSecured, error))
        return false;
    if (!isSecured)
        return true;
    // The table's own statements among the policies, which are written once, above.
    QStringList sql;
    for (const QString &statement : policies()) {
        if (statement.startsWith(QStringLiteral("ALTER TABLE %1 ").arg(table))
            || statement.contains(QStringLiteral(" ON %1 ").arg(table)))
            sql << statement;
    }
    QList<Role> roles;
    if (!list(db, &roles, error))
        return false;
    for (const Role &r : std::as_const(roles)) {
        const QString role = identifier(db, r.name);
        sql << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table, role);
        if (r.kind == Kind::Scanner && scannerWrites().contains(table))
            sql << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(table, role);
    }
    return runAll(db, sql, error);
}

bool remove(QSqlDatabase &db, const QString &name, QString *error)
{
    QList<Role> roles;
    if (!list(db, &roles, error))
        return false;
    if (std::none_of(
            roles.cbegin(), roles.cend(), [&name](const Role &r) { return r.name == name; })) {
        *error
            = tr("\"%1\" is not a role this store made (see portolan-cli store roles)").arg(name);
        return false;
    }
    QString database;
    QString schema;
    if (!where(db, &database, &schema, error))
        return false;
    const QString role = identifier(db, name);
    return inTransaction(
        db,
        [&] {
            QSqlQuery q(db);
            return runAll(db,
                       { QStringLiteral("REVOKE ALL ON %1, portolan_schema, portolan_roles FROM %2")
                               .arg(tables().join(QStringLiteral(", ")), role),
                           QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2")
                               .arg(schema, role),
                           QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM %2").arg(schema, role),
                           QStringLiteral("REVOKE ALL ON DATABASE %1 FROM %2").arg(database, role),
                           QStringLiteral("DROP ROLE %1").arg(role) },
                       error)
                && HistorySql::exec(q, QStringLiteral("DELETE FROM portolan_roles WHERE name = ?"),
                    { name }, error);
        },
        error);
}

bool list(QSqlDatabase &db, QList<Role> *roles, QString *error)
{
    roles->clear();
    QSqlQuery q(db);
    if (!HistorySql::exec(
            q, QStringLiteral("SELECT to_regclass('portolan_roles') IS NOT NULL"), {}, error)
        || !q.next())
        return false;
    if (!q.value(0).toBool())
        return true;
    if (!HistorySql::exec(
            q, QStringLiteral("SELECT name, kind FROM portolan_roles ORDER BY name"), {}, error))
        return false;
    while (q.next())
        roles->append({ q.value(0).toString(),
            q.value(1).toString() == QLatin1String("viewer") ? Kind::Viewer : Kind::Scanner });
    return true;
}

bool current(QSqlDatabase &db, Role *role, bool *found, QString *error)
{
    *found = false;
    QList<Role> roles;
    QSqlQuery q(db);
    if (!list(db, &roles, error)
        || !HistorySql::exec(q, QStringLiteral("SELECT CAST(current_user AS TEXT)"), {}, error)
        || !q.next())
        return false;
    const QString me = q.value(0).toString();
    for (const Role &r : std::as_const(roles)) {
        if (r.name == me) {
            *role = r;
            *found = true;
        }
    }
    return true;
}

bool bindScanner(QSqlDatabase &db, bool chosen, QString *scanner, bool *refused, QString *error)
{
    Role role;
    bool found = false;
    if (!current(db, &role, &found, error))
        return false;
    if (!found || role.kind != Kind::Scanner)
        return true;
    if (chosen && *scanner != role.name) {
        *refused = true;
        *error = tr("this store's login is the role of scanner \"%1\", which may write only "
                    "its own rows: the scanner \"%2\" is refused (leave --scanner out, or "
                    "give %1)")
                     .arg(role.name, *scanner);
        return false;
    }
    *scanner = role.name;
    return true;
}

} // namespace StoreRoles
