#include <cerrno>

#include <QTest>

#include "core/platform/socketops.h"
#include "core/results/scanreport.h"
#include "core/results/scanresult.h"

class TestScanResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void names();
    void shortages();
    void reportHostWithBothProtocols();
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
    for (PortState s :
        { PortState::Open, PortState::Closed, PortState::Filtered, PortState::OpenFiltered }) {
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

void TestScanResult::reportHostWithBothProtocols()
{
    // A host's ports come TCP's first, then UDP's, each by number; its closed ports
    // are told apart by protocol; a silent UDP port says nothing of the host, an
    // answer does.
    const QHostAddress address(QStringLiteral("198.18.0.1"));
    const auto port = [&address](quint16 number, Protocol protocol, PortState state) {
        ScanResult r = ScanResult::make(
            0, address.toString(), address, number, state, PortReason::NoResponse, -1.0);
        r.protocol = protocol;
        return r;
    };
    ScanReport report;
    report.results = { port(161, Protocol::Udp, PortState::OpenFiltered),
        port(80, Protocol::Tcp, PortState::Filtered), port(53, Protocol::Udp, PortState::Closed),
        port(53, Protocol::Tcp, PortState::Filtered) };
    report.hosts = { HostTally { 0, address.toString(), address, 4, Protocol::Udp },
        HostTally { 0, address.toString(), address, 10 } };
    const QList<ScanReport::Host> hosts = report.byHost();
    QCOMPARE(hosts.size(), 1);
    QStringList order;
    for (const ScanResult &r : hosts[0].listed)
        order.append(r.portText());
    QCOMPARE(order,
        (QStringList { QStringLiteral("53/tcp"), QStringLiteral("80/tcp"), QStringLiteral("53/udp"),
            QStringLiteral("161/udp") }));
    QCOMPARE(hosts[0].closed, quint64(14));
    QCOMPARE(hosts[0].closedUnlisted(Protocol::Tcp), quint64(10));
    QCOMPARE(hosts[0].closedUnlisted(Protocol::Udp), quint64(3)); // one of the four is listed
    // No state came: the port-unreachable from 53/udp says it is up.
    HostState s = ScanReport::statusOf(hosts[0]);
    QCOMPARE(s.status, HostStatus::Up);
    // Silence alone, over either protocol, leaves it unknown.
    ScanReport silent;
    silent.results = { port(161, Protocol::Udp, PortState::OpenFiltered),
        port(80, Protocol::Tcp, PortState::Filtered) };
    QCOMPARE(ScanReport::statusOf(silent.byHost()[0]).status, HostStatus::Unknown);
    // A UDP answer: up, by udp-response.
    silent.results.append(port(53, Protocol::Udp, PortState::Open));
    s = ScanReport::statusOf(silent.byHost()[0]);
    QCOMPARE(s.status, HostStatus::Up);
    QCOMPARE(s.reason, HostReason::UdpResponse);
    // The ports covered, per protocol, from the spec.
    silent.ports = QStringLiteral("T:80,U:53,161");
    QCOMPARE(silent.coveredPorts(Protocol::Tcp), QList<quint16> { 80 });
    QCOMPARE(silent.coveredPorts(Protocol::Udp), (QList<quint16> { 53, 161 }));
    QVERIFY(silent.coversUdp());
}

QTEST_APPLESS_MAIN(TestScanResult)
#include "tst_scanresult.moc"
