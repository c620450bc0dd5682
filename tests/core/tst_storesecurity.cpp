// The shared store secured (issue 33): a real PostgreSQL server of the test's own,
// in the test's own network namespace, with TLS (a CA, server and client
// certificates made here with openssl) and scram-sha-256. Each role's rights are
// checked by trying, as that role, what it must not do: with SQL straight to the
// server, through the stores, and through portolan-cli.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/isolatedtest.h"
#include "common/netns.h"
#include "common/pgserver.h"
#include "common/samplereport.h"
#include "common/skip.h"
#include "core/history/devicestore.h"
#include "core/history/historyschema.h"
#include "core/history/historysql.h"
#include "core/history/historystore.h"
#include "core/history/pendingscans.h"
#include "core/history/scannername.h"
#include "core/history/storeroles.h"
#include "core/history/storestatus.h"
#include "core/history/storeurl.h"
#include "core/watch/watchstore.h"

namespace {

// An address of this namespace's own that is not loopback, as a server on the
// network would be (RFC 2544's benchmarking range).
const QString networkAddress = QStringLiteral("198.18.0.1");

} // namespace

class TestStoreSecurity : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void initTestCase();
    void init();
    void urlTls_data();
    void urlTls();
    void verifiedConnection();
    void identityNotCheckedIsSaid();
    void refusalsAreNotOutages_data();
    void refusalsAreNotOutages();
    void scannerWritesOnlyItsOwn();
    void sharedDevicesCannotBeErased();
    void viewerWritesNothing();
    void scannerNameBoundToRole();
    void certificateInPlaceOfPassword();
    void throughTheCli();
    void removeRole();
    void rebuiltTableKeepsItsPolicies();

private:
    // The URL of the store for user (password in the URL where given), over TLS
    // to host with the test's CA, plus extra query items.
    QString url(const QString &user, const QString &password, const QString &host = {},
        const QString &extra = {}) const;
    bool openssl(const QStringList &args);
    // A connection as user straight to the server (for SQL as that role).
    QSqlDatabase connectAs(const QString &user, const QString &password,
        const QString &database = QStringLiteral("store"));
    // Runs sql on db: whether it ran, and the rows it changed in *rows.
    static bool exec(
        QSqlDatabase &db, const QString &sql, int *rows = nullptr, QString *error = nullptr);
    static qint64 count(QSqlDatabase &db, const QString &sql);
    bool saveAs(const QString &user, const QString &password, qint64 *id);
    int cli(const QStringList &args, QString *err = nullptr, QString *out = nullptr);
    QString passwordFile(const QString &password);

    QTemporaryDir m_dir;
    PgServer m_server;
    QString m_why;
    bool m_ready = false;
    int m_connections = 0;
};

bool TestStoreSecurity::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        m_why = QStringLiteral("openssl %1: %2")
                    .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

void TestStoreSecurity::initTestCase()
{
    if (!m_isolated)
        PORTOLAN_SKIP(QStringLiteral("needs a private network namespace: ") + m_why);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        PORTOLAN_SKIP(QStringLiteral("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)"));
    // A network address of this namespace's own, for a server "on the network"
    // (given to its loopback interface: the namespace has no other).
    if (TestNet::run({ QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"),
            networkAddress + QStringLiteral("/32"), QStringLiteral("dev"), QStringLiteral("lo") })
        != 0)
        PORTOLAN_SKIP(QStringLiteral("cannot add an address in the test's namespace"));
    // The test's CA; the server's certificate for 127.0.0.1 and localhost and the
    // network address; a client certificate for the role site-c; and a second CA
    // that signed nothing the server has.
    const QString days = QStringLiteral("2");
    const bool made
        = openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), days,
              QStringLiteral("-subj"), QStringLiteral("/CN=Portolan Test CA"),
              QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
              QStringLiteral("ca.crt") })
        && openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), days,
            QStringLiteral("-subj"), QStringLiteral("/CN=Another CA"), QStringLiteral("-keyout"),
            QStringLiteral("other.key"), QStringLiteral("-out"), QStringLiteral("other.crt") });
    QVERIFY2(made, qPrintable(m_why));
    const auto issue = [this, &days](
                           const QString &name, const QString &subject, const QString &extension) {
        QStringList sign { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-days"), days, QStringLiteral("-out"), name + QStringLiteral(".crt") };
        if (!extension.isEmpty()) {
            QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
            if (!ext.open(QIODevice::WriteOnly) || ext.write(extension.toUtf8()) < 0)
                return false;
            ext.close();
            sign << QStringLiteral("-extfile") << ext.fileName();
        }
        return openssl({ QStringLiteral("req"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   subject, QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                   QStringLiteral("-out"), name + QStringLiteral(".csr") })
            && openssl(sign)
            && QFile::setPermissions(m_dir.filePath(name + QStringLiteral(".key")),
                QFile::ReadOwner | QFile::WriteOwner);
    };
    QVERIFY2(issue(QStringLiteral("server"), QStringLiteral("/CN=127.0.0.1"),
                 QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost,IP:") + networkAddress),
        qPrintable(m_why));
    QVERIFY2(issue(QStringLiteral("site-c"), QStringLiteral("/CN=site-c"), QString()),
        qPrintable(m_why));
    // Certificates for the role site-c; passwords for the others; nothing in the clear.
    PgServer::Tls tls { m_dir.filePath(QStringLiteral("server.crt")),
        m_dir.filePath(QStringLiteral("server.key")), m_dir.filePath(QStringLiteral("ca.crt")),
        { QStringLiteral("hostssl all site-c all cert"),
            QStringLiteral("hostssl all all all scram-sha-256"),
            QStringLiteral("host all all all reject") } };
    if (!m_server.startWithTls(tls, &m_why))
        PORTOLAN_SKIP(m_why);
    QVERIFY2(m_server.psql(PgServer::database(),
                 QStringLiteral("CREATE ROLE owner LOGIN CREATEROLE PASSWORD 'owner-pw'"), &m_why),
        qPrintable(m_why));
    QVERIFY2(m_server.psql(
                 PgServer::database(), QStringLiteral("CREATE DATABASE store OWNER owner"), &m_why),
        qPrintable(m_why));
    // The owner makes the tables, then the roles.
    HistoryStore owner;
    QString notice;
    QString error;
    QVERIFY2(owner.open(url(QStringLiteral("owner"), QStringLiteral("owner-pw")), &notice, &error),
        qPrintable(error));
    QSqlDatabase db = QSqlDatabase::database(owner.connectionName(), false);
    for (const auto &[name, kind, password] :
        { std::tuple {
              QStringLiteral("site-a"), StoreRoles::Kind::Scanner, QStringLiteral("a-pw") },
            std::tuple {
                QStringLiteral("site-b"), StoreRoles::Kind::Scanner, QStringLiteral("b-pw") },
            std::tuple { QStringLiteral("site-c"), StoreRoles::Kind::Scanner, QString() },
            std::tuple {
                QStringLiteral("audit"), StoreRoles::Kind::Viewer, QStringLiteral("v-pw") } })
        QVERIFY2(StoreRoles::add(db, kind, name, password, &error), qPrintable(error));
    m_ready = true;
}

void TestStoreSecurity::init()
{
    if (!m_ready)
        PORTOLAN_SKIP(QStringLiteral("the server did not start: ") + m_why);
    ScannerName::set(QString());
    qunsetenv("PORTOLAN_SCANNER");
}

QString TestStoreSecurity::url(
    const QString &user, const QString &password, const QString &host, const QString &extra) const
{
    QString text = QStringLiteral("postgresql://") + user;
    if (!password.isEmpty())
        text += QLatin1Char(':') + password;
    text += QLatin1Char('@') + (host.isEmpty() ? QStringLiteral("127.0.0.1") : host)
        + QStringLiteral("/store?sslrootcert=") + m_dir.filePath(QStringLiteral("ca.crt"));
    if (!extra.isEmpty())
        text += QLatin1Char('&') + extra;
    return text;
}

QSqlDatabase TestStoreSecurity::connectAs(
    const QString &user, const QString &password, const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        QStringLiteral("QPSQL"), QStringLiteral("as-%1-%2").arg(user).arg(++m_connections));
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database);
    db.setConnectOptions(QStringLiteral("sslmode=verify-full;sslrootcert=")
        + m_dir.filePath(QStringLiteral("ca.crt")));
    if (!db.open())
        qWarning("%s", qPrintable(db.lastError().text()));
    return db;
}

bool TestStoreSecurity::exec(QSqlDatabase &db, const QString &sql, int *rows, QString *error)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (rows)
        *rows = q.numRowsAffected();
    if (error)
        *error = q.lastError().text();
    return ok;
}

qint64 TestStoreSecurity::count(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

bool TestStoreSecurity::saveAs(const QString &user, const QString &password, qint64 *id)
{
    HistoryStore store;
    QString notice;
    QString error;
    const bool ok = store.open(url(user, password), &notice, &error)
        && store.save(SampleReport::sample(), id, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

QString TestStoreSecurity::passwordFile(const QString &password)
{
    const QString path = m_dir.filePath(QStringLiteral("pw-%1").arg(++m_connections));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(password.toUtf8() + '\n');
    f.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

int TestStoreSecurity::cli(const QStringList &args, QString *err, QString *out)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("cli-data")));
    env.remove(QStringLiteral("PORTOLAN_SCANNER"));
    env.remove(QStringLiteral("PORTOLAN_STORE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PORTOLAN_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        return -1;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestStoreSecurity::urlTls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mode"); // the effective sslmode, "error" for bad text
    QTest::addColumn<bool>("warns"); // the identity is not checked, and said
    QTest::newRow("CA file: verify-full") << "postgresql://s@db.example/inv?sslrootcert=/etc/ca.pem"
                                          << "verify-full" << false;
    QTest::newRow("network, no CA: require") << "postgresql://s@db.example/inv"
                                             << "require" << true;
    QTest::newRow("network address, no CA") << "postgresql://s@198.18.0.1:6000/inv"
                                            << "require" << true;
    QTest::newRow("explicit mode wins")
        << "postgresql://s@db.example/inv?sslmode=verify-ca&sslrootcert=/c"
        << "verify-ca" << true;
    QTest::newRow("loopback: libpq's own") << "postgresql://s@127.0.0.1/inv"
                                           << "" << false;
    QTest::newRow("socket: libpq's own") << "postgresql://s@/inv?host=/run/pg"
                                         << "" << false;
    QTest::newRow("client certificate")
        << "postgresql://s@db.example/inv?sslrootcert=/c&sslcert=/s.crt&sslkey=/s.key"
        << "verify-full" << false;
    QTest::newRow("unknown mode") << "postgresql://s@db.example/inv?sslmode=maybe"
                                  << "error" << false;
    QTest::newRow("certificate without key") << "postgresql://s@db.example/inv?sslcert=/s.crt"
                                             << "error" << false;
    QTest::newRow("unknown parameter") << "postgresql://s@db.example/inv?sslcompression=1"
                                       << "error" << false;
    QTest::newRow("quote in a path") << "postgresql://s@db.example/inv?sslrootcert=/a'b"
                                     << "error" << false;
}

void TestStoreSecurity::urlTls()
{
    QFETCH(QString, text);
    QFETCH(QString, mode);
    QFETCH(bool, warns);
    StoreUrl u;
    QString error;
    const bool ok = StoreUrl::parse(text, &u, &error);
    if (mode == QLatin1String("error")) {
        QVERIFY(!ok);
        QVERIFY(!error.isEmpty() && !error.contains(QLatin1Char('\n')));
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(u.effectiveSslMode(), mode);
    QCOMPARE(!u.identityWarning().isEmpty(), warns);
    // Written back and read again, the same store (the History Store dialog does so).
    StoreUrl back;
    QVERIFY2(StoreUrl::parse(u.toText(true), &back, &error), qPrintable(error));
    QCOMPARE(back.effectiveSslMode(), mode);
    QCOMPARE(back.sslRootCert, u.sslRootCert);
    QCOMPARE(back.sslCert, u.sslCert);
    QCOMPARE(back.display(), u.display());
}

void TestStoreSecurity::verifiedConnection()
{
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY2(store.open(url(QStringLiteral("site-a"), QStringLiteral("a-pw")), &notice, &error),
        qPrintable(error));
    StoreStatus::Connection c;
    QVERIFY2(StoreStatus::connection(store, &c, &error), qPrintable(error));
    QVERIFY(c.encrypted);
    QVERIFY2(c.tlsVersion.startsWith(QLatin1String("TLSv1.")), qPrintable(c.tlsVersion));
    QCOMPARE(c.role, QStringLiteral("site-a"));
}

void TestStoreSecurity::identityNotCheckedIsSaid()
{
    // A server on the network, no CA given: still encrypted (require), and the
    // status says the identity is not checked.
    const QString unchecked
        = QStringLiteral("postgresql://site-a:a-pw@%1/store").arg(networkAddress);
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY2(store.open(unchecked, &notice, &error), qPrintable(error));
    StoreStatus::Connection c;
    QVERIFY2(StoreStatus::connection(store, &c, &error), qPrintable(error));
    QVERIFY(c.encrypted);
    QString out;
    QCOMPARE(cli({ QStringLiteral("--store"), unchecked, QStringLiteral("store"),
                     QStringLiteral("status") },
                 nullptr, &out),
        0);
    QVERIFY2(out.contains(QLatin1String("encrypted (TLSv1."))
            && out.contains(QLatin1String("identity is not checked")),
        qPrintable(out));
    // With the CA: checked, and said so.
    QCOMPARE(cli({ QStringLiteral("--store"),
                     url(QStringLiteral("site-a"), QStringLiteral("a-pw"), networkAddress),
                     QStringLiteral("store"), QStringLiteral("status") },
                 nullptr, &out),
        0);
    QVERIFY2(out.contains(QLatin1String("certificate and name are checked"))
            && !out.contains(QLatin1String("not checked")),
        qPrintable(out));
}

void TestStoreSecurity::refusalsAreNotOutages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cause"); // what the message names
    const QString base = QStringLiteral("postgresql://site-a:%1@%2/store?%3");
    const QString ca = QStringLiteral("sslrootcert=") + m_dir.filePath(QStringLiteral("ca.crt"));
    const QString other
        = QStringLiteral("sslrootcert=") + m_dir.filePath(QStringLiteral("other.crt"));
    QTest::newRow("wrong password") << base.arg(QStringLiteral("nope"), QStringLiteral("127.0.0.1"),
        ca) << "password authentication failed";
    QTest::newRow("another CA") << base.arg(QStringLiteral("a-pw"), QStringLiteral("127.0.0.1"),
        other) << "certificate";
    QTest::newRow("name not in the certificate")
        << base.arg(QStringLiteral("a-pw"), QStringLiteral("127.0.0.2"), ca) << "does not match";
    QTest::newRow("unencrypted") << base.arg(
        QStringLiteral("a-pw"), QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=disable"))
                                 << "pg_hba.conf";
}

void TestStoreSecurity::refusalsAreNotOutages()
{
    QFETCH(QString, text);
    QFETCH(QString, cause);
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY(!store.open(text, &notice, &error));
    QVERIFY2(error.contains(cause), qPrintable(error));
    QVERIFY2(HistorySql::isRefusal(error), qPrintable(error));
    // The scan is kept here all the same, and the CLI says why, once, and exits 2.
    const QString data = m_dir.filePath(QStringLiteral("cli-data"));
    QDir(data).removeRecursively();
    QString err;
    QCOMPARE(cli({ QStringLiteral("--store"), text, QStringLiteral("-p"), QStringLiteral("9"),
                     QStringLiteral("127.0.0.1") },
                 &err),
        2);
    QVERIFY2(err.contains(QLatin1String("refused this scanner")) && err.contains(cause)
            && err.contains(QLatin1String("store flush")) && err.count(QLatin1Char('\n')) == 1,
        qPrintable(err));
    QCOMPARE(QDir(data + QStringLiteral("/portolan/pending"))
                 .entryList({ QStringLiteral("*.json") }, QDir::Files)
                 .size(),
        1);
}

void TestStoreSecurity::scannerWritesOnlyItsOwn()
{
    qint64 a = 0;
    qint64 b = 0;
    QVERIFY(saveAs(QStringLiteral("site-a"), QStringLiteral("a-pw"), &a));
    QVERIFY(saveAs(QStringLiteral("site-b"), QStringLiteral("b-pw"), &b));
    QSqlDatabase db = connectAs(QStringLiteral("site-a"), QStringLiteral("a-pw"));
    QVERIFY(db.isOpen());
    const QString bScan = QString::number(b);
    // Recorded as its role's scanner, whatever the host's name.
    QCOMPARE(count(db,
                 QStringLiteral("SELECT COUNT(*) FROM scans WHERE id = %1 AND scanner = "
                                "'site-a'")
                     .arg(a)),
        1);
    // Reading: everything. Changing or deleting another scanner's rows: nothing.
    const qint64 bHosts
        = count(db, QStringLiteral("SELECT COUNT(*) FROM hosts WHERE scan_id = ") + bScan);
    QVERIFY(bHosts > 0);
    int rows = -1;
    QVERIFY(exec(db, QStringLiteral("DELETE FROM scans WHERE id = ") + bScan, &rows));
    QCOMPARE(rows, 0);
    QVERIFY(exec(db, QStringLiteral("UPDATE scans SET targets = 'x' WHERE id = ") + bScan, &rows));
    QCOMPARE(rows, 0);
    QVERIFY(exec(db, QStringLiteral("DELETE FROM hosts WHERE scan_id = ") + bScan, &rows));
    QCOMPARE(rows, 0);
    QVERIFY(exec(db, QStringLiteral("DELETE FROM results WHERE scan_id = ") + bScan, &rows));
    QCOMPARE(rows, 0);
    // Writing a row as another scanner, or into another scanner's scan: refused.
    QString error;
    QVERIFY(!exec(db,
        QStringLiteral("INSERT INTO scans(started, elapsed_ms, targets, ports, scanner) VALUES "
                       "('2026-01-01T00:00:00Z', 1, 't', 'p', 'site-b')"),
        nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("row-level security")), qPrintable(error));
    QVERIFY(!exec(db,
        QStringLiteral("INSERT INTO hosts(scan_id, host_id, address) VALUES (%1, 999, '1.2.3.4')")
            .arg(bScan),
        nullptr, &error));
    QVERIFY(!exec(db, QStringLiteral("UPDATE scans SET scanner = 'site-b' WHERE id = %1").arg(a),
        nullptr, &error));
    // Its own: yes.
    QVERIFY(
        exec(db, QStringLiteral("UPDATE scans SET targets = 'mine' WHERE id = %1").arg(a), &rows));
    QCOMPARE(rows, 1);
    // The tables themselves and their security: the owner's.
    QVERIFY(!exec(db, QStringLiteral("ALTER TABLE scans DISABLE ROW LEVEL SECURITY")));
    QVERIFY(!exec(db, QStringLiteral("DROP TABLE scans")));
    QVERIFY(!exec(db, QStringLiteral("DELETE FROM portolan_roles")));
    QVERIFY(!exec(db, QStringLiteral("UPDATE portolan_schema SET version = 1")));

    // Watches and events, through the stores and with SQL.
    HistoryStore bStore;
    QString notice;
    QVERIFY2(bStore.open(url(QStringLiteral("site-b"), QStringLiteral("b-pw")), &notice, &error),
        qPrintable(error));
    WatchStore watches(bStore);
    Watch w;
    w.name = QStringLiteral("b-office");
    w.targets = QStringLiteral("198.18.0.0/30");
    w.ports = QStringLiteral("22");
    w.everySeconds = 3600;
    QVERIFY2(watches.add(&w, &error), qPrintable(error));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM watches WHERE name = 'b-office'"), &rows));
    QCOMPARE(rows, 0);
    QVERIFY(
        exec(db, QStringLiteral("UPDATE watches SET paused = 1 WHERE name = 'b-office'"), &rows));
    QCOMPARE(rows, 0);
    QVERIFY(!exec(db,
        QStringLiteral("INSERT INTO watch_events(watch_id, time, kind, scanner) SELECT id, 't', "
                       "'port-opened', 'site-b' FROM watches WHERE name = 'b-office'")));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM watch_state"), &rows));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM watches WHERE name = 'b-office'")), 1);
    // Through the store as site-a: deleting site-b's scan changes nothing.
    HistoryStore aStore;
    QVERIFY2(aStore.open(url(QStringLiteral("site-a"), QStringLiteral("a-pw")), &notice, &error),
        qPrintable(error));
    aStore.remove(b, &error);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scans WHERE id = ") + bScan), 1);
    QCOMPARE(
        count(db, QStringLiteral("SELECT COUNT(*) FROM hosts WHERE scan_id = ") + bScan), bHosts);
}

void TestStoreSecurity::sharedDevicesCannotBeErased()
{
    qint64 a = 0;
    qint64 b = 0;
    QVERIFY(saveAs(QStringLiteral("site-a"), QStringLiteral("a-pw"), &a));
    QVERIFY(saveAs(QStringLiteral("site-b"), QStringLiteral("b-pw"), &b));
    QSqlDatabase db = connectAs(QStringLiteral("site-a"), QStringLiteral("a-pw"));
    QVERIFY(db.isOpen());
    const qint64 shared
        = count(db, QStringLiteral("SELECT COUNT(*) FROM devices WHERE mac IS NOT NULL"));
    const qint64 addresses = count(db,
        QStringLiteral("SELECT COUNT(*) FROM device_addresses a JOIN devices d ON d.id = "
                       "a.device_id WHERE d.mac IS NOT NULL"));
    QVERIFY(shared > 0 && addresses > 0);
    int rows = -1;
    QString error;
    // A shared device cannot be forgotten, nor its addresses or names dropped, nor
    // its MAC changed, nor its sighting put on another scanner.
    QVERIFY(exec(db, QStringLiteral("DELETE FROM devices WHERE mac IS NOT NULL"), &rows));
    QCOMPARE(rows, 0);
    QVERIFY(exec(db,
        QStringLiteral("DELETE FROM device_addresses WHERE device_id IN (SELECT id FROM devices "
                       "WHERE mac IS NOT NULL)"),
        &rows));
    QCOMPARE(rows, 0);
    QVERIFY(exec(db,
        QStringLiteral("DELETE FROM device_names WHERE device_id IN (SELECT id FROM devices "
                       "WHERE mac IS NOT NULL)"),
        &rows));
    QCOMPARE(rows, 0);
    QVERIFY(!exec(db, QStringLiteral("UPDATE devices SET mac = NULL WHERE mac IS NOT NULL"),
        nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("keeps it")), qPrintable(error));
    QVERIFY(!exec(db, QStringLiteral("UPDATE devices SET scanner = 'site-c' WHERE mac IS NOT NULL"),
        nullptr, &error));
    QVERIFY(!exec(db,
        QStringLiteral("UPDATE device_addresses SET address = '0.0.0.0' WHERE device_id IN "
                       "(SELECT id FROM devices WHERE mac IS NOT NULL)"),
        nullptr, &error));
    QCOMPARE(
        count(db, QStringLiteral("SELECT COUNT(*) FROM devices WHERE mac IS NOT NULL")), shared);
    // Through the inventory as site-a: forgetting it is refused, and said as such.
    {
        HistoryStore store;
        QString notice;
        QVERIFY2(store.open(url(QStringLiteral("site-a"), QStringLiteral("a-pw")), &notice, &error),
            qPrintable(error));
        const qint64 id
            = count(db, QStringLiteral("SELECT MIN(id) FROM devices WHERE mac IS NOT NULL"));
        QVERIFY(!DeviceStore(store).forget(id, &error));
        QVERIFY2(
            error.startsWith(QLatin1String("permission denied")) && HistorySql::isRefusal(error),
            qPrintable(error));
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM devices WHERE id = %1").arg(id)), 1);
        QVERIFY(!DeviceStore(store).forget(id + 100000, &error));
        QVERIFY2(error.contains(QLatin1String("no device")), qPrintable(error));
    }
    // What it saw it records: seen now, by itself, and a label.
    QVERIFY(exec(db,
        QStringLiteral("UPDATE devices SET last_seen = '2027-01-01T00:00:00Z', scanner = 'site-a', "
                       "label = 'printer' WHERE mac IS NOT NULL"),
        &rows));
    QCOMPARE(rows, static_cast<int>(shared));
    // Another scanner's device known by its address: untouchable.
    QVERIFY(exec(db,
        QStringLiteral("UPDATE devices SET label = 'x' WHERE mac IS NULL AND scanner = 'site-b'"),
        &rows));
    QCOMPARE(rows, 0);
    QVERIFY(exec(
        db, QStringLiteral("DELETE FROM devices WHERE mac IS NULL AND scanner = 'site-b'"), &rows));
    QCOMPARE(rows, 0);
    // Its own such device: it may forget it.
    QVERIFY(exec(
        db, QStringLiteral("DELETE FROM devices WHERE mac IS NULL AND scanner = 'site-a'"), &rows));
    QVERIFY(rows > 0);
}

void TestStoreSecurity::viewerWritesNothing()
{
    qint64 a = 0;
    QVERIFY(saveAs(QStringLiteral("site-a"), QStringLiteral("a-pw"), &a));
    QSqlDatabase db = connectAs(QStringLiteral("audit"), QStringLiteral("v-pw"));
    QVERIFY(db.isOpen());
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM scans")) > 0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM devices")) > 0);
    QString error;
    for (const QString &sql :
        { QStringLiteral("DELETE FROM scans"), QStringLiteral("UPDATE devices SET label = 'x'"),
            QStringLiteral(
                "INSERT INTO watches(name, targets, ports, options, every_s, created, "
                "next_run, scanner) VALUES ('v', 't', 'p', '{}', 60, 'x', 'x', 'audit')"),
            QStringLiteral("DELETE FROM watch_events") }) {
        QVERIFY2(!exec(db, sql, nullptr, &error), qPrintable(sql));
        QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
    }
    // Through the store: it reads the history; a save is refused, as a refusal.
    HistoryStore store;
    QString notice;
    QVERIFY2(store.open(url(QStringLiteral("audit"), QStringLiteral("v-pw")), &notice, &error),
        qPrintable(error));
    QList<HistoryStore::Entry> entries;
    QVERIFY2(store.list(QString(), &entries, &error), qPrintable(error));
    QVERIFY(!entries.isEmpty());
    qint64 id = 0;
    QVERIFY(!store.save(SampleReport::sample(), &id, &error));
    QVERIFY2(HistorySql::isRefusal(error), qPrintable(error));
}

void TestStoreSecurity::scannerNameBoundToRole()
{
    // Another scanner's name with site-a's role: refused at once, one line.
    ScannerName::set(QStringLiteral("site-b"));
    auto unset = qScopeGuard([] { ScannerName::set(QString()); });
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY(!store.open(url(QStringLiteral("site-a"), QStringLiteral("a-pw")), &notice, &error));
    QVERIFY2(error.contains(QLatin1String("site-a")) && error.contains(QLatin1String("site-b"))
            && !error.contains(QLatin1Char('\n')),
        qPrintable(error));
    QString err;
    QCOMPARE(cli({ QStringLiteral("--store"), url(QStringLiteral("site-a"), QStringLiteral("a-pw")),
                     QStringLiteral("--scanner"), QStringLiteral("site-b"),
                     QStringLiteral("history"), QStringLiteral("list") },
                 &err),
        2);
    QVERIFY2(err.contains(QLatin1String("refused")) && err.count(QLatin1Char('\n')) == 1,
        qPrintable(err));
    // Its own name, given or not: fine.
    ScannerName::set(QStringLiteral("site-a"));
    HistoryStore own;
    QVERIFY2(own.open(url(QStringLiteral("site-a"), QStringLiteral("a-pw")), &notice, &error),
        qPrintable(error));
    QCOMPARE(own.scanner(), QStringLiteral("site-a"));
}

void TestStoreSecurity::certificateInPlaceOfPassword()
{
    const QString withCert = url(QStringLiteral("site-c"), QString(), QString(),
        QStringLiteral("sslcert=%1&sslkey=%2")
            .arg(m_dir.filePath(QStringLiteral("site-c.crt")),
                m_dir.filePath(QStringLiteral("site-c.key"))));
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY2(store.open(withCert, &notice, &error), qPrintable(error));
    qint64 id = 0;
    QVERIFY2(store.save(SampleReport::sample(), &id, &error), qPrintable(error));
    QCOMPARE(store.scanner(), QStringLiteral("site-c"));
    // Without the certificate, site-c has no way in.
    HistoryStore without;
    QVERIFY(!without.open(url(QStringLiteral("site-c"), QString()), &notice, &error));
    QVERIFY2(HistorySql::isRefusal(error), qPrintable(error));
}

void TestStoreSecurity::throughTheCli()
{
    const QString owner = url(QStringLiteral("owner"), QStringLiteral("owner-pw"));
    QString out;
    QString err;
    // A new scanner and a new viewer, by the owner.
    QCOMPARE(cli({ QStringLiteral("--store"), owner, QStringLiteral("store"),
                     QStringLiteral("add-scanner"), QStringLiteral("site-d"),
                     QStringLiteral("--password-file"), passwordFile(QStringLiteral("d-pw")) },
                 &err, &out),
        0);
    QVERIFY2(out.contains(QLatin1String("site-d")), qPrintable(err + out));
    QCOMPARE(
        cli({ QStringLiteral("--store"), owner, QStringLiteral("store"), QStringLiteral("roles") },
            &err, &out),
        0);
    QVERIFY2(out.contains(QLatin1String("site-d")) && out.contains(QLatin1String("audit")),
        qPrintable(out));
    // Bad input: one line, exit 2.
    const QString open = m_dir.filePath(QStringLiteral("open-pw"));
    {
        QFile f(open);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("pw\n");
    }
    QVERIFY(QFile::setPermissions(open, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    for (const QStringList &bad : { QStringList { QStringLiteral("add-scanner") },
             QStringList { QStringLiteral("add-scanner"), QStringLiteral("pg_x") },
             QStringList { QStringLiteral("add-viewer"), QStringLiteral("v2"),
                 QStringLiteral("--password-file"), open },
             QStringList { QStringLiteral("remove-role"), QStringLiteral("postgres") } }) {
        QCOMPARE(
            cli(QStringList { QStringLiteral("--store"), owner, QStringLiteral("store") } + bad,
                &err),
            2);
        QVERIFY2(err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    }
    // site-d scans into the store; deleting site-a's scans through the CLI as
    // site-d leaves them there.
    const QString d = url(QStringLiteral("site-d"), QStringLiteral("d-pw"));
    QCOMPARE(cli({ QStringLiteral("--store"), d, QStringLiteral("-p"), QStringLiteral("9"),
                     QStringLiteral("127.0.0.1") },
                 &err),
        0);
    QVERIFY2(!err.contains(QLatin1String("refused")), qPrintable(err));
    QSqlDatabase db = connectAs(QStringLiteral("site-d"), QStringLiteral("d-pw"));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scans WHERE scanner = 'site-d'")), 1);
    const qint64 others
        = count(db, QStringLiteral("SELECT COUNT(*) FROM scans WHERE scanner <> 'site-d'"));
    QVERIFY(others > 0);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM scans WHERE scanner = 'site-a' LIMIT 1"))
        && q.next());
    cli({ QStringLiteral("--store"), d, QStringLiteral("history"), QStringLiteral("delete"),
        q.value(0).toString() });
    QCOMPARE(
        count(db, QStringLiteral("SELECT COUNT(*) FROM scans WHERE scanner <> 'site-d'")), others);
    // A watch of site-d cannot be added under site-a's name.
    QCOMPARE(cli({ QStringLiteral("--store"), d, QStringLiteral("--scanner"),
                     QStringLiteral("site-a"), QStringLiteral("watch"), QStringLiteral("list") },
                 &err),
        2);
}

void TestStoreSecurity::removeRole()
{
    const QString owner = url(QStringLiteral("owner"), QStringLiteral("owner-pw"));
    qint64 b = 0;
    QVERIFY(saveAs(QStringLiteral("site-b"), QStringLiteral("b-pw"), &b));
    QString err;
    QString out;
    QCOMPARE(cli({ QStringLiteral("--store"), owner, QStringLiteral("store"),
                     QStringLiteral("remove-role"), QStringLiteral("site-b") },
                 &err, &out),
        0);
    // Gone: it cannot log in; its scans stay.
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY(!store.open(url(QStringLiteral("site-b"), QStringLiteral("b-pw")), &notice, &error));
    QVERIFY2(HistorySql::isRefusal(error), qPrintable(error));
    QSqlDatabase db = connectAs(QStringLiteral("audit"), QStringLiteral("v-pw"));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scans WHERE id = %1").arg(b)), 1);
    QCOMPARE(
        count(db, QStringLiteral("SELECT COUNT(*) FROM portolan_roles WHERE name = 'site-b'")), 0);
}

void TestStoreSecurity::rebuiltTableKeepsItsPolicies()
{
    // A store secured at schema 8; version 9 makes device_ports anew (its key gains
    // the protocol). The new table must be as secured as the old: row-level
    // security on, its policies, and each role's grants.
    QString error;
    QVERIFY2(m_server.psql(PgServer::database(),
                 QStringLiteral("CREATE DATABASE store8 OWNER owner"), &error),
        qPrintable(error));
    QSqlDatabase owner
        = connectAs(QStringLiteral("owner"), QStringLiteral("owner-pw"), QStringLiteral("store8"));
    QVERIFY(owner.isOpen());
    using HistorySchema::Engine;
    QVERIFY2(HistorySchema::migrate(owner, Engine::Postgresql, 0, 8, QStringLiteral("old"), &error),
        qPrintable(error));
    QVERIFY2(StoreRoles::add(owner, StoreRoles::Kind::Scanner, QStringLiteral("site-old"),
                 QStringLiteral("old-pw"), &error),
        qPrintable(error));
    QVERIFY2(StoreRoles::add(owner, StoreRoles::Kind::Viewer, QStringLiteral("audit-old"),
                 QStringLiteral("ao-pw"), &error),
        qPrintable(error));
    // A device of another scanner's, known by its address, with an open port.
    QVERIFY(exec(owner,
        QStringLiteral("INSERT INTO devices(id, first_seen, last_seen, scanner) VALUES (1, "
                       "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'other')")));
    QVERIFY(exec(owner,
        QStringLiteral("INSERT INTO device_ports(device_id, port, last_seen) VALUES (1, 53, "
                       "'2026-01-01T00:00:00Z')")));
    QVERIFY2(HistorySchema::migrate(owner, Engine::Postgresql, 8, 9, QStringLiteral("old"), &error),
        qPrintable(error));
    QCOMPARE(count(owner,
                 QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE relname = 'device_ports' AND "
                                "relrowsecurity")),
        1);
    QCOMPARE(count(owner,
                 QStringLiteral("SELECT COUNT(*) FROM pg_policies WHERE tablename = "
                                "'device_ports'")),
        2);
    QCOMPARE(count(owner, QStringLiteral("SELECT protocol FROM device_ports WHERE port = 53")), 0);

    QSqlDatabase scanner
        = connectAs(QStringLiteral("site-old"), QStringLiteral("old-pw"), QStringLiteral("store8"));
    QVERIFY(scanner.isOpen());
    QCOMPARE(count(scanner, QStringLiteral("SELECT COUNT(*) FROM device_ports")), 1);
    // Its own device takes 53/tcp and 53/udp; another scanner's takes nothing.
    QVERIFY(exec(scanner,
        QStringLiteral("INSERT INTO devices(id, first_seen, last_seen, scanner) VALUES (2, "
                       "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'site-old')")));
    int rows = -1;
    QVERIFY2(exec(scanner,
                 QStringLiteral("INSERT INTO device_ports(device_id, protocol, port, last_seen) "
                                "VALUES (2, 0, 53, 'x'), (2, 1, 53, 'x')"),
                 &rows, &error),
        qPrintable(error));
    QCOMPARE(rows, 2);
    QVERIFY(!exec(scanner,
        QStringLiteral("INSERT INTO device_ports(device_id, protocol, port, last_seen) VALUES "
                       "(1, 1, 53, 'x')"),
        nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("row-level security")), qPrintable(error));
    QVERIFY(exec(scanner, QStringLiteral("DELETE FROM device_ports WHERE device_id = 1"), &rows));
    QCOMPARE(rows, 0);
    // A viewer reads it and writes nothing.
    QSqlDatabase viewer
        = connectAs(QStringLiteral("audit-old"), QStringLiteral("ao-pw"), QStringLiteral("store8"));
    QVERIFY(viewer.isOpen());
    QCOMPARE(count(viewer, QStringLiteral("SELECT COUNT(*) FROM device_ports")), 3);
    QVERIFY(!exec(viewer, QStringLiteral("DELETE FROM device_ports"), nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
}

PORTOLAN_NETNS_TEST_MAIN(TestStoreSecurity)
#include "tst_storesecurity.moc"
