#include <QAbstractItemModelTester>
#include <QTest>

#include "core/models/hostlistmodel.h"
#include "core/models/resultfiltermodel.h"
#include "core/models/scanresultmodel.h"

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultModel();
    void sortOnRawValues();
    void filters();
    void hostList();
    void downHostsOfABlock();
    void udpRows();
    void udpSortAndFilter();
    void udpHostCounts();

private:
    static ScanResult udp(quint32 hostId, const char *address, quint16 port, PortState state,
        PortReason reason, const char *from = nullptr);
    static ScanBatch batch(
        quint32 hostId, const char *address, QList<std::pair<quint16, PortState>> ports);
};

ScanBatch TestModels::batch(
    quint32 hostId, const char *address, QList<std::pair<quint16, PortState>> ports)
{
    ScanBatch b;
    quint64 closed = 0;
    for (const auto &[port, state] : ports) {
        ScanResult r;
        r.hostId = hostId;
        r.address = QHostAddress(QString::fromLatin1(address));
        r.host = r.address.toString();
        r.port = port;
        r.state = state;
        r.reason = state == PortState::Open ? PortReason::SynAck
            : state == PortState::Closed    ? PortReason::ConnRefused
                                            : PortReason::NoResponse;
        r.latencyMs = port / 100.0;
        if (port == 22)
            r.banner = "SSH-2.0-x\r\n";
        if (state == PortState::Closed)
            ++closed;
        b.results.append(r);
    }
    if (closed)
        b.closedCounts.append(HostTally { hostId, QString::fromLatin1(address),
            QHostAddress(QString::fromLatin1(address)), closed });
    return b;
}

void TestModels::resultModel()
{
    ScanResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(ScanResultModel::ColumnCount));
    model.appendResults(
        batch(0, "127.0.0.1", { { 22, PortState::Open }, { 23, PortState::Closed } }).results);
    model.appendResults(batch(1, "::1", { { 443, PortState::Filtered } }).results);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ScanResultModel::Port).data().toString(), QStringLiteral("22"));
    QCOMPARE(model.index(0, ScanResultModel::Port).data(ScanResultModel::RawValueRole).toInt(), 22);
    QCOMPARE(model.index(0, ScanResultModel::State).data().toString(), QStringLiteral("open"));
    QCOMPARE(model.index(0, ScanResultModel::Service).data().toString(), QStringLiteral("ssh"));
    QCOMPARE(model.index(0, ScanResultModel::Banner).data().toString(),
        QStringLiteral("SSH-2.0-x\\r\\n"));
    QCOMPARE(model.index(0, ScanResultModel::Banner).data(Qt::ToolTipRole).toString(),
        QStringLiteral("SSH-2.0-x\\r\\n"));
    QCOMPARE(model.index(2, ScanResultModel::Address).data().toString(), QStringLiteral("::1"));
    QCOMPARE(
        model.index(2, ScanResultModel::Reason).data().toString(), QStringLiteral("no-response"));
    QCOMPARE(model.index(2, ScanResultModel::Latency).data(ScanResultModel::RawValueRole).toFloat(),
        4.43f); // kept as float
    const ScanResult back = model.result(0);
    QCOMPARE(back.port, quint16(22));
    QCOMPARE(back.banner, QByteArray("SSH-2.0-x\r\n"));
    QCOMPARE(back.address, QHostAddress(QStringLiteral("127.0.0.1")));
    QVERIFY(ScanResultModel::packedRowSize() <= 16);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::sortOnRawValues()
{
    ScanResultModel model;
    ResultFilterModel proxy;
    proxy.setResultModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ScanResultModel::Port, Qt::DescendingOrder);
    model.appendResults(batch(0, "127.0.0.1",
        { { 9, PortState::Open }, { 100, PortState::Closed }, { 22, PortState::Open } })
                            .results);
    // Rows that arrive while sorted land in order: numbers, not text ("9" > "100" as text).
    model.appendResults(
        batch(1, "127.0.0.2", { { 1000, PortState::Filtered }, { 10, PortState::Open } }).results);
    QStringList ports;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ports.append(proxy.index(row, ScanResultModel::Port).data().toString());
    QCOMPARE(ports, (QStringList { "1000", "100", "22", "10", "9" }));
    proxy.sort(ScanResultModel::Address, Qt::AscendingOrder);
    QCOMPARE(
        proxy.index(0, ScanResultModel::Address).data().toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(proxy.index(0, ScanResultModel::Port).data().toString(), QStringLiteral("9"));
    QCOMPARE(
        proxy.index(4, ScanResultModel::Address).data().toString(), QStringLiteral("127.0.0.2"));
    proxy.sort(ScanResultModel::State, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ScanResultModel::State).data().toString(), QStringLiteral("open"));
    QCOMPARE(proxy.index(4, ScanResultModel::State).data().toString(), QStringLiteral("filtered"));
}

void TestModels::filters()
{
    ScanResultModel model;
    ResultFilterModel proxy;
    proxy.setResultModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendResults(batch(0, "127.0.0.1",
        { { 22, PortState::Open }, { 23, PortState::Closed }, { 24, PortState::Filtered } })
                            .results);
    model.appendResults(
        batch(1, "127.0.0.2", { { 80, PortState::Open }, { 81, PortState::Closed } }).results);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setStateVisible(PortState::Closed, false);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setStateVisible(PortState::Filtered, false);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setHostIds({ 1 });
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ScanResultModel::Port).data().toString(), QStringLiteral("80"));
    proxy.setHostIds({});
    proxy.setStateVisible(PortState::Closed, true);
    proxy.setStateVisible(PortState::Filtered, true);
    proxy.setSearchText(QStringLiteral("ssh"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("127.0.0.2"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QStringLiteral("no-response"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("  SSH "));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("tcp"));
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setSearchText(QStringLiteral("8")); // port 80 and 81
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QStringLiteral("2.0-X\\R")); // the escaped banner, as shown
    QCOMPARE(proxy.rowCount(), 1);
    // Live rows that do not match stay hidden until the filter changes.
    model.appendResults(batch(2, "127.0.0.3", { { 443, PortState::Open } }).results);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 6);
}

void TestModels::hostList()
{
    HostListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addBatch(batch(0, "127.0.0.1",
        { { 22, PortState::Open }, { 23, PortState::Closed }, { 24, PortState::Filtered } }));
    model.addBatch(batch(1, "::1", { { 80, PortState::Open } }));
    ScanBatch closedOnly;
    closedOnly.closedCounts.append(HostTally {
        0, QStringLiteral("127.0.0.1"), QHostAddress(QStringLiteral("127.0.0.1")), 100 });
    model.addBatch(closedOnly);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, HostListModel::Address).data().toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(
        model.index(0, HostListModel::Open).data(HostListModel::RawValueRole).toULongLong(), 1u);
    QCOMPARE(model.index(0, HostListModel::Filtered).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, HostListModel::Closed).data().toString(), QStringLiteral("101"));
    QCOMPARE(model.index(1, HostListModel::Open).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(1, HostListModel::Address).data(HostListModel::HostIdRole).toUInt(), 1u);
    // A host found to answer on every port says so in its status and tooltip.
    ScanBatch states;
    states.hosts.append(HostState::make(1, QStringLiteral("::1"),
        QHostAddress(QStringLiteral("::1")), HostStatus::Up, HostReason::SynAck, 0.1));
    model.addBatch(states);
    QCOMPARE(model.index(1, HostListModel::Status).data().toString(), QStringLiteral("up"));
    ScanBatch everywhere;
    everywhere.allPortsAnswer = { 1 };
    model.addBatch(everywhere);
    QCOMPARE(model.index(1, HostListModel::Status).data().toString(),
        QStringLiteral("up (every port answers)"));
    QCOMPARE(model.index(1, HostListModel::Status).data(HostListModel::StatusRole).toString(),
        QStringLiteral("up"));
    QVERIFY(model.index(1, HostListModel::Address)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Accepts a connection on every port")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::downHostsOfABlock()
{
    // Hosts of a block found down are kept compact; they show as any other row, and
    // one that has more to say later (a name, an answer) becomes a full row in place.
    HostListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScanBatch batch;
    const QHostAddress v4(QStringLiteral("198.18.3.7"));
    const QHostAddress v6(QStringLiteral("2001:db8::7"));
    batch.hosts.append(
        HostState::make(4, v4.toString(), v4, HostStatus::Down, HostReason::HostUnreach, -1.0));
    batch.hosts.append(
        HostState::make(5, v6.toString(), v6, HostStatus::Down, HostReason::NoResponse, -1.0));
    batch.hosts.append(HostState::make(
        6, QStringLiteral("printer.lan"), v4, HostStatus::Down, HostReason::NoResponse, -1.0));
    model.addBatch(batch);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.downCount(), 3);
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    for (int row : { 0, 1 }) {
        QCOMPARE(cell(row, HostListModel::Status).toString(), QStringLiteral("down"));
        QCOMPARE(cell(row, HostListModel::Address, HostListModel::StatusRole).toString(),
            QStringLiteral("down"));
        QCOMPARE(cell(row, HostListModel::Name).toString(), QString());
        QCOMPARE(cell(row, HostListModel::Latency).toString(), QString());
        QCOMPARE(cell(row, HostListModel::Open).toString(), QStringLiteral("0"));
    }
    QCOMPARE(cell(0, HostListModel::Address).toString(), QStringLiteral("198.18.3.7"));
    QCOMPARE(cell(0, HostListModel::Address, HostListModel::HostIdRole).toUInt(), 4u);
    QCOMPARE(cell(0, HostListModel::Address, HostListModel::RawValueRole).toString(),
        HostListModel::addressSortKey(v4));
    QVERIFY(cell(0, HostListModel::Address, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("host-unreach")));
    QCOMPARE(cell(1, HostListModel::Address).toString(), QStringLiteral("2001:db8::7"));
    QCOMPARE(cell(1, HostListModel::Address, HostListModel::HostIdRole).toUInt(), 5u);
    QCOMPARE(cell(2, HostListModel::Name).toString(), QStringLiteral("printer.lan"));
    // Host 4 answers after all (a later scan's batch in the same model): a full row.
    ScanBatch later;
    later.hosts.append(
        HostState::make(4, v4.toString(), v4, HostStatus::Up, HostReason::SynAck, 2.5));
    ScanResult open;
    open.hostId = 4;
    open.host = v4.toString();
    open.address = v4;
    open.port = 22;
    open.state = PortState::Open;
    later.results.append(open);
    model.addBatch(later);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.downCount(), 2);
    QCOMPARE(cell(0, HostListModel::Status).toString(), QStringLiteral("up"));
    QCOMPARE(cell(0, HostListModel::Latency).toString(), QStringLiteral("2.50"));
    QCOMPARE(cell(0, HostListModel::Open).toString(), QStringLiteral("1"));
    QCOMPARE(cell(0, HostListModel::Address).toString(), QStringLiteral("198.18.3.7"));
    model.setNames(5, { { QStringLiteral("seven.example"), HostNames::dns } });
    QCOMPARE(cell(1, HostListModel::Name).toString(), QStringLiteral("seven.example"));
    QCOMPARE(cell(1, HostListModel::Status).toString(), QStringLiteral("down"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.downCount(), 0);
}

ScanResult TestModels::udp(quint32 hostId, const char *address, quint16 port, PortState state,
    PortReason reason, const char *from)
{
    ScanResult r;
    r.hostId = hostId;
    r.address = QHostAddress(QString::fromLatin1(address));
    r.host = r.address.toString();
    r.port = port;
    r.protocol = Protocol::Udp;
    r.state = state;
    r.reason = reason;
    r.latencyMs = state == PortState::OpenFiltered ? -1.0 : 1.5;
    if (from)
        r.reasonFrom = QHostAddress(QString::fromLatin1(from));
    return r;
}

void TestModels::udpRows()
{
    // 53/tcp and 53/udp are two rows; each says its protocol and keeps it on the way
    // out (export, history), with the ICMP error's sender when a router sent it.
    ScanResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ScanResult> rows = batch(0, "198.18.0.2", { { 53, PortState::Open } }).results;
    rows.append(udp(0, "198.18.0.2", 53, PortState::Open, PortReason::UdpResponse));
    rows.append(udp(0, "198.18.0.2", 161, PortState::OpenFiltered, PortReason::NoResponse));
    rows.append(
        udp(0, "198.18.0.2", 123, PortState::Filtered, PortReason::HostUnreach, "198.18.0.1"));
    model.appendResults(rows);
    QCOMPARE(model.rowCount(), 4);
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, ScanResultModel::Protocol).toString(), QStringLiteral("tcp"));
    QCOMPARE(cell(1, ScanResultModel::Protocol).toString(), QStringLiteral("udp"));
    QCOMPARE(cell(1, ScanResultModel::Protocol, ScanResultModel::RawValueRole).toInt(),
        int(Protocol::Udp));
    QCOMPARE(cell(1, ScanResultModel::Service).toString(), QStringLiteral("domain"));
    QCOMPARE(cell(2, ScanResultModel::State).toString(), QStringLiteral("open|filtered"));
    QCOMPARE(cell(2, ScanResultModel::State, ScanResultModel::StateRole).toInt(),
        int(PortState::OpenFiltered));
    QCOMPARE(cell(2, ScanResultModel::Service).toString(), QStringLiteral("snmp"));
    QCOMPARE(cell(2, ScanResultModel::Latency).toString(), QString());
    QCOMPARE(cell(3, ScanResultModel::Reason).toString(), QStringLiteral("host-unreach"));
    const QString tip = cell(3, ScanResultModel::Reason, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("198.18.0.1")), qPrintable(tip));
    QVERIFY(cell(2, ScanResultModel::Reason, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(ScanResultModel::packedRowSize() <= 16);
    const QList<ScanResult> back = model.snapshot().results();
    QCOMPARE(back.size(), 4);
    QCOMPARE(back[0].protocol, Protocol::Tcp);
    QCOMPARE(back[1].protocol, Protocol::Udp);
    QCOMPARE(back[1].portKey(), rows[1].portKey());
    QVERIFY(back[0].portKey() != back[1].portKey());
    QCOMPARE(back[2].state, PortState::OpenFiltered);
    QCOMPARE(back[3].reasonFrom, QHostAddress(QStringLiteral("198.18.0.1")));
    QVERIFY(back[1].reasonFrom.isNull());
    QCOMPARE(model.result(3).reasonFrom, QHostAddress(QStringLiteral("198.18.0.1")));
    QCOMPARE(model.result(1).protocol, Protocol::Udp);
    // Service detection's answer reaches the UDP row, not the TCP one of the same port.
    ScanResult detected = rows[1];
    auto info = std::make_shared<ServiceInfo>();
    info->name = QStringLiteral("dns-udp-test");
    detected.service = info;
    model.updateDetails({ detected });
    QCOMPARE(cell(1, ScanResultModel::Service).toString(), QStringLiteral("dns-udp-test"));
    QCOMPARE(cell(0, ScanResultModel::Service).toString(), QStringLiteral("domain"));
}

void TestModels::udpSortAndFilter()
{
    ScanResultModel model;
    ResultFilterModel proxy;
    proxy.setResultModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ScanResult> rows;
    rows.append(udp(0, "127.0.0.1", 53, PortState::Open, PortReason::UdpResponse));
    rows.append(udp(0, "127.0.0.1", 5353, PortState::Closed, PortReason::PortUnreach));
    rows += batch(0, "127.0.0.1", { { 53, PortState::Open }, { 22, PortState::Open } }).results;
    rows.append(udp(0, "127.0.0.1", 161, PortState::OpenFiltered, PortReason::NoResponse));
    model.appendResults(rows);
    const auto shown = [&proxy] {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out.append(proxy.index(row, ScanResultModel::Port).data().toString() + QLatin1Char('/')
                + proxy.index(row, ScanResultModel::Protocol).data().toString());
        return out;
    };
    // By port, then protocol: 53/tcp and 53/udp side by side, in a stable order.
    proxy.sort(ScanResultModel::Port, Qt::AscendingOrder);
    QCOMPARE(shown(), (QStringList { "22/tcp", "53/tcp", "53/udp", "161/udp", "5353/udp" }));
    proxy.sort(ScanResultModel::Port, Qt::DescendingOrder);
    QCOMPARE(shown(), (QStringList { "5353/udp", "161/udp", "53/udp", "53/tcp", "22/tcp" }));
    proxy.sort(ScanResultModel::Protocol, Qt::AscendingOrder);
    QCOMPARE(shown(), (QStringList { "22/tcp", "53/tcp", "53/udp", "161/udp", "5353/udp" }));
    proxy.sort(ScanResultModel::Host, Qt::AscendingOrder);
    QCOMPARE(shown(), (QStringList { "22/tcp", "53/tcp", "53/udp", "161/udp", "5353/udp" }));
    // Search by "53/udp", by protocol, by the new states and reasons.
    proxy.setSearchText(QStringLiteral("53/udp"));
    QCOMPARE(shown(), (QStringList { "53/udp", "5353/udp" }));
    proxy.setSearchText(QStringLiteral("53/tcp"));
    QCOMPARE(shown(), (QStringList { "53/tcp" }));
    proxy.setSearchText(QStringLiteral("UDP"));
    QCOMPARE(shown(), (QStringList { "53/udp", "161/udp", "5353/udp" }));
    proxy.setSearchText(QStringLiteral("tcp"));
    QCOMPARE(shown(), (QStringList { "22/tcp", "53/tcp" }));
    proxy.setSearchText(QStringLiteral("open|filtered"));
    QCOMPARE(shown(), (QStringList { "161/udp" }));
    proxy.setSearchText(QStringLiteral("port-unreach"));
    QCOMPARE(shown(), (QStringList { "5353/udp" }));
    proxy.setSearchText(QStringLiteral("udp-response"));
    QCOMPARE(shown(), (QStringList { "53/udp" }));
    proxy.setSearchText(QStringLiteral("snmp")); // the UDP name of 161
    QCOMPARE(shown(), (QStringList { "161/udp" }));
    proxy.setSearchText(QString());
    // open|filtered has its own filter, on by default.
    QVERIFY(proxy.isStateVisible(PortState::OpenFiltered));
    proxy.setStateVisible(PortState::OpenFiltered, false);
    QCOMPARE(shown(), (QStringList { "22/tcp", "53/tcp", "53/udp", "5353/udp" }));
    proxy.setStateVisible(PortState::Open, false);
    QCOMPARE(shown(), (QStringList { "5353/udp" }));
    proxy.setStateVisible(PortState::OpenFiltered, true);
    QCOMPARE(shown(), (QStringList { "161/udp", "5353/udp" }));
}

void TestModels::udpHostCounts()
{
    HostListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.hasOpenFiltered());
    ScanBatch b = batch(0, "198.18.0.2", { { 53, PortState::Open } });
    b.results.append(udp(0, "198.18.0.2", 53, PortState::Open, PortReason::UdpResponse));
    b.results.append(udp(0, "198.18.0.2", 161, PortState::OpenFiltered, PortReason::NoResponse));
    b.results.append(udp(0, "198.18.0.2", 162, PortState::OpenFiltered, PortReason::NotConfirmed));
    model.addBatch(b);
    QVERIFY(model.hasOpenFiltered());
    QCOMPARE(model.index(0, HostListModel::Open).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(0, HostListModel::OpenFiltered).data().toString(), QStringLiteral("2"));
    QCOMPARE(
        model.index(0, HostListModel::OpenFiltered).data(HostListModel::RawValueRole).toULongLong(),
        2u);
    QCOMPARE(model.index(0, HostListModel::Filtered).data().toString(), QStringLiteral("0"));
    QVERIFY(!model.headerData(HostListModel::OpenFiltered, Qt::Horizontal).toString().isEmpty());
    // The tooltip lists both open ports by their own protocol.
    const QString tip = model.index(0, HostListModel::Address).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("53/tcp domain")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("53/udp domain")), qPrintable(tip));
    model.clear();
    QVERIFY(!model.hasOpenFiltered());
}

QTEST_APPLESS_MAIN(TestModels)
#include "tst_models.moc"
