// Host discovery against a simulated network: a TUN device in the test's own
// namespace plays 198.18.0.0/16 and 2001:db8::/64 with a few live hosts (near,
// far, lossy, firewalled, ping-only) and empty addresses, silent or answered by
// a late host-unreachable. Only hosts found up get port rows.
#include <unistd.h>

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include "common/isolatedtest.h"
#include "common/netns.h"
#include "common/skip.h"
#include "common/tunlab.h"
#include "common/vethpeer.h"
#include "core/scanharness.h"

namespace {

// 198.18.0.x and 2001:db8::x (x in hex) for a lab host offset.
QString v4(int offset)
{
    return QStringLiteral("198.18.%1.%2").arg(offset >> 8).arg(offset & 0xff);
}

QString v6(int offset)
{
    return QHostAddress(QStringLiteral("2001:db8::%1").arg(offset, 0, 16)).toString();
}

} // namespace

class TestDiscovery : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void initTestCase();
    void findsLiveHostsOfABlock_data();
    void findsLiveHostsOfABlock();
    void tcpAloneWithoutPingSockets();
    void discoveryAnswersAreResults();
    void lateHostUnreachableMeansDown();
    void discoveryOnlyListsHosts();
    void pingAlone();
    void skipDiscoveryScansEveryAddress();
    void typedHostsAreAlwaysScanned();
    void farHostsInATargetFile();
    void lossyHostIsExact();
    void cancelDuringDiscovery();
    void pauseDuringDiscovery();
    void slash16WithAHandfulOfHosts();
    void macAndVendorOnTheLocalLink_data();
    void macAndVendorOnTheLocalLink();

private:
    TunLab m_lab;
};

void TestDiscovery::initTestCase()
{
    if (!m_isolated)
        PORTOLAN_SKIP(m_why);
    TunLab::Options options;
    options.prefixLength = 16;
    options.unreachableMs = 40; // 198.18.2.0/24: empty addresses the "router" reports
    options.unreachableFirst = 0x0200;
    options.unreachableLast = 0x02ff;
    QString why;
    if (!m_lab.start(TunLab::Host::list({
                         QStringLiteral("offset=1,rtt=1,open=22;80"),
                         QStringLiteral("offset=2,rtt=2,open=443,ping=0"),
                         // drops ping and 80/443, answers on 22 only
                         QStringLiteral("offset=3,rtt=1,ping=0,firewall=1,open=22"),
                         // answers ping only
                         QStringLiteral("offset=4,rtt=1,firewall=1"),
                         QStringLiteral("offset=5,rtt=40,jitter=10,loss=0.02,open=80;8080"),
                         QStringLiteral("offset=258,rtt=2,open=3389"), // 198.18.1.2
                         QStringLiteral("offset=1536,rtt=150,open=22"), // 198.18.6.0
                         QStringLiteral("offset=1792,rtt=300,ping=0,open=443"), // 198.18.7.0
                         QStringLiteral("offset=40000,rtt=1,open=80"), // 198.18.156.64
                     }),
            options, &why))
        PORTOLAN_SKIP(QStringLiteral("no TUN lab here: ") + why);
}

void TestDiscovery::findsLiveHostsOfABlock_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("IPv4") << false;
    QTest::newRow("IPv6") << true;
}

void TestDiscovery::findsLiveHostsOfABlock()
{
    QFETCH(bool, ipv6);
    const auto addr = [ipv6](int offset) { return ipv6 ? v6(offset) : v4(offset); };
    ScanOptions o
        = makeOptions(ipv6 ? QStringLiteral("2001:db8::/120") : QStringLiteral("198.18.0.0/24"),
            QStringLiteral("22,80,443,8080"));
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QVERIFY2(run.summary.error.isEmpty(), qPrintable(run.summary.error));
    QStringList up { addr(1), addr(2), addr(3), addr(5) };
    if (m_lab.pingSocketsAllowed())
        up.append(addr(4)); // known only by its echo reply
    up.sort();
    QCOMPARE(run.hostsWith(HostStatus::Up), up);
    QCOMPARE(run.hostsWith(HostStatus::Down).size(), 256 - up.size());
    QCOMPARE(run.summary.hostsUp, quint32(up.size()));
    QCOMPARE(run.summary.hostsDown, quint32(256 - up.size()));
    QVERIFY(run.summary.discovery);
    // Rows only for live hosts, and exact.
    QStringList expected { addr(1) + " 22 open syn-ack", addr(1) + " 80 open syn-ack",
        addr(2) + " 443 open syn-ack", addr(3) + " 22 open syn-ack", addr(5) + " 80 open syn-ack",
        addr(5) + " 8080 open syn-ack", addr(3) + " 80 filtered no-response",
        addr(3) + " 443 filtered no-response", addr(3) + " 8080 filtered no-response" };
    if (m_lab.pingSocketsAllowed()) {
        for (const char *port : { " 22", " 80", " 443", " 8080" })
            expected.append(addr(4) + QLatin1String(port) + " filtered no-response");
    }
    expected.sort();
    QCOMPARE(run.lines(), expected);
    QCOMPARE(run.closedByAddress.value(addr(1)), 2u);
    QCOMPARE(run.closedByAddress.value(addr(2)), 3u);
    QCOMPARE(run.closedByAddress.value(addr(5)), 2u);
    // Reasons and round trips.
    const HostState h3 = run.hosts.value(addr(3));
    QCOMPARE(h3.reason, HostReason::SynAck);
    QVERIFY(h3.hasLatency());
    if (m_lab.pingSocketsAllowed())
        QCOMPARE(run.hosts.value(addr(4)).reason, HostReason::EchoReply);
    QVERIFY(run.hosts.value(addr(5)).latencyMs >= 35.0);
    const HostState empty = run.hosts.value(addr(77));
    QCOMPARE(empty.status, HostStatus::Down);
    QCOMPARE(empty.reason, HostReason::NoResponse);
    QVERIFY(!empty.hasLatency());
    // Every probe is accounted for: down hosts' ports count as done.
    QCOMPARE(run.summary.progress.done, run.summary.progress.total);
}

void TestDiscovery::tcpAloneWithoutPingSockets()
{
    // Where ping sockets are not allowed discovery uses TCP alone, with no error:
    // the ping-only host is then down, the others are found as before.
    // Both ways: ping turned off, and ping sockets forbidden (ping_group_range "1 0",
    // the kernel's default) while the scan asks for them.
    for (const bool forbid : { false, true }) {
        ScanOptions o = makeOptions(QStringLiteral("198.18.0.0/28"), QStringLiteral("22,80,443"));
        o.ping = forbid;
        QFile range(QStringLiteral("/proc/sys/net/ipv4/ping_group_range"));
        if (forbid && !(range.open(QIODevice::WriteOnly) && range.write("1 0\n") > 0))
            PORTOLAN_SKIP(QStringLiteral("cannot change ping_group_range here"));
        range.close();
        const auto restore = qScopeGuard([&] {
            if (forbid && range.open(QIODevice::WriteOnly))
                range.write("0 2147483647\n");
        });
        const int echoesBefore = m_lab.echoRequests();
        const ScanRun run = runScan(o);
        QVERIFY(run.finished);
        QVERIFY(run.summary.error.isEmpty());
        QCOMPARE(m_lab.echoRequests(), echoesBefore);
        QCOMPARE(run.hostsWith(HostStatus::Up), (QStringList { v4(1), v4(2), v4(3), v4(5) }));
        QCOMPARE(run.hosts.value(v4(4)).status, HostStatus::Down);
    }
}

void TestDiscovery::discoveryAnswersAreResults()
{
    // The discovery connect to 3389 finds 198.18.1.2 up and is its port result:
    // listed once, not probed twice.
    ScanOptions o = makeOptions(QStringLiteral("198.18.1.0/29"), QStringLiteral("3389,5000"));
    o.discoveryPorts = { 3389 };
    o.ping = false;
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QCOMPARE(run.lines(), QStringList { v4(258) + " 3389 open syn-ack" });
    QCOMPARE(run.closedByAddress.value(v4(258)), 1u);
    QCOMPARE(run.hosts.value(v4(258)).reason, HostReason::SynAck);
    QCOMPARE(run.summary.progress.open, 1u);
    QCOMPARE(run.summary.progress.done, run.summary.progress.total);
}

void TestDiscovery::lateHostUnreachableMeansDown()
{
    ScanOptions o = makeOptions(QStringLiteral("198.18.2.0/28"), QStringLiteral("80"));
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QCOMPARE(run.hostsWith(HostStatus::Down).size(), 16);
    for (const HostState &h : run.hosts)
        QCOMPARE(h.reason, HostReason::HostUnreach);
    QVERIFY(run.results.isEmpty());
}

void TestDiscovery::discoveryOnlyListsHosts()
{
    ScanOptions o = makeOptions(QStringLiteral("198.18.0.0/29"), QStringLiteral("80"));
    o.discovery = ScanOptions::Discovery::Only;
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QVERIFY(run.summary.discoveryOnly);
    QVERIFY(run.results.isEmpty());
    QVERIFY(run.closedByAddress.isEmpty());
    QCOMPARE(run.hosts.size(), 8);
    QVERIFY(run.hostsWith(HostStatus::Up).contains(v4(1)));
    QCOMPARE(run.summary.progress.total, 8u);
    QCOMPARE(run.summary.progress.done, 8u);
}

void TestDiscovery::pingAlone()
{
    // --discovery-ports none: the echo alone decides; hosts that drop ping are down.
    if (!m_lab.pingSocketsAllowed())
        PORTOLAN_SKIP(QStringLiteral("ping sockets are not allowed here"));
    ScanOptions o = makeOptions(QStringLiteral("198.18.0.0/29"), QStringLiteral("80"));
    o.discovery = ScanOptions::Discovery::Only;
    o.discoveryPorts.clear();
    o.retries = 2; // host 5 loses 2 % of its packets
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QCOMPARE(run.hostsWith(HostStatus::Up), (QStringList { v4(1), v4(4), v4(5) }));
    for (const QString &up : run.hostsWith(HostStatus::Up))
        QCOMPARE(run.hosts.value(up).reason, HostReason::EchoReply);
}

void TestDiscovery::skipDiscoveryScansEveryAddress()
{
    // -Pn: every address gets its ports probed; nothing is called down.
    ScanOptions o = makeOptions(QStringLiteral("198.18.0.8/30"), QStringLiteral("80,81"));
    o.discovery = ScanOptions::Discovery::Skip;
    o.retries = 0;
    o.timeoutMs = 200;
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QCOMPARE(run.results.size(), 8); // filtered rows for every empty address
    QCOMPARE(run.hostsWith(HostStatus::Unknown).size(), 4);
    for (const HostState &h : run.hosts)
        QCOMPARE(h.reason, HostReason::UserSet);
    QVERIFY(!run.summary.discovery);
}

void TestDiscovery::typedHostsAreAlwaysScanned()
{
    // A single address is scanned without discovery: the firewalled host that
    // answers nothing on these ports still has its rows, and is not called down.
    ScanOptions o = makeOptions(QStringLiteral("198.18.0.4 198.18.0.1"), QStringLiteral("80,443"));
    o.retries = 0;
    o.timeoutMs = 300;
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QVERIFY(!run.summary.discovery);
    QCOMPARE(run.lines(),
        (QStringList { v4(1) + " 80 open syn-ack", v4(4) + " 443 filtered no-response",
            v4(4) + " 80 filtered no-response" }));
    QCOMPARE(run.hosts.value(v4(1)).status, HostStatus::Up);
    QCOMPARE(run.hosts.value(v4(1)).reason, HostReason::SynAck);
    QCOMPARE(run.hosts.value(v4(4)).status, HostStatus::Unknown);
    QCOMPARE(run.hosts.value(v4(4)).reason, HostReason::UserSet);
}

void TestDiscovery::farHostsInATargetFile()
{
    // Hosts of a target file are discovered; a near host answering in 1 ms must
    // not cut the wait for far ones in other subnets (150 and 300 ms away).
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("198.18.0.1\n198.18.6.0\n198.18.7.0\n198.18.8.1 # empty\n");
    file.close();
    ScanOptions o;
    QString error;
    QVERIFY(TargetSpec::parseFile(file.fileName(), &o.targets, &error));
    QVERIFY(PortSpec::parse(QStringLiteral("22,443"), &o.ports, &error));
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QCOMPARE(run.hostsWith(HostStatus::Up), (QStringList { v4(1), v4(1536), v4(1792) }));
    QCOMPARE(run.hostsWith(HostStatus::Down), QStringList { QStringLiteral("198.18.8.1") });
    QCOMPARE(run.lines(),
        (QStringList { v4(1) + " 22 open syn-ack", v4(1536) + " 22 open syn-ack",
            v4(1792) + " 443 open syn-ack" }));
}

void TestDiscovery::lossyHostIsExact()
{
    // 2% of the packets to 198.18.0.5 are lost and its answers jitter by 10 ms:
    // it is found up and its 300 ports come out exact.
    ScanOptions o = makeOptions(QStringLiteral("198.18.0.5/32"), QStringLiteral("1-300,8080"));
    o.discovery = ScanOptions::Discovery::Only;
    QCOMPARE(runScan(o).hostsWith(HostStatus::Up), QStringList { v4(5) });
    o.discovery = ScanOptions::Discovery::Automatic;
    o.targets = makeOptions(QStringLiteral("198.18.0.4-5"), QStringLiteral("1")).targets;
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QStringList expected { v4(5) + " 80 open syn-ack", v4(5) + " 8080 open syn-ack" };
    if (m_lab.pingSocketsAllowed()) {
        // 198.18.0.4 answers ping alone: up, and every port of it filtered.
        QCOMPARE(run.hostsWith(HostStatus::Up), (QStringList { v4(4), v4(5) }));
        for (int port = 1; port <= 300; ++port)
            expected.append(v4(4) + QStringLiteral(" %1 filtered no-response").arg(port));
        expected.append(v4(4) + QStringLiteral(" 8080 filtered no-response"));
    } else {
        QCOMPARE(run.hostsWith(HostStatus::Up), (QStringList { v4(5) }));
    }
    expected.sort();
    QCOMPARE(run.lines(), expected);
    QCOMPARE(run.closedByAddress.value(v4(5)), 299u);
}

void TestDiscovery::cancelDuringDiscovery()
{
    ScanOptions o = makeOptions(QStringLiteral("198.18.0.0/16"), QStringLiteral("22,80"));
    ScanJob job;
    ScanRun run;
    connectRun(&job, &run);
    QSignalSpy finished(&job, &ScanJob::finished);
    job.start(o);
    QTRY_VERIFY_WITH_TIMEOUT(job.progress().hostsDecided > 0, 20000);
    job.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(run.summary.cancelled);
    QVERIFY(run.hosts.size() < 65536);
    // No port rows for a host that was not found up.
    for (const ScanResult &r : run.results)
        QCOMPARE(run.hosts.value(r.address.toString()).status, HostStatus::Up);
}

void TestDiscovery::pauseDuringDiscovery()
{
    ScanOptions o = makeOptions(QStringLiteral("198.18.3.0/24"), QStringLiteral("80"));
    o.concurrency = 256; // a few hosts at a time, so the pause finds most undecided
    o.timeoutMs = 200;
    o.retries = 0;
    ScanJob job;
    ScanRun run;
    connectRun(&job, &run);
    QSignalSpy finished(&job, &ScanJob::finished);
    job.start(o);
    QTRY_VERIFY_WITH_TIMEOUT(job.progress().hostsDecided > 0, 20000);
    job.pause();
    // Nothing is started and nobody is given up while paused. The clock that
    // would give the paused hosts up is seen to pass by a witness: a scan of
    // empty (silent) addresses with the same timeout, which can only end by
    // giving its hosts up. One witness lets whatever was under way at the pause
    // settle (the addresses are silent: nothing in flight can be answered); the
    // paused scan must then decide nobody while two more give theirs up.
    ScanOptions w = makeOptions(QStringLiteral("198.18.4.0/30"), QStringLiteral("80"));
    w.timeoutMs = o.timeoutMs;
    w.retries = 0;
    const auto witness = [&w] {
        const ScanRun seen = runScan(w, 20000);
        return seen.finished && seen.hostsWith(HostStatus::Down).size() == 4;
    };
    QVERIFY(witness());
    const quint64 decided = job.progress().hostsDecided;
    QVERIFY(witness());
    QVERIFY(witness());
    QCOMPARE(job.progress().hostsDecided, decided);
    QVERIFY(job.isPaused());
    QVERIFY(decided < 256);
    job.resume();
    QVERIFY(finished.wait(60000));
    QVERIFY(!run.summary.cancelled);
    QCOMPARE(run.hosts.size(), 256);
    QCOMPARE(run.hostsWith(HostStatus::Down).size(), 256);
}

void TestDiscovery::slash16WithAHandfulOfHosts()
{
    // 65536 addresses, 9 live hosts among them (two of them far away).
    ScanOptions o = makeOptions(QStringLiteral("198.18.0.0/16"), QStringLiteral("22,80,443,3389"));
    o.discoveryPorts = { 22, 80, 443, 3389 };
    o.timeoutMs = 500; // the farthest host is 300 ms away; subnets with no answer wait this
    const ScanRun run = runScan(o, 600000);
    QVERIFY(run.finished);
    QVERIFY2(run.summary.error.isEmpty(), qPrintable(run.summary.error));
    QStringList up { v4(1), v4(2), v4(3), v4(5), v4(258), v4(1536), v4(1792), v4(40000),
        QStringLiteral("198.18.255.254") }; // the scanner's own address on the lab
    if (m_lab.pingSocketsAllowed())
        up.append(v4(4));
    up.sort();
    // Every live host is found, and no other. (An address of 198.18.2.0/24 once
    // came out up by syn-ack after host 5's round trip: a readiness that was not its
    // connect's, read as connected. SocketOps::finish now asks for the peer, and
    // tst_poller makes that case happen; an extra host here is a failure.)
    const QStringList found = run.hostsWith(HostStatus::Up);
    QStringList extra = found;
    for (const QString &host : std::as_const(up))
        QVERIFY2(found.contains(host), qPrintable(host + QStringLiteral(" not found up")));
    for (const QString &host : std::as_const(up))
        extra.removeAll(host);
    QStringList why;
    for (const QString &host : std::as_const(extra)) {
        const HostState h = run.hosts.value(host);
        why.append(QStringLiteral("%1 (%2, %3 ms)")
                       .arg(host, hostReasonName(h.reason))
                       .arg(h.latencyMs, 0, 'f', 2));
    }
    QVERIFY2(extra.isEmpty(),
        qPrintable(QStringLiteral("up but not in the lab: ") + why.join(QStringLiteral(", "))));
    QCOMPARE(run.summary.hostsUp + run.summary.hostsDown, 65536u);
    QVERIFY(run.lines().contains(v4(40000) + " 80 open syn-ack"));
    QVERIFY(run.lines().contains(v4(1792) + " 443 open syn-ack"));
}

void TestDiscovery::macAndVendorOnTheLocalLink_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("IPv4 (ARP)") << false;
    QTest::newRow("IPv6 (neighbour discovery)") << true;
}

void TestDiscovery::macAndVendorOnTheLocalLink()
{
    // A real link: a veth pair to a namespace of the test's own, whose end has an
    // Intel MAC. Its kernel answers the ping (or the connect, refused); ARP or
    // neighbour discovery puts its MAC in our table.
    QFETCH(bool, ipv6);
    const QString ours = ipv6 ? QStringLiteral("2001:db8:fe::1") : QStringLiteral("198.19.0.1");
    const QString theirs = ipv6 ? QStringLiteral("2001:db8:fe::2") : QStringLiteral("198.19.0.2");
    VethPeer peer;
    QString why;
    if (!peer.start(ours, theirs, ipv6 ? QStringLiteral("/64") : QStringLiteral("/24"),
            QStringLiteral("00:1b:21:12:34:56"), &why))
        PORTOLAN_SKIP(why);

    ScanOptions o
        = makeOptions(ipv6 ? QStringLiteral("2001:db8:fe::/125") : QStringLiteral("198.19.0.0/29"),
            QStringLiteral("22"));
    o.discovery = ScanOptions::Discovery::Only;
    o.reverseDns = false;
    ScanRun run;
    // The link may take a moment to come up: a few bounded tries.
    for (int attempt = 0; attempt < 5 && run.hostsWith(HostStatus::Up).size() < 2; ++attempt) {
        run = runScan(o);
        QVERIFY(run.finished);
    }
    QCOMPARE(run.hostsWith(HostStatus::Up), (QStringList { ours, theirs }));
    const HostState h = run.hosts.value(theirs);
    QCOMPARE(h.mac, QStringLiteral("00:1b:21:12:34:56"));
    if (QFile::exists(QStringLiteral("/usr/share/ieee-data/oui.csv")))
        QCOMPARE(h.vendor, QStringLiteral("Intel Corporate"));
    QVERIFY(run.hosts.value(ours).mac.isEmpty()); // ourselves: no neighbour entry
}

PORTOLAN_NETNS_TEST_MAIN(TestDiscovery)
#include "tst_discovery.moc"
