#include <csignal>

#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "common/csvreader.h"
#include "common/skip.h"
#include "core/formats/atomicfile.h"
#include "core/formats/csvformat.h"
#include "core/formats/jsonformat.h"
#include "core/formats/textformat.h"
#include "core/results/bannertext.h"
#include "core/results/resulttext.h"
#include "core/results/serviceinfo.h"

class TestReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishPlurals();
    void csvField_data();
    void csvField();
    void escapeBanner_data();
    void escapeBanner();
    void escapeEveryByte();
    void csvRoundTrip();
    void json();
    void text();
    void udpInTextCsvAndJson();
    void hostThatAnswersEverywhere();
    void noAnswerMeansNoLatency();
    void atomicWriteKeepsOldFile();
    void exportHasNormalPermissions();

private:
    QTranslator m_plurals;
};

namespace {

ScanResult result(quint32 hostId, const char *host, const char *address, quint16 port,
    PortState state, PortReason reason, double latency, const QByteArray &banner = {})
{
    return ScanResult::make(hostId, QString::fromLatin1(host),
        QHostAddress(QString::fromLatin1(address)), port, state, reason, latency, banner);
}

} // namespace

void TestReportWriter::initTestCase()
{
#ifdef PORTOLAN_QM_DIR
    // As the CLI and the window do (Translator): English plural forms under all.
    QVERIFY(m_plurals.load(QStringLiteral(PORTOLAN_QM_DIR "/portolan_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
#endif
}

void TestReportWriter::englishPlurals()
{
    if (m_plurals.isEmpty())
        PORTOLAN_SKIP(QStringLiteral("the English catalogue is built with the window only"));
    QCOMPARE(ResultText::portCount(0), QStringLiteral("0 ports"));
    QCOMPARE(ResultText::portCount(1), QStringLiteral("1 port"));
    QCOMPARE(ResultText::portCount(65535), QStringLiteral("65535 ports"));
    QCOMPARE(ResultText::hostCount(1), QStringLiteral("1 host"));
    QCOMPARE(ResultText::hostCount(256), QStringLiteral("256 hosts"));
    // Past INT_MAX (a /8's every port) the plural still follows the number.
    QCOMPARE(
        ResultText::portCount(Q_UINT64_C(16777216) * 65535), QStringLiteral("1099494850560 ports"));
    QCOMPARE(ResultText::portCount(Q_UINT64_C(4294967297000001)),
        QStringLiteral("4294967297000001 ports"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    QCOMPARE(ResultText::portCount(65535, true), QStringLiteral("65,535 ports"));
    QCOMPARE(ResultText::portCount(1, true), QStringLiteral("1 port"));
    // A sentence of the report, discovery only.
    ScanReport report;
    report.summary.discovery = true;
    report.summary.discoveryOnly = true;
    report.summary.hostCount = 1;
    report.summary.hostsUp = 1;
    QVERIFY2(TextFormat::toText(report).contains(QStringLiteral("Probed 1 host for being up in")),
        qPrintable(TextFormat::toText(report)));
}

void TestReportWriter::csvField_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << "abc"
                           << "abc";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("formula =") << "=HYPERLINK(\"x\")"
                               << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("formula +") << "+1"
                               << "'+1";
    QTest::newRow("formula -") << "-1"
                               << "'-1";
    QTest::newRow("formula @") << "@SUM"
                               << "'@SUM";
    QTest::newRow("tab") << "\tx"
                         << "'\tx";
    QTest::newRow("cr") << "\rx"
                        << "\"'\rx\"";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("inner equals") << "a=b"
                                  << "a=b";
}

void TestReportWriter::csvField()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    const QString cell = CsvFormat::field(in);
    QCOMPARE(cell, out);
    // A cell is quoted exactly when it holds a comma, a quote or a line break, and
    // then reads back (RFC 4180) as the neutralised text.
    const QString text = CsvFormat::neutraliseFormula(in);
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    QCOMPARE(cell.startsWith(QLatin1Char('"')), needsQuotes);
    QString back = cell;
    if (needsQuotes)
        back = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    QCOMPARE(back, text);
    // Neutralised means: a spreadsheet sees text, never a formula.
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    QVERIFY(text.isEmpty() || !formulaStart.contains(text.at(0)));
}

void TestReportWriter::escapeBanner_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << "SSH-2.0-OpenSSH_9.2\\r\\n";
    QTest::newRow("backslash") << QByteArray("a\\b") << "a\\\\b";
    QTest::newRow("nul and high") << QByteArray("a\0\xff", 3) << "a\\x00\\xff";
    QTest::newRow("escape char") << QByteArray("\x1b[31m") << "\\x1b[31m";
    QTest::newRow("html stays text") << QByteArray("<b>x</b>") << "<b>x</b>";
}

void TestReportWriter::escapeBanner()
{
    QFETCH(QByteArray, in);
    QFETCH(QString, out);
    QCOMPARE(BannerText::escape(in), out);
    QCOMPARE(BannerText::unescape(out), in);
}

void TestReportWriter::escapeEveryByte()
{
    // Every byte value: one printable ASCII line out, the same bytes back.
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += static_cast<char>(b);
    for (const QByteArray &bytes : { all, all + all, QByteArray("\\x41"), QByteArray("\\") }) {
        const QString text = BannerText::escape(bytes);
        for (const QChar c : text)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7f, qPrintable(text));
        QCOMPARE(BannerText::unescape(text), bytes);
    }
}

void TestReportWriter::csvRoundTrip()
{
    const QList<ScanResult> results {
        result(0, "localhost", "127.0.0.1", 22, PortState::Open, PortReason::SynAck, 0.25,
            "SSH-2.0-x\r\n"),
        result(
            0, "localhost", "127.0.0.1", 8080, PortState::Filtered, PortReason::NoResponse, 1000.0),
        result(1, "::1", "::1", 443, PortState::Closed, PortReason::ConnRefused, 0.0125, "a,\"b\""),
    };
    const QByteArray csv = CsvFormat::toCsv(results);
    QVERIFY(csv.startsWith("host,address,port,protocol,state,reason,service,latency_ms,banner,"
                           "service_method,confidence,product,version,extra,tls_subject,tls_sans,"
                           "tls_issuer,tls_not_after,tls_protocol,tls_cipher\r\n"));
    QList<QStringList> rows;
    QVERIFY(readCsv(csv, &rows));
    QCOMPARE(rows.size(), 4);
    const QStringList table { "table", "3", "", "", "", "", "", "", "", "", "" };
    QCOMPARE(rows[1],
        (QStringList { "localhost", "127.0.0.1", "22", "tcp", "open", "syn-ack", "ssh", "0.250",
             "SSH-2.0-x\\r\\n" }
            + table));
    QCOMPARE(rows[2],
        (QStringList { "localhost", "127.0.0.1", "8080", "tcp", "filtered", "no-response",
             "http-alt", "1000.000", "" }
            + table));
    QCOMPARE(rows[3],
        (QStringList {
             "::1", "::1", "443", "tcp", "closed", "conn-refused", "https", "0.013", "a,\"b\"" }
            + table));
}

void TestReportWriter::json()
{
    ScanReport report;
    report.targets = QStringLiteral("localhost");
    report.ports = QStringLiteral("22,8080");
    report.timeoutMs = 500;
    report.retries = 2;
    report.started = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    report.summary.hostCount = 1;
    report.summary.portCount = 2;
    report.summary.progress.done = 2;
    report.summary.progress.open = 1;
    report.summary.progress.filtered = 1;
    report.summary.progress.elapsedMs = 1234;
    report.results = {
        result(
            0, "localhost", "127.0.0.1", 8080, PortState::Filtered, PortReason::NoResponse, 500.0),
        result(0, "localhost", "127.0.0.1", 22, PortState::Open, PortReason::SynAck, 0.5),
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(JsonFormat::toJson(report), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root[QStringLiteral("parameters")][QStringLiteral("ports")].toString(),
        QStringLiteral("22,8080"));
    QCOMPARE(root[QStringLiteral("parameters")][QStringLiteral("timeout_ms")].toInt(), 500);
    QCOMPARE(
        root[QStringLiteral("start_time")].toString(), QStringLiteral("2023-11-14T22:13:20.000Z"));
    QCOMPARE(root[QStringLiteral("elapsed_ms")].toInt(), 1234);
    const QJsonArray results = root[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 2);
    const QJsonObject first = results[0].toObject();
    QCOMPARE(first.keys(),
        (QStringList { "address", "banner", "confidence", "extra", "host", "latency_ms", "port",
            "product", "protocol", "reason", "service", "service_method", "state", "version" }));
    QCOMPARE(first[QStringLiteral("service_method")].toString(), QStringLiteral("table"));
    QCOMPARE(first[QStringLiteral("port")].toInt(), 22); // sorted by host, then port
    QCOMPARE(first[QStringLiteral("state")].toString(), QStringLiteral("open"));
    QCOMPARE(root[QStringLiteral("summary")][QStringLiteral("open")].toInt(), 1);
    QCOMPARE(root[QStringLiteral("summary")][QStringLiteral("filtered")].toInt(), 1);
}

void TestReportWriter::text()
{
    ScanReport report;
    report.summary.hostCount = 1;
    report.summary.progress.done = 100;
    report.summary.progress.open = 1;
    report.summary.progress.closed = 99;
    report.summary.progress.elapsedMs = 250;
    report.results
        = { result(0, "localhost", "127.0.0.1", 22, PortState::Open, PortReason::SynAck, 0.5) };
    report.hosts = { HostTally {
        0, QStringLiteral("localhost"), QHostAddress(QStringLiteral("127.0.0.1")), 99 } };
    const QString out = TextFormat::toText(report);
    QVERIFY2(
        out.contains(QStringLiteral("Scan report for localhost (127.0.0.1)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("22/tcp    open      ssh")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Not shown: 99 closed ports")), qPrintable(out));
    QVERIFY2(out.trimmed().endsWith(QStringLiteral(
                 "Scanned 100 ports on 1 host in 0.25 s: 1 open, 0 filtered, 99 closed")),
        qPrintable(out));
}

void TestReportWriter::udpInTextCsvAndJson()
{
    // 53/tcp and 53/udp are two ports; a silent UDP port is open|filtered; a router's
    // ICMP error names the router.
    ScanReport report;
    report.summary.hostCount = 1;
    report.summary.progress.open = 1;
    report.summary.progress.closed = 3;
    report.summary.progress.openFiltered = 1;
    report.summary.progress.filtered = 1;
    report.summary.progress.done = 6;
    report.summary.progress.elapsedMs = 250;
    ScanResult tcp = result(0, "lab", "198.18.0.1", 53, PortState::Open, PortReason::SynAck, 0.5);
    ScanResult udp
        = result(0, "lab", "198.18.0.1", 53, PortState::OpenFiltered, PortReason::NoResponse, -1.0);
    udp.protocol = Protocol::Udp;
    ScanResult far
        = result(0, "lab", "198.18.0.1", 69, PortState::Filtered, PortReason::TimeExceeded, 3.0);
    far.protocol = Protocol::Udp;
    far.reasonFrom = QHostAddress(QStringLiteral("198.18.0.254"));
    report.results = { udp, far, tcp };
    const QHostAddress address(QStringLiteral("198.18.0.1"));
    report.hosts = { HostTally { 0, QStringLiteral("lab"), address, 1 },
        HostTally { 0, QStringLiteral("lab"), address, 2, Protocol::Udp } };
    const QString out = TextFormat::toText(report);
    // TCP first, then UDP, as nmap lists them; the state column fits open|filtered.
    const qsizetype tcpAt = out.indexOf(QStringLiteral("53/tcp    open          domain"));
    const qsizetype udpAt
        = out.indexOf(QStringLiteral("53/udp    open|filtered domain          no-response"));
    QVERIFY2(tcpAt >= 0 && udpAt > tcpAt, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("time-exceeded from 198.18.0.254")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Not shown: 1 closed TCP ports")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Not shown: 2 closed UDP ports")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral(": 1 open, 1 filtered, 3 closed, 1 open|filtered")),
        qPrintable(out));

    QList<QStringList> rows;
    QVERIFY(readCsv(CsvFormat::toCsv(report.results), &rows));
    QCOMPARE(rows[1].mid(2, 4), (QStringList { "53", "udp", "open|filtered", "no-response" }));
    QCOMPARE(rows[3].mid(2, 4), (QStringList { "53", "tcp", "open", "syn-ack" }));

    const QJsonObject root = QJsonDocument::fromJson(JsonFormat::toJson(report)).object();
    const QJsonArray results = root[QStringLiteral("results")].toArray();
    // By host, protocol and port: 53/tcp, 53/udp, 69/udp.
    QCOMPARE(results[0].toObject()[QStringLiteral("protocol")].toString(), QStringLiteral("tcp"));
    QCOMPARE(results[1].toObject()[QStringLiteral("protocol")].toString(), QStringLiteral("udp"));
    QVERIFY(!results[1].toObject().contains(QStringLiteral("reason_from")));
    QCOMPARE(results[2].toObject()[QStringLiteral("reason_from")].toString(),
        QStringLiteral("198.18.0.254"));
    QCOMPARE(
        root[QStringLiteral("summary")].toObject()[QStringLiteral("open_filtered")].toInt(), 1);
}

void TestReportWriter::hostThatAnswersEverywhere()
{
    // A tarpit: three open ports, one of them detected. JSON marks the host and reads
    // the mark back; the text report says why it lists only the detected one.
    ScanReport report;
    report.summary.hostCount = 1;
    for (quint16 port : { 22, 23, 24 })
        report.results.append(
            result(0, "tarpit", "198.18.0.9", port, PortState::Open, PortReason::SynAck, 0.5));
    ServiceInfo ssh;
    ssh.name = QStringLiteral("ssh");
    ssh.product = QStringLiteral("OpenSSH");
    ssh.method = ServiceInfo::Method::Probed;
    ssh.confidence = 10;
    report.results[0].service = std::make_shared<const ServiceInfo>(ssh);
    HostState h = HostState::make(0, QStringLiteral("tarpit"),
        QHostAddress(QStringLiteral("198.18.0.9")), HostStatus::Up, HostReason::SynAck, 0.5);
    h.allPortsAnswer = true;
    report.hostStates = { h };
    const QByteArray json = JsonFormat::toJson(report);
    const QJsonObject host
        = QJsonDocument::fromJson(json).object()[QStringLiteral("hosts")].toArray()[0].toObject();
    QCOMPARE(host[QStringLiteral("all_ports_answer")].toBool(), true);
    ScanReport back;
    QStringList notes;
    QString error;
    QVERIFY2(JsonFormat::read(json, &back, &notes, &error), qPrintable(error));
    QCOMPARE(back.hostStates.size(), 1);
    QVERIFY(back.hostStates[0].allPortsAnswer);
    // An ordinary host has no such member at all.
    report.hostStates[0].allPortsAnswer = false;
    QVERIFY(!QJsonDocument::fromJson(JsonFormat::toJson(report))
                 .object()[QStringLiteral("hosts")]
                 .toArray()[0]
                 .toObject()
                 .contains(QStringLiteral("all_ports_answer")));
    report.hostStates[0].allPortsAnswer = true;
    const QString out = TextFormat::toText(report);
    QVERIFY2(out.contains(QStringLiteral("accepted a connection on every port")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("22/tcp    open      ssh")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("23/tcp")), qPrintable(out));
    QVERIFY2(out.contains(
                 QStringLiteral("Not shown: 2 open ports of a host that answers on every port")),
        qPrintable(out));
}

void TestReportWriter::noAnswerMeansNoLatency()
{
    ScanReport report;
    report.results
        = { result(0, "lab", "198.18.0.1", 8080, PortState::Filtered, PortReason::NoResponse, -1.0),
              result(0, "lab", "198.18.0.1", 80, PortState::Open, PortReason::SynAck, 1.25) };
    const QList<QByteArray> csv = CsvFormat::toCsv(report.results).split('\n');
    QCOMPARE(csv[1],
        QByteArray("lab,198.18.0.1,8080,tcp,filtered,no-response,http-alt,,,table,3,,,,,,,,,\r"));
    QCOMPARE(
        csv[2], QByteArray("lab,198.18.0.1,80,tcp,open,syn-ack,http,1.250,,table,3,,,,,,,,,\r"));
    const QJsonArray rows = QJsonDocument::fromJson(JsonFormat::toJson(report))
                                .object()[QStringLiteral("results")]
                                .toArray();
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows[1].toObject()[QStringLiteral("latency_ms")].isNull()); // port 8080, after 80
    QCOMPARE(rows[0].toObject()[QStringLiteral("latency_ms")].toDouble(), 1.25);
    const QString text = TextFormat::toText(report);
    QVERIFY2(text.contains(
                 QStringLiteral("80/tcp    open      http            syn-ack           1.25 ms")),
        qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("-1.00")), qPrintable(text));

    // A host that dropped probes is named in both reports.
    report.summary.slowedHosts = { SlowedHost {
        QStringLiteral("lab"), QHostAddress(QStringLiteral("198.18.0.1")), 12.5, 40 } };
    QVERIFY2(TextFormat::toText(report).contains(
                 QStringLiteral("198.18.0.1 dropped probes (a rate limit?): 40 answers came only "
                                "to a retry; slowed to one probe every 12.5 ms for it.")),
        qPrintable(TextFormat::toText(report)));
    const QJsonArray slowed
        = QJsonDocument::fromJson(JsonFormat::toJson(report))
              .object()[QStringLiteral("summary")][QStringLiteral("slowed_hosts")]
              .toArray();
    QCOMPARE(slowed.size(), 1);
    QCOMPARE(slowed[0][QStringLiteral("address")].toString(), QStringLiteral("198.18.0.1"));
    QCOMPARE(slowed[0][QStringLiteral("drops")].toInt(), 40);
    QCOMPARE(slowed[0][QStringLiteral("longest_delay_ms")].toDouble(), 12.5);
}

void TestReportWriter::atomicWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY(AtomicFile::writeData(path, "old contents\n", &error));

    // Root ignores permissions, so make the write fail with a file-size limit.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved {};
    getrlimit(RLIMIT_FSIZE, &saved);
    rlimit small = saved;
    small.rlim_cur = 16;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const bool ok = AtomicFile::writeData(path, QByteArray(4096, 'x'), &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    QVERIFY(!ok);
    QVERIFY2(error.contains(path), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old contents\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("out.csv") });

    QVERIFY(!AtomicFile::writeData(dir.filePath(QStringLiteral("no/such/dir/x.csv")), "x", &error));
    QVERIFY(!error.isEmpty());
}

void TestReportWriter::exportHasNormalPermissions()
{
    // Exports are the user's ordinary files: 0666 less the umask, nothing more or less.
    QTemporaryDir dir;
    const mode_t old = umask(022);
    QString error;
    const QString path = dir.filePath(QStringLiteral("perm.csv"));
    const bool ok = AtomicFile::writeData(path, "x\n", &error);
    umask(old);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(QFile::permissions(path) & 0x7777,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup
            | QFile::ReadOther);
}

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
