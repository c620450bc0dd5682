// The UDP port scan through ScanJob on the loopback of the test's own network
// namespace: responders of the test's own answer DNS-shaped replies (with the
// probe's id, a wrong id, or from another port), the kernel refuses the rest.
// Loopback has no ICMP rate limit: tst_udpscanlab covers that on a veth.
#include <csignal>

#include <sys/prctl.h>

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include "common/isolatedtest.h"
#include "common/netns.h"
#include "common/skip.h"
#include "core/scanharness.h"

namespace {

// A DNS server of the test's own, as much of one as version.bind needs (RFC 1035
// section 4.1): it answers each query with its id (plus idOffset), echoing the
// question, with one CH TXT answer; from its own port, or from replyFrom's.
class DnsResponder final : public QObject
{
public:
    explicit DnsResponder(quint16 idOffset = 0)
        : m_idOffset(idOffset)
    {
        connect(&m_socket, &QUdpSocket::readyRead, this, &DnsResponder::answer);
    }

    bool listen(const QHostAddress &address, quint16 port, quint16 replyFromPort = 0)
    {
        if (!m_socket.bind(address, port))
            return false;
        return replyFromPort == 0 || m_replyFrom.bind(address, replyFromPort);
    }
    int queries() const { return m_queries; }

private:
    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 fromPort = 0;
            QByteArray query(static_cast<qsizetype>(m_socket.pendingDatagramSize()), '\0');
            m_socket.readDatagram(query.data(), query.size(), &from, &fromPort);
            ++m_queries;
            if (query.size() < 12)
                continue;
            QByteArray reply = query;
            const auto id = static_cast<quint16>(
                ((quint8(query[0]) << 8 | quint8(query[1])) + m_idOffset) & 0xffff);
            reply[0] = char(id >> 8);
            reply[1] = char(id & 0xff);
            reply[2] = char(0x84); // QR, AA
            reply[3] = 0;
            reply[7] = 1; // one answer
            const QByteArray text = "dnsmasq-2.89";
            reply += QByteArray::fromHex("c00c"
                                         "0010"
                                         "0003"
                                         "00000000");
            reply += char(0);
            reply += char(text.size() + 1);
            reply += char(text.size());
            reply += text;
            QUdpSocket &out
                = m_replyFrom.state() == QAbstractSocket::BoundState ? m_replyFrom : m_socket;
            out.writeDatagram(reply, from, fromPort);
        }
    }

    QUdpSocket m_socket;
    QUdpSocket m_replyFrom;
    quint16 m_idOffset;
    int m_queries = 0;
};

// Answers any datagram with a few bytes, from its own port.
class AnyResponder final : public QObject
{
public:
    AnyResponder() { connect(&m_socket, &QUdpSocket::readyRead, this, &AnyResponder::answer); }
    bool listen(const QHostAddress &address, quint16 port) { return m_socket.bind(address, port); }

private:
    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 fromPort = 0;
            QByteArray data(static_cast<qsizetype>(m_socket.pendingDatagramSize()), '\0');
            m_socket.readDatagram(data.data(), data.size(), &from, &fromPort);
            m_socket.writeDatagram(QByteArrayLiteral("pong"), from, fromPort);
        }
    }
    QUdpSocket m_socket;
};

ScanOptions udpOptions(const QString &targets, const QString &ports)
{
    ScanOptions o;
    QString error;
    if (!TargetSpec::parse(targets, &o.targets, &error)
        || !PortSpec::parse(ports, &o.ports, &error, PortSpec::Selection::Udp))
        qFatal("bad test spec: %s", qPrintable(error));
    o.timeoutMs = 300;
    o.floorTimeoutMs = 100;
    return o;
}

// Whether a UDP socket is bound to port on 127.0.0.1 in this namespace.
bool udpBound(quint16 port)
{
    QFile table(QStringLiteral("/proc/net/udp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QByteArray local
        = QByteArray("0100007F:") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    return table.readAll().contains(local);
}

// A daemon of the test's own, in the test's namespace: killed when its QProcess
// goes, and by the kernel if the test itself dies first (PR_SET_PDEATHSIG).
std::unique_ptr<QProcess> startDaemon(const QString &program, const QStringList &args)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process->start(program, args);
    return process;
}

QStringList protocolLines(const ScanRun &run)
{
    QStringList out;
    for (const ScanResult &r : run.results) {
        out.append(QStringLiteral("%1 %2 %3 %4")
                       .arg(r.address.toString(), r.portText(), portStateName(r.state),
                           portReasonName(r.reason)));
    }
    out.sort();
    return out;
}

} // namespace

class TestUdpScan : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void init();
    void statesOnLoopback_data();
    void statesOnLoopback();
    void wrongIdOpensNothing();
    void replyFromAnotherPortOpensNothing();
    void serviceFromTheReply();
    void tcpAndUdpTogether();
    void realDaemonsSayWhatTheyAre();
};

void TestUdpScan::init()
{
    if (!m_isolated)
        PORTOLAN_SKIP(QStringLiteral("UDP scan tests need a private network namespace: ") + m_why);
}

void TestUdpScan::statesOnLoopback_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6") << QStringLiteral("::1");
}

// Answers open the port (udp-response), the kernel's port-unreachables close it.
void TestUdpScan::statesOnLoopback()
{
    QFETCH(QString, address);
    const QHostAddress host(address);
    DnsResponder dns;
    AnyResponder any;
    QVERIFY(dns.listen(host, 53));
    QVERIFY(any.listen(host, 20002));
    const QString target = host.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address + QLatin1Char(']')
        : address;
    ScanOptions o = udpOptions(target, QStringLiteral("53,20002-20010"));
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QCOMPARE(protocolLines(run),
        (QStringList { address + QStringLiteral(" 20002/udp open udp-response"),
            address + QStringLiteral(" 53/udp open udp-response") }));
    QCOMPARE(run.closedByAddress.value(address), 8u);
    QCOMPARE(run.summary.progress.done, 10u);
    QCOMPARE(run.summary.progress.total, 10u);
    QCOMPARE(run.summary.progress.open, 2u);
    QCOMPARE(run.summary.progress.closed, 8u);
    QCOMPARE(run.summary.progress.openFiltered, 0u);
    for (const ScanResult &r : run.results) {
        QCOMPARE(r.protocol, Protocol::Udp);
        QVERIFY(r.hasLatency());
        QVERIFY(r.reasonFrom.isNull());
        QVERIFY(!r.service); // without -sV, the reply's content is not kept
    }
    // With closed ports kept: each one closed by its port-unreachable.
    o.keepClosed = true;
    const ScanRun all = runScan(o);
    QCOMPARE(protocolLines(all).filter(QStringLiteral("closed port-unreach")).size(), 8);
}

// A reply whose DNS id is not the query's answers nothing: the port stays silent.
void TestUdpScan::wrongIdOpensNothing()
{
    DnsResponder dns(1);
    QVERIFY(dns.listen(QHostAddress(QStringLiteral("127.0.0.1")), 53));
    const ScanRun run = runScan(udpOptions(QStringLiteral("127.0.0.1"), QStringLiteral("53")));
    QVERIFY(run.finished);
    QCOMPARE(protocolLines(run), QStringList { "127.0.0.1 53/udp open|filtered no-response" });
    QVERIFY(dns.queries() >= 2); // the retry went too
    QCOMPARE(run.summary.progress.openFiltered, 1u);
}

// The right id from the wrong port (anyone on the host could send it) opens nothing;
// nor does it close the port the query went to.
void TestUdpScan::replyFromAnotherPortOpensNothing()
{
    DnsResponder dns;
    QVERIFY(dns.listen(QHostAddress(QStringLiteral("127.0.0.1")), 53, 5353));
    const ScanRun run = runScan(udpOptions(QStringLiteral("127.0.0.1"), QStringLiteral("53,5353")));
    QVERIFY(run.finished);
    QCOMPARE(protocolLines(run),
        (QStringList { "127.0.0.1 53/udp open|filtered no-response",
            "127.0.0.1 5353/udp open|filtered no-response" }));
}

// With -sV, what the reply says: the DNS server's version.bind.
void TestUdpScan::serviceFromTheReply()
{
    DnsResponder dns;
    QVERIFY(dns.listen(QHostAddress(QStringLiteral("127.0.0.1")), 53));
    ScanOptions o = udpOptions(QStringLiteral("127.0.0.1"), QStringLiteral("53"));
    o.detectServices = true;
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QCOMPARE(run.results.size(), 1);
    const ScanResult &r = run.results.first();
    QCOMPARE(r.state, PortState::Open);
    QVERIFY(r.service);
    QCOMPARE(r.service->name, QStringLiteral("domain"));
    QVERIFY2(
        r.service->extra.contains(QStringLiteral("dnsmasq-2.89")), qPrintable(r.service->extra));
}

// T: and U: ports in one scan: each protocol's states, tallies and counts.
void TestUdpScan::tcpAndUdpTogether()
{
    DnsResponder dns;
    QVERIFY(dns.listen(QHostAddress(QStringLiteral("127.0.0.1")), 53));
    QTcpServer tcp;
    QVERIFY(tcp.listen(QHostAddress(QStringLiteral("127.0.0.1")), 20053));
    ScanOptions o;
    QString error;
    QVERIFY(TargetSpec::parse(QStringLiteral("127.0.0.1"), &o.targets, &error));
    QVERIFY(PortSpec::parse(
        QStringLiteral("T:20050-20059,U:50-59"), &o.ports, &error, PortSpec::Selection::Both));
    o.timeoutMs = 300;
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QCOMPARE(protocolLines(run),
        (QStringList { "127.0.0.1 20053/tcp open syn-ack", "127.0.0.1 53/udp open udp-response" }));
    QCOMPARE(run.closedByAddress.value(QStringLiteral("127.0.0.1")), 18u);
    QCOMPARE(run.summary.progress.total, 20u);
    QCOMPARE(run.summary.progress.done, 20u);
    QCOMPARE(run.summary.progress.closed, 18u);
}

// With -sV, what real daemons' replies say: dnsmasq's version.bind, snmpd's
// sysName with the default community (a finding), memcached's version.
void TestUdpScan::realDaemonsSayWhatTheyAre()
{
    for (const char *program : { "/usr/sbin/dnsmasq", "/usr/sbin/snmpd", "/usr/bin/memcached" }) {
        if (!QFile::exists(QString::fromLatin1(program)))
            PORTOLAN_SKIP(
                QStringLiteral("needs %1 (dnsmasq, snmpd, memcached)").arg(QLatin1String(program)));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile conf(dir.filePath(QStringLiteral("snmpd.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("rocommunity public 127.0.0.1\nsysName portolan-lab\nsysDescr a test's snmpd\n");
    conf.close();
    std::vector<std::unique_ptr<QProcess>> daemons;
    daemons.push_back(startDaemon(QStringLiteral("/usr/sbin/dnsmasq"),
        { QStringLiteral("-k"), QStringLiteral("-C"), QStringLiteral("/dev/null"),
            QStringLiteral("--listen-address=127.0.0.1"), QStringLiteral("--bind-interfaces"),
            QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"),
            QStringLiteral("--pid-file="), QStringLiteral("--user=root") }));
    daemons.push_back(startDaemon(QStringLiteral("/usr/sbin/snmpd"),
        { QStringLiteral("-f"), QStringLiteral("-Lo"), QStringLiteral("-C"), QStringLiteral("-c"),
            conf.fileName(), QStringLiteral("-p"), dir.filePath(QStringLiteral("snmpd.pid")),
            QStringLiteral("udp:127.0.0.1:161") }));
    daemons.push_back(startDaemon(QStringLiteral("/usr/bin/memcached"),
        { QStringLiteral("-U"), QStringLiteral("11211"), QStringLiteral("-p"), QStringLiteral("0"),
            QStringLiteral("-l"), QStringLiteral("127.0.0.1"), QStringLiteral("-u"),
            QStringLiteral("nobody") }));
    const auto stopAll = [&daemons] {
        for (const auto &p : daemons) {
            p->kill();
            p->waitForFinished(5000);
        }
        daemons.clear();
    };
    const auto stop = qScopeGuard(stopAll);
    QVERIFY2(
        QTest::qWaitFor([] { return udpBound(53) && udpBound(161) && udpBound(11211); }, 10000),
        "the daemons did not bind their ports");
    ScanOptions o = udpOptions(QStringLiteral("127.0.0.1"), QStringLiteral("53,161,11211"));
    o.detectServices = true;
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QMap<quint16, ServiceInfo> services;
    for (const ScanResult &r : run.results) {
        QCOMPARE(r.state, PortState::Open);
        QVERIFY(r.service);
        services.insert(r.port, *r.service);
    }
    QCOMPARE(services.size(), 3);
    QCOMPARE(services.value(53).name, QStringLiteral("domain"));
    QVERIFY2(services.value(53).extra.contains(QStringLiteral("dnsmasq")),
        qPrintable(services.value(53).extra));
    QCOMPARE(services.value(161).name, QStringLiteral("snmp"));
    QVERIFY2(services.value(161).extra.contains(QStringLiteral("sysName: portolan-lab")),
        qPrintable(services.value(161).extra));
    QVERIFY(services.value(161).extra.contains(QStringLiteral("finding: snmp-default-community")));
    QVERIFY2(!services.value(11211).version.isEmpty(), qPrintable(services.value(11211).extra));
    stopAll();
    // Stopped with the test: their ports are free again.
    QVERIFY(
        QTest::qWaitFor([] { return !udpBound(53) && !udpBound(161) && !udpBound(11211); }, 5000));
}

PORTOLAN_NETNS_TEST_MAIN(TestUdpScan)
#include "tst_udpscan.moc"
