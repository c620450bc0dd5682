// The UDP port scan against a real kernel that rate-limits its ICMP errors: a veth
// pair to a peer namespace of the test's own (loopback is exempt from the limit),
// whose kernel refuses closed ports, whose iptables rejects and drops, and where a
// responder thread of the test answers one port. Every state and reason; every
// closed port confirmed closed, paced by the estimator; a scan stopped early
// reports what it could not confirm as open|filtered (not-confirmed), never closed.

#include <unistd.h>

#include <QFile>
#include <QTest>

#include "common/isolatedtest.h"
#include "common/netns.h"
#include "common/skip.h"
#include "common/udppeerlab.h"
#include "core/scanharness.h"

namespace {

constexpr quint16 echoPort = 7000; // the responder
constexpr quint16 prohibitedPort = 7001; // REJECT admin-prohibited
constexpr quint16 unreachablePort = 7002; // REJECT host (v6: address) unreachable
constexpr quint16 droppedPort = 7003; // DROP
constexpr quint16 firstClosed = 20001;

// The lab (UdpPeerLab): the peer's kernel refuses the closed ports, its iptables
// rejects and drops, and its responder answers "pong" on echoPort.
UdpPeerLab::Config labConfig()
{
    UdpPeerLab::Config config;
    config.rules = { { prohibitedPort, UdpPeerLab::Rule::Prohibited },
        { unreachablePort, UdpPeerLab::Rule::Unreachable },
        { droppedPort, UdpPeerLab::Rule::Dropped } };
    config.echoPort = echoPort;
    config.answer = QByteArrayLiteral("pong");
    return config;
}

ScanOptions labOptions(const QString &target, int closedPorts)
{
    ScanOptions o;
    QString error;
    const QString ports = QStringLiteral("%1-%2,%3-%4")
                              .arg(echoPort)
                              .arg(droppedPort)
                              .arg(firstClosed)
                              .arg(firstClosed + closedPorts - 1);
    if (!TargetSpec::parse(target, &o.targets, &error)
        || !PortSpec::parse(ports, &o.ports, &error, PortSpec::Selection::Udp))
        qFatal("bad test spec: %s", qPrintable(error));
    o.timeoutMs = 500;
    // Names are asked after a UDP scan (ScanJob holds them back); here not at all,
    // so that the peer's counters see the scan's datagrams alone.
    o.reverseDns = false;
    return o;
}

QStringList resultLines(const QList<ScanResult> &results)
{
    QStringList out;
    for (const ScanResult &r : results) {
        out.append(
            QStringLiteral("%1 %2 %3%4")
                .arg(r.portText(), portStateName(r.state), portReasonName(r.reason),
                    r.reasonFrom.isNull() ? QString()
                                          : QLatin1String(" from ") + r.reasonFrom.toString()));
    }
    out.sort();
    return out;
}

} // namespace

class TestUdpScanLab : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void cleanup();
    void everyStateAndReason_data();
    void everyStateAndReason();
    void stoppedEarlyIsNotConfirmed();
    void pauseHoldsConfirmations();
    void discoveryByPortUnreachable();
};

// Every lab is gone with its test function, whatever ended it.
void TestUdpScanLab::cleanup()
{
    QVERIFY(!QFile::exists(QStringLiteral("/run/netns/portolan-peer-%1").arg(::getpid())));
}

void TestUdpScanLab::everyStateAndReason_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("closedPorts");
    // The kernel's limits: IPv4 a burst of 6, then one a second; IPv6 on a /64 four.
    QTest::newRow("IPv4") << QStringLiteral("198.18.0.2") << 28;
    QTest::newRow("IPv6") << QStringLiteral("[2001:db8::2]") << 10;
}

// Every closed port comes out closed (confirmed against the rate limit, not
// assumed), rejects filtered with their reason, the drop open|filtered, the
// responder open; the peer's kernel suppressed hardly any error beyond the first
// rush; progress said what was being confirmed.
void TestUdpScanLab::everyStateAndReason()
{
    QFETCH(QString, target);
    QFETCH(int, closedPorts);
    UdpPeerLab lab(labConfig());
    PORTOLAN_START_UDP_PEER_LAB(lab);
    const bool ipv6 = target.startsWith(QLatin1Char('['));
    const QString counter
        = ipv6 ? QStringLiteral("Icmp6OutRateLimitHost") : QStringLiteral("IcmpOutRateLimitHost");
    const qint64 limitedBefore = lab.peerCounter(counter);
    ScanOptions o = labOptions(target, closedPorts);
    o.keepClosed = true;
    ScanJob job;
    ScanRun run;
    connectRun(&job, &run);
    quint64 mostConfirming = 0;
    qint64 longestEta = -1;
    QObject::connect(&job, &ScanJob::progressChanged, &job, [&](const ScanProgress &p) {
        mostConfirming = std::max(mostConfirming, p.confirming);
        longestEta = std::max(longestEta, p.confirmEtaMs);
    });
    job.start(o);
    QVERIFY(QTest::qWaitFor([&] { return run.finished; }, 120000));
    const QString from = ipv6 ? QStringLiteral("2001:db8::2") : QStringLiteral("198.18.0.2");
    QStringList expected { QStringLiteral("7000/udp open udp-response"),
        QStringLiteral("7001/udp filtered admin-prohibited"),
        QStringLiteral("7002/udp filtered host-unreach"),
        QStringLiteral("7003/udp open|filtered no-response") };
    for (int i = 0; i < closedPorts; ++i)
        expected << QStringLiteral("%1/udp closed port-unreach").arg(firstClosed + i);
    expected.sort();
    QCOMPARE(resultLines(run.results), expected);
    QCOMPARE(run.summary.progress.closed, quint64(closedPorts));
    QCOMPARE(run.summary.progress.openFiltered, 1u);
    QCOMPARE(run.summary.progress.done, run.summary.progress.total);
    QCOMPARE(run.summary.progress.confirming, 0u);
    QCOMPARE(run.hosts.value(from).status, HostStatus::Up);
    QVERIFY(run.hosts.value(from).reason == HostReason::UdpResponse
        || run.hosts.value(from).reason == HostReason::PortUnreach);
    // Closed ports waited for the host's allowance, and progress said so.
    QVERIFY(mostConfirming > 0);
    QVERIFY(longestEta > 0);
    // Paced: beyond the first rush (every port but the burst of 6 at once), the peer
    // held back only the errors of the early asks between the model's tokens (at most
    // four a second); every closed port above was confirmed by its own error.
    const qint64 limited = lab.peerCounter(counter) - limitedBefore;
    const int rushLimited = closedPorts + 2 - 6;
    const qint64 earlyAsks = 4 * (run.summary.progress.elapsedMs / 1000 + 1);
    qInfo("%s: the peer's %s grew by %lld (the rush: %d, early asks at most %lld); the scan "
          "took %lld ms",
        qPrintable(target), qPrintable(counter), limited, rushLimited, earlyAsks,
        run.summary.progress.elapsedMs);
    QVERIFY2(limited >= rushLimited - 1 && limited <= rushLimited + 1 + earlyAsks,
        qPrintable(QString::number(limited)));
}

// A scan stopped while closed ports wait for the host's allowance: those are
// open|filtered, not-confirmed; none is called closed without its error.
void TestUdpScanLab::stoppedEarlyIsNotConfirmed()
{
    UdpPeerLab lab(labConfig());
    PORTOLAN_START_UDP_PEER_LAB(lab);
    constexpr int closedPorts = 28;
    ScanOptions o = labOptions(QStringLiteral("198.18.0.2"), closedPorts);
    ScanJob job;
    ScanRun run;
    connectRun(&job, &run);
    bool confirming = false;
    QObject::connect(&job, &ScanJob::progressChanged, &job, [&](const ScanProgress &p) {
        if (p.confirming > 0 && p.closed >= 6 && !confirming) {
            confirming = true;
            job.cancel();
        }
    });
    job.start(o);
    QVERIFY(QTest::qWaitFor([&] { return run.finished; }, 60000));
    QVERIFY(confirming);
    QVERIFY(run.summary.cancelled);
    int notConfirmed = 0;
    for (const ScanResult &r : std::as_const(run.results)) {
        QVERIFY(r.state != PortState::Closed);
        if (r.reason == PortReason::NotConfirmed) {
            QCOMPARE(r.state, PortState::OpenFiltered);
            QVERIFY(r.port >= firstClosed);
            ++notConfirmed;
        }
    }
    const quint64 closed = run.closedByAddress.value(QStringLiteral("198.18.0.2"));
    qInfo("stopped with %llu closed confirmed, %d not confirmed", closed, notConfirmed);
    QVERIFY(notConfirmed > 0);
    QVERIFY(closed >= 6);
    QCOMPARE(closed + quint64(notConfirmed), quint64(closedPorts));
}

// Paused while closed ports wait for the host's allowance: none is confirmed
// until the scan resumes; then every one is.
void TestUdpScanLab::pauseHoldsConfirmations()
{
    UdpPeerLab lab(labConfig());
    PORTOLAN_START_UDP_PEER_LAB(lab);
    constexpr int closedPorts = 8;
    ScanOptions o = labOptions(QStringLiteral("198.18.0.2"), closedPorts);
    ScanJob job;
    ScanRun run;
    connectRun(&job, &run);
    bool pausedOnce = false;
    QObject::connect(&job, &ScanJob::progressChanged, &job, [&](const ScanProgress &p) {
        if (p.confirming > 0 && !pausedOnce) {
            pausedOnce = true;
            job.pause();
        }
    });
    job.start(o);
    QVERIFY(QTest::qWaitFor([&] { return job.isPaused(); }, 10000));
    const quint64 done = job.progress().done;
    // Longer than the host needs for its next two errors: nothing may be settled.
    QVERIFY(!QTest::qWaitFor([&] { return job.progress().done > done; }, 2500));
    QVERIFY(job.progress().paused);
    QVERIFY(job.progress().confirming > 0);
    job.resume();
    QVERIFY(QTest::qWaitFor([&] { return run.finished; }, 60000));
    QCOMPARE(run.summary.progress.closed, quint64(closedPorts));
    QVERIFY(!run.summary.cancelled);
}

// A host that drops TCP and echo requests is found up by the UDP probe's
// port-unreachable when the scan has UDP ports; an empty address is down; the
// found host's ports are then scanned, every closed one confirmed.
void TestUdpScanLab::discoveryByPortUnreachable()
{
    UdpPeerLab lab(labConfig());
    PORTOLAN_START_UDP_PEER_LAB(lab);
    for (const char *proto : { "tcp", "icmp" }) {
        QCOMPARE(lab.inPeer({ QStringLiteral("iptables"), QStringLiteral("-A"),
                     QStringLiteral("INPUT"), QStringLiteral("-p"), QString::fromLatin1(proto),
                     QStringLiteral("-j"), QStringLiteral("DROP") }),
            0);
    }
    constexpr int closedPorts = 8;
    ScanOptions o = labOptions(QStringLiteral("198.18.0.2-3"), closedPorts);
    o.keepClosed = true;
    const ScanRun run = runScan(o, 60000);
    QVERIFY(run.finished);
    const HostState up = run.hosts.value(QStringLiteral("198.18.0.2"));
    QCOMPARE(up.status, HostStatus::Up);
    QCOMPARE(up.reason, HostReason::PortUnreach);
    QCOMPARE(run.hosts.value(QStringLiteral("198.18.0.3")).status, HostStatus::Down);
    QCOMPARE(run.summary.progress.closed, quint64(closedPorts));
    QCOMPARE(
        resultLines(run.results).filter(QStringLiteral("closed port-unreach")).size(), closedPorts);
    QCOMPARE(run.summary.progress.done, run.summary.progress.total);
}

PORTOLAN_NETNS_TEST_MAIN(TestUdpScanLab)
#include "tst_udpscanlab.moc"
