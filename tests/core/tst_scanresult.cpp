#include <cerrno>

#include <QTest>

#include "core/platform/socketops.h"
#include "core/results/scanresult.h"

class TestScanResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void names();
    void shortages();
};

void TestScanResult::classify_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("reason");
    QTest::newRow("refused") << ECONNREFUSED << "closed"
                             << "conn-refused";
    QTest::newRow("host unreachable") << EHOSTUNREACH << "filtered"
                                      << "host-unreach";
    QTest::newRow("net unreachable") << ENETUNREACH << "filtered"
                                     << "net-unreach";
    QTest::newRow("EACCES") << EACCES << "filtered"
                            << "admin-prohibited";
    QTest::newRow("EPERM") << EPERM << "filtered"
                           << "admin-prohibited";
    QTest::newRow("timed out") << ETIMEDOUT << "filtered"
                               << "no-response";
    QTest::newRow("other") << EINVAL << "filtered"
                           << "local-error";
    QTest::newRow("connected") << 0 << "open"
                               << "syn-ack";
}

void TestScanResult::classify()
{
    QFETCH(int, error);
    QFETCH(QString, state);
    QFETCH(QString, reason);
    PortState s = PortState::Open;
    PortReason r = PortReason::SynAck;
    classifyOutcome(SocketOps::outcomeFromError(error), &s, &r);
    QCOMPARE(portStateName(s), state);
    QCOMPARE(portReasonName(r), reason);
}

void TestScanResult::names()
{
    for (PortState s : { PortState::Open, PortState::Closed, PortState::Filtered }) {
        PortState parsed = PortState::Open;
        QVERIFY(parsePortState(portStateName(s), &parsed));
        QCOMPARE(parsed, s);
    }
    PortState unused = PortState::Open;
    QVERIFY(!parsePortState(QStringLiteral("unknown"), &unused));
}

void TestScanResult::shortages()
{
    // Running out of descriptors or local ports says nothing about the port.
    for (int error : { EMFILE, ENFILE, ENOBUFS, ENOMEM, EADDRNOTAVAIL, EAGAIN })
        QCOMPARE(SocketOps::outcomeFromError(error), ConnectOutcome::Shortage);
    PortState s = PortState::Open;
    PortReason r = PortReason::SynAck;
    classifyOutcome(ConnectOutcome::SelfConnect, &s, &r);
    QCOMPARE(s, PortState::Closed);
    QCOMPARE(r, PortReason::ConnRefused);
}

QTEST_APPLESS_MAIN(TestScanResult)
#include "tst_scanresult.moc"
