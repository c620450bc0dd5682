// The engine against simulated hosts at a distance: a TUN device in the test's own
// network namespace answers SYNs after each host's round-trip time. Adaptive
// timeouts must give a near host's silent ports up quickly and never call a far
// host's open or closed ports filtered.
#include <QTest>

#include "common/isolatedtest.h"
#include "common/netns.h"
#include "common/skip.h"
#include "common/tunlab.h"
#include "core/scanharness.h"

class TestNetLab : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void initTestCase();
    void exactAtEveryDistance_data();
    void exactAtEveryDistance();
    void hostThatLimitsItsResets();
    void hostThatLimitsItsSyns();

private:
    TunLab m_lab;
};

void TestNetLab::initTestCase()
{
    if (!m_isolated)
        PORTOLAN_SKIP(m_why);
    QString why;
    if (!m_lab.start(TunLab::Host::list({ QStringLiteral("offset=1,rtt=1,open=80,silent=81"),
                         QStringLiteral("offset=2,rtt=150,open=80;443,silent=444"),
                         QStringLiteral("offset=3,rtt=300,open=22"),
                         QStringLiteral("offset=4,rtt=2,open=80,silent=81,resets=100"),
                         QStringLiteral("offset=5,rtt=20,jitter=5,open=443,syns=200") }),
            &why))
        PORTOLAN_SKIP(QStringLiteral("no TUN lab here: ") + why);
}

void TestNetLab::exactAtEveryDistance_data()
{
    QTest::addColumn<int>("floorMs");
    QTest::addColumn<int>("retries");
    QTest::newRow("adaptive") << ScanOptions::defaultFloorTimeoutMs << 1;
    QTest::newRow("adaptive, no retries") << ScanOptions::defaultFloorTimeoutMs << 0;
    QTest::newRow("fixed timeout") << 0 << 1;
}

void TestNetLab::exactAtEveryDistance()
{
    QFETCH(int, floorMs);
    QFETCH(int, retries);
    ScanOptions o
        = makeOptions(QStringLiteral("198.18.0.1-3"), QStringLiteral("22,79-82,443-445,1000-1039"));
    o.floorTimeoutMs = floorMs;
    o.retries = retries;
    // Port timing alone: hosts 1 ms and 300 ms apart in one /24 are not a network
    // discovery meets (tst_discovery covers that); every host is scanned.
    o.discovery = ScanOptions::Discovery::Skip;
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QVERIFY2(run.summary.error.isEmpty(), qPrintable(run.summary.error));
    QCOMPARE(run.lines(),
        (QStringList { "198.18.0.1 80 open syn-ack", "198.18.0.1 81 filtered no-response",
            "198.18.0.2 443 open syn-ack", "198.18.0.2 444 filtered no-response",
            "198.18.0.2 80 open syn-ack", "198.18.0.3 22 open syn-ack" }));
    QCOMPARE(run.closedByAddress.value(QStringLiteral("198.18.0.1")), 48u - 2u);
    QCOMPARE(run.closedByAddress.value(QStringLiteral("198.18.0.2")), 48u - 3u);
    QCOMPARE(run.closedByAddress.value(QStringLiteral("198.18.0.3")), 48u - 1u);
    for (const ScanResult &r : run.results)
        QCOMPARE(r.hasLatency(), r.state != PortState::Filtered);
    QVERIFY(run.summary.slowedHosts.isEmpty()); // nobody here drops probes
}

void TestNetLab::hostThatLimitsItsResets()
{
    // 198.18.0.4 answers at most 100 resets a second and drops the rest: its closed
    // ports must come out closed, not filtered, however fast the scan would go. The
    // answers to retries slow the host down (shared by both workers) and give its
    // silent ports nmap's ten retries.
    ScanOptions o = makeOptions(QStringLiteral("198.18.0.4"), QStringLiteral("1-400"));
    const ScanRun run = runScan(o, 120000);
    QVERIFY(run.finished);
    QCOMPARE(run.lines(),
        (QStringList { "198.18.0.4 80 open syn-ack", "198.18.0.4 81 filtered no-response" }));
    QCOMPARE(run.closedByAddress.value(QStringLiteral("198.18.0.4")), 398u);
    // The report says so.
    QCOMPARE(run.summary.slowedHosts.size(), 1);
    QCOMPARE(run.summary.slowedHosts[0].address, QHostAddress(QStringLiteral("198.18.0.4")));
    QVERIFY(run.summary.slowedHosts[0].drops > 0);
    QVERIFY(run.summary.slowedHosts[0].longestDelayMs > 0.0);
}

void TestNetLab::hostThatLimitsItsSyns()
{
    // 198.18.0.5 takes at most 200 SYNs a second (open or not) and drops the rest,
    // 20 ms away with jitter: every port still comes out right, closed or open.
    ScanOptions o = makeOptions(QStringLiteral("198.18.0.5"), QStringLiteral("1-600"));
    const ScanRun run = runScan(o, 120000);
    QVERIFY(run.finished);
    QCOMPARE(run.lines(), QStringList { QStringLiteral("198.18.0.5 443 open syn-ack") });
    QCOMPARE(run.closedByAddress.value(QStringLiteral("198.18.0.5")), 599u);
    QCOMPARE(run.summary.slowedHosts.size(), 1);
}

PORTOLAN_NETNS_TEST_MAIN(TestNetLab)
#include "tst_netlab.moc"
