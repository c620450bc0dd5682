// Service detection: the probe table (parsing, plans, matches on the answers real
// daemons give) and the detector against stand-in servers, friendly and hostile.
#include <memory>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "common/skip.h"
#include "core/services/openercommand.h"
#include "core/services/portdetection.h"
#include "core/services/servicedetector.h"
#include "core/services/serviceprobetable.h"
#include "core/spec/portnames.h"

namespace {

// A server on an ephemeral loopback port that answers every connection with
// what answer() makes of the bytes received so far.
class StandIn final : public QObject
{
public:
    using Answer = std::function<void(QTcpSocket *socket, const QByteArray &received)>;
    explicit StandIn(Answer answer, QTcpServer *server = nullptr)
        : m_answer(std::move(answer))
        , m_server(server ? server : new QTcpServer(this))
    {
        if (server)
            server->setParent(this);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                m_connections++;
                // Owned by the connection below: freed with the socket, even when the
                // server (and this) go first.
                auto received = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s, received] {
                    *received += s->readAll();
                    m_answer(s, *received);
                });
                if (!qobject_cast<QSslSocket *>(s))
                    m_answer(s, {});
                else
                    connect(qobject_cast<QSslSocket *>(s), &QSslSocket::encrypted, s,
                        [this, s] { m_answer(s, {}); });
            }
        });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }
    quint16 port() const { return m_server->serverPort(); }
    int connections() const { return m_connections; }

private:
    Answer m_answer;
    QTcpServer *m_server;
    int m_connections = 0;
};

QByteArray httpAnswer(const QByteArray &status, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\n"
        + headers + "Content-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

struct Detected
{
    std::optional<ServiceInfo> service;
    QByteArray greeting;
    bool finished = false; // the detection ended by itself
};

Detected detect(
    quint16 port, int budgetMs = 5000, const QString &host = QStringLiteral("127.0.0.1"))
{
    PortDetection d(ServiceProbeTable::builtIn(), host, QHostAddress::LocalHost, port, budgetMs);
    QSignalSpy finished(&d, &PortDetection::finished);
    d.start();
    if (!d.isDone())
        finished.wait(budgetMs * 10 + 10000);
    return { d.result(), d.greeting(), d.isDone() };
}

bool printable(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f
            || (c.unicode() >= 0x202a && c.unicode() <= 0x202e))
            return false;
    }
    return true;
}

} // namespace

class TestServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTableIsUsable();
    void everyEntrySaysWhereItsFormatIsDocumented();
    void rejectsBadTables_data();
    void rejectsBadTables();
    void plansByPort();
    void matchesWhatDaemonsSay_data();
    void matchesWhatDaemonsSay();
    void templatesLeaveOutEmptyParts();
    void cleanTextEscapes();
    void namesInsideTls();
    void jsonRoundTrip();
    void greetingIsDetected();
    void httpFollowsRedirectsOnTheHostOnly();
    void silentPortFallsBackToTheTable();
    void endlessDataCostsOnlyTheBudget();
    void slowlorisCostsOnlyTheBudget();
    void garbageBecomesPlainText();
    void tlsCertificateAndHttpInside();
    void detectorLimitsConnectionsPerHost();
    void detectorCancelReturnsEveryPort();
    void openerTemplates();
};

void TestServices::builtInTableIsUsable()
{
    const ServiceProbeTable &t = ServiceProbeTable::builtIn();
    QVERIFY(t.probes().size() >= 8);
    QVERIFY(t.matchCount() >= 40);
    QVERIFY(t.probes().first().greeting);
    for (const char *name : { "http", "redis", "postgresql", "rdp", "smb", "mqtt" })
        QVERIFY2(t.probe(QLatin1String(name)), name);
}

void TestServices::everyEntrySaysWhereItsFormatIsDocumented()
{
    // The built-in table is Portolan's own: every probe and every match names the
    // specification or the daemon's documented output it was written from.
    QFile file(QStringLiteral(":/services/service-probes.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    int entries = 0;
    for (const char *part : { "probes", "matches" }) {
        for (const auto &v : root.value(QLatin1String(part)).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString()
                + o.value(QStringLiteral("pattern")).toString();
            QVERIFY2(o.value(QStringLiteral("source")).toString().size() >= 8, qPrintable(name));
            ++entries;
        }
    }
    QCOMPARE(entries,
        root.value(QStringLiteral("probes")).toArray().size()
            + root.value(QStringLiteral("matches")).toArray().size());
    QVERIFY(entries >= 50);
}

void TestServices::rejectsBadTables_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    const QByteArray greeting = R"({"name": "greeting", "greeting": true})";
    QTest::newRow("not json") << QByteArray("{") << QString();
    QTest::newRow("no greeting first")
        << QByteArray(R"({"probes": [{"name": "x", "send": "a"}]})") << QStringLiteral("greeting");
    QTest::newRow("bad hex") << QByteArray(
        R"({"probes": [)" + greeting + R"(, {"name": "x", "send_hex": "zz"}]})")
                             << QStringLiteral("hexadecimal");
    QTest::newRow("bad ports") << QByteArray(
        R"({"probes": [)" + greeting + R"(, {"name": "x", "send": "a", "ports": "80-70"}]})")
                               << QStringLiteral("ports");
    QTest::newRow("twice") << QByteArray(R"({"probes": [)" + greeting + "," + greeting + "]}")
                           << QStringLiteral("twice");
    QTest::newRow("bad pattern") << QByteArray(R"({"probes": [)" + greeting
        + R"(], "matches": [{"probe": "greeting", "service": "x", "pattern": "(("}]})")
                                 << QStringLiteral("pattern");
    QTest::newRow("unknown probe") << QByteArray(R"({"probes": [)" + greeting
        + R"(], "matches": [{"probe": "nope", "service": "x", "pattern": "a"}]})")
                                   << QStringLiteral("unknown probe");
    QTest::newRow("any-port order names no probe")
        << QByteArray(R"({"probes": [)" + greeting + R"(], "any_port_order": ["nope"]})")
        << QStringLiteral("any_port_order: nope");
    QTest::newRow("any-port order twice")
        << QByteArray(R"({"probes": [)" + greeting + R"(], "any_port_order": ["tls", "tls"]})")
        << QStringLiteral("twice");
    QTest::newRow("extract without group") << QByteArray(R"({"probes": [)" + greeting
        + R"(], "matches": [{"probe": "greeting", "service": "x", "pattern": "a", "extract": {"t": "b"}}]})")
                                           << QStringLiteral("extract t");
}

void TestServices::rejectsBadTables()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!ServiceProbeTable::parse(json, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestServices::plansByPort()
{
    const ServiceProbeTable &t = ServiceProbeTable::builtIn();
    // SSH speaks first: wait for its greeting, long.
    QList<ServiceProbeTable::Step> p = t.plan(22);
    QCOMPARE(p.first().probe->name, QStringLiteral("greeting"));
    QCOMPARE(p.first().waitMs, 5000);
    QVERIFY(!p.first().tls);
    // HTTP at once on a web port, no wait for a greeting.
    p = t.plan(8080);
    QCOMPARE(p.first().probe->name, QStringLiteral("http"));
    QVERIFY(!p.first().tls);
    // TLS first on 443, HTTP inside it, plain HTTP later.
    p = t.plan(443);
    QVERIFY(p.first().tls);
    QCOMPARE(p.first().probe->name, QStringLiteral("http"));
    QVERIFY(std::any_of(p.cbegin(), p.cend(), [](const auto &s) { return !s.tls; }));
    // IMAPS: the IMAP greeting inside TLS.
    p = t.plan(993);
    QVERIFY(p.first().tls);
    QCOMPARE(p.first().probe->name, QStringLiteral("greeting"));
    // An unknown port: a short wait for a greeting, then every probe for a silent
    // service, each on its own connection and for at most 0.8 s, TLS last (so a
    // ClientHello cannot hold up a service that reads lines), HTTP inside TLS (a
    // service inside that speaks first does so before it answers).
    const auto names = [](const QList<ServiceProbeTable::Step> &steps) {
        QStringList out;
        for (const ServiceProbeTable::Step &s : steps)
            out << (s.tls ? QStringLiteral("tls:") : QString()) + s.probe->name;
        return out;
    };
    p = t.plan(7777);
    QCOMPARE(names(p),
        QStringList({ "greeting", "http", "redis", "memcached", "smb", "postgresql", "mqtt", "rdp",
            "tls:http" }));
    QCOMPARE(p.first().waitMs, 1000);
    for (const ServiceProbeTable::Step &s : std::as_const(p).mid(1))
        QVERIFY2(s.waitMs <= 800, qPrintable(s.probe->name));
    // A port with a probe of its own: that probe first, then the others, none twice.
    QCOMPARE(names(t.plan(6379)),
        QStringList(
            { "redis", "http", "memcached", "smb", "postgresql", "mqtt", "rdp", "tls:http" }));
    QCOMPARE(names(t.plan(80)),
        QStringList(
            { "http", "redis", "memcached", "smb", "postgresql", "mqtt", "rdp", "tls:http" }));
    // Without TLS in the program, no TLS step.
    p = t.plan(443, false);
    QVERIFY(std::none_of(p.cbegin(), p.cend(), [](const auto &s) { return s.tls; }));
    // Redis, PostgreSQL: their own probes.
    QCOMPARE(t.plan(6379).first().probe->name, QStringLiteral("redis"));
    QCOMPARE(t.plan(5432).first().probe->name, QStringLiteral("postgresql"));
}

void TestServices::matchesWhatDaemonsSay_data()
{
    QTest::addColumn<QString>("probe");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("extra");

    const auto add
        = [](const char *row, const char *probe, const QByteArray &answer, const char *service,
              const char *product, const char *version, const char *extra) {
              QTest::newRow(row) << QString::fromLatin1(probe) << answer
                                 << QString::fromLatin1(service) << QString::fromLatin1(product)
                                 << QString::fromLatin1(version) << QString::fromLatin1(extra);
          };
    add("openssh", "greeting", "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n", "ssh", "OpenSSH",
        "9.2p1", "Debian-2+deb12u3; protocol 2.0");
    add("dropbear", "greeting", "SSH-2.0-dropbear_2022.83\r\n", "ssh", "Dropbear SSH", "2022.83",
        "protocol 2.0");
    add("vsftpd", "greeting", "220 (vsFTPd 3.0.3)\r\n", "ftp", "vsftpd", "3.0.3", "");
    add("exim", "greeting", "220 lab.test ESMTP Exim 4.96 Fri, 27 Nov 2026 04:00:00 +0000\r\n",
        "smtp", "Exim", "4.96", "host lab.test");
    add("postfix", "greeting", "220 mail.lab.test ESMTP Postfix (Debian/GNU)\r\n", "smtp",
        "Postfix", "", "Debian/GNU; host mail.lab.test");
    add("dovecot imap", "greeting",
        "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS "
        "AUTH=PLAIN] Dovecot (Debian) ready.\r\n",
        "imap", "Dovecot", "", "Debian");
    add("dovecot pop3", "greeting", "+OK Dovecot (Debian) ready.\r\n", "pop3", "Dovecot", "",
        "Debian");
    add("mariadb", "greeting",
        QByteArray::fromHex("5b0000000a") + "5.5.5-10.11.6-MariaDB-0+deb12u1" + QByteArray(1, '\0')
            + QByteArray(20, 'x'),
        "mysql", "MariaDB", "10.11.6", "-0+deb12u1");
    add("mysql", "greeting",
        QByteArray::fromHex("4a0000000a") + "8.0.36" + QByteArray(1, '\0') + QByteArray(20, 'x'),
        "mysql", "MySQL", "8.0.36", "");
    add("vnc", "greeting", "RFB 003.008\n", "vnc", "", "", "RFB 3.8");
    add("nginx", "http",
        httpAnswer("200 OK", {}, "<html><head><title>Welcome to nginx!</title></head></html>"),
        "http", "nginx", "1.22.1", "Welcome to nginx!; status 200");
    add("apache", "http",
        "HTTP/1.1 403 Forbidden\r\nDate: x\r\nServer: Apache/2.4.62 (Debian)\r\n\r\n", "http",
        "Apache HTTP Server", "2.4.62", "Debian; status 403");
    add("other server", "http", "HTTP/1.0 200 OK\r\nServer: SimpleHTTP/0.6 Python/3.11.2\r\n\r\n",
        "http", "SimpleHTTP", "0.6", "status 200");
    add("no server header", "http", "HTTP/1.1 404 Not Found\r\n\r\n", "http", "", "", "status 404");
    add("redis", "redis",
        "$3000\r\n# Server\r\nredis_version:7.0.15\r\nredis_git_sha1:00000000\r\nredis_mode:"
        "standalone\r\n",
        "redis", "Redis", "7.0.15", "no password; standalone mode");
    add("redis password", "redis", "-NOAUTH Authentication required.\r\n", "redis", "Redis", "",
        "password required");
    add("postgresql password", "postgresql", QByteArray::fromHex("520000000c00000005aabbccdd"),
        "postgresql", "PostgreSQL", "", "password required");
    add("postgresql refused", "postgresql",
        "E" + QByteArray::fromHex("00000065") + "SFATAL" + QByteArray(1, '\0') + "VFATAL"
            + QByteArray(1, '\0') + "C28000" + QByteArray(1, '\0')
            + "Mno pg_hba.conf entry for host \"10.0.0.1\"" + QByteArray(2, '\0'),
        "postgresql", "PostgreSQL", "", "no pg_hba.conf entry for host \"10.0.0.1\"");
    add("rdp", "rdp", QByteArray::fromHex("030000130ed000001234000201080001000000"),
        "ms-wbt-server", "", "", "Remote Desktop Protocol");
    QByteArray smb = QByteArray::fromHex("000000f0") + "\xfeSMB" + QByteArray(60, '\0')
        + QByteArray::fromHex("410001000203") + QByteArray(16, '\0');
    add("smb 3.0.2", "smb", smb, "microsoft-ds", "", "", "SMB 3.0.2");
    add("mqtt open", "mqtt", QByteArray::fromHex("20020000"), "mqtt", "", "", "no password");
    // CONNACK, SUBACK, then the retained PUBLISH of $SYS/broker/version.
    add("mosquitto", "mqtt",
        QByteArray::fromHex("20020000900300010031") + QByteArray(1, char(19 + 2 + 24))
            + QByteArray::fromHex("0013") + "$SYS/broker/versionmosquitto version 2.0.11",
        "mqtt", "Mosquitto", "2.0.11", "no password");
    add("mqtt refused", "mqtt", QByteArray::fromHex("20020005"), "mqtt", "", "",
        "password required");
    add("memcached", "memcached", "STAT pid 12\r\nSTAT uptime 5\r\nSTAT version 1.6.18\r\n",
        "memcached", "memcached", "1.6.18", "");
    // A greeting arrives before the answer to any probe: still recognised.
    add("ssh after http", "http", "SSH-2.0-OpenSSH_9.2p1\r\nProtocol mismatch.\r\n", "ssh",
        "OpenSSH", "9.2p1", "protocol 2.0");
}

void TestServices::matchesWhatDaemonsSay()
{
    QFETCH(QString, probe);
    QFETCH(QByteArray, answer);
    QFETCH(QString, service);
    QFETCH(QString, product);
    QFETCH(QString, version);
    QFETCH(QString, extra);
    const std::optional<ServiceInfo> found = ServiceProbeTable::builtIn().match(probe, answer);
    QVERIFY(found);
    QCOMPARE(found->name, service);
    QCOMPARE(found->product, product);
    QCOMPARE(found->version, version);
    QCOMPARE(found->extra, extra);
    QCOMPARE(found->method, ServiceInfo::Method::Probed);
}

void TestServices::templatesLeaveOutEmptyParts()
{
    QString error;
    const auto t = ServiceProbeTable::parse(R"j({"probes": [{"name": "greeting", "greeting": true}],
        "matches": [{"probe": "greeting", "service": "x", "pattern": "^X(\\d*)-(\\w*)",
                     "product": "P$2", "version": "$1", "extra": ["one $1", "two ${n}", "three"],
                     "extract": {"n": "n=(\\d+)"}}]})j",
        &error);
    QVERIFY2(t, qPrintable(error));
    std::optional<ServiceInfo> s = t->match(QStringLiteral("greeting"), "X12-ab n=7");
    QVERIFY(s);
    QCOMPARE(s->product, QStringLiteral("Pab"));
    QCOMPARE(s->extra, QStringLiteral("one 12; two 7; three"));
    s = t->match(QStringLiteral("greeting"), "X-ab");
    QVERIFY(s);
    QCOMPARE(s->version, QString());
    QCOMPARE(s->extra, QStringLiteral("three"));
    QVERIFY(!t->match(QStringLiteral("greeting"), "nothing"));
    QVERIFY(!t->match(QStringLiteral("greeting"), QByteArray()));
}

void TestServices::cleanTextEscapes()
{
    QCOMPARE(ServiceProbeTable::cleanText("a\x01"
                                          "b\r\nc\x7f"),
        QStringLiteral("a\\x01b c\\x7f"));
    QCOMPARE(ServiceProbeTable::cleanText("caf\xc3\xa9 \xe6\x97\xa5"), QStringLiteral("café 日"));
    // A right-to-left override could make a name read backwards: escaped.
    QCOMPARE(ServiceProbeTable::cleanText("x\xe2\x80\xaey"), QStringLiteral("x\\u202ey"));
    // Not UTF-8: every byte above 0x7e escaped.
    QCOMPARE(ServiceProbeTable::cleanText("a\xff\xfe"), QStringLiteral("a\\xff\\xfe"));
    QCOMPARE(ServiceProbeTable::cleanText(QByteArray(500, 'z'), 10),
        QStringLiteral("zzzzzzzzzz") + QChar(0x2026));
    QCOMPARE(ServiceProbeTable::cleanText("  a \t\t b  "), QStringLiteral("a b"));
}

void TestServices::namesInsideTls()
{
    ServiceInfo s;
    s.name = QStringLiteral("http");
    QCOMPARE(s.displayName(), QStringLiteral("http"));
    s.tunnel = true;
    QCOMPARE(s.displayName(), QStringLiteral("https"));
    s.name = QStringLiteral("imap");
    QCOMPARE(s.displayName(), QStringLiteral("imaps"));
    s.name = QStringLiteral("redis");
    QCOMPARE(s.displayName(), QStringLiteral("ssl/redis"));
}

void TestServices::jsonRoundTrip()
{
    ServiceInfo s;
    s.name = QStringLiteral("http");
    s.method = ServiceInfo::Method::Probed;
    s.confidence = 10;
    s.product = QStringLiteral("nginx");
    s.version = QStringLiteral("1.22.1");
    s.extra = QStringLiteral("Welcome");
    s.tunnel = true;
    s.tls.subject = QStringLiteral("lab.test");
    s.tls.sans = { QStringLiteral("lab.test"), QStringLiteral("www.lab.test") };
    s.tls.issuer = QStringLiteral("Lab CA");
    s.tls.notAfter = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
    s.tls.protocol = QStringLiteral("TLSv1.3");
    s.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    s.tls.selfSigned = true;
    const QJsonObject o = s.toJson();
    QCOMPARE(o.value(QStringLiteral("service_method")).toString(), QStringLiteral("probed"));
    QCOMPARE(o.value(QStringLiteral("tls"))[QStringLiteral("not_after")].toString(),
        QStringLiteral("2027-01-02T03:04:05Z"));
    QCOMPARE(ServiceInfo::fromJson(s.displayName(), o), s);
    // Summary for the table: product, version, extra, and the certificate's days left.
    QCOMPARE(s.summary(QDateTime(QDate(2026, 12, 21), QTime(3, 4, 5), Qt::UTC)),
        QStringLiteral("nginx 1.22.1 (Welcome) certificate expires in 12 day(s)"));
}

void TestServices::greetingIsDetected()
{
    StandIn ssh([](QTcpSocket *s, const QByteArray &received) {
        if (received.isEmpty())
            s->write("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n");
    });
    const Detected d = detect(ssh.port());
    QVERIFY(d.service);
    QCOMPARE(d.service->productVersion(), QStringLiteral("OpenSSH 9.2p1"));
    QCOMPARE(d.greeting, QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"));
    QCOMPARE(ssh.connections(), 1); // matched on the first answer: no more probes
}

void TestServices::httpFollowsRedirectsOnTheHostOnly()
{
    QList<QByteArray> requests;
    StandIn web([&requests](QTcpSocket *s, const QByteArray &received) {
        if (!received.contains("\r\n\r\n"))
            return;
        requests.append(received.left(received.indexOf("\r\n")));
        if (received.startsWith("GET / "))
            s->write(httpAnswer("301 Moved Permanently", "Location: /login\r\n", {}));
        else if (received.startsWith("GET /login "))
            s->write(httpAnswer("302 Found", "Location: http://elsewhere.invalid/sso\r\n",
                "<title>Sign in</title>"));
        s->disconnectFromHost();
    });
    // An unknown port: the greeting's wait and a TLS attempt come first.
    const Detected d = detect(web.port(), 8000);
    QVERIFY(d.service);
    QCOMPARE(d.service->name, QStringLiteral("http"));
    QCOMPARE(d.service->productVersion(), QStringLiteral("nginx 1.22.1"));
    // /login was fetched (its title), the redirect off the host was not followed.
    QCOMPARE(d.service->extra, QStringLiteral("Sign in; http://elsewhere.invalid/sso; status 302"));
    QCOMPARE(requests, (QList<QByteArray> { "GET / HTTP/1.0", "GET /login HTTP/1.0" }));
}

void TestServices::silentPortFallsBackToTheTable()
{
    StandIn silent([](QTcpSocket *, const QByteArray &) {});
    const Detected d = detect(silent.port(), 1500);
    QVERIFY(d.finished);
    QVERIFY(!d.service);
    QVERIFY(d.greeting.isEmpty());
    // Through the detector, as a scan does: the port comes back with no service of
    // its own, so its row names the service by the port number (method "table").
    ServiceDetector detector(ServiceProbeTable::builtIn());
    QSignalSpy detected(&detector, &ServiceDetector::detected);
    detector.detect({ ScanResult::make(0, QStringLiteral("127.0.0.1"), QHostAddress::LocalHost,
                        silent.port(), PortState::Open, PortReason::SynAck, 0.1) },
        7, 1500, 1);
    QVERIFY(detected.wait(20000));
    const auto back = detected.first().at(0).value<QList<ScanResult>>();
    QCOMPARE(back.size(), 1);
    QCOMPARE(detected.first().at(1).toULongLong(), 7u);
    QVERIFY(!back.first().service);
    const ServiceInfo shown = back.first().serviceOrGuess();
    QCOMPARE(shown.method, ServiceInfo::Method::Table);
    QCOMPARE(shown.name, PortNames::nameForPort(silent.port()));
    // And on a port the table names, the name is the table's.
    ScanResult onSsh = back.first();
    onSsh.port = 22;
    QCOMPARE(onSsh.serviceOrGuess().name, QStringLiteral("ssh"));
    QCOMPARE(onSsh.serviceOrGuess().method, ServiceInfo::Method::Table);
}

void TestServices::endlessDataCostsOnlyTheBudget()
{
    StandIn flood([](QTcpSocket *s, const QByteArray &) {
        auto *timer = new QTimer(s);
        connect(timer, &QTimer::timeout, s, [s] {
            if (s->bytesToWrite() < 1 << 20)
                s->write(QByteArray(65536, 'A'));
        });
        timer->start(1);
    });
    const Detected d = detect(flood.port(), 1500);
    // The flood never stops: only the budget can have ended the detection.
    QVERIFY(d.finished);
    QVERIFY(!d.service);
    QVERIFY(d.greeting.size() <= PortDetection::maxAnswerBytes);
}

void TestServices::slowlorisCostsOnlyTheBudget()
{
    StandIn drip([](QTcpSocket *s, const QByteArray &) {
        auto *timer = new QTimer(s);
        connect(timer, &QTimer::timeout, s, [s] { s->write("2"); });
        timer->start(100);
    });
    const Detected d = detect(drip.port(), 1500);
    // A byte every 100 ms forever: a wait that each byte renewed would never end.
    QVERIFY(d.finished);
    QVERIFY(!d.service);
}

void TestServices::garbageBecomesPlainText()
{
    StandIn hostile([](QTcpSocket *s, const QByteArray &received) {
        if (received.isEmpty())
            s->write("SSH-2.0-Evil\x1b[2J\xe2\x80\xae\x07_1.0 \x01\x02\xff\r\n");
    });
    const Detected d = detect(hostile.port());
    QVERIFY(d.service);
    QCOMPARE(d.service->name, QStringLiteral("ssh"));
    QVERIFY2(printable(d.service->product), qPrintable(d.service->product));
    QVERIFY2(d.service->product.contains(QLatin1String("\\x1b")), qPrintable(d.service->product));
    QVERIFY(printable(d.service->extra));
    QVERIFY(printable(d.service->summary()));
}

void TestServices::tlsCertificateAndHttpInside()
{
    if (!QSslSocket::supportsSsl())
        PORTOLAN_SKIP(QStringLiteral("no TLS backend"));
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("12"), QStringLiteral("-subj"), QStringLiteral("/CN=lab.test/O=Lab"),
            QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=DNS:lab.test,DNS:www.lab.test,IP:127.0.0.1"),
            QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
            QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")) });
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate cert(certFile.readAll());
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(cert);
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    auto *server = new QSslServer;
    server->setSslConfiguration(config);
    StandIn https(
        [](QTcpSocket *s, const QByteArray &received) {
            if (received.contains("\r\n\r\n")) {
                s->write(httpAnswer("200 OK", {}, "<title>Lab</title>"));
                s->disconnectFromHost();
            }
        },
        server);
    const Detected d = detect(https.port(), 5000, QStringLiteral("lab.test"));
    QVERIFY(d.service);
    QCOMPARE(d.service->displayName(), QStringLiteral("https"));
    QVERIFY(d.service->tunnel);
    QCOMPARE(d.service->productVersion(), QStringLiteral("nginx 1.22.1"));
    QCOMPARE(d.service->tls.subject, QStringLiteral("lab.test"));
    QCOMPARE(d.service->tls.issuer, QStringLiteral("lab.test"));
    QVERIFY(d.service->tls.selfSigned);
    QStringList sans = d.service->tls.sans;
    sans.sort();
    QCOMPARE(sans,
        (QStringList { QStringLiteral("127.0.0.1"), QStringLiteral("lab.test"),
            QStringLiteral("www.lab.test") }));
    QCOMPARE(d.service->tls.notAfter, cert.expiryDate().toUTC());
    QVERIFY(d.service->tls.protocol.startsWith(QLatin1String("TLSv1.")));
    QVERIFY(!d.service->tls.cipher.isEmpty());
    QVERIFY(d.service->summary().contains(QLatin1String("certificate expires in 1")));
}

void TestServices::detectorLimitsConnectionsPerHost()
{
    int open = 0;
    int most = 0;
    // Each connection holds for a while, then greets: at most perHost at once.
    StandIn slow([&](QTcpSocket *s, const QByteArray &received) {
        if (!received.isEmpty())
            return;
        most = qMax(most, ++open);
        connect(s, &QObject::destroyed, this, [&] { --open; });
        QTimer::singleShot(150, s, [s] {
            s->write("220 (vsFTPd 3.0.3)\r\n");
            s->disconnectFromHost();
        });
    });
    ServiceDetector detector(ServiceProbeTable::builtIn());
    QList<ScanResult> results;
    for (int i = 0; i < 10; ++i)
        results.append(ScanResult::make(0, QStringLiteral("127.0.0.1"), QHostAddress::LocalHost,
            slow.port(), PortState::Open, PortReason::SynAck, 0.1));
    QList<ScanResult> back;
    connect(&detector, &ServiceDetector::detected, this,
        [&](const QList<ScanResult> &r, quint64 generation) {
            QCOMPARE(generation, quint64(7));
            back += r;
        });
    detector.detect(results, 7, 5000, 2);
    QTRY_COMPARE_WITH_TIMEOUT(back.size(), 10, 20000);
    QCOMPARE(most, 2);
    for (const ScanResult &r : std::as_const(back)) {
        QVERIFY(r.service);
        QCOMPARE(r.service->productVersion(), QStringLiteral("vsftpd 3.0.3"));
        QCOMPARE(r.banner, QByteArray("220 (vsFTPd 3.0.3)\r\n"));
    }
}

void TestServices::detectorCancelReturnsEveryPort()
{
    StandIn silent([](QTcpSocket *, const QByteArray &) {});
    ServiceDetector detector(ServiceProbeTable::builtIn());
    QList<ScanResult> results;
    for (int i = 0; i < 6; ++i)
        results.append(ScanResult::make(0, QStringLiteral("127.0.0.1"), QHostAddress::LocalHost,
            silent.port(), PortState::Open, PortReason::SynAck, 0.1));
    QList<ScanResult> back;
    connect(&detector, &ServiceDetector::detected, this,
        [&](const QList<ScanResult> &r, quint64) { back += r; });
    detector.detect(results, 1, 60000, 2);
    QTRY_COMPARE(detector.running(), 2);
    detector.cancel();
    QCOMPARE(back.size(), 6); // at once, without their services
    QCOMPARE(detector.running(), 0);
    for (const ScanResult &r : std::as_const(back))
        QVERIFY(!r.service);
}

void TestServices::openerTemplates()
{
    const ScanResult r = ScanResult::make(0, QStringLiteral("x'; reboot #"),
        QHostAddress(QStringLiteral("::1")), 2222, PortState::Open, PortReason::SynAck, 0.1);
    QString program;
    QStringList args;
    QString error;
    OpenerCommand o { QStringLiteral("t"),
        QStringLiteral("  ssh -o 'Host Key=no' \"{host}\" -p{port} [{address}]") };
    QVERIFY2(o.expand(r, &program, &args, &error), qPrintable(error));
    QCOMPARE(program, QStringLiteral("ssh"));
    QCOMPARE(args,
        (QStringList { QStringLiteral("-o"), QStringLiteral("Host Key=no"),
            QStringLiteral("x'; reboot #"), QStringLiteral("-p2222"), QStringLiteral("[::1]") }));
    for (const char *bad : { "", "   ", "nc '{address}", "nc {addr}", "nc {port" }) {
        o.command = QString::fromLatin1(bad);
        error.clear();
        if (QByteArray(bad) == "nc {port") {
            QVERIFY(o.isValid(&error)); // no closing brace: not a placeholder, kept as text
            continue;
        }
        QVERIFY2(!o.isValid(&error), bad);
        QVERIFY(!error.isEmpty());
    }
    const QList<OpenerCommand> all = OpenerCommand::defaults();
    QVERIFY(!all.isEmpty());
    for (const OpenerCommand &d : all)
        QVERIFY(d.isValid(&error));
    const QList<OpenerCommand> back = OpenerCommand::fromLines(OpenerCommand::toLines(all));
    QCOMPARE(back.size(), all.size());
    QCOMPARE(back.first().command, all.first().command);
    QVERIFY(OpenerCommand::fromLines({ QStringLiteral("no tab"), QStringLiteral("\tno name") })
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
