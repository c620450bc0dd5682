#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

#include <QDBusConnection>
#include <QDBusError>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "common/csvreader.h"
#include "common/isolatedtest.h"
#include "common/listeners.h"
#include "common/namestandin.h"
#include "common/netns.h"
#include "common/notifybus.h"
#include "common/pgserver.h"
#include "common/skip.h"
#include "common/tunlab.h"

// portolan-cli as a user runs it. The process (and so the CLI it starts) lives in
// a private network namespace.
// A stand-in for the desktop's notification service (org.freedesktop.Notifications)
// on a private session bus: records what it was asked to show.
class TestCli : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void initTestCase();
    void init();
    void version();
    void help();
    void badInput_data();
    void badInput();
    void serviceVersion();
    void progressOnATerminalSaysDetection();
    void textReport();
    void csvReadBack();
    void json();
    void timingPresets_data();
    void timingPresets();
    void concurrencyReported_data();
    void concurrencyReported();
    void nameMeansItsFirstIpv4Address_data();
    void nameMeansItsFirstIpv4Address();
    void outputFile();
    void outputFileFailureKeepsOldFile();
    void unresolvedTarget();
    void targetFile();
    void formulaInjectionNeutralised();
    void windowAnswersWithoutDisplay();
    void discoveryReports();
    void discoveryOnlyAndSkip();
    void reverseNamesOfLiveHosts();
    void hostsOwnNames();
    void xmlValidatesAndDiffFindsTheChange();
    void scannersShareAStore();
    void storeCopy();
    void historyKeepsScans();
    void sharedStoreOnPostgresql();
    void twoSitesOneServer();
    void devicesCommand();
    void watchCommand();
    void watchNotifiesTheDesktop();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &args, bool limitFileSize = false);
    // Waits (bounded) for a started process and collects what it printed.
    static Result finish(QProcess *process);
    // The unshare arguments that run a command with a file of ours bind-mounted over
    // /etc/hosts in a mount namespace of its own.
    static QStringList hostsMount(const QString &hostsPath);
    // Runs the CLI with hostsText over /etc/hosts; only where m_hostsMountProblem is
    // empty (decided before, so that a crash of the CLI is never taken for "cannot").
    Result cliWithHosts(const QByteArray &hostsText, const QStringList &args);

    QTemporaryDir m_data; // XDG_DATA_HOME: the history of the CLI runs
    Listeners m_listeners;
    TunLab m_lab;
    QString m_labProblem;
    QString m_hostsMountProblem; // why /etc/hosts cannot be replaced here, or empty
};

TestCli::Result TestCli::cli(const QStringList &args, bool limitFileSize)
{
    QProcess p;
    if (limitFileSize) {
        p.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit small { 8, 8 };
            setrlimit(RLIMIT_FSIZE, &small);
        });
    }
    p.start(QStringLiteral(PORTOLAN_CLI_PATH), args);
    return finish(&p);
}

TestCli::Result TestCli::finish(QProcess *p)
{
    Result r;
    if (p->state() != QProcess::NotRunning && !p->waitForFinished(60000)) {
        p->kill();
        p->waitForFinished();
        return r;
    }
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    return r;
}

TestCli::Result TestCli::cliWithHosts(const QByteArray &hostsText, const QStringList &args)
{
    QTemporaryDir dir;
    QFile hosts(dir.filePath(QStringLiteral("hosts")));
    if (!hosts.open(QIODevice::WriteOnly) || hosts.write(hostsText) != hostsText.size())
        return {};
    hosts.close();
    QProcess p;
    p.start(QStringLiteral("unshare"),
        hostsMount(hosts.fileName()) << QStringLiteral(PORTOLAN_CLI_PATH) << args);
    return finish(&p);
}

QStringList TestCli::hostsMount(const QString &hostsPath)
{
    QStringList argv { QStringLiteral("-m"), QStringLiteral("--propagation"),
        QStringLiteral("private") };
    if (geteuid() != 0)
        argv.prepend(QStringLiteral("-r"));
    // A mount that fails ends the command with 99 before the CLI runs.
    return argv << QStringLiteral("sh") << QStringLiteral("-c")
                << QStringLiteral("mount --bind \"$0\" /etc/hosts || exit 99; exec \"$@\"")
                << hostsPath;
}

void TestCli::initTestCase()
{
    // Scans go to a history of the test's own, never the user's.
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
    if (!m_isolated)
        return;
    QVERIFY(m_listeners.listen(QHostAddress(QStringLiteral("127.0.0.1")), 25001));
    QVERIFY(m_listeners.listen(QHostAddress(QStringLiteral("127.0.0.1")), 25005));
    QVERIFY(m_listeners.listen(QHostAddress(QStringLiteral("::1")), 25003));
    QVERIFY(m_listeners.listenFull(QHostAddress(QStringLiteral("127.0.0.1")), 25004));
    QVERIFY(m_listeners.listenWithBanner(QHostAddress(QStringLiteral("127.0.0.1")), 25010,
        "=HYPERLINK(\"http://evil.example\",\"click\")"));
    QVERIFY(m_listeners.listenWithBanner(
        QHostAddress(QStringLiteral("127.0.0.1")), 25011, "-2+3,@SUM(A1)\r\n"));
    // Whether /etc/hosts can be replaced here, tried with a command that cannot crash.
    QTemporaryDir dir;
    QFile hosts(dir.filePath(QStringLiteral("hosts")));
    if (!hosts.open(QIODevice::WriteOnly) || hosts.write("127.0.0.1 localhost\n") < 0)
        QFAIL("cannot write a hosts file in a temporary folder");
    hosts.close();
    QProcess probe;
    probe.start(QStringLiteral("unshare"),
        hostsMount(hosts.fileName())
            << QStringLiteral("grep") << QStringLiteral("-qx")
            << QStringLiteral("127.0.0.1 localhost") << QStringLiteral("/etc/hosts"));
    const Result tried = finish(&probe);
    if (tried.exitCode != 0)
        m_hostsMountProblem = QStringLiteral("cannot bind-mount a file over /etc/hosts in a "
                                             "mount namespace here (unshare: exit %1, %2)")
                                  .arg(tried.exitCode)
                                  .arg(QString::fromLocal8Bit(tried.err.trimmed()));
    if (!m_lab.start(TunLab::Host::list({ QStringLiteral("offset=1,rtt=1,open=22"),
                         QStringLiteral("offset=9,rtt=2,open=80,ping=0") }),
            &m_labProblem))
        m_labProblem = QStringLiteral("no TUN lab here: ") + m_labProblem;
}

void TestCli::init()
{
    const QByteArray name = QTest::currentTestFunction();
    if (!m_isolated && name != "version" && name != "help" && name != "badInput")
        PORTOLAN_SKIP(QStringLiteral("needs a private network namespace: ") + m_why);
}

void TestCli::version()
{
    const Result r = cli({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("portolan-cli " PORTOLAN_VERSION "\n"));
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // -v is the same; the version wins over targets and scans nothing.
    const Result shortForm = cli({ QStringLiteral("-v"), QStringLiteral("127.0.0.1") });
    QCOMPARE(shortForm.exitCode, 0);
    QCOMPARE(shortForm.out, r.out);
}

void TestCli::help()
{
    const Result r = cli({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY2(r.out.startsWith("Usage: "), r.out.constData());
    // Every option, and the other commands.
    for (const char *option :
        { "--ports", "--input-list", "-iL", "--timing", "--timeout", "--min-timeout", "--retries",
            "--concurrency", "--banners", "--service-version", "-sV", "--service-timeout",
            "--service-connections", "--resolve-all", "-6", "--show-closed", "--skip-discovery",
            "-Pn", "--discovery-only", "-sn", "--discovery-ports", "--no-ping", "--no-dns",
            "--hosts-csv", "--format", "--output", "--no-history", "--help", "--version",
            "portolan-cli diff OLD NEW", "portolan-cli history", "portolan-cli devices" })
        QVERIFY2(r.out.contains(option), option);
    // Each command's own help, and -h for --help.
    for (const QStringList &args : { QStringList { QStringLiteral("-h") },
             QStringList { QStringLiteral("diff"), QStringLiteral("--help") },
             QStringList { QStringLiteral("history"), QStringLiteral("--help") },
             QStringList { QStringLiteral("devices"), QStringLiteral("--help") } }) {
        const Result own = cli(args);
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(own.out.startsWith("Usage: "), qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(own.err.isEmpty());
    }
    QVERIFY(cli({ QStringLiteral("diff"), QStringLiteral("--help") }).out.contains("Exit status"));
    QVERIFY(cli({ QStringLiteral("history"), QStringLiteral("--help") }).out.contains("show ID"));
    const QByteArray devices = cli({ QStringLiteral("devices"), QStringLiteral("--help") }).out;
    for (const char *command : { "label DEVICE TEXT", "known DEVICE", "forget DEVICE",
             "import FILE", "--search", "--format" })
        QVERIFY2(devices.contains(command), command);
}

void TestCli::serviceVersion()
{
    // An FTP greeting from a stand-in in another process (this one blocks on the CLI).
    QProcess ftp;
    ftp.start(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral(
                "import socket,sys\n"
                "s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
                "s.bind(('127.0.0.1', 25021)); s.listen(8); print('up', flush=True)\n"
                "for _ in range(40):\n"
                "    c,_=s.accept()\n"
                "    try: c.sendall(b'220 (vsFTPd 3.0.3)\\r\\n')\n"
                "    except OSError: pass\n"
                "    c.close()\n") });
    if (!ftp.waitForStarted(5000))
        PORTOLAN_SKIP(QStringLiteral("python3 is not installed"));
    const auto stop = qScopeGuard([&ftp] {
        ftp.kill();
        ftp.waitForFinished();
    });
    QVERIFY(ftp.waitForReadyRead(10000));
    Result r = cli({ QStringLiteral("-sV"), QStringLiteral("-p"), QStringLiteral("25021"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-history"),
        QStringLiteral("127.0.0.1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QVERIFY(root[QStringLiteral("parameters")][QStringLiteral("service_detection")].toBool());
    const QJsonObject row = root[QStringLiteral("results")][0].toObject();
    QCOMPARE(row[QStringLiteral("service")].toString(), QStringLiteral("ftp"));
    QCOMPARE(row[QStringLiteral("service_method")].toString(), QStringLiteral("probed"));
    QCOMPARE(row[QStringLiteral("product")].toString(), QStringLiteral("vsftpd"));
    QCOMPARE(row[QStringLiteral("version")].toString(), QStringLiteral("3.0.3"));
    QCOMPARE(row[QStringLiteral("confidence")].toInt(), 10);
    QVERIFY(!row.contains(QStringLiteral("tls")));
    r = cli({ QStringLiteral("-sV"), QStringLiteral("-p"), QStringLiteral("25021"),
        QStringLiteral("--no-history"), QStringLiteral("127.0.0.1") });
    QVERIFY2(r.out.contains("25021/tcp open      ftp             syn-ack"), r.out.constData());
    QVERIFY2(r.out.contains("vsftpd 3.0.3"), r.out.constData());
    // Without -sV: the table's name, no product.
    r = cli({ QStringLiteral("-p"), QStringLiteral("25021"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--no-history"), QStringLiteral("127.0.0.1") });
    const QJsonObject plain
        = QJsonDocument::fromJson(r.out).object()[QStringLiteral("results")][0].toObject();
    QCOMPARE(plain[QStringLiteral("service_method")].toString(), QStringLiteral("table"));
    QCOMPARE(plain[QStringLiteral("product")].toString(), QString());
}

void TestCli::progressOnATerminalSaysDetection()
{
    // Progress goes to stderr only on a terminal: script(1) gives the CLI one. 25001
    // accepts and says nothing, so detection takes its whole budget after the last probe.
    QProcess p;
    p.start(QStringLiteral("script"),
        { QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"),
            QStringLiteral(
                PORTOLAN_CLI_PATH " -sV --service-timeout 1500 -p 25001 --no-history 127.0.0.1"),
            QStringLiteral("/dev/null") });
    if (!p.waitForStarted(5000))
        PORTOLAN_SKIP(QStringLiteral("script(1) is not installed"));
    p.closeWriteChannel();
    const Result r = finish(&p);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Detecting services: 1 port left"), r.out.constData());
    // The line is wiped before the report.
    QVERIFY2(r.out.contains("25001/tcp open"), r.out.constData());
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::newRow("port zero") << QStringList { "-p", "0", "127.0.0.1" } << "\"0\"";
    QTest::newRow("port too big") << QStringList { "-p", "70000", "127.0.0.1" } << "\"70000\"";
    QTest::newRow("reversed ports") << QStringList { "-p", "90-80", "127.0.0.1" } << "\"90-80\"";
    QTest::newRow("bad target") << QStringList { "-p", "80", "127.0.0.1", "10.0.0.300" }
                                << "\"10.0.0.300\"";
    QTest::newRow("huge block") << QStringList { "-p", "80", "10.0.0.0/4" } << "too large";
    QTest::newRow("no targets") << QStringList { "-p", "80" } << "no targets";
    QTest::newRow("unknown option") << QStringList { "--frobnicate", "127.0.0.1" } << "frobnicate";
    QTest::newRow("bad format") << QStringList { "--format", "yaml", "127.0.0.1" } << "\"yaml\"";
    QTest::newRow("diff of one scan") << QStringList { "diff", "a.json" } << "give two scans";
    QTest::newRow("diff of missing files") << QStringList { "diff", "/nonexistent/a.json",
        "/nonexistent/b.xml" } << "cannot read /nonexistent/a.json";
    QTest::newRow("diff format") << QStringList { "diff", "--format", "yaml", "a", "b" }
                                 << "\"yaml\"";
    QTest::newRow("history command")
        << QStringList { "history", "frob" } << "unknown command \"frob\"";
    QTest::newRow("history id") << QStringList { "history", "show", "abc" } << "needs the id";
    QTest::newRow("history format")
        << QStringList { "history", "list", "--format", "xml" } << "\"xml\"";
    QTest::newRow("watch without interval")
        << QStringList { "watch", "add", "lab", "127.0.0.1" } << "needs --every";
    QTest::newRow("watch interval under a minute")
        << QStringList { "watch", "add", "lab", "--every", "30s", "127.0.0.1" } << "\"30s\"";
    QTest::newRow("watch without targets")
        << QStringList { "watch", "add", "lab", "--every", "1h" } << "no targets";
    QTest::newRow("watch bad name")
        << QStringList { "watch", "add", "a;b", "--every", "1h", "127.0.0.1" } << "cannot name";
    QTest::newRow("watch alert kind") << QStringList { "watch", "add", "lab", "--every", "1h",
        "--alert-on", "port-opened,boom", "127.0.0.1" }
                                      << "\"boom\"";
    QTest::newRow("watch on-change quote") << QStringList { "watch", "add", "lab", "--every", "1h",
        "--on-change", "notify 'x", "127.0.0.1" }
                                           << "quote";
    QTest::newRow("watch command") << QStringList { "watch", "frob" } << "unknown command \"frob\"";
    QTest::newRow("watch run unknown") << QStringList { "watch", "run", "nosuch" } << "no watch";
    QTest::newRow("watch since") << QStringList { "watch", "events", "--since", "yesterday" }
                                 << "\"yesterday\"";
    QTest::newRow("devices command")
        << QStringList { "devices", "frob" } << "unknown command \"frob\"";
    QTest::newRow("devices format") << QStringList { "devices", "--format", "xml" } << "\"xml\"";
    QTest::newRow("devices label without text")
        << QStringList { "devices", "label", "127.0.0.1" } << "needs a device and a text";
    QTest::newRow("devices label of a name")
        << QStringList { "devices", "label", "nas.lan", "x" } << "neither a MAC";
    QTest::newRow("devices unknown device")
        << QStringList { "devices", "forget", "198.18.0.99" } << "no device";
    QTest::newRow("devices import of a missing file") << QStringList { "devices", "import",
        "/nonexistent/labels.csv" } << "cannot read /nonexistent/labels.csv";
    QTest::newRow("bad timeout") << QStringList { "--timeout", "soon", "127.0.0.1" } << "\"soon\"";
    QTest::newRow("negative retries") << QStringList { "--retries", "-1", "127.0.0.1" } << "\"-1\"";
    QTest::newRow("negative concurrency")
        << QStringList { "--concurrency", "-1", "127.0.0.1" } << "\"-1\"";
    QTest::newRow("concurrency word")
        << QStringList { "--concurrency", "many", "127.0.0.1" } << "\"many\"";
    QTest::newRow("tiny timeout") << QStringList { "--timeout", "1", "127.0.0.1" }
                                  << "10 to 600000";
    QTest::newRow("unknown timing") << QStringList { "-T9", "127.0.0.1" } << "\"9\"";
    QTest::newRow("unknown poller") << QStringList { "127.0.0.1" } << "PORTOLAN_POLLER=kqueue";
    QTest::newRow("-Pn and -sn") << QStringList { "-Pn", "-sn", "127.0.0.1" } << "-Pn and -sn";
    QTest::newRow("bad discovery port")
        << QStringList { "--discovery-ports", "0", "127.0.0.1" } << "\"0\"";
    QTest::newRow("too many discovery ports")
        << QStringList { "--discovery-ports", "1-100", "127.0.0.1" } << "at most 32";
    QTest::newRow("tiny service timeout")
        << QStringList { "-sV", "--service-timeout", "5", "127.0.0.1" } << "100 to 120000";
    QTest::newRow("no service connections")
        << QStringList { "--service-connections", "0", "127.0.0.1" } << "1 to 64";
    QTest::newRow("empty scanner name")
        << QStringList { "--scanner", "", "127.0.0.1" } << "cannot be empty";
    QTest::newRow("scanner name with a tab")
        << QStringList { "history", "list", "--scanner=a\tb" } << "control character";
    QTest::newRow("store without a value")
        << QStringList { "history", "list", "--store" } << "--store";
    QTest::newRow("store command") << QStringList { "store", "frob" } << "unknown command \"frob\"";
    QTest::newRow("store copy of one store")
        << QStringList { "store", "copy", "/tmp/a.sqlite" } << "needs FROM and TO";
    QTest::newRow("store copy of a missing file") << QStringList { "store", "copy",
        "/nonexistent/a.sqlite", "/tmp/b.sqlite" } << "no such file";
    QTest::newRow("store copy to a bad store")
        << QStringList { "store", "copy", "/tmp/a.sqlite", "mysql://u@h/db" } << "TO:";
    QTest::newRow("store status with an argument")
        << QStringList { "store", "status", "x" } << "status takes no argument";
    QTest::newRow("store status as xml")
        << QStringList { "store", "status", "--format", "xml" } << "invalid format \"xml\"";
    QTest::newRow("missing target file")
        << QStringList { "-iL", "/nonexistent/targets" } << "/nonexistent/targets";
    QTest::newRow("empty udp prefix") << QStringList { "-sU", "-p", "U:", "127.0.0.1" } << "\"U:\"";
    QTest::newRow("udp port too big")
        << QStringList { "-p", "U:70000", "127.0.0.1" } << "\"U:70000\"";
    QTest::newRow("udp ports under -sT")
        << QStringList { "-sT", "-p", "22,U:53", "127.0.0.1" } << "\"U:53\"";
    QTest::newRow("tcp ports under -sU")
        << QStringList { "-sU", "-p", "T:22", "127.0.0.1" } << "\"T:22\"";
    QTest::newRow("banners without tcp")
        << QStringList { "-sU", "--banners", "127.0.0.1" } << "--banners";
    QTest::newRow("-sn with -sU") << QStringList { "-sn", "-sU", "127.0.0.1" } << "-sn";
    QTest::newRow("snmp community with a space")
        << QStringList { "-sU", "--snmp-community", "a b", "127.0.0.1" } << "SNMP community";
}

void TestCli::badInput()
{
    const bool poller = QLatin1String(QTest::currentDataTag()) == QLatin1String("unknown poller");
    const QByteArray saved = qgetenv("PORTOLAN_POLLER");
    if (poller)
        qputenv("PORTOLAN_POLLER", "kqueue");
    const auto restore = qScopeGuard([&] {
        if (poller && saved.isEmpty())
            qunsetenv("PORTOLAN_POLLER");
        else if (poller)
            qputenv("PORTOLAN_POLLER", saved);
    });
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    const Result r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1); // one clear line
    QVERIFY2(QString::fromUtf8(r.err).contains(mention), r.err.constData());
}

void TestCli::textReport()
{
    const Result r = cli({ QStringLiteral("-p"), QStringLiteral("25000-25005"),
        QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("127.0.0.1") });
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Scan report for 127.0.0.1\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("25001/tcp open")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("25004/tcp filtered")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("25005/tcp open")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Not shown: 3 closed ports")), qPrintable(out));
    QVERIFY2(out.trimmed()
                 .section(QLatin1Char('\n'), -1)
                 .startsWith(QStringLiteral("Scanned 6 ports on 1 host in ")),
        qPrintable(out));
    QVERIFY2(
        out.trimmed().endsWith(QStringLiteral("2 open, 1 filtered, 3 closed")), qPrintable(out));
}

void TestCli::csvReadBack()
{
    const Result r = cli(
        { QStringLiteral("-p"), QStringLiteral("25000-25005"), QStringLiteral("--show-closed"),
            QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("127.0.0.1"), QStringLiteral("[::1]") });
    QCOMPARE(r.exitCode, 0);
    QList<QStringList> rows;
    QVERIFY(readCsv(r.out, &rows));
    QCOMPARE(rows.value(0).join(QLatin1Char(',')),
        QStringLiteral("host,address,port,protocol,state,reason,service,latency_ms,banner,"
                       "service_method,confidence,product,version,extra,tls_subject,tls_sans,"
                       "tls_issuer,tls_not_after,tls_protocol,tls_cipher"));
    QStringList got;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), rows[0].size());
        // A latency for every port that answered; none for one that never did.
        bool ok = false;
        rows[i][7].toDouble(&ok);
        QCOMPARE(ok, rows[i][5] != QLatin1String("no-response"));
        QCOMPARE(rows[i][7].isEmpty(), rows[i][5] == QLatin1String("no-response"));
        got.append(QStringList { rows[i][1], rows[i][2], rows[i][3], rows[i][4], rows[i][5] }.join(
            QLatin1Char(' ')));
    }
    got.sort();
    QStringList expected;
    for (int port = 25000; port <= 25005; ++port) {
        const QString p = QString::number(port);
        const bool open4 = port == 25001 || port == 25005;
        expected.append(QStringLiteral("127.0.0.1 %1 tcp %2")
                            .arg(p,
                                open4               ? QStringLiteral("open syn-ack")
                                    : port == 25004 ? QStringLiteral("filtered no-response")
                                                    : QStringLiteral("closed conn-refused")));
        expected.append(QStringLiteral("::1 %1 tcp %2")
                            .arg(p,
                                port == 25003 ? QStringLiteral("open syn-ack")
                                              : QStringLiteral("closed conn-refused")));
    }
    expected.sort();
    QCOMPARE(got, expected);
}

void TestCli::json()
{
    const Result r = cli({ QStringLiteral("-p"), QStringLiteral("25001,25002"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("localhost") });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root[QStringLiteral("parameters")][QStringLiteral("ports")].toString(),
        QStringLiteral("25001,25002"));
    QVERIFY(!root[QStringLiteral("start_time")].toString().isEmpty());
    QVERIFY(root[QStringLiteral("elapsed_ms")].isDouble());
    const QJsonArray results = root[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject open = results[0].toObject();
    QCOMPARE(open[QStringLiteral("host")].toString(), QStringLiteral("localhost"));
    QCOMPARE(open[QStringLiteral("port")].toInt(), 25001);
    QCOMPARE(open[QStringLiteral("state")].toString(), QStringLiteral("open"));
    QCOMPARE(root[QStringLiteral("summary")][QStringLiteral("open")].toInt(), 1);
    QCOMPARE(root[QStringLiteral("summary")][QStringLiteral("closed")].toInt(), 1);
}

void TestCli::timingPresets_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<int>("retries");
    QTest::newRow("default is normal") << QStringList() << 1000 << 1;
    QTest::newRow("-T5") << QStringList { "-T5" } << 300 << 0;
    QTest::newRow("-T 4") << QStringList { "-T", "4" } << 750 << 1;
    QTest::newRow("named, an option wins")
        << QStringList { "--timing", "Aggressive", "--retries", "3" } << 750 << 3;
}

void TestCli::timingPresets()
{
    QFETCH(QStringList, options);
    QFETCH(int, timeout);
    QFETCH(int, retries);
    const Result r = cli(options
        + QStringList { QStringLiteral("-p"), QStringLiteral("25001"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("127.0.0.1") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject parameters = root[QStringLiteral("parameters")].toObject();
    QCOMPARE(parameters[QStringLiteral("timeout_ms")].toInt(), timeout);
    QCOMPARE(parameters[QStringLiteral("retries")].toInt(), retries);
    QCOMPARE(root[QStringLiteral("summary")][QStringLiteral("open")].toInt(), 1);
}

void TestCli::concurrencyReported_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("automatic");
    QTest::newRow("0 is automatic") << "0" << true;
    QTest::newRow("auto") << "auto" << true;
    QTest::newRow("fixed") << "5" << false;
}

void TestCli::concurrencyReported()
{
    // The report names the concurrency the scan used, never a 0 nobody ran with.
    QFETCH(QString, value);
    QFETCH(bool, automatic);
    const Result r = cli(
        { QStringLiteral("--concurrency"), value, QStringLiteral("-p"), QStringLiteral("25001"),
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("127.0.0.1") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const int used = root[QStringLiteral("parameters")][QStringLiteral("concurrency")].toInt();
    if (automatic)
        QVERIFY2(used > 0, r.out.constData());
    else
        QCOMPARE(used, 5);
    QCOMPARE(root[QStringLiteral("summary")][QStringLiteral("open")].toInt(), 1);
}

void TestCli::nameMeansItsFirstIpv4Address_data()
{
    QTest::addColumn<QByteArray>("hosts");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected");
    // Debian's stock /etc/hosts names localhost for ::1 too; getaddrinfo() then
    // returns ::1 first whatever the file's order.
    const QByteArray v6First = "::1 localhost ip6-localhost\n127.0.0.1 localhost\n";
    const QByteArray v4First = "127.0.0.1 localhost\n::1 localhost ip6-localhost\n";
    const QStringList v4Only { QStringLiteral("127.0.0.1 25001 open") };
    const QStringList v6Only { QStringLiteral("::1 25003 open") };
    QTest::newRow("::1 listed first") << v6First << QStringList() << v4Only;
    QTest::newRow("127.0.0.1 listed first") << v4First << QStringList() << v4Only;
    QTest::newRow("-6") << v4First << QStringList { QStringLiteral("-6") } << v6Only;
    QTest::newRow("only IPv6") << QByteArray("::1 localhost\n") << QStringList() << v6Only;
    QTest::newRow("--resolve-all")
        << v6First << QStringList { QStringLiteral("--resolve-all") }
        << QStringList { QStringLiteral("127.0.0.1 25001 open"), QStringLiteral("::1 25003 open") };
}

void TestCli::nameMeansItsFirstIpv4Address()
{
    QFETCH(QByteArray, hosts);
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    if (!m_hostsMountProblem.isEmpty())
        PORTOLAN_SKIP(m_hostsMountProblem);
    const Result r = cliWithHosts(hosts,
        options
            + QStringList { QStringLiteral("-p"), QStringLiteral("25001,25003"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("localhost") });
    QCOMPARE(r.exitCode, 0);
    QList<QStringList> rows;
    QVERIFY(readCsv(r.out, &rows));
    QStringList got;
    for (qsizetype i = 1; i < rows.size(); ++i)
        got.append(QStringList { rows[i][1], rows[i][2], rows[i][4] }.join(QLatin1Char(' ')));
    got.sort();
    QCOMPARE(got, expected);
}

void TestCli::outputFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan.csv"));
    const Result r
        = cli({ QStringLiteral("-p"), QStringLiteral("25001"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("-o"), path, QStringLiteral("127.0.0.1") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    QVERIFY(readCsv(f.readAll(), &rows));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].mid(1, 5), (QStringList { "127.0.0.1", "25001", "tcp", "open", "syn-ack" }));
}

void TestCli::outputFileFailureKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan.txt"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("earlier");
    old.close();
    const Result r = cli({ QStringLiteral("-p"), QStringLiteral("25001"), QStringLiteral("-o"),
                             path, QStringLiteral("127.0.0.1") },
        true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot write"), r.err.constData());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("earlier"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("scan.txt") });
}

void TestCli::unresolvedTarget()
{
    const Result r = cli({ QStringLiteral("-p"), QStringLiteral("25001"),
        QStringLiteral("no-such-host.invalid"), QStringLiteral("127.0.0.1") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("cannot resolve no-such-host.invalid"), r.err.constData());
    QVERIFY(r.out.contains("25001/tcp open"));

    // No target at all resolves: nothing was scanned, so no success and no report.
    const Result none
        = cli({ QStringLiteral("-p"), QStringLiteral("25001"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("no-such-host.invalid") });
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("cannot resolve no-such-host.invalid"), none.err.constData());
    QCOMPARE(none.err.count('\n'), 1);
    QVERIFY2(none.out.isEmpty(), none.out.constData());
}

void TestCli::targetFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("targets"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# two lab hosts\n127.0.0.1\n::1 # and v6\n");
    f.close();
    const Result r = cli({ QStringLiteral("-p"), QStringLiteral("25001,25003"),
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-iL"), path });
    QCOMPARE(r.exitCode, 0);
    QList<QStringList> rows;
    QVERIFY(readCsv(r.out, &rows));
    QStringList got;
    for (qsizetype i = 1; i < rows.size(); ++i)
        got.append(rows[i][1] + QLatin1Char(':') + rows[i][2]);
    got.sort();
    QCOMPARE(got, (QStringList { "127.0.0.1:25001", "::1:25003" }));
}

void TestCli::discoveryReports()
{
    if (!m_labProblem.isEmpty())
        PORTOLAN_SKIP(m_labProblem);
    // A /28 of the simulated network: two live hosts, fourteen empty addresses.
    QTemporaryDir dir;
    const QString hostsPath = dir.filePath(QStringLiteral("hosts.csv"));
    const Result r = cli({ QStringLiteral("-p"), QStringLiteral("22,80"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--hosts-csv"),
        hostsPath, QStringLiteral("198.18.0.0/28") });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList rows;
    for (const QJsonValue &v : root[QStringLiteral("results")].toArray())
        rows.append(v[QStringLiteral("address")].toString() + QLatin1Char(' ')
            + QString::number(v[QStringLiteral("port")].toInt()) + QLatin1Char(' ')
            + v[QStringLiteral("state")].toString());
    QCOMPARE(rows, (QStringList { "198.18.0.1 22 open", "198.18.0.9 80 open" }));
    const QJsonArray hosts = root[QStringLiteral("hosts")].toArray();
    QCOMPARE(hosts.size(), 16);
    QMap<QString, QJsonObject> byAddress;
    for (const QJsonValue &v : hosts)
        byAddress.insert(v[QStringLiteral("address")].toString(), v.toObject());
    const QJsonObject up = byAddress.value(QStringLiteral("198.18.0.9"));
    QCOMPARE(up[QStringLiteral("status")].toString(), QStringLiteral("up"));
    QVERIFY(QStringList({ "syn-ack", "conn-refused" })
                .contains(up[QStringLiteral("reason")].toString()));
    QVERIFY(up[QStringLiteral("latency_ms")].toDouble() > 0.0);
    QVERIFY(up[QStringLiteral("names")].isArray());
    const QJsonObject down = byAddress.value(QStringLiteral("198.18.0.2"));
    QCOMPARE(down[QStringLiteral("status")].toString(), QStringLiteral("down"));
    QCOMPARE(down[QStringLiteral("reason")].toString(), QStringLiteral("no-response"));
    QVERIFY(down[QStringLiteral("latency_ms")].isNull());
    const QJsonObject summary = root[QStringLiteral("summary")].toObject();
    QCOMPARE(summary[QStringLiteral("hosts_up")].toInt(), 2);
    QCOMPARE(summary[QStringLiteral("hosts_down")].toInt(), 14);

    QFile file(hostsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QStringList> csv;
    QVERIFY(readCsv(file.readAll(), &csv));
    QCOMPARE(csv.value(0).join(QLatin1Char(',')),
        QStringLiteral("host,address,status,reason,latency_ms,names,mac,vendor"));
    QCOMPARE(csv.size(), 17);
    QCOMPARE(csv[2].value(1), QStringLiteral("198.18.0.1"));
    QCOMPARE(csv[2].value(2), QStringLiteral("up"));
    QCOMPARE(csv[3].value(2), QStringLiteral("down"));

    // The text report says it per host, and counts.
    const Result text
        = cli({ QStringLiteral("-p"), QStringLiteral("22,80"), QStringLiteral("198.18.0.0/28") });
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(
        out.contains(QStringLiteral("Scan report for 198.18.0.9\nHost is up (")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("198.18.0.2\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Hosts: 2 up, 14 down, 16 addresses in all\n")),
        qPrintable(out));
}

void TestCli::discoveryOnlyAndSkip()
{
    if (!m_labProblem.isEmpty())
        PORTOLAN_SKIP(m_labProblem);
    const Result only = cli({ QStringLiteral("-sn"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("198.18.0.0/28") });
    QCOMPARE(only.exitCode, 0);
    QCOMPARE(only.out.count('\n'), 1); // the header: no ports probed
    const Result listed = cli({ QStringLiteral("-sn"), QStringLiteral("198.18.0.0/28") });
    QVERIFY2(listed.out.contains("Probed 16 hosts for being up in "), listed.out.constData());
    QVERIFY(listed.out.contains("Scan report for 198.18.0.1\nHost is up ("));
    // -Pn: every address is port-scanned; the empty ones come out filtered.
    const Result all = cli({ QStringLiteral("-Pn"), QStringLiteral("-p"), QStringLiteral("80"),
        QStringLiteral("--timeout"), QStringLiteral("200"), QStringLiteral("--retries"),
        QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("198.18.0.0/29") });
    QCOMPARE(all.exitCode, 0);
    QList<QStringList> rows;
    QVERIFY(readCsv(all.out, &rows));
    QCOMPARE(rows.size(), 1 + 7); // .1 closed on 80 is counted, not listed
    QVERIFY(all.out.contains("198.18.0.2,80,tcp,filtered"));
}

void TestCli::reverseNamesOfLiveHosts()
{
    if (!m_labProblem.isEmpty())
        PORTOLAN_SKIP(m_labProblem);
    // Names come from the system's resolver: here an /etc/hosts of the test's own.
    const QByteArray hosts = "127.0.0.1 localhost\n198.18.0.9 web.lab.example web\n";
    const QStringList args { QStringLiteral("-sn"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("198.18.0.8/30") };
    if (!m_hostsMountProblem.isEmpty())
        PORTOLAN_SKIP(m_hostsMountProblem);
    const Result r = cliWithHosts(hosts, args);
    QCOMPARE(r.exitCode, 0);
    QMap<QString, QJsonObject> byAddress;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out)[QStringLiteral("hosts")].toArray())
        byAddress.insert(v[QStringLiteral("address")].toString(), v.toObject());
    QCOMPARE(byAddress.size(), 4);
    QCOMPARE(byAddress[QStringLiteral("198.18.0.9")][QStringLiteral("names")].toArray(),
        QJsonArray { QStringLiteral("web.lab.example") });
    QVERIFY(byAddress[QStringLiteral("198.18.0.8")][QStringLiteral("names")].toArray().isEmpty());
    // -n: no lookups at all.
    const Result quiet = cliWithHosts(hosts, QStringList { QStringLiteral("-n") } + args);
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY(!quiet.out.contains("web.lab.example"));
}

void TestCli::hostsOwnNames()
{
    // The host's own mDNS responder and NetBIOS name service, here stand-ins on the
    // namespace's 127.0.0.1: their names reach the JSON with their sources, and
    // the hosts CSV. The CLI runs while this process answers (no blocking wait).
    NameStandIn mdns;
    NameStandIn netbios;
    QString why;
    if (!mdns.listen(NameStandIn::Kind::Mdns, QHostAddress(QHostAddress::LocalHost),
            QStringLiteral("build-box.local"), &why)
        || !netbios.listen(NameStandIn::Kind::Netbios, QHostAddress(QHostAddress::LocalHost),
            QStringLiteral("BUILDBOX"), &why))
        QFAIL(qPrintable(why));
    const quint16 port = m_listeners.listen(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(port != 0);
    QTemporaryDir dir;
    const QString hostsPath = dir.filePath(QStringLiteral("hosts.csv"));
    for (const bool names : { true, false }) {
        QStringList args { QStringLiteral("-Pn"), QStringLiteral("-p"), QString::number(port),
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--hosts-csv"),
            hostsPath, QStringLiteral("127.0.0.1") };
        if (!names)
            args.prepend(QStringLiteral("-n"));
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(PORTOLAN_CLI_PATH), args);
        QVERIFY(finished.wait(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject host
            = QJsonDocument::fromJson(p.readAllStandardOutput())[QStringLiteral("hosts")][0]
                  .toObject();
        QStringList sources;
        for (const QJsonValue &v : host[QStringLiteral("name_sources")].toArray())
            sources.append(v[QStringLiteral("source")].toString() + QLatin1Char(':')
                + v[QStringLiteral("name")].toString());
        QFile file(hostsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QStringList> csv;
        QVERIFY(readCsv(file.readAll(), &csv));
        QCOMPARE(csv.size(), 2);
        const QString csvNames = csv[1].value(5);
        if (!names) {
            QCOMPARE(sources, QStringList());
            QCOMPARE(csvNames, QString());
            QCOMPARE(mdns.questions.size(), 1); // only the run with names asked
            QCOMPARE(netbios.questions.size(), 1);
            continue;
        }
        QVERIFY2(sources.contains(QStringLiteral("mdns:build-box.local"))
                && sources.contains(QStringLiteral("netbios:BUILDBOX")),
            qPrintable(sources.join(QLatin1Char(' '))));
        QVERIFY2(csvNames.split(QLatin1Char(' ')).contains(QStringLiteral("build-box.local"))
                && csvNames.split(QLatin1Char(' ')).contains(QStringLiteral("BUILDBOX")),
            qPrintable(csvNames));
    }
}

void TestCli::formulaInjectionNeutralised()
{
    const Result r
        = cli({ QStringLiteral("--banners"), QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("-p"), QStringLiteral("25010,25011"), QStringLiteral("127.0.0.1") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""),
        r.out.constData());
    QList<QStringList> rows;
    QVERIFY(readCsv(r.out, &rows));
    QCOMPARE(rows.size(), 3);
    QMap<QString, QString> banners;
    for (qsizetype i = 1; i < rows.size(); ++i)
        banners[rows[i][2]] = rows[i][8];
    QCOMPARE(banners.value(QStringLiteral("25010")),
        QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")"));
    QCOMPARE(banners.value(QStringLiteral("25011")), QStringLiteral("'-2+3,@SUM(A1)\\r\\n"));
}

void TestCli::windowAnswersWithoutDisplay()
{
#ifndef PORTOLAN_GUI_PATH
    PORTOLAN_SKIP(QStringLiteral("built without the window"));
#else
    // --version, --help and bad arguments must not need a display (scripts, packages).
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PORTOLAN_GUI_PATH), { QStringLiteral("--version") });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardOutput(), QByteArray("portolan " PORTOLAN_VERSION "\n"));
    p.start(QStringLiteral(PORTOLAN_GUI_PATH), { QStringLiteral("--frobnicate") });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("frobnicate"));
    // Qt's own options are Qt's, not targets or unknown short options of ours.
    const QList<QStringList> qtOptions { { "-style", "Fusion", "--version" },
        { "-platform", "offscreen", "--version" }, { "-stylesheet", "a.qss", "--version" },
        { "-reverse", "-widgetcount", "-qmljsdebugger=port:1234", "--version" } };
    for (const QStringList &arguments : qtOptions) {
        p.start(QStringLiteral(PORTOLAN_GUI_PATH), arguments);
        QVERIFY(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, qPrintable(arguments.join(u' ') + ": " + err));
        QCOMPARE(p.readAllStandardOutput(), QByteArray("portolan " PORTOLAN_VERSION "\n"));
    }
    // A bad argument beside Qt's still fails, in one line.
    p.start(QStringLiteral(PORTOLAN_GUI_PATH),
        { QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("--frobnicate") });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("frobnicate") && err.count('\n') == 1, err.constData());
#endif
}

void TestCli::xmlValidatesAndDiffFindsTheChange()
{
    // Two scans of the same ports, a listener started between them; saved as nmap
    // XML and as JSON, compared both ways and across formats.
    QTemporaryDir dir;
    const QString ports = QStringLiteral("25020-25022");
    const auto scan = [&](const QString &format, const QString &name) {
        const QString path = dir.filePath(name);
        const Result r
            = cli({ QStringLiteral("-p"), ports, QStringLiteral("-n"), QStringLiteral("--format"),
                format, QStringLiteral("-o"), path, QStringLiteral("127.0.0.1") });
        return r.exitCode == 0 ? path : QString();
    };
    const QString oldXml = scan(QStringLiteral("xml"), QStringLiteral("old.xml"));
    const QString oldJson = scan(QStringLiteral("json"), QStringLiteral("old.json"));
    QVERIFY(!oldXml.isEmpty() && !oldJson.isEmpty());
    Listeners later;
    QVERIFY(later.listen(QHostAddress(QStringLiteral("127.0.0.1")), 25021));
    const QString newXml = scan(QStringLiteral("xml"), QStringLiteral("new.xml"));
    QVERIFY(!newXml.isEmpty());

    // The XML is nmap's (its DTD, with the scanner attribute set aside).
    QFile file(newXml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray xml = file.readAll();
    QVERIFY2(xml.contains("<port protocol=\"tcp\" portid=\"25021\">"), xml.constData());
    xml.replace("scanner=\"portolan\"", "scanner=\"nmap\"");
    QFile validated(dir.filePath(QStringLiteral("validated.xml")));
    QVERIFY(validated.open(QIODevice::WriteOnly) && validated.write(xml) == xml.size());
    validated.close();
    QString lint;
    QCOMPARE(TestNet::run({ QStringLiteral("xmllint"), QStringLiteral("--noout"),
                              QStringLiteral("--dtdvalid"),
                              QStringLiteral("/usr/share/nmap/nmap.dtd"), validated.fileName() },
                 &lint),
        0);

    const Result same = cli({ QStringLiteral("diff"), oldXml, oldJson });
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.out.contains("No changes."), same.out.constData());
    const Result changed = cli({ QStringLiteral("diff"), oldJson, newXml });
    QCOMPARE(changed.exitCode, 3);
    QVERIFY2(changed.out.contains("+ 25021/tcp open (syn-ack), was closed (conn-refused)"),
        changed.out.constData());
    const Result json = cli({ QStringLiteral("diff"), QStringLiteral("--format"),
        QStringLiteral("json"), oldXml, newXml });
    QCOMPARE(json.exitCode, 3);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root[QStringLiteral("changes")].toInt(), 1);
    const QJsonObject port
        = root[QStringLiteral("hosts")][0][QStringLiteral("ports")][0].toObject();
    QCOMPARE(port[QStringLiteral("port")].toInt(), 25021);
    QCOMPARE(port[QStringLiteral("change")].toString(), QStringLiteral("opened"));
}

void TestCli::sharedStoreOnPostgresql()
{
    // The history and the inventory in a PostgreSQL database (issue 22), given by
    // --store or PORTOLAN_STORE, on a server of the test's own (a Unix socket only).
    PgServer server;
    QString why;
    if (!server.start(&why))
        PORTOLAN_SKIP(why);
    const QString url = QStringLiteral("postgresql://%1@localhost/%2?host=%3")
                            .arg(PgServer::user(), PgServer::database(), server.socketDirectory());
    Listeners open;
    QVERIFY(open.listen(QHostAddress(QStringLiteral("127.0.0.1")), 25040));
    const Result scan = cli({ QStringLiteral("--store"), url, QStringLiteral("-n"),
        QStringLiteral("-p"), QStringLiteral("25040-25041"), QStringLiteral("127.0.0.1") });
    QVERIFY2(scan.exitCode == 0, scan.err.constData());
    // The environment names the same store; a password given there is never shown
    // (the server trusts the socket, so any password does).
    QString withPassword = url;
    qputenv("PORTOLAN_STORE",
        withPassword
            .replace(QStringLiteral("%1@").arg(PgServer::user()),
                QStringLiteral("%1:s3cret-word@").arg(PgServer::user()))
            .toUtf8());
    const auto unset = qScopeGuard([] { qunsetenv("PORTOLAN_STORE"); });
    const Result list = cli({ QStringLiteral("history"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QJsonArray entries = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0][QStringLiteral("open")].toInt(), 1);
    QCOMPARE(entries[0][QStringLiteral("targets")].toString(), QStringLiteral("127.0.0.1"));
    const Result devices
        = cli({ QStringLiteral("devices"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(devices.exitCode == 0, devices.err.constData());
    const QJsonArray all = QJsonDocument::fromJson(devices.out).array();
    QCOMPARE(all.size(), 1);
    QVERIFY2(QJsonDocument(all[0].toObject()).toJson().contains("25040"), devices.out.constData());
    const Result help = cli({ QStringLiteral("history"), QStringLiteral("--help") });
    QVERIFY2(help.out.contains("postgresql://portolan@"), help.out.constData());
    for (const Result &r : { list, devices, help })
        QVERIFY(!r.out.contains("s3cret") && !r.err.contains("s3cret"));
    // A store that cannot be: one line, exit 2.
    const Result bad = cli({ QStringLiteral("--store"), QStringLiteral("mysql://u@h/db"),
        QStringLiteral("history"), QStringLiteral("list") });
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err.count('\n'), 1);
    QVERIFY2(bad.err.contains("--store"), bad.err.constData());
    // A server that is not there: said in one line, exit 1 as for a history file
    // that cannot be opened.
    const Result gone = cli({ QStringLiteral("--store"),
        QStringLiteral("postgresql://portolan@localhost/postgres?host=/nonexistent"),
        QStringLiteral("history"), QStringLiteral("list") });
    QCOMPARE(gone.exitCode, 1);
    QCOMPARE(gone.err.count('\n'), 1);
    QVERIFY2(gone.err.contains("cannot connect"), gone.err.constData());

    // The server stops: the scan stands, is kept here, and the user is told how
    // it gets there; store flush says what it wrote once the server is back.
    QVERIFY2(server.stop(&why), qPrintable(why));
    const Result away = cli({ QStringLiteral("-n"), QStringLiteral("-p"),
        QStringLiteral("25040-25041"), QStringLiteral("127.0.0.1") });
    QCOMPARE(away.exitCode, 0);
    QVERIFY(away.out.contains("25040/tcp open"));
    QCOMPARE(away.err.count('\n'), 1);
    QVERIFY2(away.err.contains("kept in") && away.err.contains("portolan-cli store flush"),
        away.err.constData());
    const Result stillAway = cli({ QStringLiteral("store"), QStringLiteral("flush") });
    QCOMPARE(stillAway.exitCode, 1);
    QCOMPARE(stillAway.err.count('\n'), 1);
    QVERIFY2(stillAway.err.contains("1 scan still kept"), stillAway.err.constData());
    QVERIFY2(server.resume(&why), qPrintable(why));
    const Result flushed = cli({ QStringLiteral("store"), QStringLiteral("flush") });
    QVERIFY2(flushed.exitCode == 0, flushed.err.constData());
    QVERIFY2(flushed.out.startsWith("1 scan written to postgresql://"), flushed.out.constData());
    const Result none = cli({ QStringLiteral("store"), QStringLiteral("flush") });
    QVERIFY2(none.out.contains("No scans are waiting"), none.out.constData());
    const Result both = cli({ QStringLiteral("history"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(QJsonDocument::fromJson(both.out).array().size(), 2);
}

void TestCli::scannersShareAStore()
{
    // Two scanners (sites) writing to one store: each scan and device says whose
    // it is, and --scanner filters the listings.
    QTemporaryDir data;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    const auto restore = qScopeGuard([&] {
        qputenv("XDG_DATA_HOME", saved);
        qunsetenv("PORTOLAN_SCANNER");
    });
    Listeners open;
    QVERIFY(open.listen(QHostAddress(QStringLiteral("127.0.0.1")), 25050));
    const QStringList scan { QStringLiteral("-n"), QStringLiteral("-p"), QStringLiteral("25050"),
        QStringLiteral("127.0.0.1") };
    QCOMPARE(
        cli(QStringList { QStringLiteral("--scanner"), QStringLiteral("site-a") } + scan).exitCode,
        0);
    qputenv("PORTOLAN_SCANNER", "site-b");
    QCOMPARE(cli(scan).exitCode, 0);
    qunsetenv("PORTOLAN_SCANNER");

    const Result list = cli({ QStringLiteral("history"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QJsonArray entries = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0][QStringLiteral("scanner")].toString(), QStringLiteral("site-b"));
    QCOMPARE(entries[1][QStringLiteral("scanner")].toString(), QStringLiteral("site-a"));
    const Result onlyA = cli(
        { QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--scanner=site-a") });
    QVERIFY2(onlyA.exitCode == 0, onlyA.err.constData());
    QCOMPARE(onlyA.out.count('\n'), 2); // the header and site a's scan
    QVERIFY2(onlyA.out.contains("SCANNER") && onlyA.out.contains("site-a")
            && !onlyA.out.contains("site-b"),
        onlyA.out.constData());

    // 127.0.0.1 at each site is a device of each (no MAC says they are one).
    const Result devices
        = cli({ QStringLiteral("devices"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(QJsonDocument::fromJson(devices.out).array().size(), 2);
    const Result devicesB = cli({ QStringLiteral("devices"), QStringLiteral("--scanner"),
        QStringLiteral("site-b"), QStringLiteral("--format"), QStringLiteral("json") });
    const QJsonArray b = QJsonDocument::fromJson(devicesB.out).array();
    QCOMPARE(b.size(), 1);
    QCOMPARE(b[0][QStringLiteral("scanner")].toString(), QStringLiteral("site-b"));
    // Which one is meant: said, not guessed.
    const Result which = cli({ QStringLiteral("devices"), QStringLiteral("label"),
        QStringLiteral("127.0.0.1"), QStringLiteral("loopback") });
    QCOMPARE(which.exitCode, 2);
    QCOMPARE(which.err.count('\n'), 1);
    QVERIFY2(which.err.contains("--scanner"), which.err.constData());
    const Result labelled
        = cli({ QStringLiteral("--scanner"), QStringLiteral("site-a"), QStringLiteral("devices"),
            QStringLiteral("label"), QStringLiteral("127.0.0.1"), QStringLiteral("loopback") });
    QVERIFY2(labelled.exitCode == 0, labelled.err.constData());
    const Result text = cli({ QStringLiteral("devices") });
    for (const QByteArray &line : text.out.split('\n')) {
        if (line.contains("127.0.0.1"))
            QCOMPARE(line.contains("loopback"), line.contains("site-a"));
    }
}

void TestCli::storeCopy()
{
    // portolan-cli store copy: the whole store into a new one, the rows said.
    QTemporaryDir data;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    const auto restore = qScopeGuard([&] { qputenv("XDG_DATA_HOME", saved); });
    Listeners open;
    QVERIFY(open.listen(QHostAddress(QStringLiteral("127.0.0.1")), 25055));
    QCOMPARE(cli({ QStringLiteral("-n"), QStringLiteral("-p"), QStringLiteral("25055"),
                     QStringLiteral("127.0.0.1") })
                 .exitCode,
        0);
    const QString from = data.filePath(QStringLiteral("portolan/history.sqlite"));
    const QString to = data.filePath(QStringLiteral("copy.sqlite"));
    const Result copied = cli({ QStringLiteral("store"), QStringLiteral("copy"), from, to });
    QVERIFY2(copied.exitCode == 0, copied.err.constData());
    for (const char *line : { "scans                      1", "results                    1",
             "devices                    1", "as many rows" })
        QVERIFY2(copied.out.contains(line), copied.out.constData());
    const Result listed = cli({ QStringLiteral("--store"), to, QStringLiteral("history"),
        QStringLiteral("show"), QStringLiteral("1") });
    QVERIFY2(listed.out.contains("25055/tcp open"), listed.out.constData());
    // store status on the copy: the one scanner, its scan and device.
    const Result status
        = cli({ QStringLiteral("--store"), to, QStringLiteral("store"), QStringLiteral("status") });
    QVERIFY2(status.exitCode == 0, status.err.constData());
    const QList<QByteArray> lines = status.out.split('\n');
    QVERIFY2(lines.size() == 5 && lines[0].contains("(SQLite, schema")
            && lines[2].startsWith("SCANNER ") && lines[3].contains(" 1  ")
            && lines[3].endsWith("        1        0") && lines[4].isEmpty(),
        status.out.constData());
    QVERIFY(lines[1].startsWith("This scanner: "));
    QVERIFY(lines[3].startsWith(lines[1].mid(14) + ' '));
    // Not into a store that holds anything, nor into itself: one line, exit 2.
    for (const QString &target : { to, from }) {
        const Result again = cli({ QStringLiteral("store"), QStringLiteral("copy"), from, target });
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(again.err.count('\n'), 1);
        QVERIFY2(again.err.contains(target == to ? "not empty" : "the same store"),
            again.err.constData());
    }
}

void TestCli::twoSitesOneServer()
{
    // Two sites, each a network namespace of its own with the same address
    // (198.18.0.10) and other open ports, scan and watch into one PostgreSQL
    // server at once while a third process reads; then the server stops during a
    // scan of site b, which keeps the scan until store flush. Every scan, device
    // and event is there once.
    PgServer server;
    QString why;
    if (!server.start(&why))
        PORTOLAN_SKIP(why);
    // A site: its loopback with the shared address, and one (198.18.0.11) whose
    // ports never answer (a SYN dropped), for a scan that takes a while.
    const QString setup = QStringLiteral(
        "ip link set lo up && ip addr add 198.18.0.10/32 dev lo && ip addr add 198.18.0.11/32 "
        "dev lo && iptables -A INPUT -p tcp --syn -d 198.18.0.11 -j DROP || exit 99\n");
    if (TestNet::run({ QStringLiteral("unshare"),
            geteuid() == 0 ? QStringLiteral("-n") : QStringLiteral("-rn"), QStringLiteral("sh"),
            QStringLiteral("-c"), setup })
        != 0)
        PORTOLAN_SKIP(QStringLiteral("cannot make a network namespace with iptables here"));
    const QString url = QStringLiteral("postgresql://%1@localhost/%2?host=%3")
                            .arg(PgServer::user(), PgServer::database(), server.socketDirectory());
    const QString listeners = QFINDTESTDATA("../lab/listeners.py");
    QVERIFY(!listeners.isEmpty());
    QTemporaryDir homes; // each site's own $XDG_DATA_HOME: another machine's disk
    // Runs script in a new namespace of site's, as scanner site, on the shared store.
    const auto atSite = [&](QProcess *p, const QString &site, const QString &script) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PORTOLAN_STORE"), url);
        env.insert(QStringLiteral("PORTOLAN_SCANNER"), site);
        env.insert(QStringLiteral("XDG_DATA_HOME"), homes.filePath(site));
        env.insert(QStringLiteral("CLI"), QStringLiteral(PORTOLAN_CLI_PATH));
        env.insert(QStringLiteral("LISTEN"), listeners);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral("unshare"),
            { geteuid() == 0 ? QStringLiteral("-n") : QStringLiteral("-rn"), QStringLiteral("sh"),
                QStringLiteral("-c"), setup + script });
    };
    const QString watchScript = QStringLiteral(
        "mkdir -p \"$XDG_DATA_HOME\"\n"
        "wait_for() { i=0; while [ ! -e \"$1\" ] && [ $i -lt 200 ]; do sleep 0.1; "
        "i=$((i+1)); done; }\n"
        "python3 \"$LISTEN\" --seconds 60 --ready \"$XDG_DATA_HOME/l1\" 198.18.0.10:%1 &\n"
        "L1=$!\n"
        "wait_for \"$XDG_DATA_HOME/l1\"\n"
        "\"$CLI\" -n -p 22,80,443 198.18.0.10 > /dev/null || exit 11\n"
        "\"$CLI\" watch add lan-%2 --every 1h --no-notify -n -p 22,80,443 198.18.0.10 "
        "> /dev/null || exit 12\n"
        "\"$CLI\" watch run lan-%2 > /dev/null || exit 13\n"
        "python3 \"$LISTEN\" --seconds 60 --ready \"$XDG_DATA_HOME/l2\" 198.18.0.10:443 &\n"
        "L2=$!\n"
        "wait_for \"$XDG_DATA_HOME/l2\"\n"
        "\"$CLI\" watch run lan-%2; test $? = 3 || exit 14\n"
        "kill \"$L1\" \"$L2\"\n");
    QProcess siteA;
    QProcess siteB;
    atSite(&siteA, QStringLiteral("site-a"),
        watchScript.arg(QStringLiteral("22"), QStringLiteral("a")));
    atSite(&siteB, QStringLiteral("site-b"),
        watchScript.arg(QStringLiteral("80"), QStringLiteral("b")));
    // The third: reads while they write; what it saw never goes back.
    qsizetype seen = 0;
    QSet<qint64> ids;
    for (int i = 0; i < 600
         && (siteA.state() != QProcess::NotRunning || siteB.state() != QProcess::NotRunning);
         ++i) {
        siteA.waitForFinished(50);
        siteB.waitForFinished(50);
        const Result r = cli({ QStringLiteral("--store"), url, QStringLiteral("history"),
            QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray now = QJsonDocument::fromJson(r.out).array();
        QVERIFY(now.size() >= seen);
        seen = now.size();
        for (const QJsonValue &e : now)
            ids.insert(e[QStringLiteral("id")].toInteger());
        QCOMPARE(ids.size(), seen); // no scan twice, none gone
    }
    for (QProcess *p : { &siteA, &siteB }) {
        const Result r = finish(p);
        QVERIFY2(
            r.exitCode == 0, (QByteArray::number(r.exitCode) + ' ' + r.err + r.out).constData());
    }
    const auto json = [&](const QStringList &args) {
        const Result r = cli(QStringList { QStringLiteral("--store"), url } + args
            + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
        return QJsonDocument::fromJson(r.out).array();
    };
    const QJsonArray scans = json({ QStringLiteral("history"), QStringLiteral("list") });
    QCOMPARE(scans.size(), 6); // a scan and two watch runs at each site
    for (const QString &site : { QStringLiteral("site-a"), QStringLiteral("site-b") }) {
        QCOMPARE(json({ QStringLiteral("--scanner"), site, QStringLiteral("history"),
                          QStringLiteral("list") })
                     .size(),
            3);
        const QJsonArray devices
            = json({ QStringLiteral("--scanner"), site, QStringLiteral("devices") });
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices[0][QStringLiteral("address")].toString(), QStringLiteral("198.18.0.10"));
        QStringList open;
        for (const QJsonValue &p : devices[0][QStringLiteral("open_ports")].toArray())
            open.append(QString::number(p[QStringLiteral("port")].toInt()));
        QCOMPARE(open.join(QLatin1Char(',')),
            site == QLatin1String("site-a") ? QStringLiteral("22,443") : QStringLiteral("80,443"));
        const QJsonArray events = json({ QStringLiteral("--scanner"), site, QStringLiteral("watch"),
            QStringLiteral("events") });
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0][QStringLiteral("kind")].toString(), QStringLiteral("port-opened"));
        QCOMPARE(events[0][QStringLiteral("port")].toInt(), 443);
        QCOMPARE(events[0][QStringLiteral("scanner")].toString(), site);
    }
    QCOMPARE(json({ QStringLiteral("devices") }).size(), 2);
    QCOMPARE(json({ QStringLiteral("watch"), QStringLiteral("events") }).size(), 2);
    // Site a's watch is not run from elsewhere (it would scan another network).
    const Result foreign = cli(
        { QStringLiteral("--store"), url, QStringLiteral("--scanner"), QStringLiteral("site-b"),
            QStringLiteral("watch"), QStringLiteral("run"), QStringLiteral("lan-a") });
    QCOMPARE(foreign.exitCode, 2);
    QCOMPARE(foreign.err.count('\n'), 1);
    QVERIFY2(foreign.err.contains("scanner site-a's"), foreign.err.constData());

    // The server stops while site b scans (ports that never answer): the
    // scan ends, is kept at site b and said; back, store flush writes it once.
    QProcess slow;
    atSite(&slow, QStringLiteral("site-b"),
        QStringLiteral("\"$CLI\" -Pn -p 1-40 --timeout 4000 --retries 0 198.18.0.11"));
    QVERIFY(slow.waitForStarted());
    QTest::qWait(700);
    QVERIFY(slow.state() == QProcess::Running); // still scanning
    QVERIFY2(server.stop(&why), qPrintable(why));
    const Result away = finish(&slow);
    QVERIFY2(away.exitCode == 0, away.err.constData());
    QVERIFY2(
        away.err.contains("kept in") && away.err.contains("store flush"), away.err.constData());
    QVERIFY2(server.resume(&why), qPrintable(why));
    // store status at site b says the scan waits there.
    QProcess waiting;
    atSite(
        &waiting, QStringLiteral("site-b"), QStringLiteral("\"$CLI\" store status --format json"));
    const Result before = finish(&waiting);
    QVERIFY2(before.exitCode == 0, before.err.constData());
    QCOMPARE(QJsonDocument::fromJson(before.out)[QStringLiteral("kept_here")].toInt(), 1);
    QProcess flush;
    atSite(&flush, QStringLiteral("site-b"), QStringLiteral("\"$CLI\" store flush"));
    const Result flushed = finish(&flush);
    QVERIFY2(flushed.exitCode == 0, flushed.err.constData());
    QVERIFY2(flushed.out.startsWith("1 scan written"), flushed.out.constData());
    const QJsonArray after = json({ QStringLiteral("history"), QStringLiteral("list") });
    QCOMPARE(after.size(), 7);
    QCOMPARE(after[0][QStringLiteral("scanner")].toString(), QStringLiteral("site-b"));
    QCOMPARE(after[0][QStringLiteral("targets")].toString(), QStringLiteral("198.18.0.11"));
    // store status: each site's scans, devices and watches, as the listings have them.
    const Result status = cli({ QStringLiteral("--store"), url, QStringLiteral("store"),
        QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(status.exitCode == 0, status.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(summary[QStringLiteral("engine")].toString(), QStringLiteral("postgresql"));
    QCOMPARE(summary[QStringLiteral("kept_here")].toInt(), 0);
    const QJsonArray sites = summary[QStringLiteral("scanners")].toArray();
    QCOMPARE(sites.size(), 2);
    for (const QJsonValue &site : sites) {
        const QString name = site[QStringLiteral("name")].toString();
        const QJsonArray itsScans = json({ QStringLiteral("--scanner"), name,
            QStringLiteral("history"), QStringLiteral("list") });
        QCOMPARE(site[QStringLiteral("scans")].toInt(), name == QLatin1String("site-b") ? 4 : 3);
        QCOMPARE(site[QStringLiteral("scans")].toInt(), itsScans.size());
        QCOMPARE(site[QStringLiteral("last_scan")].toString(),
            itsScans[0][QStringLiteral("start_time")].toString());
        QCOMPARE(site[QStringLiteral("devices")].toInt(),
            json({ QStringLiteral("--scanner"), name, QStringLiteral("devices") }).size());
        QCOMPARE(site[QStringLiteral("watches")].toInt(), 1);
    }
}

void TestCli::historyKeepsScans()
{
    // A history of this function's own.
    QTemporaryDir data;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    const auto restore = qScopeGuard([&] { qputenv("XDG_DATA_HOME", saved); });
    const QStringList scan { QStringLiteral("-n"), QStringLiteral("-p"),
        QStringLiteral("25030-25032"), QStringLiteral("127.0.0.1") };
    const QString exported = data.filePath(QStringLiteral("first.json"));
    QCOMPARE(cli(scan
                 + QStringList { QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("-o"), exported })
                 .exitCode,
        0);
    QCOMPARE(cli(scan + QStringList { QStringLiteral("--no-history") }).exitCode, 0);
    Listeners later;
    QVERIFY(later.listen(QHostAddress(QStringLiteral("127.0.0.1")), 25031));
    QCOMPARE(cli(scan).exitCode, 0);

    const Result list = cli({ QStringLiteral("history"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(entries.size(), 2); // not the --no-history one
    const QString newer = QString::number(entries[0][QStringLiteral("id")].toInteger());
    const QString older = QString::number(entries[1][QStringLiteral("id")].toInteger());
    QCOMPARE(entries[0][QStringLiteral("open")].toInt(), 1);
    QCOMPARE(entries[1][QStringLiteral("targets")].toString(), QStringLiteral("127.0.0.1"));

    // The kept scan is the one exported.
    const Result shown = cli({ QStringLiteral("history"), QStringLiteral("show"), older,
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(shown.exitCode, 0);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(shown.out, file.readAll());
    const Result text = cli({ QStringLiteral("history"), QStringLiteral("show"), newer });
    QVERIFY2(text.out.contains("25031/tcp open"), text.out.constData());

    // Compared by id, with a file, found by port.
    const Result diff = cli({ QStringLiteral("diff"), older, newer });
    QCOMPARE(diff.exitCode, 3);
    QVERIFY2(diff.out.contains("+ 25031/tcp open"), diff.out.constData());
    QCOMPARE(cli({ QStringLiteral("diff"), exported, older }).exitCode, 0);
    const Result found = cli({ QStringLiteral("history"), QStringLiteral("list"),
        QStringLiteral("--search"), QStringLiteral("25031") });
    QVERIFY2(
        found.out.contains(newer.toUtf8()) && found.out.count('\n') == 2, found.out.constData());

    // Deleted, it is gone.
    const Result removed = cli({ QStringLiteral("history"), QStringLiteral("delete"), older });
    QCOMPARE(removed.exitCode, 0);
    const Result again = cli({ QStringLiteral("history"), QStringLiteral("show"), older });
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("no scan"), again.err.constData());

    // A damaged history is kept aside, said once, and the scan still stands.
    const QString path = data.filePath(QStringLiteral("portolan/history.sqlite"));
    for (const QString &name :
        { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") })
        QFile::remove(name);
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(4096, 'x'));
    damaged.close();
    const Result afterDamage = cli(scan);
    QCOMPARE(afterDamage.exitCode, 0);
    QVERIFY2(afterDamage.err.contains("kept as"), afterDamage.err.constData());
    QVERIFY(afterDamage.out.contains("25031/tcp open"));
    const Result fresh = cli({ QStringLiteral("history"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(QJsonDocument::fromJson(fresh.out).array().size(), 1);
}

void TestCli::devicesCommand()
{
    QTemporaryDir data;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    const auto restore = qScopeGuard([&] { qputenv("XDG_DATA_HOME", saved); });
    Listeners open;
    QVERIFY(open.listen(QHostAddress(QStringLiteral("127.0.0.1")), 25041));
    QVERIFY(open.listen(QHostAddress(QStringLiteral("127.0.0.2")), 25042));
    // No scan yet: an empty inventory, said so.
    const Result empty = cli({ QStringLiteral("devices") });
    QCOMPARE(empty.exitCode, 0);
    QVERIFY2(empty.out.contains("No devices"), empty.out.constData());
    QCOMPARE(cli({ QStringLiteral("-n"), QStringLiteral("-p"), QStringLiteral("25041-25042"),
                     QStringLiteral("127.0.0.1-2") })
                 .exitCode,
        0);
    // --no-history: the inventory is not touched either.
    QCOMPARE(cli({ QStringLiteral("-n"), QStringLiteral("--no-history"), QStringLiteral("-p"),
                     QStringLiteral("25041"), QStringLiteral("127.0.0.3") })
                 .exitCode,
        0);
    const auto json = [this](const QStringList &extra = {}) {
        const Result r = cli(QStringList { QStringLiteral("devices"), QStringLiteral("--format"),
                                 QStringLiteral("json") }
            + extra);
        if (r.exitCode != 0)
            qFatal("devices: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).array();
    };
    QJsonArray all = json();
    QCOMPARE(all.size(), 2);
    QMap<QString, QJsonObject> byAddress;
    for (const QJsonValue &v : std::as_const(all))
        byAddress.insert(v[QStringLiteral("address")].toString(), v.toObject());
    QCOMPARE(byAddress.keys(),
        (QStringList { QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2") }));
    const QJsonObject one = byAddress.value(QStringLiteral("127.0.0.1"));
    QCOMPARE(one[QStringLiteral("open_ports")].toArray().size(), 1);
    QCOMPARE(one[QStringLiteral("open_ports")][0][QStringLiteral("port")].toInt(), 25041);
    QCOMPARE(one[QStringLiteral("known")].toBool(), false);
    QCOMPARE(one[QStringLiteral("up")].toBool(), true);
    QVERIFY(one[QStringLiteral("mac")].isNull()); // loopback: no link-layer address

    // Label, notes, known; a label with spaces and quotes is one argument.
    const Result labelled = cli({ QStringLiteral("devices"), QStringLiteral("label"),
        QStringLiteral("127.0.0.1"), QStringLiteral("Anna's \"desk\" PC") });
    QCOMPARE(labelled.exitCode, 0);
    QVERIFY2(labelled.out.contains("labelled"), labelled.out.constData());
    QCOMPARE(cli({ QStringLiteral("devices"), QStringLiteral("notes"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("under the desk") })
                 .exitCode,
        0);
    QCOMPARE(
        cli({ QStringLiteral("devices"), QStringLiteral("known"), QStringLiteral("127.0.0.1") })
            .exitCode,
        0);
    all = json({ QStringLiteral("--search"), QStringLiteral("DESK") });
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0][QStringLiteral("label")].toString(), QStringLiteral("Anna's \"desk\" PC"));
    QCOMPARE(all[0][QStringLiteral("notes")].toString(), QStringLiteral("under the desk"));
    QCOMPARE(all[0][QStringLiteral("known")].toBool(), true);
    // A later scan keeps the label.
    QCOMPARE(cli({ QStringLiteral("-n"), QStringLiteral("-p"), QStringLiteral("25041"),
                     QStringLiteral("127.0.0.1") })
                 .exitCode,
        0);
    QCOMPARE(json({ QStringLiteral("--search"),
                 QStringLiteral("127.0.0.1") })[0][QStringLiteral("label")]
                 .toString(),
        QStringLiteral("Anna's \"desk\" PC"));

    // Import: all lines or none.
    const QString bad = data.filePath(QStringLiteral("bad.csv"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("device,label\n127.0.0.2,printer\n198.18.0.99,nobody\n");
    badFile.close();
    const Result refused = cli({ QStringLiteral("devices"), QStringLiteral("import"), bad });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(
        refused.err.contains("line 3") && refused.err.count('\n') == 1, refused.err.constData());
    QCOMPARE(json({ QStringLiteral("--search"),
                 QStringLiteral("127.0.0.2") })[0][QStringLiteral("label")]
                 .toString(),
        QString());
    const QString good = data.filePath(QStringLiteral("good.csv"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write("127.0.0.2,\"Printer, upstairs\",toner low\n");
    goodFile.close();
    const Result imported = cli({ QStringLiteral("devices"), QStringLiteral("import"), good });
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("1 device"), imported.out.constData());
    // CSV out: a header and a row per device.
    const Result csv
        = cli({ QStringLiteral("devices"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("id,address,addresses,mac,label,"));
    QCOMPARE(csv.out.count('\n'), 3);
    QVERIFY2(csv.out.contains(",\"Printer, upstairs\",toner low,"), csv.out.constData());

    // Forget: gone, and its address names no device.
    QCOMPARE(
        cli({ QStringLiteral("devices"), QStringLiteral("forget"), QStringLiteral("127.0.0.2") })
            .exitCode,
        0);
    QCOMPARE(json().size(), 1);
    const Result gone = cli({ QStringLiteral("devices"), QStringLiteral("label"),
        QStringLiteral("127.0.0.2"), QStringLiteral("x") });
    QCOMPARE(gone.exitCode, 2);
    QVERIFY2(gone.err.contains("no device"), gone.err.constData());
}

void TestCli::watchCommand()
{
    QTemporaryDir data;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    const auto restore = qScopeGuard([&] { qputenv("XDG_DATA_HOME", saved); });
    const QString alerts = data.filePath(QStringLiteral("alert.json"));
    const auto watch = [this](const QStringList &args) {
        return cli(QStringList { QStringLiteral("watch") } + args);
    };
    const auto watches = [&] {
        const Result r
            = watch({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            byName.insert(v[QStringLiteral("name")].toString(), v.toObject());
        return byName;
    };
    const Result added = watch({ QStringLiteral("add"), QStringLiteral("lab"),
        QStringLiteral("--every"), QStringLiteral("1h"), QStringLiteral("-n"), QStringLiteral("-p"),
        QStringLiteral("25051-25052"), QStringLiteral("--on-change"),
        QStringLiteral("sh -c 'cat > \"%1\"'").arg(alerts), QStringLiteral("127.0.0.1") });
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains("every 1h"), added.out.constData());
    const QJsonObject lab = watches().value(QStringLiteral("lab"));
    QCOMPARE(lab[QStringLiteral("targets")].toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(lab[QStringLiteral("ports")].toString(), QStringLiteral("25051-25052"));
    QCOMPARE(lab[QStringLiteral("every_seconds")].toInt(), 3600);
    QCOMPARE(lab[QStringLiteral("options")][QStringLiteral("reverse_dns")].toBool(), false);
    QCOMPARE(lab[QStringLiteral("on_change")].toArray().size(), 3); // sh, -c, the script
    QCOMPARE(watch({ QStringLiteral("add"), QStringLiteral("lab"), QStringLiteral("--every"),
                       QStringLiteral("2h"), QStringLiteral("127.0.0.1") })
                 .exitCode,
        2); // the name is taken

    // The baseline: exit 0, nothing said, no alert.
    const Result baseline = watch({ QStringLiteral("run"), QStringLiteral("lab") });
    QCOMPARE(baseline.exitCode, 0);
    QVERIFY2(baseline.out.contains("baseline"), baseline.out.constData());
    QVERIFY(!QFile::exists(alerts));
    QCOMPARE(
        watch({ QStringLiteral("run"), QStringLiteral("lab") }).exitCode, 0); // nothing changed

    // A port opens: exit 3, the event in JSON, and the command got it on stdin.
    Listeners opened;
    QVERIFY(opened.listen(QHostAddress(QStringLiteral("127.0.0.1")), 25052));
    const Result changed = watch({ QStringLiteral("run"), QStringLiteral("lab"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(changed.exitCode, 3);
    const QJsonArray events = QJsonDocument::fromJson(changed.out).array();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0][QStringLiteral("kind")].toString(), QStringLiteral("port-opened"));
    QCOMPARE(events[0][QStringLiteral("port")].toInt(), 25052);
    QCOMPARE(events[0][QStringLiteral("address")].toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(events[0][QStringLiteral("watch")].toString(), QStringLiteral("lab"));
    QVERIFY(QDateTime::fromString(events[0][QStringLiteral("time")].toString(), Qt::ISODateWithMs)
                .isValid());
    QFile alert(alerts);
    QVERIFY(alert.open(QIODevice::ReadOnly));
    const QJsonArray alerted = QJsonDocument::fromJson(alert.readAll()).array();
    QCOMPARE(alerted.size(), 1);
    QCOMPARE(alerted[0][QStringLiteral("id")], events[0][QStringLiteral("id")]);
    const Result listed = watch({ QStringLiteral("events"), QStringLiteral("lab") });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(
        listed.out.contains("port-opened") && listed.out.contains("25052"), listed.out.constData());

    // Two "run --due" at once: each due watch runs once, whoever gets it.
    for (const char *name : { "w1", "w2" })
        QCOMPARE(
            watch({ QStringLiteral("add"), QString::fromLatin1(name), QStringLiteral("--every"),
                      QStringLiteral("1h"), QStringLiteral("-n"), QStringLiteral("-p"),
                      QStringLiteral("25051"), QStringLiteral("127.0.0.1") })
                .exitCode,
            0);
    QProcess first;
    QProcess second;
    for (QProcess *p : { &first, &second })
        p->start(QStringLiteral(PORTOLAN_CLI_PATH),
            { QStringLiteral("watch"), QStringLiteral("run"), QStringLiteral("--due") });
    const Result a = finish(&first);
    const Result b = finish(&second);
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.exitCode, 0);
    const auto after = watches();
    QCOMPARE(after.value(QStringLiteral("w1"))[QStringLiteral("runs")].toInt(), 1);
    QCOMPARE(after.value(QStringLiteral("w2"))[QStringLiteral("runs")].toInt(), 1);
    QCOMPARE(after.value(QStringLiteral("lab"))[QStringLiteral("runs")].toInt(), 3); // not due
    QCOMPARE((a.out + b.out).count("baseline"), 2);

    // A command that fails is recorded with the watch, not retried.
    QCOMPARE(watch({ QStringLiteral("add"), QStringLiteral("failing"), QStringLiteral("--every"),
                       QStringLiteral("1h"), QStringLiteral("-n"), QStringLiteral("-p"),
                       QStringLiteral("25053"), QStringLiteral("--on-change"),
                       QStringLiteral("false"), QStringLiteral("127.0.0.1") })
                 .exitCode,
        0);
    QCOMPARE(watch({ QStringLiteral("run"), QStringLiteral("failing") }).exitCode, 0);
    Listeners another;
    QVERIFY(another.listen(QHostAddress(QStringLiteral("127.0.0.1")), 25053));
    const Result failing = watch({ QStringLiteral("run"), QStringLiteral("failing") });
    QCOMPARE(failing.exitCode, 3);
    QVERIFY2(failing.err.contains("exited with 1"), failing.err.constData());
    QVERIFY(watches()
                .value(QStringLiteral("failing"))[QStringLiteral("last_error")]
                .toString()
                .contains(QStringLiteral("exited with 1")));

    // Paused: not due; removed: gone with its events.
    QCOMPARE(watch({ QStringLiteral("pause"), QStringLiteral("w1") }).exitCode, 0);
    QVERIFY(watches().value(QStringLiteral("w1"))[QStringLiteral("paused")].toBool());
    QCOMPARE(watch({ QStringLiteral("remove"), QStringLiteral("lab") }).exitCode, 0);
    QVERIFY(!watches().contains(QStringLiteral("lab")));
    const Result none
        = watch({ QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 1); // the failing watch's
}

void TestCli::watchNotifiesTheDesktop()
{
    // A session bus of the test's own, the stand-in service on it, and the CLI
    // told of that bus: a watch run that finds a change notifies once.
    PrivateSessionBus bus;
    QString why;
    if (!bus.start(&why))
        PORTOLAN_SKIP(why);
    const QString address = bus.address();
    QDBusConnection connection = bus.connect(QStringLiteral("standin"));
    QVERIFY2(connection.isConnected(), qPrintable(connection.lastError().message()));
    NotificationStandIn standIn;
    QVERIFY(standIn.serve(connection));

    QTemporaryDir data;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    // Runs the CLI while this thread keeps serving the bus.
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(PORTOLAN_CLI_PATH), QStringList { QStringLiteral("watch") } + args);
        if (!done.wait(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        return p.exitCode();
    };
    for (const char *name : { "loud", "quiet" }) {
        QStringList add { QStringLiteral("add"), QString::fromLatin1(name),
            QStringLiteral("--every"), QStringLiteral("1h"), QStringLiteral("-n"),
            QStringLiteral("-p"), QStringLiteral("25061"), QStringLiteral("127.0.0.1") };
        if (QByteArray(name) == "quiet")
            add.append(QStringLiteral("--no-notify"));
        QCOMPARE(run(add), 0);
        QCOMPARE(run({ QStringLiteral("run"), QString::fromLatin1(name) }), 0); // baseline
    }
    QVERIFY(standIn.summaries.isEmpty()); // a baseline says nothing
    Listeners opened;
    QVERIFY(opened.listen(QHostAddress(QStringLiteral("127.0.0.1")), 25061));
    QCOMPARE(run({ QStringLiteral("run"), QStringLiteral("loud") }), 3);
    QCOMPARE(run({ QStringLiteral("run"), QStringLiteral("quiet") }), 3);
    QCOMPARE(standIn.summaries, QStringList { QStringLiteral("loud: 1 change") });
    QVERIFY2(standIn.bodies.first().contains(QStringLiteral("port 25061 opened")),
        qPrintable(standIn.bodies.first()));
}

PORTOLAN_NETNS_TEST_MAIN(TestCli)
#include "tst_cli.moc"
