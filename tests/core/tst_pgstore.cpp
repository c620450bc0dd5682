// The history, the inventory and the watches on PostgreSQL (issue 22): the same
// stores as on SQLite, on a real server the test starts (PgServer), a database
// of its own per case.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include "common/pgserver.h"
#include "common/samplereport.h"
#include "common/sitechecks.h"
#include "common/skip.h"
#include "core/formats/deviceformat.h"
#include "core/formats/jsonformat.h"
#include "core/history/devicestore.h"
#include "core/history/historystore.h"
#include "core/history/pendingscans.h"
#include "core/history/scannername.h"
#include "core/history/storecopy.h"
#include "core/history/storeurl.h"
#include "core/watch/watchstore.h"

class TestPgStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void urls_data();
    void urls();
    void urlsReadBack_data();
    void urlsReadBack();
    void badUrls_data();
    void badUrls();
    void saveListLoad();
    void inventoryAndWatches();
    void newerSchemaIsRefused();
    void scannersSavingAtOnceLoseNothing();
    void sitesShareOneStore();
    void copiedBothWays();
    void serverAwayKeepsScans();

private:
    // A new, empty database on the server, and its URL.
    QString freshStore();
    bool adminExec(const QString &sql);

    PgServer m_server;
    QString m_why;
    int m_databases = 0;
};

void TestPgStore::initTestCase()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        m_why = QStringLiteral("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)");
    else
        m_server.start(&m_why);
}

bool TestPgStore::adminExec(const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setHostName(m_server.socketDirectory());
        db.setUserName(PgServer::user());
        db.setDatabaseName(PgServer::database());
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return ok;
}

QString TestPgStore::freshStore()
{
    const QString name = QStringLiteral("store%1").arg(++m_databases);
    if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    return QStringLiteral("postgresql://%1@localhost/%2?host=%3")
        .arg(PgServer::user(), name, m_server.socketDirectory());
}

void TestPgStore::urls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgresql");
    QTest::addColumn<QString>("where"); // path, or user|host|port|database
    QTest::addColumn<QString>("display");
    QTest::newRow("plain path") << "/var/lib/h.sqlite" << false << "/var/lib/h.sqlite"
                                << "/var/lib/h.sqlite";
    QTest::newRow("sqlite:") << "sqlite:/tmp/a b.sqlite" << false << "/tmp/a b.sqlite"
                             << "/tmp/a b.sqlite";
    QTest::newRow("full") << "postgresql://scan:s%40cret@db.example:5433/inventory" << true
                          << "scan|db.example|5433|inventory"
                          << "postgresql://scan@db.example:5433/inventory";
    QTest::newRow("no password, default port")
        << "postgres://scan@db.example/inv" << true << "scan|db.example|0|inv"
        << "postgresql://scan@db.example/inv";
    QTest::newRow("IPv6") << "postgresql://scan@[2001:db8::7]:6000/inv" << true
                          << "scan|2001:db8::7|6000|inv"
                          << "postgresql://scan@[2001:db8::7]:6000/inv";
    QTest::newRow("socket") << "postgresql://scan@localhost/inv?host=/run/pg" << true
                            << "scan|/run/pg|0|inv"
                            << "postgresql://scan@/inv?host=/run/pg";
}

void TestPgStore::urls()
{
    QFETCH(QString, text);
    QFETCH(bool, postgresql);
    QFETCH(QString, where);
    QFETCH(QString, display);
    StoreUrl url;
    QString error;
    QVERIFY2(StoreUrl::parse(text, &url, &error), qPrintable(error));
    QCOMPARE(url.isPostgresql(), postgresql);
    if (postgresql)
        QCOMPARE(QStringList({ url.user, url.host, QString::number(url.port), url.database })
                     .join(QLatin1Char('|')),
            where);
    else
        QCOMPARE(url.path, where);
    QCOMPARE(url.display(), display);
    // The password is never shown.
    QVERIFY(!url.display().contains(QLatin1String("cret")));
    if (text.contains(QLatin1String("s%40cret")))
        QCOMPARE(url.password, QStringLiteral("s@cret"));
}

void TestPgStore::urlsReadBack_data()
{
    // The window writes the store's text from its fields (StoreUrl::toText):
    // whatever the fields hold, parse() reads the same store back.
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::newRow("plain") << "scan"
                           << "secret"
                           << "db.example" << 0 << "inventory";
    QTest::newRow("awkward characters") << "a b@c"
                                        << "p:w@d/#?%&"
                                        << "db.example" << 5433 << "inv ent/x?";
    QTest::newRow("IPv6") << "scan"
                          << ""
                          << "2001:db8::7" << 6000 << "inv";
    QTest::newRow("socket with a space") << "scan"
                                         << "x"
                                         << "/tmp/pg sock#1&" << 0 << "inv";
}

void TestPgStore::urlsReadBack()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    StoreUrl url;
    url.kind = StoreUrl::Kind::Postgresql;
    url.user = user;
    url.password = password;
    url.host = host;
    url.port = port;
    url.database = database;
    StoreUrl back;
    QString error;
    const QString text = url.toText(true);
    QVERIFY2(StoreUrl::parse(text, &back, &error), qPrintable(text + QLatin1String(": ") + error));
    QCOMPARE(back.user, user);
    QCOMPARE(back.password, password);
    QCOMPARE(back.host, host);
    QCOMPARE(back.port, port);
    QCOMPARE(back.database, database);
    // Without the password: the same store, no password in it.
    const QString bare = url.toText(false);
    QVERIFY2(StoreUrl::parse(bare, &back, &error), qPrintable(bare + QLatin1String(": ") + error));
    QVERIFY(back.password.isEmpty());
    QCOMPARE(back.host, host);
    QCOMPARE(back.database, database);
    if (!password.isEmpty())
        QVERIFY(!bare.contains(QUrl::toPercentEncoding(password)));
    // An SQLite file: its path.
    StoreUrl file;
    file.path = QStringLiteral("/tmp/a b/h.sqlite");
    QVERIFY(StoreUrl::parse(file.toText(false), &back, &error));
    QVERIFY(!back.isPostgresql());
    QCOMPARE(back.path, file.path);
}

void TestPgStore::badUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << "  "
                           << "empty";
    QTest::newRow("sqlite without path") << "sqlite:"
                                         << "path";
    QTest::newRow("other kind") << "mysql://u@h/db"
                                << "unknown kind of store \"mysql\"";
    QTest::newRow("no database") << "postgresql://u@h"
                                 << "database";
    QTest::newRow("two path parts") << "postgresql://u@h/a/b"
                                    << "database";
    QTest::newRow("no user") << "postgresql://h/db"
                             << "user";
    QTest::newRow("bad port") << "postgresql://u@h:99999/db"
                              << "";
}

void TestPgStore::badUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    StoreUrl url;
    QString error;
    QVERIFY(!StoreUrl::parse(text, &url, &error));
    QVERIFY2(!error.isEmpty() && !error.contains(QLatin1Char('\n')), qPrintable(error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestPgStore::saveListLoad()
{
    if (!m_why.isEmpty())
        PORTOLAN_SKIP(m_why);
    const QString where = freshStore();
    QVERIFY(!where.isEmpty());
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY2(store.open(where, &notice, &error), qPrintable(error));
    QCOMPARE(store.engine(), HistorySchema::Engine::Postgresql);
    QVERIFY(
        !store.path().contains(QLatin1String("?host=")) || store.path().startsWith("postgresql"));
    ScanReport original = SampleReport::sample();
    original.hostStates[0].allPortsAnswer = true;
    qint64 first = 0;
    qint64 second = 0;
    QVERIFY2(store.save(original, &first, &error), qPrintable(error));
    QVERIFY2(store.save(original, &second, &error), qPrintable(error));
    QVERIFY(first > 0 && second > first);
    QList<HistoryStore::Entry> entries;
    QVERIFY2(store.list({}, &entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].id, second); // newest first
    QCOMPARE(entries[0].targets, original.targets);
    QCOMPARE(entries[0].hostsUp, 2u);
    // Everything an export shows comes back, results in their order.
    ScanReport back;
    QVERIFY2(store.load(first, &back, &error), qPrintable(error));
    QCOMPARE(JsonFormat::toJson(back), JsonFormat::toJson(original));
    QCOMPARE(back.results[0].banner, original.results[0].banner);
    // Search as on SQLite: case does not count; a port number finds the scans listing it.
    QVERIFY2(store.list(QStringLiteral("GW.LAB"), &entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 2);
    QVERIFY(store.list(QStringLiteral("nothing-like-it"), &entries, &error));
    QCOMPARE(entries.size(), 0);
    QVERIFY(store.list(QString::number(original.results[0].port), &entries, &error));
    QCOMPARE(entries.size(), 2);
    // Delete and trim.
    QVERIFY2(store.remove(first, &error), qPrintable(error));
    QVERIFY(!store.remove(first, &error));
    QVERIFY2(error.contains(QLatin1String("no scan")), qPrintable(error));
    QVERIFY2(store.trim(0, &error), qPrintable(error));
    QVERIFY(store.list({}, &entries, &error));
    QCOMPARE(entries.size(), 0);
    // Opened again: migrated already, nothing redone.
    HistoryStore again;
    QVERIFY2(again.open(where, &notice, &error), qPrintable(error));
}

void TestPgStore::inventoryAndWatches()
{
    if (!m_why.isEmpty())
        PORTOLAN_SKIP(m_why);
    const QString where = freshStore();
    QVERIFY(!where.isEmpty());
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY2(store.open(where, &notice, &error), qPrintable(error));
    qint64 scan = 0;
    QVERIFY2(store.save(SampleReport::sample(), &scan, &error), qPrintable(error));
    DeviceStore devices(store);
    QList<Device> all;
    QVERIFY2(devices.list({}, &all, &error), qPrintable(error));
    QCOMPARE(all.size(), 2); // the two hosts up
    qint64 gateway = 0;
    QVERIFY2(
        devices.find(QStringLiteral("A0-36-9F-01-02-03"), &gateway, &error), qPrintable(error));
    QVERIFY2(devices.setLabel(gateway, QStringLiteral("gateway"), &error), qPrintable(error));
    QVERIFY2(devices.setKnown(gateway, true, &error), qPrintable(error));
    // A later scan never overwrites the label.
    QVERIFY2(store.save(SampleReport::sample(), &scan, &error), qPrintable(error));
    Device d;
    QVERIFY2(devices.get(gateway, &d, &error), qPrintable(error));
    QCOMPARE(d.label, QStringLiteral("gateway"));
    QVERIFY(d.known);

    WatchStore watches(store);
    Watch w;
    w.name = QStringLiteral("lab");
    w.targets = QStringLiteral("198.18.0.0/30");
    w.ports = QStringLiteral("22,80");
    w.everySeconds = 900;
    QVERIFY2(watches.add(&w, &error), qPrintable(error));
    QVERIFY(w.id > 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Watch claimed;
    bool ok = false;
    QVERIFY2(watches.claim(w.name, true, now, &claimed, &ok, &error), qPrintable(error));
    QVERIFY(ok);
    bool twice = true;
    Watch other;
    QVERIFY(watches.claim(w.name, false, now, &other, &twice, &error));
    QVERIFY(!twice); // held by the run above
    WatchEvent e;
    e.time = now;
    e.kind = QStringLiteral("port-opened");
    e.address = QStringLiteral("198.18.0.1");
    e.port = 80;
    e.after = QStringLiteral("open");
    QList<WatchEvent> events { e };
    QVERIFY2(watches.finish(claimed, now, scan, &events, {}, &error), qPrintable(error));
    QVERIFY(events[0].id > 0);
    QList<WatchEvent> recorded;
    QVERIFY2(watches.events(w.name, {}, &recorded, &error), qPrintable(error));
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded[0].port, 80);
    QCOMPARE(recorded[0].kind, QStringLiteral("port-opened"));

    // A claim left by a process that is gone (a scanner's runs are its machine's)
    // is taken over at once.
    QSqlQuery q(QSqlDatabase::database(store.connectionName(), false));
    const auto claimBy = [&](qint64 pid, const QDateTime &since) {
        q.prepare(QStringLiteral(
            "UPDATE watches SET running_pid = ?, running_since = ? WHERE name = 'lab'"));
        q.addBindValue(pid);
        q.addBindValue(since.toString(Qt::ISODateWithMs));
        return q.exec();
    };
    const qint64 elsewhere = 2147483000; // no process of this machine
    QVERIFY(claimBy(elsewhere, now.addSecs(-600)));
    bool taken = false;
    QVERIFY2(watches.claim(w.name, false, now, &other, &taken, &error), qPrintable(error));
    QVERIFY(taken);
    // Another scanner's watch is not run here (it would scan another site's
    // network from this one): refused, named, its claim left alone.
    QVERIFY(q.exec(QStringLiteral(
        "UPDATE watches SET scanner = 'site-b', running_pid = NULL, running_since = NULL "
        "WHERE name = 'lab'")));
    taken = true;
    QVERIFY(!watches.claim(w.name, false, now, &other, &taken, &error));
    QVERIFY(!taken);
    QVERIFY2(error.contains(QLatin1String("scanner site-b's"))
            && error.contains(QLatin1String("--scanner site-b")),
        qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("SELECT running_pid FROM watches WHERE name = 'lab'")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
}

void TestPgStore::newerSchemaIsRefused()
{
    if (!m_why.isEmpty())
        PORTOLAN_SKIP(m_why);
    const QString where = freshStore();
    QVERIFY(!where.isEmpty());
    QString notice;
    QString error;
    {
        HistoryStore store;
        QVERIFY2(store.open(where, &notice, &error), qPrintable(error));
    }
    const QString name = QStringLiteral("store%1").arg(m_databases);
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bump"));
        db.setHostName(m_server.socketDirectory());
        db.setUserName(PgServer::user());
        db.setDatabaseName(name);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE portolan_schema SET version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    HistoryStore store;
    QVERIFY(!store.open(where, &notice, &error));
    QVERIFY2(error.contains(QLatin1String("newer Portolan")), qPrintable(error));
    // Said without the password, and the database left as it was.
    QVERIFY2(
        !error.contains(QLatin1String("?host=")) || error.contains(QLatin1String("postgresql://")),
        qPrintable(error));
}

namespace {

class Saver final : public QThread
{
public:
    Saver(const QString &where, int scans)
        : m_where(where)
        , m_scans(scans)
    {
    }
    QList<qint64> ids;
    QString error;

protected:
    void run() override
    {
        HistoryStore store;
        QString notice;
        if (!store.open(m_where, &notice, &error))
            return;
        for (int i = 0; i < m_scans; ++i) {
            qint64 id = 0;
            if (!store.save(SampleReport::sample(), &id, &error))
                return;
            ids.append(id);
        }
    }

private:
    QString m_where;
    int m_scans;
};

} // namespace

void TestPgStore::scannersSavingAtOnceLoseNothing()
{
    if (!m_why.isEmpty())
        PORTOLAN_SKIP(m_why);
    const QString where = freshStore();
    QVERIFY(!where.isEmpty());
    // Three scanners open the new store at once (each migrates it, or finds it
    // migrated) and save at once.
    constexpr int perScanner = 15;
    std::vector<std::unique_ptr<Saver>> savers;
    for (int i = 0; i < 3; ++i)
        savers.push_back(std::make_unique<Saver>(where, perScanner));
    for (auto &s : savers)
        s->start();
    bool finished = true;
    for (auto &s : savers)
        finished = s->wait(120000) && finished;
    QVERIFY(finished);
    QSet<qint64> ids;
    for (auto &s : savers) {
        QVERIFY2(s->error.isEmpty(), qPrintable(s->error));
        QCOMPARE(s->ids.size(), perScanner);
        for (qint64 id : std::as_const(s->ids))
            ids.insert(id);
    }
    QCOMPARE(ids.size(), 3 * perScanner);
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY2(store.open(where, &notice, &error), qPrintable(error));
    QList<HistoryStore::Entry> entries;
    QVERIFY(store.list({}, &entries, &error));
    QCOMPARE(entries.size(), 3 * perScanner);
    // The inventory saw the same two devices every time: two, not forty-five.
    DeviceStore devices(store);
    QList<Device> all;
    QVERIFY2(devices.list({}, &all, &error), qPrintable(error));
    QCOMPARE(all.size(), 2);
}

void TestPgStore::sitesShareOneStore()
{
    if (!m_why.isEmpty())
        PORTOLAN_SKIP(m_why);
    const QString store = freshStore();
    QVERIFY(!store.isEmpty());
    SiteChecks::sitesShareOneStore(store);
}

namespace {

// Everything a store holds as its readers show it: each scan's report, the
// devices, the watches and their events.
QByteArray everything(const HistoryStore &store)
{
    QString error;
    QList<HistoryStore::Entry> entries;
    QByteArray out;
    if (!store.list({}, &entries, &error))
        return "list: " + error.toUtf8();
    for (const HistoryStore::Entry &e : std::as_const(entries)) {
        ScanReport r;
        if (!store.load(e.id, &r, &error))
            return "load: " + error.toUtf8();
        out += QByteArray::number(e.id) + ' ' + e.scanner.toUtf8() + ' ' + JsonFormat::toJson(r);
    }
    QList<Device> devices;
    if (!DeviceStore(store).list({}, &devices, &error))
        return "devices: " + error.toUtf8();
    out += DeviceFormat::toJson(devices);
    WatchStore watches(store);
    QList<Watch> all;
    QList<WatchEvent> events;
    if (!watches.list(&all, &error) || !watches.events({}, {}, &events, &error))
        return "watches: " + error.toUtf8();
    for (const Watch &w : std::as_const(all))
        out += QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(w.name, w.scanner)
                   .arg(w.lastScan)
                   .arg(w.runs)
                   .arg(w.lastRun.toString(Qt::ISODateWithMs))
                   .toUtf8();
    for (const WatchEvent &e : std::as_const(events))
        out += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace

void TestPgStore::copiedBothWays()
{
    // A site's SQLite store into the shared PostgreSQL one and back again
    // (StoreCopy; portolan-cli store copy): the same scans, devices, watches and
    // events, under the same ids, and new rows numbered after them.
    if (!m_why.isEmpty())
        PORTOLAN_SKIP(m_why);
    QTemporaryDir dir;
    const QString sqlite = dir.filePath(QStringLiteral("site.sqlite"));
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    const QString shared = freshStore();
    QVERIFY(!shared.isEmpty());
    QString notice;
    QString error;
    HistoryStore site;
    QVERIFY2(site.open(sqlite, &notice, &error), qPrintable(error));
    qint64 id = 0;
    ScanReport first = SampleReport::sample();
    QVERIFY(site.save(first, &id, &error));
    QVERIFY(site.remove(id, &error)); // ids with a gap
    QVERIFY(site.save(first, &id, &error));
    first.started = first.started.addSecs(3600);
    first.results.removeFirst();
    QVERIFY(site.save(first, &id, &error));
    Watch w;
    w.name = QStringLiteral("lab");
    w.targets = first.targets;
    w.ports = first.ports;
    w.nextRun = first.started;
    WatchStore siteWatches(site);
    QVERIFY2(siteWatches.add(&w, &error), qPrintable(error));
    bool claimed = false;
    QVERIFY(siteWatches.claim(w.name, true, first.started, &w, &claimed, &error) && claimed);
    WatchEvent e;
    e.time = first.started;
    e.kind = QStringLiteral("port-closed");
    e.address = QStringLiteral("198.18.0.1");
    e.port = 22;
    e.before = QJsonObject { { QStringLiteral("port"), 22 } };
    QList<WatchEvent> events { e };
    QVERIFY2(siteWatches.finish(w, first.started, id, &events, {}, &error), qPrintable(error));
    qint64 device = 0;
    QVERIFY(DeviceStore(site).find(QStringLiteral("198.18.0.1"), &device, &error));
    QVERIFY(DeviceStore(site).setLabel(device, QStringLiteral("gateway"), &error));
    const QByteArray original = everything(site);
    QVERIFY2(
        original.contains("gateway") && original.contains("port-closed"), original.constData());

    HistoryStore pg;
    QVERIFY2(pg.open(shared, &notice, &error), qPrintable(error));
    QList<StoreCopy::Count> counts;
    QVERIFY2(StoreCopy::copy(site, pg, &counts, &error), qPrintable(error));
    QCOMPARE(counts.size(), StoreCopy::tables().size());
    QCOMPARE(counts[0].table, QStringLiteral("scans"));
    QCOMPARE(counts[0].rows, 2);
    QCOMPARE(everything(pg), original);
    HistoryStore copy;
    QVERIFY2(copy.open(back, &notice, &error), qPrintable(error));
    QVERIFY2(StoreCopy::copy(pg, copy, &counts, &error), qPrintable(error));
    QCOMPARE(everything(copy), original);

    // A store that holds anything is not a target; nothing is written to it.
    QVERIFY(!StoreCopy::copy(site, pg, &counts, &error));
    QVERIFY2(error.contains(QStringLiteral("not empty")), qPrintable(error));
    QCOMPARE(everything(pg), original);
    // New rows are numbered after the copied ones, on both engines.
    for (HistoryStore *store : { &pg, &copy }) {
        qint64 next = 0;
        QVERIFY2(store->save(first, &next, &error), qPrintable(error));
        QCOMPARE(next, id + 1);
    }
}

void TestPgStore::serverAwayKeepsScans()
{
    // The server stops while scans end: each is kept on this machine, said, and
    // written when it is back (store flush, or the next save that reaches it), in
    // the order they ended, with the scanner that made them.
    if (!m_why.isEmpty())
        PORTOLAN_SKIP(m_why);
    PgServer server;
    QString why;
    QVERIFY2(server.start(&why), qPrintable(why));
    QTemporaryDir data;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    const auto restore = qScopeGuard([&] { qputenv("XDG_DATA_HOME", saved); });
    const QString url = QStringLiteral("postgresql://%1@localhost/%2?host=%3")
                            .arg(PgServer::user(), PgServer::database(), server.socketDirectory());
    QList<ScanReport> scans;
    for (int i = 0; i < 5; ++i) {
        ScanReport r = SampleReport::sample();
        r.started = r.started.addSecs(60LL * i);
        r.targets = QStringLiteral("198.18.0.0/30 scan-%1").arg(i);
        scans.append(r);
    }
    qint64 id = 0;
    QString notice;
    QString error;
    using Outcome = PendingScans::Outcome;
    QVERIFY2(PendingScans::saveOrKeep(url, scans[0], 0, &id, &notice, &error) == Outcome::Saved,
        qPrintable(error));
    QVERIFY(id > 0);
    QVERIFY2(notice.isEmpty(), qPrintable(notice));

    QVERIFY2(server.stop(&why), qPrintable(why));
    for (int i : { 1, 2 }) {
        QVERIFY2(PendingScans::saveOrKeep(url, scans[i], 0, &id, &notice, &error) == Outcome::Kept,
            qPrintable(error));
        QCOMPARE(id, 0);
        QVERIFY2(notice.contains(QStringLiteral("store flush"))
                && notice.contains(PendingScans::folder()),
            qPrintable(notice));
    }
    QCOMPARE(PendingScans::files().size(), 2);
    QVERIFY2(server.resume(&why), qPrintable(why));
    HistoryStore store;
    QVERIFY2(store.open(url, &notice, &error), qPrintable(error));
    int written = 0;
    QVERIFY2(PendingScans::flush(&store, 0, &written, &error), qPrintable(error));
    QCOMPARE(written, 2);
    QVERIFY(PendingScans::files().isEmpty());
    QVERIFY2(PendingScans::flush(&store, 0, &written, &error), qPrintable(error));
    QCOMPARE(written, 0); // nothing twice

    // Away again for one scan; the next save, the server back, writes it first.
    QVERIFY2(server.stop(&why), qPrintable(why));
    QCOMPARE(PendingScans::saveOrKeep(url, scans[3], 0, &id, &notice, &error), Outcome::Kept);
    QCOMPARE(PendingScans::files().size(), 1);
    QVERIFY2(server.resume(&why), qPrintable(why));
    QVERIFY2(PendingScans::saveOrKeep(url, scans[4], 0, &id, &notice, &error) == Outcome::Saved,
        qPrintable(error));
    QVERIFY(id > 0);
    QVERIFY2(
        notice.startsWith(QStringLiteral("1 scan")) && notice.contains(QStringLiteral("written")),
        qPrintable(notice));
    QVERIFY(PendingScans::files().isEmpty());

    HistoryStore after;
    QVERIFY2(after.open(url, &notice, &error), qPrintable(error));
    QList<HistoryStore::Entry> entries;
    QVERIFY(after.list({}, &entries, &error));
    QCOMPARE(entries.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const HistoryStore::Entry &e = entries.at(4 - i); // oldest last
        QCOMPARE(e.targets, scans[i].targets);
        QCOMPARE(e.scanner, ScannerName::current());
        ScanReport back;
        QVERIFY(after.load(e.id, &back, &error));
        QCOMPARE(JsonFormat::toJson(back), JsonFormat::toJson(scans[i]));
    }
}

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
