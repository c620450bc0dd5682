#include <QFile>
#include <QHostInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "common/isolatedtest.h"
#include "common/listeners.h"
#include "common/netns.h"
#include "common/skip.h"
#include "core/engine/allportswatch.h"
#include "core/scanharness.h"

// Engine tests. The process runs in a private network namespace (see main), so
// every address it scans, and every port sweep, stays inside it.
class TestScanJob : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void init();
    void openAndClosedExact();
    void filteredByFullQueue();
    void firewallLab();
    void hostAnsweringEveryPortIsRecognised();
    void allPortsWatchHoldsAndReleases();
    void banners();
    void selfConnectSweep();
    void resultsComeInBatches();
    void unresolvedTargetDoesNotStopOthers();
    void cancelMidSweep();
    void pauseAndResume();
    void emptyAfterResolution();
    void tenScansLeaveNoGrowth();
    void resolveFirstOrAll();

private:
};

void TestScanJob::init()
{
    if (!m_isolated)
        PORTOLAN_SKIP(QStringLiteral("engine tests need a private network namespace: ") + m_why);
}

void TestScanJob::openAndClosedExact()
{
    Listeners l;
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 20001));
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 20007));
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.2")), 20003));
    QVERIFY(l.listen(QHostAddress(QStringLiteral("::1")), 20010));
    ScanOptions o
        = makeOptions(QStringLiteral("127.0.0.1 127.0.0.2,[::1]"), QStringLiteral("20000-20010"));
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    QCOMPARE(run.lines(),
        (QStringList { "127.0.0.1 20001 open syn-ack", "127.0.0.1 20007 open syn-ack",
            "127.0.0.2 20003 open syn-ack", "::1 20010 open syn-ack" }));
    QCOMPARE(run.closedByAddress.value(QStringLiteral("127.0.0.1")), 9u);
    QCOMPARE(run.closedByAddress.value(QStringLiteral("127.0.0.2")), 10u);
    QCOMPARE(run.closedByAddress.value(QStringLiteral("::1")), 10u);
    QCOMPARE(run.summary.progress.done, 33u);
    QCOMPARE(run.summary.progress.total, 33u);
    QCOMPARE(run.summary.progress.open, 4u);
    QCOMPARE(run.summary.progress.closed, 29u);
    QCOMPARE(run.summary.hostCount, 3u);
    QVERIFY(!run.summary.cancelled);
    // Every listed port answered, within the timeout that applied to it.
    for (const ScanResult &r : run.results)
        QVERIFY(r.hasLatency() && r.latencyMs < o.timeoutMs);

    o.keepClosed = true;
    const ScanRun all = runScan(o);
    QCOMPARE(all.results.size(), 33);
    QCOMPARE(all.lines().filter(QStringLiteral("closed conn-refused")).size(), 29);
}

void TestScanJob::filteredByFullQueue()
{
    Listeners l;
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 20101));
    QVERIFY(l.listenFull(QHostAddress(QStringLiteral("127.0.0.1")), 20102));
    ScanOptions o = makeOptions(QStringLiteral("127.0.0.1"), QStringLiteral("20100-20103"));
    o.timeoutMs = 300;
    o.retries = 1;
    const ScanRun run = runScan(o);
    QCOMPARE(run.lines(),
        (QStringList { "127.0.0.1 20101 open syn-ack", "127.0.0.1 20102 filtered no-response" }));
    QCOMPARE(run.closedByAddress.value(QStringLiteral("127.0.0.1")), 2u);
    // A port that never answered has no latency; one that answered has one.
    for (const ScanResult &r : run.results)
        QCOMPARE(r.hasLatency(), r.state != PortState::Filtered);
}

void TestScanJob::hostAnsweringEveryPortIsRecognised()
{
    if (!TestNet::canUseIptables())
        PORTOLAN_SKIP(QStringLiteral(
            "a host that answers on every port needs iptables in the test's namespace (root)"));
    // 127.0.0.5 accepts on every port, as a tarpit or a firewall that answers for a
    // host does: every connect to it goes to one listener that accepts, greets and closes.
    Listeners l;
    QVERIFY(l.listenWithBanner(QHostAddress(QStringLiteral("127.0.0.1")), 30999, "hello\r\n"));
    QCOMPARE(TestNet::run({ QStringLiteral("iptables"), QStringLiteral("-t"), QStringLiteral("nat"),
                 QStringLiteral("-A"), QStringLiteral("OUTPUT"), QStringLiteral("-p"),
                 QStringLiteral("tcp"), QStringLiteral("-d"), QStringLiteral("127.0.0.5"),
                 QStringLiteral("-j"), QStringLiteral("REDIRECT"), QStringLiteral("--to-ports"),
                 QStringLiteral("30999") }),
        0);
    const auto flush = qScopeGuard([] {
        TestNet::run({ QStringLiteral("iptables"), QStringLiteral("-t"), QStringLiteral("nat"),
            QStringLiteral("-F") });
    });
    // 20 open ports among 200 on 127.0.0.1: an ordinary host, every open port detected.
    for (quint16 port = 31000; port < 31020; ++port)
        QVERIFY(l.listenWithBanner(QHostAddress(QStringLiteral("127.0.0.1")), port, "hi\r\n"));
    ScanOptions o
        = makeOptions(QStringLiteral("127.0.0.5 127.0.0.1"), QStringLiteral("31000-31199"));
    o.detectServices = true;
    o.serviceTimeoutMs = 1000;
    const ScanRun run = runScan(o);
    QVERIFY(run.finished);
    int open5 = 0;
    int open1 = 0;
    for (const ScanResult &r : run.results) {
        if (r.state == PortState::Open)
            ++(r.address == QHostAddress(QStringLiteral("127.0.0.5")) ? open5 : open1);
    }
    QCOMPARE(open5, 200);
    QCOMPARE(open1, 20);
    QCOMPARE(run.allPortsAnswer, QSet<QString> { QStringLiteral("127.0.0.5") });
    // Detection looked at a bounded share of the tarpit and at every port of the other.
    QCOMPARE(run.detected.value(QStringLiteral("127.0.0.1")), 20);
    QVERIFY(run.detected.value(QStringLiteral("127.0.0.5")) <= AllPortsWatch::detectFirst);
}

void TestScanJob::allPortsWatchHoldsAndReleases()
{
    const auto open = [](quint32 host, int from, int to) {
        QList<ScanResult> out;
        for (int port = from; port < to; ++port)
            out.append(ScanResult::make(host, QStringLiteral("h"), QHostAddress::LocalHost,
                static_cast<quint16>(port), PortState::Open, PortReason::SynAck, 1.0));
        return out;
    };
    AllPortsWatch w;
    // Host 1: 20 open ports before anything else: 16 go, 4 wait.
    QList<ScanResult> batch = open(1, 1, 21);
    QVERIFY(w.count(batch, {}).isEmpty());
    QCOMPARE(w.forDetection(batch).size(), AllPortsWatch::detectFirst);
    QVERIFY(w.release(false).isEmpty());
    // Then closed ports: an ordinary host after all, the 4 go.
    QVERIFY(w.count({}, { { 1, 50 } }).isEmpty());
    QCOMPARE(w.release(false).size(), 4);
    QVERIFY(!w.answersEverywhere(1));
    // Host 2: 70 open, nothing else: recognised, and what waited never goes.
    batch = open(2, 1, 30);
    QVERIFY(w.count(batch, {}).isEmpty());
    QCOMPARE(w.forDetection(batch).size(), AllPortsWatch::detectFirst);
    batch = open(2, 30, 71);
    QCOMPARE(w.count(batch, {}), QList<quint32> { 2 });
    QVERIFY(w.forDetection(batch).isEmpty());
    QVERIFY(w.release(true).isEmpty());
    QVERIFY(w.answersEverywhere(2));
    // Host 3: 20 open and the scan ends below the threshold: the held ones go at the end.
    batch = open(3, 1, 21);
    w.count(batch, {});
    QCOMPARE(w.forDetection(batch).size(), AllPortsWatch::detectFirst);
    QVERIFY(w.release(false).isEmpty());
    QCOMPARE(w.release(true).size(), 4);
    QVERIFY(!w.answersEverywhere(3));
}

void TestScanJob::firewallLab()
{
    if (!TestNet::canUseIptables())
        PORTOLAN_SKIP(QStringLiteral(
            "firewall lab skipped: needs root and iptables inside the test's network namespace"));
    const QString ipt = QStringLiteral("iptables");
    auto rule
        = [&](const QString &chain, int port, const QString &target, const QString &with = {}) {
              QStringList args { ipt, QStringLiteral("-A"), chain, QStringLiteral("-p"),
                  QStringLiteral("tcp"), QStringLiteral("--syn"), QStringLiteral("--dport"),
                  QString::number(port), QStringLiteral("-j"), target };
              if (!with.isEmpty())
                  args << QStringLiteral("--reject-with") << with;
              QString out;
              const int rc = TestNet::run(args, &out);
              if (rc != 0)
                  qWarning("%s", qPrintable(out));
              return rc == 0;
          };
    Listeners l;
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 21000));
    QVERIFY(
        l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 21001)); // dropped despite the listener
    QVERIFY(rule(QStringLiteral("INPUT"), 21001, QStringLiteral("DROP")));
    QVERIFY(rule(
        QStringLiteral("INPUT"), 21002, QStringLiteral("REJECT"), QStringLiteral("tcp-reset")));
    QVERIFY(rule(QStringLiteral("INPUT"), 21003, QStringLiteral("REJECT"),
        QStringLiteral("icmp-port-unreachable")));
    QVERIFY(rule(QStringLiteral("INPUT"), 21004, QStringLiteral("REJECT"),
        QStringLiteral("icmp-host-unreachable")));
    QVERIFY(rule(QStringLiteral("INPUT"), 21005, QStringLiteral("REJECT"),
        QStringLiteral("icmp-net-unreachable")));
    QVERIFY(rule(QStringLiteral("INPUT"), 21006, QStringLiteral("REJECT"),
        QStringLiteral("icmp-admin-prohibited")));
    // A SYN dropped on the way out is not reported to connect(): it times out.
    QVERIFY(rule(QStringLiteral("OUTPUT"), 21007, QStringLiteral("DROP")));
    ScanOptions o = makeOptions(QStringLiteral("127.0.0.1"), QStringLiteral("21000-21008"));
    o.timeoutMs = 400;
    o.keepClosed = true;
    const ScanRun run = runScan(o);
    QString nmapOut;
    const bool haveNmap = !QStandardPaths::findExecutable(QStringLiteral("nmap")).isEmpty();
    if (haveNmap) {
        // The same lab through nmap -sT: its port-to-state map must agree with ours.
        QVERIFY(TestNet::run(
                    { QStringLiteral("nmap"), QStringLiteral("-sT"), QStringLiteral("-n"),
                        QStringLiteral("-Pn"), QStringLiteral("--max-retries"), QStringLiteral("1"),
                        QStringLiteral("-p"), QStringLiteral("21000-21008"), QStringLiteral("-oG"),
                        QStringLiteral("-"), QStringLiteral("127.0.0.1") },
                    &nmapOut)
            == 0);
    }
    TestNet::run({ ipt, QStringLiteral("-F") });
    TestNet::run({ ipt, QStringLiteral("-F"), QStringLiteral("OUTPUT") });
    if (haveNmap) {
        QMap<int, QString> nmapStates;
        const QString ports
            = nmapOut.section(QStringLiteral("Ports: "), 1).section(QLatin1Char('\t'), 0, 0);
        for (const QString &entry : ports.split(QStringLiteral(", "), Qt::SkipEmptyParts))
            nmapStates[entry.section(QLatin1Char('/'), 0, 0).toInt()]
                = entry.section(QLatin1Char('/'), 1, 1);
        QMap<int, QString> ours;
        for (const ScanResult &r : run.results)
            ours[r.port] = portStateName(r.state);
        QCOMPARE(nmapStates, ours);
    } else {
        qWarning("nmap is not installed: the cross-check against nmap -sT was skipped");
    }
    QCOMPARE(run.lines(),
        (QStringList {
            "127.0.0.1 21000 open syn-ack",
            "127.0.0.1 21001 filtered no-response",
            "127.0.0.1 21002 closed conn-refused",
            "127.0.0.1 21003 closed conn-refused",
            "127.0.0.1 21004 filtered host-unreach",
            "127.0.0.1 21005 filtered net-unreach",
            "127.0.0.1 21006 filtered host-unreach",
            "127.0.0.1 21007 filtered no-response",
            "127.0.0.1 21008 closed conn-refused",
        }));
}

void TestScanJob::banners()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 20201));
    const QByteArray greeting("SSH-2.0-Portolan_Test\r\n<b>x</b>\x01");
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            s->write(greeting);
            s->flush();
        }
    });
    Listeners quiet;
    QVERIFY(quiet.listen(QHostAddress(QStringLiteral("127.0.0.1")), 20202)); // says nothing
    QTcpServer chatty;
    QVERIFY(chatty.listen(QHostAddress(QStringLiteral("127.0.0.1")), 20203));
    connect(&chatty, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = chatty.nextPendingConnection())
            s->write(QByteArray(2000, 'a'));
    });
    ScanOptions o = makeOptions(QStringLiteral("127.0.0.1"), QStringLiteral("20201-20203"));
    o.grabBanners = true;
    const ScanRun run = runScan(o);
    QCOMPARE(run.results.size(), 3);
    QMap<quint16, QByteArray> got;
    for (const ScanResult &r : run.results) {
        QCOMPARE(r.state, PortState::Open);
        got[r.port] = r.banner;
    }
    QCOMPARE(got.value(20201), greeting);
    QCOMPARE(got.value(20202), QByteArray());
    QCOMPARE(got.value(20203), QByteArray(512, 'a'));
}

void TestScanJob::selfConnectSweep()
{
    // The whole ephemeral range of 127.0.0.1: a self-connect must never show as open.
    Listeners l;
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 40000));
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 55555));
    const int before = TestNet::openDescriptorCount();
    const ScanRun run
        = runScan(makeOptions(QStringLiteral("127.0.0.1"), QStringLiteral("32768-60999")));
    QCOMPARE(run.lines(),
        (QStringList { "127.0.0.1 40000 open syn-ack", "127.0.0.1 55555 open syn-ack" }));
    QCOMPARE(run.closedByAddress.value(QStringLiteral("127.0.0.1")), 60999u - 32768u + 1u - 2u);
    QCOMPARE(TestNet::openDescriptorCount(), before);
}

void TestScanJob::resultsComeInBatches()
{
    ScanOptions o = makeOptions(QStringLiteral("127.0.0.1"), QStringLiteral("1-20000"));
    o.keepClosed = true;
    const ScanRun run = runScan(o);
    QCOMPARE(run.results.size(), 20000);
    // At most one batch a tick (50 ms), plus one when each worker ends and the
    // last ones: never a signal per probe, however fast or slow the machine.
    const qint64 ticks = run.summary.progress.elapsedMs / 50;
    QVERIFY2(run.batches <= ticks + 10,
        qPrintable(QStringLiteral("%1 batches in %2 ticks").arg(run.batches).arg(ticks)));
}

void TestScanJob::unresolvedTargetDoesNotStopOthers()
{
    Listeners l;
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 20301));
    const ScanRun run = runScan(
        makeOptions(QStringLiteral("no-such-host.invalid 127.0.0.1"), QStringLiteral("20301")));
    QCOMPARE(run.failures.size(), 1);
    QVERIFY2(run.failures.first().startsWith(QStringLiteral("cannot resolve no-such-host.invalid")),
        qPrintable(run.failures.first()));
    QCOMPARE(run.summary.targetErrors, run.failures);
    QCOMPARE(run.lines(), QStringList { "127.0.0.1 20301 open syn-ack" });
}

void TestScanJob::cancelMidSweep()
{
    const int before = TestNet::openDescriptorCount();
    ScanOptions o = makeOptions(QStringLiteral("127.0.0.1"), QStringLiteral("1-65535"));
    o.concurrency = 1;
    o.workers = 1;
    o.keepClosed = true;
    // Names are tst_names's (the resolver's thread holds a descriptor of its own
    // for 30 s after its first lookup, which this count would take for a leak).
    o.reverseDns = false;
    ScanJob job;
    ScanRun run;
    connectRun(&job, &run);
    QSignalSpy progress(&job, &ScanJob::progressChanged);
    job.start(o);
    QSignalSpy batches(&job, &ScanJob::resultsReady);
    QVERIFY(batches.wait(10000));
    QVERIFY(job.isRunning());
    QSignalSpy finished(&job, &ScanJob::finished);
    job.cancel();
    QVERIFY(finished.wait(10000)); // how soon is a benchmark's question, not a test's
    QVERIFY(run.summary.cancelled);
    QVERIFY(run.summary.progress.done < 65535);
    QVERIFY(!job.isRunning());
    const int resultsAtFinish = static_cast<int>(run.results.size());
    QVERIFY(!batches.wait(200)); // no batch after finished()
    QCOMPARE(run.resultsAfterFinished, 0);
    QCOMPARE(run.results.size(), resultsAtFinish);
    QCOMPARE(TestNet::openDescriptorCount(), before);
}

void TestScanJob::pauseAndResume()
{
    ScanOptions o = makeOptions(QStringLiteral("127.0.0.1"), QStringLiteral("1-30000"));
    o.concurrency = 1;
    o.workers = 1;
    ScanJob job;
    ScanRun run;
    connectRun(&job, &run);
    job.start(o);
    QTRY_VERIFY(job.progress().done > 0);
    job.pause();
    QVERIFY(job.isPaused());
    // Paused, the job still ticks: wait for ticks until the probes in flight have
    // landed, then several more in which nothing moves.
    QSignalSpy ticks(&job, &ScanJob::progressChanged);
    quint64 frozen = job.progress().done;
    for (int i = 0; i < 40; ++i) {
        QVERIFY(ticks.wait(2000));
        const quint64 now = job.progress().done;
        if (now == frozen && i >= 3)
            break;
        frozen = now;
    }
    for (int i = 0; i < 5; ++i)
        QVERIFY(ticks.wait(2000));
    QCOMPARE(job.progress().done, frozen);
    QVERIFY(frozen < 30000);
    QVERIFY(job.progress().paused);
    job.resume();
    QTRY_VERIFY_WITH_TIMEOUT(run.finished, 60000);
    QCOMPARE(run.summary.progress.done, 30000u);
    QCOMPARE(run.closedByAddress.value(QStringLiteral("127.0.0.1")), 30000u);
}

void TestScanJob::emptyAfterResolution()
{
    const ScanRun run
        = runScan(makeOptions(QStringLiteral("no-such-host.invalid"), QStringLiteral("22")));
    QVERIFY(run.finished);
    QCOMPARE(run.failures.size(), 1);
    QCOMPARE(run.summary.hostCount, 0u);
    QCOMPARE(run.summary.progress.done, 0u);
}

void TestScanJob::resolveFirstOrAll()
{
    // Compare with what the system's resolver says about "localhost" here.
    const QList<QHostAddress> addresses
        = QHostInfo::fromName(QStringLiteral("localhost")).addresses();
    if (addresses.isEmpty())
        PORTOLAN_SKIP(QStringLiteral("localhost does not resolve on this machine"));
    Listeners l;
    QStringList expectedAll;
    for (const QHostAddress &a : addresses) {
        QVERIFY(l.listen(a, 20401));
        expectedAll.append(QStringLiteral("%1 20401 open syn-ack").arg(a.toString()));
    }
    expectedAll.sort();
    // A name means its first IPv4 address, like nmap (Debian's stock /etc/hosts
    // gives ::1 before 127.0.0.1 for localhost); the first of any family where it
    // has no IPv4 one.
    QHostAddress expectedFirst = addresses.first();
    for (const QHostAddress &a : addresses) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol) {
            expectedFirst = a;
            break;
        }
    }
    ScanOptions o = makeOptions(QStringLiteral("localhost"), QStringLiteral("20401"));
    const ScanRun first = runScan(o);
    QCOMPARE(first.summary.hostCount, 1u);
    QCOMPARE(first.lines(),
        QStringList { QStringLiteral("%1 20401 open syn-ack").arg(expectedFirst.toString()) });
    QCOMPARE(first.results.first().host, QStringLiteral("localhost"));
    o.resolveAll = true;
    const ScanRun all = runScan(o);
    QCOMPARE(all.summary.hostCount, quint32(addresses.size()));
    QCOMPARE(all.lines(), expectedAll);
}

void TestScanJob::tenScansLeaveNoGrowth()
{
    Listeners l;
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 22222));
    ScanOptions o = makeOptions(QStringLiteral("127.0.0.1 ::1"), QStringLiteral("20000-25000"));
    o.keepClosed = true;
    o.grabBanners = true;
    int fdsAfterFirst = 0;
    long rssAfterFirst = 0;
    for (int i = 0; i < 10; ++i) {
        const ScanRun run = runScan(o);
        QCOMPARE(run.results.size(), 10002);
        QCOMPARE(run.lines().filter(QStringLiteral(" open ")),
            QStringList { "127.0.0.1 22222 open syn-ack" });
        if (i == 0) {
            fdsAfterFirst = TestNet::openDescriptorCount();
            rssAfterFirst = TestNet::residentKb();
        }
    }
    QCOMPARE(TestNet::openDescriptorCount(), fdsAfterFirst);
#if defined(__SANITIZE_ADDRESS__)
    // ASan keeps freed memory in quarantine, so resident memory grows by design;
    // LeakSanitizer checks for leaks in that build instead.
    qInfo(
        "AddressSanitizer build: resident-memory growth not checked (LeakSanitizer checks leaks)");
    Q_UNUSED(rssAfterFirst);
#else
    const long growth = TestNet::residentKb() - rssAfterFirst;
    QVERIFY2(growth < 4096,
        qPrintable(QStringLiteral("resident memory grew by %1 KiB over nine scans").arg(growth)));
#endif
}

PORTOLAN_NETNS_TEST_MAIN(TestScanJob)
#include "tst_scanjob.moc"
