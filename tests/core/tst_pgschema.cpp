// The history's schema on PostgreSQL (issue 22, the shared store): every migration,
// as HistorySchema::forEngine words it, runs on a real server the test starts, and
// the tables take what the SQLite ones take (64-bit counts, binary banners, ids the
// database numbers). Also that the server the tests start dies with the test,
// however that ends.
#include <cstdio>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/netns.h"
#include "common/pgserver.h"
#include "common/skip.h"
#include "core/history/historyschema.h"

namespace {

// Set, this binary is not the test but a stand-in for one (standIn below).
constexpr char standInVariable[] = "PORTOLAN_PGSCHEMA_STANDIN";

// The command lines (pid, then the arguments) of the processes whose command line
// names path: the server's keeper and postmaster (its arguments), and every other
// server process (their titles show the cluster's name, which is its directory).
QStringList processesNaming(const QString &path)
{
    QStringList found;
    const QByteArray name = QFile::encodeName(path);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : entries) {
        bool isPid = false;
        pid.toInt(&isPid);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!isPid || !cmdline.open(QIODevice::ReadOnly))
            continue;
        QByteArray line = cmdline.readAll();
        if (line.contains(name))
            found.append(pid + QLatin1Char(' ') + QString::fromLocal8Bit(line.replace('\0', ' ')));
    }
    return found;
}

// Of those, the postmaster ("/usr/lib/postgresql/15/bin/postgres -D ...") and the
// processes it started ("postgres: CLUSTER: checkpointer").
QStringList postgresNaming(const QString &path)
{
    QStringList found;
    const QStringList all = processesNaming(path);
    for (const QString &process : all) {
        const QString program = process.section(QLatin1Char(' '), 1, 1);
        if (program.endsWith(QStringLiteral("/postgres")) || program == QStringLiteral("postgres:"))
            found.append(process);
    }
    return found;
}

// The stand-in: starts a server as a test would and says "ready DIR", or "failed
// DIR", why and "end", then waits for end of file on stdin (the test, which kills it
// first). With "broken-tls" it first moves into a network namespace of its own and
// starts the server with a certificate that is not one, so that the start fails.
int standIn(const QByteArray &mode)
{
    QString why;
    if (mode == "broken-tls" && !TestNet::enterPrivateNamespace(&why)) {
        std::printf("cannot %s\n", qPrintable(why));
        return 1;
    }
    PgServer server;
    bool started = false;
    if (mode == "broken-tls") {
        const QTemporaryDir tls;
        const QString notPem = tls.filePath(QStringLiteral("not.pem"));
        QFile file(notPem);
        if (!file.open(QIODevice::WriteOnly) || file.write("not a certificate\n") < 0)
            return 1;
        file.close();
        started = server.startWithTls({ notPem, notPem, notPem, {} }, &why);
    } else {
        started = server.start(&why);
    }
    std::printf("%s %s\n%s\nend\n", started ? "ready" : "failed",
        qPrintable(server.socketDirectory()), qPrintable(why));
    std::fflush(stdout);
    char buffer[64];
    while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) { }
    return 0;
}

} // namespace

class TestPgSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void translation_data();
    void translation();
    void everyMigrationRuns();
    void tablesTakeWhatSqliteTakes();
    void serverDiesWithItsTest();
    void failedStartLeavesNothing();

private:
    // Runs the stand-in in this mode until it has said its first line ("ready DIR"
    // or "failed DIR"); the directory in *dir, the rest of what it said in *said.
    bool runStandIn(QProcess *process, const QByteArray &mode, QString *dir, QString *said);

    PgServer m_server;
    QString m_why; // why the server is not there
    QString m_connection = QStringLiteral("pgschema");
};

void TestPgSchema::initTestCase()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_why = QStringLiteral("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)");
        return;
    }
    if (!m_server.start(&m_why))
        return;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(m_server.socketDirectory());
    db.setUserName(PgServer::user());
    db.setDatabaseName(PgServer::database());
    if (!db.open())
        m_why = QStringLiteral("cannot connect: ") + db.lastError().text();
}

void TestPgSchema::cleanupTestCase()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

void TestPgSchema::translation_data()
{
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgresql");
    QTest::newRow("identity") << "CREATE TABLE t(id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER)"
                              << "CREATE TABLE t(id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                                 "PRIMARY KEY, n BIGINT)";
    QTest::newRow("without rowid") << "CREATE TABLE t(a TEXT, PRIMARY KEY(a)) WITHOUT ROWID"
                                   << "CREATE TABLE t(a TEXT, PRIMARY KEY(a))";
    QTest::newRow("types") << "ALTER TABLE t ADD COLUMN x REAL, y BLOB, z INTEGER NOT NULL"
                           << "ALTER TABLE t ADD COLUMN x DOUBLE PRECISION, y BYTEA, z BIGINT "
                              "NOT NULL";
    // Words only: a column whose name holds a type's name keeps it.
    QTest::newRow("names") << "CREATE TABLE realm(integers TEXT, blobby REAL)"
                           << "CREATE TABLE realm(integers TEXT, blobby DOUBLE PRECISION)";
}

void TestPgSchema::translation()
{
    QFETCH(QString, sqlite);
    QFETCH(QString, postgresql);
    const QByteArray latin = sqlite.toLatin1();
    QCOMPARE(
        HistorySchema::forEngine(latin.constData(), HistorySchema::Engine::Postgresql), postgresql);
    QCOMPARE(HistorySchema::forEngine(latin.constData(), HistorySchema::Engine::Sqlite), sqlite);
}

void TestPgSchema::everyMigrationRuns()
{
    if (!m_why.isEmpty())
        PORTOLAN_SKIP(m_why);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    int version = 0;
    for (const QList<const char *> &step : HistorySchema::migrations()) {
        ++version;
        QVERIFY(db.transaction());
        for (const char *sql : step) {
            const QString statement
                = HistorySchema::forEngine(sql, HistorySchema::Engine::Postgresql);
            QVERIFY2(q.exec(statement),
                qPrintable(QStringLiteral("version %1: %2\n%3")
                               .arg(version)
                               .arg(q.lastError().text(), statement)));
        }
        QVERIFY(db.commit());
    }
    // Every table of the SQLite schema is there.
    QVERIFY(q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                  "table_schema = 'public' ORDER BY table_name")));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    QCOMPARE(tables,
        QStringList({ "device_addresses", "device_names", "device_ports", "devices", "hosts",
            "results", "scans", "watch_events", "watch_state", "watches" }));
}

void TestPgSchema::tablesTakeWhatSqliteTakes()
{
    if (!m_why.isEmpty())
        PORTOLAN_SKIP(m_why);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // The id the database numbers comes back from the insert itself.
    QVERIFY2(q.prepare(QStringLiteral("INSERT INTO scans(started, elapsed_ms, targets, ports, "
                                      "port_count) VALUES(?, ?, ?, ?, ?) RETURNING id")),
        qPrintable(q.lastError().text()));
    q.addBindValue(QStringLiteral("2026-12-03T04:00:00Z"));
    q.addBindValue(1234);
    q.addBindValue(QStringLiteral("198.18.0.0/8"));
    q.addBindValue(QStringLiteral("1-65535"));
    const qint64 manyPorts = qint64(1) << 40; // a /8's every port: past 32 bits
    q.addBindValue(manyPorts);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    const qint64 id = q.value(0).toLongLong();
    QVERIFY(id > 0);
    // A banner with every byte value, and a latency with its decimals.
    QByteArray banner;
    for (int b = 0; b < 256; ++b)
        banner.append(static_cast<char>(b));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO results(scan_id, host_id, port, state, reason, "
                                     "latency_ms, banner) VALUES(?, 0, 22, 0, 0, ?, ?)")));
    q.addBindValue(id);
    q.addBindValue(0.123456789);
    q.addBindValue(banner);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT s.port_count, r.latency_ms, r.banner FROM scans s JOIN "
                                  "results r ON r.scan_id = s.id WHERE s.id = %1")
                       .arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), manyPorts);
    QCOMPARE(q.value(1).toDouble(), 0.123456789);
    QCOMPARE(q.value(2).toByteArray(), banner);
    // Deleting a scan takes its rows with it, as in SQLite.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM scans WHERE id = %1").arg(id)));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM results")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

bool TestPgSchema::runStandIn(
    QProcess *process, const QByteArray &mode, QString *dir, QString *said)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(standInVariable), QString::fromLatin1(mode));
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QCoreApplication::applicationFilePath(), QStringList());
    // initdb and the start: well within the stand-in's own limits.
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
            process->canReadLine() || process->state() == QProcess::NotRunning, 150000);
    }();
    if (QTest::currentTestFailed())
        return false;
    const QString first = QString::fromLocal8Bit(process->readLine()).trimmed();
    *dir = first.section(QLatin1Char(' '), 1);
    *said = first;
    return !dir->isEmpty();
}

void TestPgSchema::serverDiesWithItsTest()
{
    // A stand-in for a test starts a server and is killed: the server goes too.
    QProcess standIn;
    QString dir;
    QString said;
    QVERIFY2(runStandIn(&standIn, "run", &dir, &said), qPrintable(said));
    if (!said.startsWith(QStringLiteral("ready ")))
        PORTOLAN_SKIP(said + QString::fromLocal8Bit(standIn.readAll()));
    // First, that the server ran: else the check below would pass without it.
    const QStringList running = postgresNaming(dir);
    QVERIFY2(!running.filter(QStringLiteral(" -D %1/data ").arg(dir)).isEmpty()
            && !running.filter(QStringLiteral(" postgres: %1: ").arg(dir)).isEmpty(),
        qPrintable(running.join(QLatin1Char('\n'))));
    standIn.kill(); // SIGKILL: no destructor runs
    QVERIFY(standIn.waitForFinished(10000));
    QCOMPARE(standIn.exitStatus(), QProcess::CrashExit);
    QTRY_VERIFY2_WITH_TIMEOUT(processesNaming(dir).isEmpty(),
        qPrintable(processesNaming(dir).join(QLatin1Char('\n'))), 30000);
    // What a killed test leaves: its temporary directory, nothing running in it.
    QVERIFY(QDir(dir).removeRecursively());

    // A server that stops, comes back and is destroyed leaves nothing either; each
    // returns once its processes are gone.
    QString why;
    QString path;
    {
        PgServer server;
        QVERIFY2(server.start(&why), qPrintable(why));
        path = server.socketDirectory();
        QVERIFY(postgresNaming(path).size() >= 2);
        QVERIFY2(server.stop(&why), qPrintable(why));
        QVERIFY2(processesNaming(path).isEmpty(),
            qPrintable(processesNaming(path).join(QLatin1Char('\n'))));
        QVERIFY2(server.resume(&why), qPrintable(why));
        QVERIFY2(
            server.psql(PgServer::database(), QStringLiteral("SELECT 1"), &why), qPrintable(why));
        QVERIFY(postgresNaming(path).size() >= 2);
    }
    QVERIFY2(
        processesNaming(path).isEmpty(), qPrintable(processesNaming(path).join(QLatin1Char('\n'))));
}

void TestPgSchema::failedStartLeavesNothing()
{
    // A server that cannot start (its certificate is not one) says why, in its own
    // log's words, and leaves nothing running. In a stand-in: a server with TLS
    // listens on TCP, so it gets a network namespace of its own.
    if (::geteuid() != 0)
        PORTOLAN_SKIP(QStringLiteral("the failed start needs root (a network namespace, and "
                                     "the cluster given to postgres)"));
    QProcess standIn;
    QString dir;
    QString said;
    QVERIFY2(runStandIn(&standIn, "broken-tls", &dir, &said), qPrintable(said));
    QVERIFY2(said.startsWith(QStringLiteral("failed ")), qPrintable(said));
    QByteArray rest;
    QTRY_VERIFY_WITH_TIMEOUT((rest += standIn.readAll()).endsWith("\nend\n"), 10000);
    const QString why = QString::fromLocal8Bit(rest);
    QVERIFY2(why.contains(QStringLiteral("did not start"))
            && why.contains(QStringLiteral("server certificate")),
        qPrintable(why));
    // The stand-in still holds its PgServer: nothing runs once start has returned.
    QVERIFY2(
        processesNaming(dir).isEmpty(), qPrintable(processesNaming(dir).join(QLatin1Char('\n'))));
    standIn.closeWriteChannel();
    QVERIFY(standIn.waitForFinished(10000));
    QCOMPARE(standIn.exitCode(), 0);
}

int main(int argc, char *argv[])
{
    const QByteArray standInMode = qgetenv(standInVariable);
    QCoreApplication app(argc, argv);
    if (!standInMode.isEmpty())
        return standIn(standInMode);
    TestPgSchema test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_pgschema.moc"
