// Service detection against real daemons (tests/lab/servicelab.sh) on the loopback
// of this test's own network namespace: every product and version as the package
// reports it of itself, the TLS certificate the lab made, hostile stand-ins kept to
// their budget and to plain text, and agreement with nmap -sV on the same lab.
#include "scanharness.h"

#include <algorithm>
#include <unistd.h>

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include "common/isolatedtest.h"
#include "common/netns.h"
#include "common/skip.h"
#include "core/formats/scanfile.h"

namespace {

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

private:
    QString portList() const;
    // The service detected on a port; an empty one when there is none.
    ServiceInfo serviceAt(quint16 port) const
    {
        const ScanResult &r = resultFor(m_run, port);
        return r.service ? *r.service : ServiceInfo {};
    }

    QTemporaryDir m_dir;
    QList<Expected> m_expected;
    ScanRun m_run;
    bool m_started = false;
};

void TestServiceLab::initTestCase()
{
    if (!m_isolated)
        PORTOLAN_SKIP(QStringLiteral("needs a private network namespace: ") + m_why);
    if (geteuid() != 0)
        PORTOLAN_SKIP(QStringLiteral(
            "the daemons' lab needs root (privileged ports, daemons that drop privileges)"));
    QProcess lab;
    lab.start(QStringLiteral(PORTOLAN_LAB_DIR "/servicelab.sh"),
        { QStringLiteral("start"), m_dir.path() });
    QVERIFY(lab.waitForFinished(180000));
    m_started = true;
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
    if (m_started)
        QProcess::execute(QStringLiteral(PORTOLAN_LAB_DIR "/servicelab.sh"),
            { QStringLiteral("stop"), m_dir.path() });
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

PORTOLAN_NETNS_TEST_MAIN(TestServiceLab)
#include "tst_servicelab.moc"
