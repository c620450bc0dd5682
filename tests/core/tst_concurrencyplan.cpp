#include <QtTest>

#include "core/engine/concurrencyplan.h"

// The plan ScanJob follows, tried on machines of any size: how many workers,
// each one's window, and discovery's share.
class TestConcurrencyPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void requestCappedByDescriptors();
    void windowsAddUpToTheBudget();
    void udpHasAThreadOfItsOwn();
};

namespace {

constexpr long long plenty = 1000000;

QString windowsText(const QList<int> &windows)
{
    QStringList out;
    for (int w : windows)
        out.append(QString::number(w));
    return out.join(QLatin1Char(','));
}

} // namespace

void TestConcurrencyPlan::plan_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<qlonglong>("descriptors");
    QTest::addColumn<int>("idealThreads");
    QTest::addColumn<bool>("paced");
    QTest::addColumn<qulonglong>("total");
    QTest::addColumn<bool>("discovery");
    QTest::addColumn<bool>("discoveryOnly");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<QString>("windows");
    QTest::addColumn<int>("discoveryWindow");
    QTest::addColumn<int>("threads");

    QTest::newRow("automatic, two cores") << 0 << plenty << 2 << false << qulonglong(65535) << false
                                          << false << 2048 << "1024,1024" << 0 << 2;
    QTest::newRow("few descriptors cap a request at four times the budget")
        << 100 << 10LL << 8 << false << qulonglong(1000) << false << false << 40 << "10,10,10,10"
        << 0 << 4;
    QTest::newRow("at most four workers") << 0 << plenty << 16 << false << qulonglong(65535)
                                          << false << false << 2048 << "512,512,512,512" << 0 << 4;
    QTest::newRow("a small scan gets one worker") << 0 << plenty << 2 << false << qulonglong(10)
                                                  << false << false << 2048 << "2048" << 0 << 1;
    QTest::newRow("a delay between connects: one worker")
        << 0 << plenty << 4 << true << qulonglong(65535) << false << false << 2048 << "2048" << 0
        << 1;
    QTest::newRow("uneven split") << 10 << plenty << 4 << false << qulonglong(65535) << false
                                  << false << 10 << "3,3,2,2" << 0 << 4;
    QTest::newRow("fewer sockets than workers") << 3 << plenty << 4 << false << qulonglong(65535)
                                                << false << false << 3 << "1,1,1" << 0 << 3;
    QTest::newRow("discovery gets spare descriptors of its own")
        << 0 << plenty << 2 << false << qulonglong(65535) << true << false << 6144 << "1024,1024"
        << 4096 << 3;
    QTest::newRow("discovery with few spare descriptors takes half")
        << 0 << 1000LL << 2 << false << qulonglong(65535) << true << false << 1000 << "250,250"
        << 500 << 3;
    QTest::newRow("discovery beside a requested window takes half")
        << 200 << plenty << 2 << false << qulonglong(65535) << true << false << 200 << "50,50"
        << 100 << 3;
    QTest::newRow("discovery and three sockets")
        << 3 << plenty << 4 << false << qulonglong(65535) << true << false << 3 << "1,1" << 1 << 4;
    QTest::newRow("discovery only, automatic")
        << 0 << 1000LL << 2 << false << qulonglong(256) << true << true << 1000 << "" << 1000 << 3;
    QTest::newRow("discovery only, requested")
        << 64 << plenty << 2 << false << qulonglong(256) << true << true << 64 << "" << 64 << 3;
}

void TestConcurrencyPlan::plan()
{
    ConcurrencyPlan::Inputs in;
    QFETCH(int, requested);
    QFETCH(qlonglong, descriptors);
    QFETCH(int, idealThreads);
    QFETCH(bool, paced);
    QFETCH(qulonglong, total);
    QFETCH(bool, discovery);
    QFETCH(bool, discoveryOnly);
    in.requested = requested;
    in.descriptors = descriptors;
    in.idealThreads = idealThreads;
    in.paced = paced;
    in.total = total;
    in.discovery = discovery;
    in.discoveryOnly = discoveryOnly;
    const ConcurrencyPlan plan = ConcurrencyPlan::make(in);
    QTEST(plan.concurrency, "concurrency");
    QTEST(windowsText(plan.windows), "windows");
    QTEST(plan.discoveryWindow, "discoveryWindow");
    QTEST(plan.threads, "threads");
}

void TestConcurrencyPlan::requestCappedByDescriptors()
{
    QCOMPARE(ConcurrencyPlan::automatic(-5), 1);
    QCOMPARE(ConcurrencyPlan::automatic(300), 300);
    QCOMPARE(ConcurrencyPlan::automatic(plenty), ConcurrencyPlan::maxAutomatic);
    QCOMPARE(ConcurrencyPlan::forRequest(0, 300), 300);
    QCOMPARE(ConcurrencyPlan::forRequest(5000, 300), 1200);
    QCOMPARE(ConcurrencyPlan::forRequest(700, 300), 700);
}

void TestConcurrencyPlan::windowsAddUpToTheBudget()
{
    // Whatever the machine, the windows share the scan's sockets exactly, and no
    // worker gets an empty window.
    for (int requested : { 0, 1, 2, 7, 100, 5000 }) {
        for (int cores : { 1, 2, 3, 8 }) {
            for (bool discovery : { false, true }) {
                ConcurrencyPlan::Inputs in;
                in.requested = requested;
                in.descriptors = 900;
                in.idealThreads = cores;
                in.total = 100000;
                in.discovery = discovery;
                const ConcurrencyPlan plan = ConcurrencyPlan::make(in);
                int sum = 0;
                for (int w : plan.windows) {
                    QVERIFY(w >= 1);
                    sum += w;
                }
                QVERIFY(!plan.windows.isEmpty());
                QCOMPARE(sum + plan.discoveryWindow, plan.concurrency);
                // A thread for every worker (the pool may hold one more than is used).
                QVERIFY(plan.threads >= int(plan.windows.size()) + (discovery ? 1 : 0));
            }
        }
    }
}

// UDP ports: one more thread (a socket per family serves them all); a scan of
// UDP ports alone has no TCP workers, but keeps its discovery thread.
void TestConcurrencyPlan::udpHasAThreadOfItsOwn()
{
    ConcurrencyPlan::Inputs in;
    in.descriptors = plenty;
    in.idealThreads = 2;
    in.total = 2000;
    in.udp = true;
    ConcurrencyPlan both = ConcurrencyPlan::make(in);
    QVERIFY(both.udpWorker);
    QCOMPARE(both.windows.size(), 2);
    QCOMPARE(both.threads, 3);
    in.tcp = false;
    const ConcurrencyPlan udpOnly = ConcurrencyPlan::make(in);
    QVERIFY(udpOnly.udpWorker);
    QVERIFY(udpOnly.windows.isEmpty());
    QCOMPARE(udpOnly.threads, 1);
    in.discovery = true;
    const ConcurrencyPlan withDiscovery = ConcurrencyPlan::make(in);
    QVERIFY(withDiscovery.discoveryWindow > 0);
    QCOMPARE(withDiscovery.threads, 2);
    in.discoveryOnly = true;
    const ConcurrencyPlan discoveryOnly = ConcurrencyPlan::make(in);
    QVERIFY(!discoveryOnly.udpWorker);
    QVERIFY(discoveryOnly.windows.isEmpty());
}

QTEST_GUILESS_MAIN(TestConcurrencyPlan)
#include "tst_concurrencyplan.moc"
