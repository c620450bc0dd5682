// The scan history's SQLite file: WAL, opened from many threads, migration from the
// first schema version, and the bad cases (a damaged or newer file, a database
// another process holds, a full disk) that must lose nothing and say what happened.
// Saving, listing, searching and trimming, on either engine: tst_historysave.
#include <csignal>

#include <memory>
#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "common/samplereport.h"
#include "core/history/historystore.h"

namespace {

// Runs sql on path through a connection of its own; the first column of the last row.
QVariant sqlOn(const QString &path, const QStringList &statements)
{
    static int n = 0;
    const QString name = QStringLiteral("test-%1").arg(++n);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            while (q.next())
                value = q.value(0);
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QStringList schemaOf(const QString &path)
{
    static int n = 0;
    const QString name = QStringLiteral("schema-%1").arg(++n);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(QStringLiteral("SELECT sql FROM sqlite_master ORDER BY name"), db);
        while (q.next())
            out.append(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// A file-size limit stands in for a full disk: writes past it fail (and SIGXFSZ,
// which would kill the test, is ignored) until the guard goes.
class FullDisk final
{
public:
    explicit FullDisk(rlim_t bytes)
    {
        m_ok = getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
        m_previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = m_saved;
        small.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &small) == 0;
    }
    ~FullDisk()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previous);
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;
    bool active() const { return m_ok; }

private:
    rlimit m_saved {};
    void (*m_previous)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileIsWalAtTheCurrentSchema();
    void openedFromManyThreadsAtOnce();
    void openedWhileAnotherWrites();
    void migratesFromTheFirstVersion();
    void migratesDevicePortsToProtocols();
    void damagedFileIsKeptAside_data();
    void damagedFileIsKeptAside();
    void busyDatabaseSaysSo();
    void fullDiskLosesNothing();
    void fullDiskOnANewHistory();
    void fullDiskWhenOpeningKeepsTheFile();
};

void TestHistory::newFileIsWalAtTheCurrentSchema()
{
    QTemporaryDir dir;
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("h/history.sqlite")), &notice, &error),
        qPrintable(error));
    QVERIFY(notice.isEmpty());
    qint64 id = 0;
    QVERIFY2(store.save(SampleReport::sample(), &id, &error), qPrintable(error));
    QCOMPARE(sqlOn(store.path(), { QStringLiteral("PRAGMA journal_mode") }).toString(),
        QStringLiteral("wal"));
    QCOMPARE(sqlOn(store.path(), { QStringLiteral("PRAGMA user_version") }).toInt(),
        HistoryStore::schemaVersion);
    QCOMPARE(sqlOn(store.path(), { QStringLiteral("SELECT COUNT(*) FROM results") }).toInt(), 3);
}

void TestHistory::openedFromManyThreadsAtOnce()
{
    // The window opens one file from several threads at once (history, devices,
    // watches): a new file is migrated once, whoever comes first, and every store
    // opens. Before the migration took the write lock first, two could apply the
    // same ALTER TABLE ("duplicate column name").
    QTemporaryDir dir;
    for (int round = 0; round < 10; ++round) {
        const QString path = dir.filePath(QStringLiteral("h%1.sqlite").arg(round));
        QList<QThread *> threads;
        QStringList errors(6);
        for (int t = 0; t < 6; ++t) {
            threads.append(QThread::create([path, &errors, t] {
                HistoryStore store;
                QString notice;
                QString error;
                if (!store.open(path, &notice, &error))
                    errors[t] = error.isEmpty() ? QStringLiteral("failed") : error;
                else if (!notice.isEmpty())
                    errors[t] = notice;
            }));
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        for (const QString &e : std::as_const(errors))
            QVERIFY2(e.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(e)));
        QCOMPARE(sqlOn(path, { QStringLiteral("PRAGMA user_version") }).toInt(),
            HistoryStore::schemaVersion);
    }
}

void TestHistory::openedWhileAnotherWrites()
{
    // A new file is switched to WAL on first open. When another connection is
    // writing to it then (as a second thread of the window switching it too),
    // SQLite says busy at once, without waiting. The store waits for the writer
    // instead of failing: here the writer holds its lock for 300 ms while the
    // store opens in another thread.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    sqlOn(path, { QStringLiteral("CREATE TABLE other(x)") });
    // As the history makes its files (else opening it narrows them, and says so).
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QSqlDatabase writer
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
    writer.setDatabaseName(path);
    QVERIFY(writer.open());
    QString error = QStringLiteral("not run");
    {
        QSqlQuery q(writer);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO other VALUES (1)")));
        std::unique_ptr<QThread> opener(QThread::create([&path, &error] {
            HistoryStore store;
            QString notice;
            QString why;
            error = store.open(path, &notice, &why) ? notice : why;
        }));
        opener->start();
        QThread::msleep(300);
        // The store is still waiting: the writer has not let go.
        QVERIFY(opener->isRunning());
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        q.finish();
        QVERIFY(opener->wait(60000));
    }
    writer.close();
    writer = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(
        sqlOn(path, { QStringLiteral("PRAGMA journal_mode") }).toString(), QStringLiteral("wal"));
    QCOMPARE(sqlOn(path, { QStringLiteral("PRAGMA user_version") }).toInt(),
        HistoryStore::schemaVersion);
}

void TestHistory::migratesFromTheFirstVersion()
{
    // tests/core/data/history-v1.sqlite: the first schema's statements (those
    // createAtVersion(1) runs), one scan of 127.0.0.1 ports 20-25 in it.
    QTemporaryDir dir;
    const QString v1 = dir.filePath(QStringLiteral("made-by-v1.sqlite"));
    QString error;
    QVERIFY(HistoryStore::createAtVersion(v1, 1, &error));
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(PORTOLAN_TEST_DATA "/history-v1.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(schemaOf(path), schemaOf(v1)); // the fixture is what version 1 makes
    QCOMPARE(sqlOn(path, { QStringLiteral("PRAGMA user_version") }).toInt(), 1);

    HistoryStore store;
    QString notice;
    QVERIFY2(store.open(path, &notice, &error), qPrintable(error));
    QVERIFY(notice.isEmpty());
    QCOMPARE(sqlOn(path, { QStringLiteral("PRAGMA user_version") }).toInt(),
        HistoryStore::schemaVersion);
    QList<HistoryStore::Entry> entries;
    QVERIFY(store.list(QStringLiteral("ssh"), &entries, &error)); // through version 2's index
    QCOMPARE(entries.size(), 1);
    ScanReport r;
    QVERIFY(store.load(entries[0].id, &r, &error));
    QCOMPARE(r.targets, QStringLiteral("127.0.0.1"));
    QCOMPARE(r.results.size(), 1);
    QCOMPARE(r.results[0].port, quint16(22));
    QCOMPARE(r.results[0].protocol, Protocol::Tcp); // every row from before UDP
    QCOMPARE(r.results[0].banner, QByteArray("SSH-2.0-OpenSSH_9.2\r\n"));
    QCOMPARE(r.hostStates[0].names,
        (QList<HostName> { { QStringLiteral("localhost"), HostNames::dns } }));
    QCOMPARE(r.summary.progress.closed, quint64(5));
    // And new scans go in beside it.
    qint64 id = 0;
    QVERIFY(store.save(SampleReport::sample(), &id, &error));
    QVERIFY(id > entries[0].id);
}

void TestHistory::migratesDevicePortsToProtocols()
{
    // A version 8 store with a device and its open ports: version 9 makes the ports'
    // table anew with the protocol in its key. The rows come over as TCP's, and
    // 53/udp can then sit beside 53/tcp.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    QString error;
    QVERIFY2(HistoryStore::createAtVersion(path, 8, &error), qPrintable(error));
    sqlOn(path,
        { QStringLiteral("INSERT INTO devices(id, mac, first_seen, last_seen) VALUES(1, "
                         "'a0:36:9f:01:02:03', '2026-11-26T10:00:00Z', '2026-11-26T10:00:00Z')"),
            QStringLiteral("INSERT INTO device_ports(device_id, port, service, last_seen) "
                           "VALUES(1, 53, 'domain', '2026-11-26T10:00:00Z')"),
            QStringLiteral("INSERT INTO device_ports(device_id, port, service, last_seen) "
                           "VALUES(1, 22, NULL, '2026-11-26T10:00:00Z')") });
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    {
        HistoryStore store;
        QString notice;
        QVERIFY2(store.open(path, &notice, &error), qPrintable(error));
    }
    QCOMPARE(sqlOn(path, { QStringLiteral("PRAGMA user_version") }).toInt(), 9);
    QCOMPARE(sqlOn(path,
                 { QStringLiteral("SELECT group_concat(port || '/' || protocol || '/' || "
                                  "coalesce(service, '-'), ' ') FROM (SELECT * FROM "
                                  "device_ports ORDER BY port)") })
                 .toString(),
        QStringLiteral("22/0/- 53/0/domain"));
    sqlOn(path,
        { QStringLiteral("INSERT INTO device_ports(device_id, protocol, port, service, "
                         "last_seen) VALUES(1, 1, 53, 'domain', '2026-11-27T10:00:00Z')") });
    QCOMPARE(sqlOn(path, { QStringLiteral("SELECT COUNT(*) FROM device_ports WHERE port = 53") })
                 .toInt(),
        2);
    // The device's ports still go with it.
    QCOMPARE(sqlOn(path,
                 { QStringLiteral("PRAGMA foreign_keys = ON"),
                     QStringLiteral("DELETE FROM devices WHERE id = 1"),
                     QStringLiteral("SELECT COUNT(*) FROM device_ports") })
                 .toInt(),
        0);
    // A new file has the same table as a migrated one.
    const QString fresh = dir.filePath(QStringLiteral("v9.sqlite"));
    QVERIFY(HistoryStore::createAtVersion(fresh, 9, &error));
    QCOMPARE(schemaOf(path), schemaOf(fresh));
}

void TestHistory::damagedFileIsKeptAside_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::newRow("not a database") << QByteArray("garbage");
    QTest::newRow("newer version") << QByteArray("newer");
    QTest::newRow("damaged pages") << QByteArray("damaged");
}

void TestHistory::damagedFileIsKeptAside()
{
    QFETCH(QByteArray, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QString error;
    if (kind == "garbage") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    } else {
        {
            HistoryStore store;
            QString notice;
            QVERIFY(store.open(path, &notice, &error));
            qint64 id = 0;
            for (int i = 0; i < 20; ++i)
                QVERIFY(store.save(SampleReport::sample(), &id, &error));
        }
        sqlOn(path,
            { QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                QStringLiteral("PRAGMA journal_mode = DELETE") });
        if (kind == "newer") {
            sqlOn(path, { QStringLiteral("PRAGMA user_version = 99") });
        } else {
            // Overwrite the middle pages with noise: the header still says SQLite.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 3 * 4096);
            f.seek(4096);
            f.write(QByteArray(int(f.size() - 2 * 4096), '\x5a'));
        }
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    HistoryStore store;
    QString notice;
    QVERIFY2(store.open(path, &notice, &error), qPrintable(error));
    QVERIFY2(notice.contains(QStringLiteral("kept as")), qPrintable(notice));
    const QStringList aside
        = QDir(dir.path()).entryList({ QStringLiteral("history.sqlite.unusable-*") });
    QCOMPARE(aside.size(), 1);
    QVERIFY2(notice.contains(aside[0]), qPrintable(notice));
    QFile kept(dir.filePath(aside[0]));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), bytes); // untouched
    // A new history, working.
    QList<HistoryStore::Entry> entries;
    QVERIFY(store.list({}, &entries, &error));
    QVERIFY(entries.isEmpty());
    qint64 id = 0;
    QVERIFY(store.save(SampleReport::sample(), &id, &error));
}

void TestHistory::busyDatabaseSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY(store.open(path, &notice, &error));
    qint64 id = 0;
    QVERIFY(store.save(SampleReport::sample(), &id, &error));
    {
        // Another Portolan in the middle of a write.
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        qint64 second = 0;
        QVERIFY(!store.save(SampleReport::sample(), &second, &error));
        QVERIFY2(error.contains(QStringLiteral("busy")), qPrintable(error));
        // Reading goes on meanwhile (WAL).
        QList<HistoryStore::Entry> entries;
        QVERIFY(store.list({}, &entries, &error));
        QCOMPARE(entries.size(), 1);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY2(store.save(SampleReport::sample(), &id, &error), qPrintable(error));
    QList<HistoryStore::Entry> entries;
    QVERIFY(store.list({}, &entries, &error));
    QCOMPARE(entries.size(), 2);
}

void TestHistory::fullDiskLosesNothing()
{
    // A file-size limit stands in for a full disk: writes past it fail.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY(store.open(path, &notice, &error));
    qint64 id = 0;
    QVERIFY(store.save(SampleReport::sample(), &id, &error));
    ScanReport big = SampleReport::sample();
    for (int i = 0; i < 20000; ++i)
        big.results.append(SampleReport::result(0, "198.18.0.1", quint16(10000 + i),
            PortState::Filtered, PortReason::NoResponse, -1.0, QByteArray(64, 'b')));
    auto full = std::make_unique<FullDisk>(256 * 1024);
    QVERIFY(full->active());
    const bool saved2 = store.save(big, &id, &error);
    full.reset();
    QVERIFY(!saved2);
    QVERIFY2(error.contains(QStringLiteral("not in the history")), qPrintable(error));
    // The earlier scan is whole, and the next save works.
    QList<HistoryStore::Entry> entries;
    QVERIFY(store.list({}, &entries, &error));
    QCOMPARE(entries.size(), 1);
    ScanReport back;
    QVERIFY(store.load(entries[0].id, &back, &error));
    QCOMPARE(back.results.size(), 3);
    QVERIFY2(store.save(SampleReport::sample(), &id, &error), qPrintable(error));
}

void TestHistory::fullDiskOnANewHistory()
{
    // The disk is full when the very first scan is saved (a limit of 8 bytes:
    // SQLite's first page cannot be written). That says so; once there is room,
    // the same file opens without being taken for a damaged one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QString notice;
    QString error;
    auto full = std::make_unique<FullDisk>(8);
    QVERIFY(full->active());
    bool savedFull = false;
    {
        HistoryStore store;
        qint64 id = 0;
        savedFull
            = store.open(path, &notice, &error) && store.save(SampleReport::sample(), &id, &error);
    }
    full.reset();
    QVERIFY(!savedFull);
    QVERIFY(!error.isEmpty());
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    HistoryStore store;
    QVERIFY2(store.open(path, &notice, &error), qPrintable(error));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("*.unusable-*") }, QDir::Files).size(), 0);
    qint64 id = 0;
    QVERIFY2(store.save(SampleReport::sample(), &id, &error), qPrintable(error));
}

void TestHistory::fullDiskWhenOpeningKeepsTheFile()
{
    // A history in use (WAL), opened again while the disk is full: SQLite cannot
    // make its shared-memory file, so reading fails. That is an error to report,
    // not a damaged file to move aside.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QString notice;
    QString error;
    {
        HistoryStore store;
        QVERIFY(store.open(path, &notice, &error));
        qint64 id = 0;
        QVERIFY(store.save(SampleReport::sample(), &id, &error));
    }
    QFile::remove(path + QStringLiteral("-shm"));
    auto full = std::make_unique<FullDisk>(8);
    QVERIFY(full->active());
    bool opened = false;
    {
        HistoryStore store;
        opened = store.open(path, &notice, &error);
    }
    full.reset();
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("*.unusable-*") }, QDir::Files).size(), 0);
    if (opened)
        qInfo("SQLite read the file without its shared-memory file here");
    else
        QVERIFY(!error.isEmpty());
    HistoryStore store;
    QVERIFY2(store.open(path, &notice, &error), qPrintable(error));
    QList<HistoryStore::Entry> entries;
    QVERIFY(store.list({}, &entries, &error));
    QCOMPARE(entries.size(), 1);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
