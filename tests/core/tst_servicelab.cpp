// Service detection against real daemons (tests/lab/servicelab.sh) on the loopback
// of this test's own network namespace: every product and version as the package
// reports it of itself, the TLS certificate the lab made, hostile stand-ins kept to
// their budget and to plain text, and agreement with nmap -sV on the same lab. The
// lab lives in a PID namespace whose init holds a pipe from this process: whatever
// ends the test ends the lab, which the last functions here prove.
#include "scanharness.h"

#include <algorithm>
#include <array>
#include <unistd.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include "common/isolatedtest.h"
#include "common/labprocesses.h"
#include "common/netns.h"
#include "common/skip.h"
#include "core/formats/scanfile.h"

namespace {

using LabProcesses::namespaceOf;
using LabProcesses::processesIn;
using LabProcesses::realRoot;
using LabProcesses::tailOf;

struct Expected
{
    quint16 port = 0;
    QString package; // the Debian package the daemon came from
    QString product; // as Portolan names it
    QString version; // the package's upstream version, from dpkg-query; empty when undisclosed
    QString packageVersion; // the same, disclosed or not
};

// Daemons that do not tell a client their version before it logs in: Dovecot's
// greeting, PostgreSQL's authentication request, Samba's SMB2 NEGOTIATE response
// (SMB names no product either, only its dialect), Pure-FTPd's welcome and Postfix's
// greeting as Debian sets it ("ESMTP Postfix (Debian/GNU)") carry none.
bool disclosesNoVersion(const QString &package)
{
    return package == QLatin1String("dovecot-core")
        || package.startsWith(QLatin1String("postgresql")) || package == QLatin1String("samba")
        || package.endsWith(QLatin1String("/pure-ftpd.deb"))
        || package.endsWith(QLatin1String("/postfix.deb"));
}

// The upstream part of an installed package's version: "1:9.2p1-2+deb12u3" -> "9.2p1",
// "5:7.0.15-1~deb12u1" -> "7.0.15", "2:4.17.12+dfsg-0+deb12u4" -> "4.17.12". A
// package given as a .deb (unpacked for the lab, not installed): that file's version.
QString upstreamVersion(const QString &package)
{
    QProcess dpkg;
    if (package.endsWith(QLatin1String(".deb")))
        dpkg.start(QStringLiteral("dpkg-deb"),
            { QStringLiteral("--field"), package, QStringLiteral("Version") });
    else
        dpkg.start(QStringLiteral("dpkg-query"),
            { QStringLiteral("-W"), QStringLiteral("-f=${Version}"), package });
    if (!dpkg.waitForFinished(10000) || dpkg.exitCode() != 0)
        return QString();
    QString v = QString::fromUtf8(dpkg.readAllStandardOutput()).trimmed();
    v = v.mid(v.indexOf(QLatin1Char(':')) + 1);
    const qsizetype end = v.lastIndexOf(QLatin1Char('-'));
    if (end > 0)
        v.truncate(end);
    for (const QChar c : { QLatin1Char('+'), QLatin1Char('~') }) {
        if (const qsizetype at = v.indexOf(c); at > 0)
            v.truncate(at);
    }
    return v;
}

// The result for a port, or an empty one (port 0) when there is none.
const ScanResult &resultFor(const ScanRun &run, quint16 port)
{
    static const ScanResult none;
    for (const ScanResult &r : run.results) {
        if (r.port == port)
            return r;
    }
    return none;
}

QString commandOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll().trimmed()) : QString();
}

QStringList commandsOf(const QList<qint64> &pids)
{
    QStringList commands;
    for (const qint64 pid : pids)
        commands.append(commandOf(pid));
    return commands;
}

QString describe(const QList<qint64> &pids)
{
    QStringList words;
    for (const qint64 pid : pids)
        words.append(QStringLiteral("%1 %2").arg(pid).arg(commandOf(pid)));
    return words.join(QStringLiteral(", "));
}

// The processes a process has started (its first thread's children).
QList<qint64> childrenOf(qint64 pid)
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    QList<qint64> pids;
    if (children.open(QIODevice::ReadOnly)) {
        for (const QByteArray &word : children.readAll().simplified().split(' ')) {
            if (!word.isEmpty())
                pids.append(word.toLongLong());
        }
    }
    return pids;
}

// The owner of each TCP socket listening in this process's network namespace, by port.
QHash<quint16, qint64> listenersByPort()
{
    QHash<QByteArray, quint16> portOfInode;
    for (const char *table : { "/proc/self/net/tcp", "/proc/self/net/tcp6" }) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n').mid(1)) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() > 9 && f.at(3) == "0A") // TCP_LISTEN
                portOfInode.insert("socket:[" + f.at(9) + ']',
                    static_cast<quint16>(
                        f.at(1).mid(f.at(1).indexOf(':') + 1).toUInt(nullptr, 16)));
        }
    }
    QHash<quint16, qint64> owners;
    for (const qint64 pid : processesIn("net", namespaceOf(::getpid(), "net"))) {
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
            const QByteArray target = fds.filePath(fd).toLocal8Bit();
            std::array<char, 64> link {};
            const ssize_t n = ::readlink(target.constData(), link.data(), link.size());
            if (n > 0) {
                if (const auto it = portOfInode.constFind(QByteArray(link.data(), n));
                    it != portOfInode.cend())
                    owners.insert(it.value(), pid);
            }
        }
    }
    return owners;
}

// Seconds the whole lab has to come up (servicelab.sh PORTOLAN_LAB_DEADLINE); it
// takes about 13 s here. The keeper answers within this and 10 s more.
constexpr int labDeadlineSeconds = 120;

// Starts the lab's keeper: PID 1 of a new PID namespace (and of a network namespace of
// its own with ownNetwork), its stdin a pipe from this process. `only` names the
// daemons (all when empty).
void startKeeper(QProcess &keeper, const QString &dir, const QString &only, bool ownNetwork,
    int deadlineSeconds = labDeadlineSeconds)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORTOLAN_LAB_DEADLINE"), QString::number(deadlineSeconds));
    if (only.isEmpty())
        env.remove(QStringLiteral("PORTOLAN_LAB_ONLY"));
    else
        env.insert(QStringLiteral("PORTOLAN_LAB_ONLY"), only);
    keeper.setProcessEnvironment(env);
    QStringList args { QStringLiteral("--pid"), QStringLiteral("--fork"),
        QStringLiteral("--kill-child=SIGKILL") };
    if (ownNetwork)
        args.append(QStringLiteral("--net"));
    args << QStringLiteral(PORTOLAN_LAB_DIR "/servicelab.sh") << QStringLiteral("run") << dir;
    keeper.start(QStringLiteral("unshare"), args);
}

// Waits for the keeper's one line ("ready N ports" or "failed: ..."); empty if none came.
QByteArray statusOf(QProcess &keeper, int timeoutMs)
{
    if (!QTest::qWaitFor(
            [&keeper] { return keeper.canReadLine() || keeper.state() == QProcess::NotRunning; },
            timeoutMs))
        return QByteArray();
    return keeper.readLine().trimmed();
}

bool printable(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e))
            return false;
    }
    return true;
}

} // namespace

class TestServiceLab : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void productsAndVersionsAsPackagesSay();
    void tlsCertificateOfTheLab();
    void hostileServicesCostTheBudgetAndStayPlainText();
    void agreesWithNmap();
    void labProcessesStayInItsPidNamespace();
    void aKilledHolderTakesItsLabAlong();
    void aFailedStartNamesWhatFailedAndEndsTheLab();

private:
    QString portList() const;
    // The service detected on a port; an empty one when there is none.
    ServiceInfo serviceAt(quint16 port) const
    {
        const ScanResult &r = resultFor(m_run, port);
        return r.service ? *r.service : ServiceInfo {};
    }

    // Ends the lab: its keeper reads EOF and exits, the kernel kills the rest.
    void stopLab();

    QTemporaryDir m_dir;
    QProcess m_lab; // unshare, parent of the lab's keeper
    QByteArray m_labPidNamespace;
    QList<Expected> m_expected;
    ScanRun m_run;
};

void TestServiceLab::initTestCase()
{
    if (!m_isolated)
        PORTOLAN_SKIP(QStringLiteral("needs a private network namespace: ") + m_why);
    if (!realRoot())
        PORTOLAN_SKIP(QStringLiteral("the daemons' lab needs root, and not root in a user "
                                     "namespace (privileged ports, daemons that drop "
                                     "privileges to users of their own)"));
    startKeeper(m_lab, m_dir.path(), QString(), false);
    QVERIFY2(m_lab.waitForStarted(), qPrintable(m_lab.errorString()));
    const QByteArray status = statusOf(m_lab, (labDeadlineSeconds + 30) * 1000);
    m_labPidNamespace = namespaceOf(m_lab.processId(), "pid_for_children");
    if (!status.startsWith("ready")) {
        const QString why
            = QStringLiteral("the lab did not start: %1\n%2\nlab.log ends:\n%3")
                  .arg(QString::fromUtf8(status.isEmpty() ? "no word from it" : status),
                      QString::fromUtf8(m_lab.readAllStandardError()),
                      tailOf(m_dir.filePath(QStringLiteral("lab.log"))));
        stopLab();
        QFAIL(qPrintable(why));
    }
    QVERIFY(!m_labPidNamespace.isEmpty());
    QVERIFY(m_labPidNamespace != namespaceOf(::getpid(), "pid"));
    QFile versions(m_dir.filePath(QStringLiteral("versions")));
    QVERIFY(versions.open(QIODevice::ReadOnly));
    for (const QByteArray &line : versions.readAll().split('\n')) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() < 2)
            continue;
        Expected e;
        e.port = static_cast<quint16>(words.first().toUInt());
        e.package = QString::fromUtf8(words.at(1));
        e.product = QString::fromUtf8(words.mid(2).join(' '));
        e.packageVersion = upstreamVersion(e.package);
        QVERIFY2(!e.packageVersion.isEmpty(), qPrintable(e.package));
        if (!disclosesNoVersion(e.package))
            e.version = e.packageVersion;
        m_expected.append(e);
    }
    QFile log(m_dir.filePath(QStringLiteral("lab.log")));
    // Every daemon this suite installs must have come up, on both of its ports.
    QVERIFY2(m_expected.size() >= 33,
        qPrintable((log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(3000))
                                                  : QString())));
    ScanOptions o = makeOptions(QStringLiteral("127.0.0.1"), portList());
    o.detectServices = true;
    m_run = runScan(o, 60000);
    QVERIFY(m_run.finished);
}

void TestServiceLab::cleanupTestCase()
{
    if (m_lab.state() != QProcess::NotRunning)
        stopLab();
}

void TestServiceLab::stopLab()
{
    if (!LabProcesses::stopKeeper(m_lab))
        QFAIL("the lab's keeper did not end when its stdin closed");
    // Nothing of the lab is left: not in its PID namespace, and nothing but this test
    // in the network namespace the lab shared with it.
    if (!m_labPidNamespace.isEmpty()) {
        QTRY_VERIFY2_WITH_TIMEOUT(processesIn("pid", m_labPidNamespace).isEmpty(),
            qPrintable(describe(processesIn("pid", m_labPidNamespace))), 10000);
    }
    const QList<qint64> self { ::getpid() };
    QTRY_VERIFY2_WITH_TIMEOUT(processesIn("net", namespaceOf(::getpid(), "net")) == self,
        qPrintable(describe(processesIn("net", namespaceOf(::getpid(), "net")))), 10000);
}

QString TestServiceLab::portList() const
{
    QStringList ports { QStringLiteral("7001-7004") };
    for (const Expected &e : m_expected)
        ports << QString::number(e.port);
    return ports.join(QLatin1Char(','));
}

void TestServiceLab::productsAndVersionsAsPackagesSay()
{
    for (const Expected &e : std::as_const(m_expected)) {
        const ScanResult &r = resultFor(m_run, e.port);
        QCOMPARE(r.port, e.port);
        QCOMPARE(r.state, PortState::Open);
        QVERIFY2(r.service, qPrintable(QString::number(e.port)));
        const ServiceInfo s = serviceAt(e.port);
        QCOMPARE(s.method, ServiceInfo::Method::Probed);
        QVERIFY2(s.product == e.product,
            qPrintable(
                QStringLiteral("%1: %2, expected %3").arg(e.port).arg(s.product, e.product)));
        // A version where the package discloses one, and the package's; none elsewhere.
        if (e.version.isEmpty())
            QVERIFY2(s.version.isEmpty(), qPrintable(QString::number(e.port) + s.version));
        else
            QVERIFY2(s.version.startsWith(e.version),
                qPrintable(QStringLiteral("%1: %2, the package says %3")
                               .arg(e.port)
                               .arg(s.version, e.version)));
    }
    // The names by what the ports said, TLS ones by what runs inside; the same on
    // the unusual ports, where the port number says nothing.
    const QMap<quint16, QString> names { { 21, QStringLiteral("ftp") },
        { 22, QStringLiteral("ssh") }, { 25, QStringLiteral("smtp") },
        { 80, QStringLiteral("http") }, { 110, QStringLiteral("pop3") },
        { 143, QStringLiteral("imap") }, { 443, QStringLiteral("https") },
        { 445, QStringLiteral("microsoft-ds") }, { 993, QStringLiteral("imaps") },
        { 1883, QStringLiteral("mqtt") }, { 3306, QStringLiteral("mysql") },
        { 5432, QStringLiteral("postgresql") }, { 6379, QStringLiteral("redis") },
        { 11211, QStringLiteral("memcached") }, { 2121, QStringLiteral("ftp") },
        { 587, QStringLiteral("smtp") } };
    const QMap<quint16, quint16> unusual { { 21, 40021 }, { 2121, 40121 }, { 587, 40587 },
        { 22, 40022 }, { 25, 40025 }, { 80, 40080 }, { 110, 40110 }, { 143, 40143 }, { 443, 40443 },
        { 993, 40993 }, { 445, 40445 }, { 1883, 40883 }, { 3306, 40306 }, { 5432, 40432 },
        { 6379, 40379 }, { 11211, 40211 } };
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        for (const quint16 port : { it.key(), unusual.value(it.key()) }) {
            QVERIFY2(resultFor(m_run, port).service, qPrintable(QString::number(port)));
            QVERIFY2(serviceAt(port).displayName() == it.value(),
                qPrintable(QStringLiteral("%1: %2").arg(port).arg(serviceAt(port).displayName())));
        }
    }
    for (const quint16 port : { 80, 40080 })
        QCOMPARE(serviceAt(port).extra, QStringLiteral("Portolan lab; status 200"));
    for (const quint16 port : { 6379, 40379 })
        QVERIFY(serviceAt(port).extra.contains(QLatin1String("no password")));
    for (const quint16 port : { 5432, 40432 })
        QVERIFY(serviceAt(port).extra.contains(QLatin1String("password required")));
    for (const quint16 port : { 1883, 40883 })
        QVERIFY(serviceAt(port).extra.contains(QLatin1String("no password")));
    for (const quint16 port : { 445, 40445 })
        QCOMPARE(serviceAt(port).extra, QStringLiteral("SMB 3.0.2"));
}

void TestServiceLab::tlsCertificateOfTheLab()
{
    QFile pem(m_dir.filePath(QStringLiteral("cert.pem")));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate cert(pem.readAll());
    for (quint16 port : { 443, 993, 40443, 40993 }) {
        QVERIFY2(resultFor(m_run, port).service, qPrintable(QString::number(port)));
        const ServiceInfo s = serviceAt(port);
        const TlsInfo &t = s.tls;
        QVERIFY(s.tunnel);
        QCOMPARE(t.subject, QStringLiteral("lab.test"));
        QCOMPARE(t.issuer, QStringLiteral("lab.test"));
        QVERIFY(t.selfSigned);
        QVERIFY(t.sans.contains(QStringLiteral("www.lab.test")));
        QCOMPARE(t.notAfter, cert.expiryDate().toUTC());
        QVERIFY(t.protocol.startsWith(QLatin1String("TLSv1.")));
        QVERIFY(!t.cipher.isEmpty());
    }
    // A certificate the lab's CA issued, expired at the end of 2024: not self-signed,
    // and the summary says it has expired.
    QFile expiredPem(m_dir.filePath(QStringLiteral("expired.pem")));
    QVERIFY(expiredPem.open(QIODevice::ReadOnly));
    const QSslCertificate expired(expiredPem.readAll());
    QVERIFY(resultFor(m_run, 40444).service);
    const ServiceInfo s = serviceAt(40444);
    QCOMPARE(s.displayName(), QStringLiteral("https"));
    QCOMPARE(s.tls.subject, QStringLiteral("expired.lab.test"));
    QCOMPARE(s.tls.issuer, QStringLiteral("Portolan Lab CA"));
    QVERIFY(!s.tls.selfSigned);
    QCOMPARE(s.tls.notAfter, expired.expiryDate().toUTC());
    QVERIFY(s.tls.notAfter < QDateTime::currentDateTimeUtc());
    QVERIFY2(s.summary().contains(QLatin1String("certificate expired 2024-12-31")),
        qPrintable(s.summary()));
}

void TestServiceLab::hostileServicesCostTheBudgetAndStayPlainText()
{
    // The scan ended (so each hostile port's detection did), and whatever they said
    // is plain text in every field.
    for (quint16 port = 7001; port <= 7004; ++port) {
        const ScanResult &r = resultFor(m_run, port);
        QCOMPARE(r.port, port);
        QCOMPARE(r.state, PortState::Open);
        QVERIFY(r.banner.size() <= ScanOptions::bannerBytes);
        const ServiceInfo s = r.serviceOrGuess();
        for (const QString &text : { s.name, s.product, s.version, s.extra, s.summary() })
            QVERIFY2(printable(text), qPrintable(text));
    }
    QVERIFY(serviceAt(7003).product.contains(QLatin1String("\\x1b")));
    QCOMPARE(serviceAt(7004).product, QStringLiteral("Huge"));
}

void TestServiceLab::agreesWithNmap()
{
    QProcess nmap;
    nmap.start(QStringLiteral("nmap"),
        { QStringLiteral("-sT"), QStringLiteral("-sV"), QStringLiteral("-Pn"), QStringLiteral("-n"),
            QStringLiteral("-p"), portList().remove(QStringLiteral("7001-7004,")),
            QStringLiteral("-oX"), QStringLiteral("-"), QStringLiteral("127.0.0.1") });
    if (!nmap.waitForStarted(5000))
        PORTOLAN_SKIP(QStringLiteral("nmap is not installed"));
    QVERIFY(nmap.waitForFinished(180000));
    ScanReport theirs;
    QStringList notes;
    QString error;
    QVERIFY2(
        ScanFile::read(nmap.readAllStandardOutput(), &theirs, &notes, &error), qPrintable(error));
    // Where nmap names a product, ours names the same software: compared by identity
    // through this mapping of nmap's labels, never by equal strings (Portolan's names
    // are its own). A label missing here fails the test: it has to be looked at. The
    // version: nmap's starts with ours, or holds it (MariaDB behind its 5.5.5- prefix).
    const QHash<QString, QString> sameSoftware { { QStringLiteral("OpenSSH"),
                                                     QStringLiteral("OpenSSH") },
        { QStringLiteral("nginx"), QStringLiteral("nginx") },
        { QStringLiteral("vsftpd"), QStringLiteral("vsftpd") },
        { QStringLiteral("Pure-FTPd"), QStringLiteral("Pure-FTPd") },
        { QStringLiteral("Exim smtpd"), QStringLiteral("Exim") },
        { QStringLiteral("Postfix smtpd"), QStringLiteral("Postfix") },
        { QStringLiteral("Redis key-value store"), QStringLiteral("Redis") },
        { QStringLiteral("PostgreSQL DB"), QStringLiteral("PostgreSQL") },
        { QStringLiteral("Dovecot imapd"), QStringLiteral("Dovecot") },
        { QStringLiteral("Dovecot pop3d"), QStringLiteral("Dovecot") },
        { QStringLiteral("MySQL"), QStringLiteral("MariaDB") },
        { QStringLiteral("Memcached"), QStringLiteral("memcached") } };
    int agreed = 0;
    for (const ScanResult &n : std::as_const(theirs.results)) {
        QVERIFY(resultFor(m_run, n.port).service);
        const ServiceInfo ours = serviceAt(n.port);
        const ServiceInfo nmapSays = n.serviceOrGuess();
        if (nmapSays.product.isEmpty())
            continue;
        // Only where nmap is right: its version holds the package's (nmap calls this
        // lab's Samba 4.17 "4.6.2"; there is nothing to agree with).
        const auto lab = std::find_if(m_expected.cbegin(), m_expected.cend(),
            [&n](const Expected &e) { return e.port == n.port; });
        QVERIFY(lab != m_expected.cend());
        if (!nmapSays.version.isEmpty() && !nmapSays.version.contains(lab->packageVersion))
            continue;
        QVERIFY2(sameSoftware.contains(nmapSays.product),
            qPrintable(QStringLiteral("%1: nmap's %2 is not in the mapping")
                           .arg(n.port)
                           .arg(nmapSays.product)));
        QVERIFY2(ours.product == sameSoftware.value(nmapSays.product),
            qPrintable(QStringLiteral("%1: ours %2, nmap %3")
                           .arg(n.port)
                           .arg(ours.product, nmapSays.product)));
        QVERIFY2(nmapSays.version.isEmpty() || nmapSays.version.startsWith(ours.version)
                || nmapSays.version.contains(ours.version),
            qPrintable(QStringLiteral("%1: ours %2, nmap %3")
                           .arg(n.port)
                           .arg(ours.version, nmapSays.version)));
        ++agreed;
    }
    QVERIFY2(agreed >= 8, qPrintable(QString::number(agreed)));
}

void TestServiceLab::labProcessesStayInItsPidNamespace()
{
    // Every port the lab opened is served by a process of its PID namespace, and every
    // other process sharing this test's network namespace is in that one too: no daemon
    // left it, whether it forked, double-forked or made a session of its own. (Beside
    // the lab: this test, and unshare, the keeper's parent.)
    const QHash<quint16, qint64> listeners = listenersByPort();
    QList<quint16> ports { 7001, 7002, 7003, 7004 };
    for (const Expected &e : std::as_const(m_expected))
        ports.append(e.port);
    for (const quint16 port : std::as_const(ports)) {
        QVERIFY2(listeners.contains(port), qPrintable(QString::number(port)));
        QVERIFY2(namespaceOf(listeners.value(port), "pid") == m_labPidNamespace,
            qPrintable(
                QStringLiteral("%1: %2").arg(port).arg(describe({ listeners.value(port) }))));
    }
    const QList<qint64> lab = processesIn("pid", m_labPidNamespace);
    for (const qint64 pid : processesIn("net", namespaceOf(::getpid(), "net"))) {
        QVERIFY2(pid == ::getpid() || pid == m_lab.processId() || lab.contains(pid),
            qPrintable(describe({ pid })));
    }
}

void TestServiceLab::aKilledHolderTakesItsLabAlong()
{
    // A stand-in for a test process: a shell that holds the keeper's stdin (a
    // coprocess), reports the keeper's line, and then waits to be killed. A lab of
    // two cheap daemons, in network and PID namespaces of its own.
    QTemporaryDir dir;
    QProcess holder;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORTOLAN_LAB_ONLY"), QStringLiteral("redis memcached"));
    holder.setProcessEnvironment(env);
    holder.start(QStringLiteral("bash"),
        { QStringLiteral("-c"),
            QStringLiteral(
                "coproc unshare --net --pid --fork --kill-child=SIGKILL \"$0\" run \"$1\"\n"
                "IFS= read -r status <&\"${COPROC[0]}\"\n"
                "echo \"$status\"\n"
                "read -r _\n"),
            QStringLiteral(PORTOLAN_LAB_DIR "/servicelab.sh"), dir.path() });
    const QByteArray status = statusOf(holder, 60000);
    QVERIFY2(status.startsWith("ready"),
        qPrintable(QString::fromUtf8(status) + tailOf(dir.filePath(QStringLiteral("lab.log")))));
    const QList<qint64> unshare = childrenOf(holder.processId());
    QCOMPARE(unshare.size(), 1);
    const QByteArray pidNamespace = namespaceOf(unshare.first(), "pid_for_children");
    const QByteArray netNamespace = namespaceOf(unshare.first(), "net");
    QVERIFY(!pidNamespace.isEmpty() && pidNamespace != namespaceOf(::getpid(), "pid"));
    QVERIFY(!netNamespace.isEmpty() && netNamespace != namespaceOf(::getpid(), "net"));
    // The daemons run: two of each, and the keeper.
    const QStringList running = commandsOf(processesIn("pid", pidNamespace));
    QVERIFY2(running.count(QStringLiteral("redis-server")) == 2
            && running.count(QStringLiteral("memcached")) == 2,
        qPrintable(running.join(QLatin1Char(' '))));

    holder.kill(); // SIGKILL: no handler, no cleanup of its own
    QVERIFY(holder.waitForFinished());
    QTRY_VERIFY2_WITH_TIMEOUT(processesIn("pid", pidNamespace).isEmpty(),
        qPrintable(describe(processesIn("pid", pidNamespace))), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(processesIn("net", netNamespace).isEmpty(),
        qPrintable(describe(processesIn("net", netNamespace))), 10000);
}

void TestServiceLab::aFailedStartNamesWhatFailedAndEndsTheLab()
{
    // A deadline of 0 s: no port can be up in time, though the daemon was started.
    QTemporaryDir dir;
    QProcess keeper;
    startKeeper(keeper, dir.path(), QStringLiteral("redis"), true, 0);
    QVERIFY2(keeper.waitForStarted(), qPrintable(keeper.errorString()));
    const QByteArray status = statusOf(keeper, 30000);
    QVERIFY2(status.startsWith("failed: redis-server 6379 (not open after the lab's 0 s)"),
        status.constData());
    QVERIFY2(status.contains("redis-server 40379"), status.constData());
    const QByteArray pidNamespace = namespaceOf(keeper.processId(), "pid_for_children");
    QVERIFY(!pidNamespace.isEmpty() && pidNamespace != namespaceOf(::getpid(), "pid"));
    QTRY_VERIFY2_WITH_TIMEOUT(
        commandsOf(processesIn("pid", pidNamespace)).count(QStringLiteral("redis-server")) == 2,
        qPrintable(describe(processesIn("pid", pidNamespace))), 10000);

    // What a test does when the start failed: it lets go, and nothing is left.
    keeper.closeWriteChannel();
    QVERIFY(keeper.waitForFinished(10000));
    QTRY_VERIFY2_WITH_TIMEOUT(processesIn("pid", pidNamespace).isEmpty(),
        qPrintable(describe(processesIn("pid", pidNamespace))), 10000);
}

PORTOLAN_NETNS_TEST_MAIN(TestServiceLab)
#include "tst_servicelab.moc"
