#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "core/results/scanreport.h"

// Past scans, kept in an embedded SQLite database (Qt SQL's QSQLITE driver): every
// scan's parameters, start, duration, hosts and results. One store per thread
// that uses it (a QSqlDatabase connection belongs to the thread that opened it);
// the file itself may be shared by several Portolan processes (WAL mode; a writer
// that finds it busy waits a while, then says so).
//
// The schema has a version (SQLite's user_version) and a migration from each
// version to the next, from the first one on. A file that is not a database, is
// damaged, or was made by a newer Portolan is never written to: it is kept aside
// under another name and a new one is started, and open() says where the old one is.
class HistoryStore final
{
public:
    static constexpr int schemaVersion = 6;
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
    };

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // $XDG_DATA_HOME/portolan/history.sqlite (the window and portolan-cli share it).
    static QString defaultPath();

    // Opens (creating or migrating) the database at path. False with *error when
    // it cannot be used at all; true with a *notice when an unusable file was
    // kept aside and a new one started.
    bool open(const QString &path, QString *notice, QString *error);
    QString path() const { return m_path; }
    // The Qt SQL connection's name, for the other stores of this database.
    QString connectionName() const { return m_connection; }

    // Saves a scan in one transaction, with what it saw of each device into the
    // inventory (DeviceStore); its id in *id.
    bool save(const ScanReport &report, qint64 *id, QString *error);
    // Past scans, newest first; with search, those whose targets, a host's address
    // or name, or a listed port (a number) match it.
    bool list(const QString &search, QList<Entry> *entries, QString *error) const;
    bool load(qint64 id, ScanReport *report, QString *error) const;
    bool remove(qint64 id, QString *error);
    // Deletes the oldest scans beyond the newest keep.
    bool trim(int keep, QString *error);

    // Creates a database of the given (older) schema version, for tests of the
    // migrations.
    static bool createAtVersion(const QString &path, int version, QString *error);

private:
    bool migrate(QString *error);
    bool fillInventory(QString *error);
    QString m_connection;
    QString m_path;
};
