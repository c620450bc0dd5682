#include <cerrno>

#include <QTest>

#include "core/scanresult.h"

class TestScanResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void names();
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
}

void TestScanResult::classify()
{
    QFETCH(int, error);
    QFETCH(QString, state);
    QFETCH(QString, reason);
    PortState s = PortState::Open;
    PortReason r = PortReason::SynAck;
    classifyConnectError(error, &s, &r);
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

QTEST_APPLESS_MAIN(TestScanResult)
#include "tst_scanresult.moc"
