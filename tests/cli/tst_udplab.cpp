// portolan-cli -sU against real UDP daemons (tests/lab/udplab.sh) behind a veth, where
// the target's kernel ICMP rate limit applies, run as an unprivileged user from the
// lab's scanner namespace: every port's state and reason as the lab was built, IPv4
// and IPv6, a router named as the sender of its refusal, and with -sV what each
// daemon says of itself. The lab's keeper holds a pipe from this process: whatever
// ends the test ends the lab, which the last function proves.
#include <unistd.h>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "common/labprocesses.h"
#include "common/skip.h"

namespace {

using LabProcesses::namespaceOf;
using LabProcesses::processesIn;
using LabProcesses::realRoot;
using LabProcesses::tailOf;

// A port as the lab built it (DIR/expected): "family port state reason service".
struct Expected
{
    QString family; // "4", "6", "4r"/"6r" (the host behind the lab's router)
    quint16 port = 0;
    QString state;
    QString reason;
    QString service;
};

// Seconds the lab has to come up; it takes about 2 s here.
constexpr int labDeadlineSeconds = 60;
const QString target4 = QStringLiteral("198.18.1.2");
const QString target6 = QStringLiteral("2001:db8:1::2");
const QString behindRouter4 = QStringLiteral("198.18.2.9");
const QString behindRouter6 = QStringLiteral("2001:db8:2::9");

// The upstream version of an installed package: "2.90-4~deb12u2" -> "2.90".
QString upstreamVersion(const QString &package)
{
    QProcess dpkg;
    dpkg.start(QStringLiteral("dpkg-query"),
        { QStringLiteral("-W"), QStringLiteral("-f=${Version}"), package });
    if (!dpkg.waitForFinished(10000) || dpkg.exitCode() != 0)
        return QString();
    QString v = QString::fromUtf8(dpkg.readAllStandardOutput()).trimmed();
    v = v.mid(v.indexOf(QLatin1Char(':')) + 1);
    for (const QChar c : { QLatin1Char('-'), QLatin1Char('+'), QLatin1Char('~') }) {
        if (const qsizetype at = v.indexOf(c); at > 0)
            v.truncate(at);
    }
    return v;
}

// One scan's rows by port; the CLI's exit code and stderr for messages.
struct CliScan
{
    int exitCode = -1;
    QString errors;
    QHash<quint16, QJsonObject> rows;
};

} // namespace

class TestUdpLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    // First: one probe each, while the target's ICMP token bucket for us is full.
    void aRouterIsNamedAsTheSender_data();
    void aRouterIsNamedAsTheSender();
    void everyStateAndReasonIpv4();
    void everyStateAndReasonIpv6();
    void whatTheDaemonsSayOfThemselves_data();
    void whatTheDaemonsSayOfThemselves();
    void everyOpenPortNamedByItsAnswer();
    void theLabEndsWithItsHolder();

private:
    QList<Expected> expectedFor(const QString &family) const;
    static QString familyOf(const QString &target);
    const CliScan &versionScan(const QString &target);
    CliScan scan(const QString &target, const QStringList &ports, bool versions);
    void compareStates(const QString &family, const QString &target);
    void stopLab();

    QTemporaryDir m_dir;
    QTemporaryDir m_home; // the unprivileged user's binary, home and settings
    QString m_cli;
    QProcess m_lab; // unshare, parent of the lab's keeper
    QByteArray m_labPidNamespace;
    qint64 m_scannerPid = 0;
    QList<Expected> m_expected;
    QHash<QString, CliScan> m_versionScans; // by target
};

void TestUdpLab::initTestCase()
{
    if (!realRoot())
        PORTOLAN_SKIP(QStringLiteral("the UDP lab needs root, and not root in a user namespace "
                                     "(network namespaces, a veth, iptables, daemons that "
                                     "drop privileges)"));
    // The CLI as the unprivileged user sees it: a copy in a directory anyone can read
    // (the build tree may be under /root), and a home of its own.
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::setPermissions(m_home.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther | QFile::ReadGroup | QFile::WriteGroup
            | QFile::ExeGroup));
    m_cli = m_home.filePath(QStringLiteral("portolan-cli"));
    QVERIFY(QFile::copy(QStringLiteral(PORTOLAN_CLI_PATH), m_cli));
    QVERIFY(QFile::setPermissions(m_cli,
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
            | QFile::ExeGroup));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORTOLAN_LAB_DEADLINE"), QString::number(labDeadlineSeconds));
    env.remove(QStringLiteral("PORTOLAN_LAB_ONLY"));
    m_lab.setProcessEnvironment(env);
    m_lab.start(QStringLiteral("unshare"),
        { QStringLiteral("--pid"), QStringLiteral("--fork"), QStringLiteral("--kill-child=SIGKILL"),
            QStringLiteral("--net"), QStringLiteral("--mount"),
            QStringLiteral(PORTOLAN_LAB_DIR "/udplab.sh"), QStringLiteral("run"), m_dir.path() });
    if (!m_lab.waitForStarted())
        PORTOLAN_SKIP(QStringLiteral("cannot start unshare: ") + m_lab.errorString());
    const bool answered = QTest::qWaitFor(
        [this] { return m_lab.canReadLine() || m_lab.state() == QProcess::NotRunning; },
        (labDeadlineSeconds + 30) * 1000);
    m_labPidNamespace = namespaceOf(m_lab.processId(), "pid_for_children");
    const QByteArray status = answered ? m_lab.readLine().trimmed() : QByteArray();
    if (status.isEmpty() && m_lab.state() == QProcess::NotRunning) {
        const QByteArray errors = m_lab.readAllStandardError();
        // unshare itself refused: this machine makes no namespaces (a container
        // without the capability), which no code of ours can change.
        if (errors.contains("unshare failed"))
            PORTOLAN_SKIP(QStringLiteral("cannot make the lab's namespaces: ")
                + QString::fromUtf8(errors.trimmed()));
    }
    if (!status.startsWith("ready")) {
        const QString why = QStringLiteral("the lab did not start: %1\n%2\nlab.log ends:\n%3")
                                .arg(QString::fromUtf8(status.isEmpty() ? "no word" : status),
                                    QString::fromUtf8(m_lab.readAllStandardError()),
                                    tailOf(m_dir.filePath(QStringLiteral("lab.log"))));
        stopLab();
        QFAIL(qPrintable(why));
    }
    QFile scanner(m_dir.filePath(QStringLiteral("scanner.pid")));
    QVERIFY(scanner.open(QIODevice::ReadOnly));
    m_scannerPid = scanner.readAll().trimmed().toLongLong();
    QVERIFY(m_scannerPid > 0);
    // The scanner namespace is the lab's: its holder lives in the lab's PID namespace.
    QCOMPARE(namespaceOf(m_scannerPid, "pid"), m_labPidNamespace);
    QVERIFY(namespaceOf(m_scannerPid, "net") != namespaceOf(::getpid(), "net"));

    QFile expected(m_dir.filePath(QStringLiteral("expected")));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    for (const QByteArray &line : expected.readAll().split('\n')) {
        const QList<QByteArray> w = line.simplified().split(' ');
        if (w.size() == 5)
            m_expected.append({ QString::fromUtf8(w.at(0)), static_cast<quint16>(w.at(1).toUInt()),
                QString::fromUtf8(w.at(2)), QString::fromUtf8(w.at(3)),
                QString::fromUtf8(w.at(4)) });
    }
    // Ten daemons on IPv4; eight on IPv6 (NetBIOS is IPv4 only: 137 closed there; SSDP
    // is left out); three rules and twenty closed ports on each.
    QCOMPARE(expectedFor(QStringLiteral("4")).size(), 33);
    QCOMPARE(expectedFor(QStringLiteral("6")).size(), 32);
}

void TestUdpLab::cleanupTestCase()
{
    if (m_lab.state() != QProcess::NotRunning)
        stopLab();
}

void TestUdpLab::stopLab()
{
    if (!LabProcesses::stopKeeper(m_lab))
        QFAIL("the lab's keeper did not end when its stdin closed");
    if (!m_labPidNamespace.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(processesIn("pid", m_labPidNamespace).isEmpty(), 10000);
}

// One -sV scan of a target's open ports, made when first asked for.
const CliScan &TestUdpLab::versionScan(const QString &target)
{
    if (!m_versionScans.contains(target)) {
        QStringList open;
        for (const Expected &e : expectedFor(familyOf(target))) {
            if (e.state == QLatin1String("open"))
                open << QString::number(e.port);
        }
        m_versionScans.insert(target, scan(target, open, true));
    }
    return m_versionScans[target];
}

QString TestUdpLab::familyOf(const QString &target)
{
    return target.contains(QLatin1Char(':')) ? QStringLiteral("6") : QStringLiteral("4");
}

QList<Expected> TestUdpLab::expectedFor(const QString &family) const
{
    QList<Expected> out;
    for (const Expected &e : m_expected) {
        if (e.family == family)
            out.append(e);
    }
    return out;
}

// portolan-cli in the lab's scanner namespace as nobody, JSON out, every port listed.
CliScan TestUdpLab::scan(const QString &target, const QStringList &ports, bool versions)
{
    QStringList args { QStringLiteral("--net=/proc/%1/ns/net").arg(m_scannerPid),
        QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
        QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"), m_cli,
        QStringLiteral("-sU"), QStringLiteral("-Pn"), QStringLiteral("-n"),
        QStringLiteral("--show-closed"), QStringLiteral("--no-history"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("-p"),
        QStringLiteral("U:") + ports.join(QLatin1Char(',')) };
    if (versions)
        args << QStringLiteral("-sV");
    args << target;
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // LeakSanitizer's suppressions (the asan preset) where nobody can read them.
    const QString lsan = env.value(QStringLiteral("LSAN_OPTIONS"));
    if (const qsizetype at = lsan.indexOf(QLatin1String("suppressions=")); at >= 0) {
        const QString file = lsan.mid(at + 13).section(QLatin1Char(':'), 0, 0);
        const QString copy = m_home.filePath(QStringLiteral("lsan.supp"));
        if (QFile::exists(copy) || QFile::copy(file, copy)) {
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
            env.insert(QStringLiteral("LSAN_OPTIONS"), QString(lsan).replace(file, copy));
        }
    }
    for (const char *name :
        { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" })
        env.insert(QString::fromLatin1(name), m_home.path());
    cli.setProcessEnvironment(env);
    cli.setWorkingDirectory(m_home.path());
    cli.start(QStringLiteral("nsenter"), args);
    CliScan out;
    if (!cli.waitForFinished(240000)) {
        cli.kill();
        cli.waitForFinished();
        out.errors = QStringLiteral("portolan-cli did not finish within 240 s");
        return out;
    }
    out.exitCode = cli.exitCode();
    out.errors = QString::fromUtf8(cli.readAllStandardError());
    const QJsonArray results
        = QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(u"results").toArray();
    for (const QJsonValue &row : results) {
        const QJsonObject o = row.toObject();
        out.rows.insert(static_cast<quint16>(o.value(u"port").toInt()), o);
    }
    return out;
}

void TestUdpLab::compareStates(const QString &family, const QString &target)
{
    const QList<Expected> expected = expectedFor(family);
    QStringList ports;
    for (const Expected &e : expected)
        ports << QString::number(e.port);
    const CliScan s = scan(target, ports, false);
    QVERIFY2(s.exitCode == 0, qPrintable(s.errors));
    QStringList wrong;
    for (const Expected &e : expected) {
        const QJsonObject row = s.rows.value(e.port);
        const QString got = row.value(u"protocol").toString() + u' '
            + row.value(u"state").toString() + u' ' + row.value(u"reason").toString();
        const QString want = QStringLiteral("udp %1 %2").arg(e.state, e.reason);
        if (got != want)
            wrong << QStringLiteral("%1: %2, expected %3").arg(e.port).arg(got, want);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n') + u'\n' + s.errors));
    QCOMPARE(s.rows.size(), expected.size());
}

void TestUdpLab::everyStateAndReasonIpv4()
{
    compareStates(QStringLiteral("4"), target4);
}

void TestUdpLab::everyStateAndReasonIpv6()
{
    compareStates(QStringLiteral("6"), target6);
}

void TestUdpLab::aRouterIsNamedAsTheSender_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("router");
    QTest::newRow("IPv4") << QStringLiteral("4r") << behindRouter4 << target4;
    QTest::newRow("IPv6") << QStringLiteral("6r") << behindRouter6 << target6;
}

// The lab's router refuses to forward: the refusal comes from it, not from the
// address scanned, and the result says who sent it (reason_from; nmap's reason_ip).
void TestUdpLab::aRouterIsNamedAsTheSender()
{
    QFETCH(QString, family);
    QFETCH(QString, target);
    QFETCH(QString, router);
    const QList<Expected> expected = expectedFor(family);
    QCOMPARE(expected.size(), 1);
    const CliScan s = scan(target, { QString::number(expected.first().port) }, false);
    QVERIFY2(s.exitCode == 0, qPrintable(s.errors));
    const QJsonObject row = s.rows.value(expected.first().port);
    QCOMPARE(row.value(u"state").toString(), expected.first().state);
    QCOMPARE(row.value(u"reason").toString(), expected.first().reason);
    QCOMPARE(row.value(u"reason_from").toString(), router);
}

void TestUdpLab::whatTheDaemonsSayOfThemselves_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("extra"); // each in the row's extra
    const QString dnsmasq = upstreamVersion(QStringLiteral("dnsmasq-base"));
    const QString memcached = upstreamVersion(QStringLiteral("memcached"));
    const QString coturn = upstreamVersion(QStringLiteral("coturn"));
    const QString miniupnpd = upstreamVersion(QStringLiteral("miniupnpd"));
    for (const QString &t : { target4, target6 }) {
        const char *family = t == target4 ? "IPv4" : "IPv6";
        QTest::addRow("dns %s", family)
            << t << quint16(53) << QStringLiteral("dnsmasq") << dnsmasq
            << QStringList { QStringLiteral("version.bind: dnsmasq-") + dnsmasq };
        // chronyd's own clock at the stratum the lab set, its reference "127.127.1.1".
        QTest::addRow("ntp %s", family) << t << quint16(123) << QString() << QString()
                                        << QStringList { QStringLiteral("stratum: 8"),
                                               QStringLiteral("reference: 127.127.1.1") };
        QTest::addRow("snmp %s", family)
            << t << quint16(161) << QString() << QString()
            << QStringList { QStringLiteral("sysDescr: Portolan UDP lab agent"),
                   QStringLiteral("sysName: portolan-lab"),
                   QStringLiteral("finding: snmp-default-community") };
        QTest::addRow("memcached %s", family)
            << t << quint16(11211) << QStringLiteral("memcached") << memcached << QStringList {};
        QTest::addRow("stun %s", family)
            << t << quint16(3478) << QString() << QString()
            << QStringList { QStringLiteral("software: Coturn-") + coturn };
    }
    for (const QString &t : { target4, target6 }) {
        const char *family = t == target4 ? "IPv4" : "IPv6";
        // avahi-daemon lists the service the lab published; rpcbind itself (100000).
        QTest::addRow("mdns %s", family) << t << quint16(5353) << QString() << QString()
                                         << QStringList { QStringLiteral("_portolan-lab._udp") };
        QTest::addRow("rpcbind %s", family) << t << quint16(111) << QString() << QString()
                                            << QStringList { QStringLiteral("100000") };
    }
    QTest::addRow("ssdp IPv4") << target4 << quint16(1900) << QStringLiteral("MiniUPnPd")
                               << miniupnpd
                               << QStringList { QStringLiteral("MiniUPnPd/") + miniupnpd };
    QTest::addRow("netbios IPv4") << target4 << quint16(137) << QString() << QString()
                                  << QStringList { QStringLiteral("name: PORTOLANLAB"),
                                         QStringLiteral("group: LABGROUP") };
}

// With -sV, each daemon's own words: versions checked against the installed package.
void TestUdpLab::whatTheDaemonsSayOfThemselves()
{
    QFETCH(QString, target);
    QFETCH(quint16, port);
    QFETCH(QString, product);
    QFETCH(QString, version);
    QFETCH(QStringList, extra);
    const CliScan &s = versionScan(target);
    QVERIFY2(s.exitCode == 0, qPrintable(s.errors));
    const QJsonObject row = s.rows.value(port);
    QCOMPARE(row.value(u"state").toString(), QStringLiteral("open"));
    QCOMPARE(row.value(u"service_method").toString(), QStringLiteral("probed"));
    const QString text = QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
    if (!product.isEmpty())
        QVERIFY2(row.value(u"product").toString() == product, qPrintable(text));
    if (!version.isEmpty())
        QVERIFY2(row.value(u"version").toString() == version, qPrintable(text));
    for (const QString &words : extra)
        QVERIFY2(row.value(u"extra").toString().contains(words), qPrintable(words + u' ' + text));
}

// Every open port named by what answered, not by its number alone: the service
// each daemon's reply showed, on both families.
void TestUdpLab::everyOpenPortNamedByItsAnswer()
{
    for (const QString &target : { target4, target6 }) {
        const CliScan &s = versionScan(target);
        QVERIFY2(s.exitCode == 0, qPrintable(s.errors));
        for (const Expected &e : expectedFor(familyOf(target))) {
            if (e.state != QLatin1String("open"))
                continue;
            const QJsonObject row = s.rows.value(e.port);
            const QString text
                = QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
            QVERIFY2(row.value(u"service").toString() == e.service, qPrintable(text));
            QVERIFY2(row.value(u"service_method").toString() == QLatin1String("probed"),
                qPrintable(text));
        }
    }
}

// Closing the keeper's stdin ends every process of the lab, the scanner
// namespace's holder with them (and so both network namespaces and the veth).
void TestUdpLab::theLabEndsWithItsHolder()
{
    QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(m_scannerPid)));
    QVERIFY(!processesIn("pid", m_labPidNamespace).isEmpty());
    stopLab();
    QVERIFY(processesIn("pid", m_labPidNamespace).isEmpty());
    QVERIFY(namespaceOf(m_scannerPid, "pid") != m_labPidNamespace);
}

QTEST_GUILESS_MAIN(TestUdpLab)
#include "tst_udplab.moc"
