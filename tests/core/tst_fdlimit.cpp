#include <sys/resource.h>

#include <QFile>
#include <QScopeGuard>
#include <QTest>

#include "common/isolatedtest.h"
#include "common/listeners.h"
#include "common/netns.h"
#include "common/skip.h"
#include "core/platform/systemlimits.h"
#include "core/scanharness.h"

// With only 64 file descriptors, the scan must shrink its window and still be exact.
class TestFdLimit : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void exactWithLocalPortsExhausted();
    void exactWhenDescriptorsRunOut();
};

void TestFdLimit::exactWithLocalPortsExhausted()
{
    if (!m_isolated)
        PORTOLAN_SKIP(m_why);
    if (!TestNet::canUseIptables())
        PORTOLAN_SKIP(QStringLiteral(
            "local-port exhaustion needs iptables in the test's namespace (root) to keep probes "
            "in flight"));
    Listeners l;
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 30005));
    QVERIFY(l.listenFull(QHostAddress(QStringLiteral("127.0.0.1")), 31000));
    QCOMPARE(TestNet::run({ QStringLiteral("iptables"), QStringLiteral("-A"),
                 QStringLiteral("INPUT"), QStringLiteral("-p"), QStringLiteral("tcp"),
                 QStringLiteral("--syn"), QStringLiteral("--dport"), QStringLiteral("30100:30119"),
                 QStringLiteral("-j"), QStringLiteral("DROP") }),
        0);
    // Connects to different destinations may share a local port, so the ports run out
    // only for the same destination: list the host three times and leave two ports.
    // The namespace's own setting, put back however the test ends.
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    QVERIFY(range.open(QIODevice::ReadOnly));
    const QByteArray savedRange = range.readAll();
    range.close();
    const auto restoreRange = qScopeGuard([&] {
        TestNet::run({ QStringLiteral("iptables"), QStringLiteral("-F") });
        if (range.open(QIODevice::WriteOnly)) {
            range.write(savedRange);
            range.close();
        }
    });
    QVERIFY(range.open(QIODevice::WriteOnly));
    QVERIFY(range.write("40000 40001\n") > 0 && range.flush());
    range.close();
    ScanOptions o = makeOptions(
        QStringLiteral("127.0.0.1 127.0.0.1 127.0.0.1"), QStringLiteral("30000-30200,31000"));
    o.timeoutMs = 300;
    o.concurrency = 300;
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QVERIFY2(run.summary.error.isEmpty(), qPrintable(run.summary.error));
    QStringList expected;
    for (int copy = 0; copy < 3; ++copy) {
        expected << QStringLiteral("127.0.0.1 30005 open syn-ack")
                 << QStringLiteral("127.0.0.1 31000 filtered no-response");
        for (int port = 30100; port <= 30119; ++port)
            expected << QStringLiteral("127.0.0.1 %1 filtered no-response").arg(port);
    }
    expected.sort();
    QCOMPARE(run.lines(), expected);
    QCOMPARE(run.closedByAddress.value(QStringLiteral("127.0.0.1")), 3u * (201u - 21u));
    // The local ports did run out: probes waited for one, and still came out exact.
    QVERIFY2(run.summary.shortages > 0, "no connect ever lacked a local port");
}

void TestFdLimit::exactWhenDescriptorsRunOut()
{
    if (!m_isolated)
        PORTOLAN_SKIP(m_why);
    Listeners l;
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 30005));
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 33333));
    QVERIFY(l.listenFull(QHostAddress(QStringLiteral("127.0.0.1")), 31000));
    // The engine raises the soft limit to the hard one once per process: let it do that
    // now, then lower the soft limit alone, which the test can always put back.
    SystemLimits::raiseFileLimit();
    rlimit saved {};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
    const auto restoreLimit = qScopeGuard([&saved] { setrlimit(RLIMIT_NOFILE, &saved); });
    const QStringList answered { "127.0.0.1 30005 open syn-ack",
        "127.0.0.1 31000 filtered no-response", "127.0.0.1 33333 open syn-ack" };
    // 64 descriptors, automatic concurrency: refused ports end inside connect(), so
    // few are ever in flight.
    const rlimit small { 64, saved.rlim_max };
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &small), 0);
    ScanOptions o = makeOptions(QStringLiteral("127.0.0.1"), QStringLiteral("30000-34000"));
    o.timeoutMs = 300;
    const ScanRun automatic = runScan(o);
    QVERIFY(automatic.finished);
    QVERIFY2(automatic.summary.error.isEmpty(), qPrintable(automatic.summary.error));
    QCOMPARE(automatic.lines(), answered);
    QCOMPARE(automatic.closedByAddress.value(QStringLiteral("127.0.0.1")), 4001u - 3u);

    // 256 descriptors, 1000 asked for, 1000 ports that never answer: the engine allows
    // four times its automatic budget (free descriptors less a reserve of 48), more
    // than are free, and the dropped ports hold their sockets, so descriptors run out,
    // while closed and open ports are scanned beside them. Only SYNs are dropped
    // (--syn): the rule must not match the answers, whose destination is the
    // connecting socket's own port, and the kernel takes those from 32768-60999. A
    // rule on every packet to 32000-32999 lost about one answer in a hundred, to
    // Portolan as to nmap -sT, and made open ports look filtered now and then.
    if (!TestNet::canUseIptables())
        PORTOLAN_SKIP(QStringLiteral("running out of descriptors needs iptables in the test's "
                                     "namespace (root) to keep probes in flight"));
    QCOMPARE(TestNet::run({ QStringLiteral("iptables"), QStringLiteral("-A"),
                 QStringLiteral("INPUT"), QStringLiteral("-p"), QStringLiteral("tcp"),
                 QStringLiteral("--syn"), QStringLiteral("--dport"), QStringLiteral("32000:32999"),
                 QStringLiteral("-j"), QStringLiteral("DROP") }),
        0);
    const auto flush = qScopeGuard([] {
        TestNet::run({ QStringLiteral("iptables"), QStringLiteral("-F") });
    });
    const rlimit some { 256, saved.rlim_max };
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &some), 0);
    o = makeOptions(QStringLiteral("127.0.0.1"), QStringLiteral("30000-31000,32000-32999,33333"));
    o.timeoutMs = 300;
    o.concurrency = 1000;
    o.retries = 0;
    const ScanRun many = runScan(o);
    QVERIFY(many.finished);
    QVERIFY2(many.summary.error.isEmpty(), qPrintable(many.summary.error));
    QStringList expected = answered;
    for (int port = 32000; port <= 32999; ++port)
        expected.append(QStringLiteral("127.0.0.1 %1 filtered no-response").arg(port));
    expected.sort();
    QCOMPARE(many.lines(), expected);
    QCOMPARE(many.closedByAddress.value(QStringLiteral("127.0.0.1")), 1001u - 2u);
    QVERIFY2(many.summary.shortages > 0, "no connect ever lacked a descriptor");
}

PORTOLAN_NETNS_TEST_MAIN(TestFdLimit)
#include "tst_fdlimit.moc"
