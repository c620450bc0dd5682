// Service detection against real daemons (tests/lab/servicelab.sh) on the loopback
// of this test's own network namespace: every product and version as the package
// reports it of itself, the TLS certificate the lab made, hostile stand-ins kept to
// their budget and to plain text, and agreement with nmap -sV on the same lab.
#include "scanharness.h"

#include <unistd.h>

#include <QFile>
#include <QProcess>
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
    QString product;
    QString version; // what the package says; detection may add a patch level (9.2 -> 9.2p1)
};

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
        // The product is every word but the first and, for versioned ones, the last.
        const bool versioned = !QChar::fromLatin1(words.last().at(0)).isLetter();
        QList<QByteArray> product = words.mid(1, versioned ? words.size() - 2 : -1);
        e.product = QString::fromUtf8(product.join(' '));
        e.version = versioned ? QString::fromUtf8(words.last()) : QString();
        m_expected.append(e);
    }
    QFile log(m_dir.filePath(QStringLiteral("lab.log")));
    // Every daemon this suite installs must have come up.
    QVERIFY2(m_expected.size() >= 11,
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
        QCOMPARE(s.product, e.product);
        QVERIFY2(s.version.startsWith(e.version),
            qPrintable(QStringLiteral("%1: %2, the package says %3")
                           .arg(e.port)
                           .arg(s.version, e.version)));
    }
    // The names by what the ports said, TLS ones by what runs inside.
    const QMap<quint16, QString> names { { 21, QStringLiteral("ftp") },
        { 22, QStringLiteral("ssh") }, { 25, QStringLiteral("smtp") },
        { 80, QStringLiteral("http") }, { 110, QStringLiteral("pop3") },
        { 143, QStringLiteral("imap") }, { 443, QStringLiteral("https") },
        { 993, QStringLiteral("imaps") }, { 3306, QStringLiteral("mysql") },
        { 5432, QStringLiteral("postgresql") }, { 6379, QStringLiteral("redis") } };
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QVERIFY(resultFor(m_run, it.key()).service);
        QCOMPARE(serviceAt(it.key()).displayName(), it.value());
    }
    QCOMPARE(serviceAt(80).extra, QStringLiteral("Portolan lab; status 200"));
    QVERIFY(serviceAt(6379).extra.contains(QLatin1String("no password")));
    QVERIFY(serviceAt(5432).extra.contains(QLatin1String("password required")));
}

void TestServiceLab::tlsCertificateOfTheLab()
{
    QFile pem(m_dir.filePath(QStringLiteral("cert.pem")));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate cert(pem.readAll());
    for (quint16 port : { 443, 993 }) {
        QVERIFY(resultFor(m_run, port).service);
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
    // Where nmap names a product, ours is the same, and so is the version as far
    // as ours goes. Known differences, by design: nmap calls MariaDB "MySQL" with
    // its protocol-compatibility version 5.5.5-...; it does not see IMAP inside TLS.
    int agreed = 0;
    for (const ScanResult &n : std::as_const(theirs.results)) {
        QVERIFY(resultFor(m_run, n.port).service);
        const ServiceInfo ours = serviceAt(n.port);
        const ServiceInfo nmapSays = n.serviceOrGuess();
        if (nmapSays.product.isEmpty() || n.port == 3306)
            continue;
        QCOMPARE(ours.product, nmapSays.product);
        QVERIFY2(nmapSays.version.startsWith(ours.version),
            qPrintable(QStringLiteral("%1: ours %2, nmap %3")
                           .arg(n.port)
                           .arg(ours.version, nmapSays.version)));
        ++agreed;
    }
    QVERIFY2(agreed >= 8, qPrintable(QString::number(agreed)));
}

PORTOLAN_NETNS_TEST_MAIN(TestServiceLab)
#include "tst_servicelab.moc"
