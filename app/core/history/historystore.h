#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "core/history/historyschema.h"
#include "core/history/storeurl.h"
#include "core/results/scanreport.h"

// Past scans, kept in an embedded SQLite database (Qt SQL's QSQLITE driver), or in a
// PostgreSQL database several scanners share (QPSQL): every
// scan's parameters, start, duration, hosts and results. One store per thread
// that uses it (a QSqlDatabase connection belongs to the thread that opened it);
// the file itself may be shared by several Portolan processes (WAL mode; a writer
// that finds it busy waits a while, then says so).
//
// The schema has a version (SQLite's user_version; in PostgreSQL the table
// portolan_schema) and a migration from each
// version to the next, from the first one on. A file that is not a database, is
// damaged, or was made by a newer Portolan is never written to: it is kept aside
// under another name and a new one is started, and open() says where the old one is.
class HistoryStore final
{
public:
    static constexpr int schemaVersion = 9;
    // The version that brought the inventory of devices (DeviceStore).
    static constexpr int inventoryVersion = 4;
    // How many scans the history keeps unless told otherwise (the newest).
    static constexpr int defaultKeep = 1000;

    // One row of the list: what a past scan was and what it found.
    struct Entry
    {
        qint64 id = 0;
        QDateTime started;
        qint64 elapsedMs = 0;
        QString targets;
        QString ports;
        quint32 hostsUp = 0;
        quint64 open = 0;
        quint64 results = 0; // rows listed
        bool cancelled = false;
        QString scanner; // the scanner that made it (ScannerName)
    };

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // $XDG_DATA_HOME/portolan/history.sqlite (the window and portolan-cli share it).
    static QString defaultPath();
    // The store to use: the one set by setLocation() (portolan-cli --store), else
    // the environment's PORTOLAN_STORE, else defaultPath().
    static QString defaultLocation();
    static void setLocation(const QString &location);
    // defaultLocation() as a user may see it: never with a password.
    static QString defaultLocationDisplay();

    // Opens (creating or migrating) the store at location: an SQLite file's path,
    // or a StoreUrl (sqlite:PATH, postgresql://...). False with *error when it cannot
    // be used at all; true with a *notice when an unusable SQLite file was kept aside
    // and a new one started. A PostgreSQL database made by a newer Portolan is
    // refused, never altered.
    bool open(const QString &location, QString *notice, QString *error);
    // Whether open() failed because the store refused this scanner (credentials, a
    // certificate, TLS, its role's rights, another scanner's name for its role),
    // not because it is away or damaged.
    bool refused() const { return m_refused; }
    // Whether open() found the SQLite file unusable, kept it aside and started anew.
    bool startedAnew() const { return m_startedAnew; }
    // The SQLite file, or the PostgreSQL store as display() shows it.
    QString path() const { return m_path; }
    HistorySchema::Engine engine() const { return m_engine; }
    // The Qt SQL connection's name, for the other stores of this database.
    QString connectionName() const { return m_connection; }

    // Saves a scan in one transaction, with what it saw of each device into the
    // inventory (DeviceStore); its id in *id.
    bool save(const ScanReport &report, qint64 *id, QString *error);
    // The same, recorded as another scanner's (a scan kept while the store was
    // away, PendingScans).
    bool saveAs(const ScanReport &report, const QString &scanner, qint64 *id, QString *error);
    // Past scans, newest first; with search, those whose targets, a host's address
    // or name, or a listed port (a number) match it; only one scanner's after
    // setScannerFilter().
    bool list(const QString &search, QList<Entry> *entries, QString *error) const;
    bool load(qint64 id, ScanReport *report, QString *error) const;
    bool remove(qint64 id, QString *error);
    // The scanner whose rows list() (and the DeviceStore and WatchStore made on
    // this store) show: empty, every scanner's.
    void setScannerFilter(const QString &scanner) { m_only = scanner; }
    QString scannerFilter() const { return m_only; }
    // The scanner this store records its saves as: ScannerName::current() when opened.
    QString scanner() const { return m_scanner; }
    // Deletes this scanner's oldest scans beyond its newest keep (each scanner of
    // a shared store keeps its own).
    bool trim(int keep, QString *error);

    // Creates a database of the given (older) schema version, for tests of the
    // migrations.
    static bool createAtVersion(const QString &path, int version, QString *error);

private:
    bool openSqlite(const QString &path, QString *notice, QString *error);
    bool openPostgresql(const StoreUrl &url, QString *error);
    bool keepAside(const QString &path, const QString &why, QString *notice, QString *error);
    bool migrate(QString *error);
    bool takeRole(QString *error);
    bool fillInventory(QString *error);
    QString m_connection;
    QString m_path;
    QString m_scanner;
    QString m_only;
    HistorySchema::Engine m_engine = HistorySchema::Engine::Sqlite;
    bool m_startedAnew = false;
    bool m_refused = false;
};
