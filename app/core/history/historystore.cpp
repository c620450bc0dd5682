#include "core/history/historystore.h"

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

#include "core/history/devicerows.h"
#include "core/history/historyrows.h"
#include "core/history/historyschema.h"
#include "core/history/historysql.h"
#include "core/history/scannername.h"
#include "core/history/storeroles.h"
#include "core/history/storeurl.h"
#include "core/platform/privatefiles.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryStore", text);
}

using HistorySql::describe;
using HistorySql::run;

bool execWith(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    return HistorySql::exec(q, sql, values, error);
}

using Engine = HistorySchema::Engine;

QString newConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("portolan-history-%1").arg(++counter);
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

QString &locationSet()
{
    static QString location;
    return location;
}

} // namespace

QString HistoryStore::defaultLocation()
{
    if (!locationSet().isEmpty())
        return locationSet();
    const QString fromEnvironment = qEnvironmentVariable("PORTOLAN_STORE").trimmed();
    return fromEnvironment.isEmpty() ? defaultPath() : fromEnvironment;
}

void HistoryStore::setLocation(const QString &location)
{
    locationSet() = location;
}

QString HistoryStore::defaultLocationDisplay()
{
    StoreUrl url;
    QString ignored;
    return StoreUrl::parse(defaultLocation(), &url, &ignored) ? url.display() : QStringLiteral("?");
}

namespace {

// SQLite's primary result codes for a file that is not a database, or is corrupt.
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

} // namespace

bool HistoryStore::open(const QString &location, QString *notice, QString *error)
{
    notice->clear();
    m_startedAnew = false;
    m_refused = false;
    m_scanner = ScannerName::current();
    StoreUrl url;
    if (!StoreUrl::parse(location, &url, error))
        return false;
    if (url.isPostgresql())
        return openPostgresql(url, error);
    return openSqlite(url.path, notice, error);
}

bool HistoryStore::openPostgresql(const StoreUrl &url, QString *error)
{
    m_engine = Engine::Postgresql;
    m_path = url.display();
    if (m_connection.isEmpty())
        m_connection = newConnectionName();
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!db.isValid()) {
        *error = tr("Qt's PostgreSQL driver (QPSQL; Debian: libqt6sql6-psql) is not installed");
        return false;
    }
    db.setHostName(url.host);
    if (url.port > 0)
        db.setPort(url.port);
    db.setUserName(url.user);
    db.setPassword(url.password); // empty: libpq reads ~/.pgpass
    db.setDatabaseName(url.database);
    db.setConnectOptions(url.connectOptions());
    if (!db.open()) {
        m_refused = HistorySql::isRefusal(db.lastError().text());
        *error = tr("cannot connect to %1: %2").arg(m_path, db.lastError().text().simplified());
        return false;
    }
    // The server's notices ("already exists, skipping") are not for the user.
    if (!run(db, QStringLiteral("SET client_min_messages = warning"), error))
        return false;
    const int version = HistorySchema::version(db, m_engine, error);
    if (version < 0)
        return false;
    if (version > schemaVersion) {
        *error = tr("%1 was made by a newer Portolan (schema %2; this one knows %3): it is "
                    "left as it is")
                     .arg(m_path)
                     .arg(version)
                     .arg(schemaVersion);
        db.close();
        return false;
    }
    return migrate(error) && takeRole(error);
}

bool HistoryStore::takeRole(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool chosen
        = ScannerName::isSet() || !qEnvironmentVariable("PORTOLAN_SCANNER").trimmed().isEmpty();
    if (StoreRoles::bindScanner(db, chosen, &m_scanner, &m_refused, error))
        return true;
    db.close();
    return false;
}

bool HistoryStore::keepAside(
    const QString &path, const QString &why, QString *notice, QString *error)
{
    // The unusable file kept as it is, under another name, to start anew.
    const QString aside
        = QStringLiteral("%1.unusable-%2")
              .arg(path, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (!QFile::rename(path, aside)) {
        *error = tr("%1 cannot be used (%2) and cannot be moved aside").arg(path, why);
        return false;
    }
    for (const char *suffix : { "-wal", "-shm" })
        QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    m_startedAnew = true;
    if (!notice->isEmpty())
        notice->append(QLatin1Char('\n'));
    notice->append(tr("The history file %1 could not be used (%2); it was kept as %3 and a "
                      "new history started.")
                       .arg(path, why, aside));
    return true;
}

bool HistoryStore::openSqlite(const QString &path, QString *notice, QString *error)
{
    m_engine = Engine::Sqlite;
    m_path = path;
    // The history is the user's alone; a folder the user chose for it (--store)
    // is left as it is when it exists (it may be /tmp).
    const bool ownFolder
        = QFileInfo(path).absolutePath() == QFileInfo(defaultPath()).absolutePath();
    if (!PrivateFiles::makeDatabaseFolder(path, ownFolder, notice, error))
        return false;
    for (int attempt = 0; attempt < 2; ++attempt) {
        // Made 600 before SQLite makes it (with the umask's mode) and its -wal beside.
        if (!PrivateFiles::makeFile(path, notice, error))
            return false;
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
                return HistorySql::switchToWal(db, error)
                    && run(db, QStringLiteral("PRAGMA foreign_keys = ON"), error) && migrate(error);
            }
            q.finish();
            db.close();
        }
        if (!keepAside(path, why, notice, error))
            return false;
    }
    *error = tr("cannot start a new history at %1").arg(path);
    return false;
}

bool HistoryStore::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const int version = HistorySchema::version(db, m_engine, error);
    if (version < 0)
        return false;
    if (!HistorySchema::migrate(db, m_engine, version, schemaVersion, m_scanner, error))
        return false;
    return version == 0 || version >= inventoryVersion || fillInventory(error);
}

bool HistoryStore::fillInventory(QString *error)
{
    // A history from before the inventory: its newest scans, oldest first, make
    // the devices, so the upgrade starts from what was already seen.
    constexpr int scans = 100;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!execWith(q,
            QStringLiteral(
                "SELECT id FROM (SELECT id FROM scans ORDER BY id DESC LIMIT ?) AS newest "
                "ORDER BY id"),
            { scans }, error))
        return false;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    if (!HistorySql::beginWrite(db, error)) // it reads before it writes
        return false;
    for (qint64 id : std::as_const(ids)) {
        ScanReport report;
        QSqlError failure;
        if (!load(id, &report, error) || !DeviceRows::update(db, report, m_scanner, &failure)) {
            if (failure.isValid())
                *error = describe(failure);
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = describe(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool HistoryStore::createAtVersion(const QString &path, int version, QString *error)
{
    const QString name = newConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open()
            && HistorySchema::migrate(db, Engine::Sqlite, 0, qBound(0, version, schemaVersion),
                ScannerName::current(), error);
        if (!db.isOpen())
            *error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool HistoryStore::save(const ScanReport &report, qint64 *id, QString *error)
{
    return saveAs(report, m_scanner, id, error);
}

bool HistoryStore::saveAs(
    const ScanReport &report, const QString &scanner, qint64 *id, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        *error = tr("the history is not open");
        return false;
    }
    constexpr int attempts = 5;
    for (int attempt = 1;; ++attempt) {
        if (!db.transaction()) {
            *error = describe(db.lastError());
            return false;
        }
        qint64 scanId = 0;
        QSqlError failure;
        if (!HistoryRows::insertScan(db, report, scanner, &scanId, &failure)
            || !HistoryRows::insertHosts(db, report, scanId, &failure)
            || !HistoryRows::insertResults(db, report, scanId, &failure)
            || !DeviceRows::update(db, report, scanner, &failure)) {
            db.rollback();
            if (m_engine == Engine::Postgresql && attempt < attempts
                && HistorySql::lostToAnother(failure))
                continue;
            *error = describe(failure);
            return false;
        }
        if (!db.commit()) {
            failure = db.lastError();
            db.rollback();
            if (m_engine == Engine::Postgresql && attempt < attempts
                && HistorySql::lostToAnother(failure))
                continue;
            *error = describe(failure);
            return false;
        }
        *id = scanId;
        return true;
    }
}

bool HistoryStore::list(const QString &search, QList<Entry> *entries, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    HistoryRows::prepareList(q, search, m_only, m_engine == Engine::Postgresql);
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
        e.scanner = q.value(9).toString();
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
                "discovery, services, open_filtered FROM scans WHERE id = ?"),
            { id }, error))
        return false;
    if (!q.next()) {
        *error = tr("there is no scan %1 in the history").arg(id);
        return false;
    }
    ScanReport r;
    HistoryRows::readScan(q, &r);
    HistoryRows::HostIdentities names;
    if (!execWith(q,
            QStringLiteral(
                "SELECT host_id, host, address, status, reason, latency_ms, names, "
                "mac, vendor, closed, all_ports, closed_udp FROM hosts WHERE scan_id = ? "
                "ORDER BY host_id"),
            { id }, error))
        return false;
    HistoryRows::readHosts(q, &r, &names);
    if (!execWith(q,
            // In the order they were saved: seq since schema 7, SQLite's rowid before.
            QStringLiteral("SELECT host_id, port, state, reason, latency_ms, banner, service, "
                           "protocol, reason_from FROM results WHERE scan_id = ? ORDER BY seq%1")
                .arg(m_engine == Engine::Sqlite ? QLatin1String(", rowid") : QLatin1String()),
            { id }, error))
        return false;
    HistoryRows::readResults(q, names, &r);
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
    // A scanner's own scans only: a shared store keeps keep scans of each site.
    if (!execWith(q,
            QStringLiteral("DELETE FROM scans WHERE scanner = ? AND id NOT IN (SELECT id FROM "
                           "scans WHERE scanner = ? ORDER BY id DESC LIMIT ?)"),
            { m_scanner, m_scanner, qMax(0, keep) }, error))
        return false;
    // The watches' events go with the runs (scans) they came from: the history's
    // keep setting bounds both.
    return execWith(q,
        QStringLiteral("DELETE FROM watch_events WHERE scan_id IS NOT NULL AND scan_id NOT IN "
                       "(SELECT id FROM scans)"),
        {}, error);
}
