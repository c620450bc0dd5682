// The inventory of devices: what saved scans make of it (new devices, a MAC that
// changes address, down and back, open ports among the ports a scan covered),
// what the user says of a device (labels never overwritten by scans, known,
// forget, labels imported from CSV), finding a device by MAC or address, the
// inventory filled from an older history's scans, and the device formats.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/sitechecks.h"
#include "common/teststore.h"
#include "core/formats/csvformat.h"
#include "core/formats/deviceformat.h"
#include "core/history/devicestore.h"
#include "core/history/historystore.h"
#include "core/history/scannername.h"

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

// A host of a made-up scan.
struct Seen
{
    Seen(const QString &address_, HostStatus status_ = HostStatus::Up, const QString &mac_ = {},
        const QList<quint16> &open_ = {}, const QStringList &names_ = {},
        const QString &typed_ = {})
        : address(address_)
        , status(status_)
        , mac(mac_)
        , open(open_)
        , names(names_)
        , typed(typed_)
    {
    }
    QString address;
    HostStatus status;
    QString mac;
    QList<quint16> open;
    QStringList names;
    QString typed; // the name typed as the target, if any
};

// A scan at t0 + minutes of ports, seeing hosts.
ScanReport scanOf(int minutes, const QString &ports, const QList<Seen> &hosts)
{
    ScanReport r;
    r.targets = QStringLiteral("198.18.0.0/24");
    r.ports = ports;
    r.started = t0.addSecs(60LL * minutes);
    r.summary.discovery = true;
    quint32 id = 0;
    for (const Seen &s : hosts) {
        const QHostAddress address(s.address);
        const QString name = s.typed.isEmpty() ? s.address : s.typed;
        HostState h = HostState::make(id, name, address, s.status,
            s.status == HostStatus::Up ? HostReason::SynAck : HostReason::NoResponse, 1.0);
        h.mac = s.mac;
        h.vendor = s.mac.isEmpty() ? QString() : QStringLiteral("Intel Corporate");
        h.names = HostNames::fromDns(s.names);
        r.hostStates.append(h);
        for (quint16 p : s.open)
            r.results.append(
                ScanResult::make(id, name, address, p, PortState::Open, PortReason::SynAck, 1.0));
        ++id;
    }
    return r;
}

} // namespace

class TestDevices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aScanMakesDevices();
    void macKeepsTheDeviceAcrossAddresses();
    void anAddressDeviceTakesItsMac();
    void downAndBack();
    void openPortsAmongThoseCovered();
    void udpPortsBesideTcp();
    void scansNeverOverwriteLabels();
    void findByMacOrAddress_data();
    void findByMacOrAddress();
    void forgetThenSeenIsNew();
    void search();
    void importLabels();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
    void olderHistoryFillsTheInventory();
    void csvRead_data();
    void csvRead();
    void formats();
    void sitesShareOneStore();

private:
    Device only();
    void save(const ScanReport &report);

    std::unique_ptr<QTemporaryDir> m_dir;
    TestStore m_stores; // SQLite, or PostgreSQL in tst_devices_postgresql
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<DeviceStore> m_devices;
};

void TestDevices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>();
    QString notice;
    QString error;
    const QString where = m_stores.fresh(m_dir->filePath(QStringLiteral("h.sqlite")), &error);
    QVERIFY2(!where.isEmpty(), qPrintable(error));
    QVERIFY2(m_store->open(where, &notice, &error), qPrintable(error));
    // The engine this run is for, not the other by mistake.
    QCOMPARE(m_store->engine() == HistorySchema::Engine::Postgresql, TestStore::postgresql());
    m_devices = std::make_unique<DeviceStore>(*m_store);
}

void TestDevices::cleanup()
{
    m_devices.reset();
    m_store.reset();
    m_dir.reset();
}

void TestDevices::save(const ScanReport &report)
{
    qint64 id = 0;
    QString error;
    QVERIFY2(m_store->save(report, &id, &error), qPrintable(error));
}

Device TestDevices::only()
{
    QList<Device> all;
    QString error;
    if (!m_devices->list({}, &all, &error) || all.size() != 1)
        qFatal("expected one device, have %d (%s)", int(all.size()), qPrintable(error));
    return all.first();
}

void TestDevices::aScanMakesDevices()
{
    save(scanOf(0, QStringLiteral("22,80,443"),
        { { QStringLiteral("198.18.0.10"), HostStatus::Up, QStringLiteral("00:1b:21:aa:bb:cc"),
              { 22, 443 }, { QStringLiteral("nas.lan") } },
            { QStringLiteral("198.18.0.11"), HostStatus::Up, {}, { 80 }, {},
                QStringLiteral("printer.example") },
            { QStringLiteral("198.18.0.12"), HostStatus::Down } }));
    QList<Device> all;
    QString error;
    QVERIFY(m_devices->list({}, &all, &error));
    QCOMPARE(all.size(), 2); // a host never seen up is no device
    std::sort(all.begin(), all.end(),
        [](const Device &a, const Device &b) { return a.address() < b.address(); });
    const Device &nas = all[0];
    QCOMPARE(nas.mac, QStringLiteral("00:1B:21:AA:BB:CC")); // kept upper case
    QCOMPARE(nas.addressList(), QStringList { QStringLiteral("198.18.0.10") });
    QCOMPARE(nas.nameList(), QStringList { QStringLiteral("nas.lan") });
    QCOMPARE(nas.names.first().source, QStringLiteral("dns"));
    QCOMPARE(nas.vendor, QStringLiteral("Intel Corporate"));
    QCOMPARE(nas.portList(), (QList<quint16> { 22, 443 }));
    QVERIFY(nas.up);
    QVERIFY(!nas.known);
    QVERIFY(nas.label.isEmpty());
    QCOMPARE(nas.firstSeen, t0);
    QCOMPARE(nas.lastSeen, t0);
    QVERIFY(!nas.downSince.isValid());
    const Device &printer = all[1];
    QVERIFY(printer.mac.isEmpty());
    QCOMPARE(printer.names.size(), 1);
    QCOMPARE(printer.names.first().name, QStringLiteral("printer.example"));
    QCOMPARE(printer.names.first().source, QStringLiteral("target"));
    QCOMPARE(printer.portList(), QList<quint16> { 80 });
}

void TestDevices::macKeepsTheDeviceAcrossAddresses()
{
    const QString mac = QStringLiteral("00:1b:21:aa:bb:cc");
    save(scanOf(
        0, QStringLiteral("22"), { { QStringLiteral("198.18.0.10"), HostStatus::Up, mac } }));
    const qint64 id = only().id;
    QString error;
    QVERIFY(m_devices->setLabel(id, QStringLiteral("Anna's laptop"), &error));
    // DHCP gave it .20; .10 is empty now.
    save(scanOf(10, QStringLiteral("22"),
        { { QStringLiteral("198.18.0.10"), HostStatus::Down },
            { QStringLiteral("198.18.0.20"), HostStatus::Up, mac.toUpper() } }));
    const Device d = only();
    QCOMPARE(d.id, id);
    QCOMPARE(d.label, QStringLiteral("Anna's laptop"));
    QCOMPARE(d.addressList(),
        (QStringList { QStringLiteral("198.18.0.20"), QStringLiteral("198.18.0.10") }));
    QCOMPARE(d.addresses[1].lastSeen, t0);
    QCOMPARE(d.addresses[0].firstSeen, t0.addSecs(600));
    QVERIFY(d.up); // its old address going quiet does not make it down
    QCOMPARE(d.lastSeen, t0.addSecs(600));
    qint64 found = 0;
    QVERIFY(m_devices->find(QStringLiteral("198.18.0.10"), &found, &error)); // by its old address
    QCOMPARE(found, id);
}

void TestDevices::anAddressDeviceTakesItsMac()
{
    // First seen from across a router (no MAC), labelled, then from its own link.
    save(scanOf(0, QStringLiteral("22"), { { QStringLiteral("198.18.0.30"), HostStatus::Up } }));
    const qint64 id = only().id;
    QString error;
    QVERIFY(m_devices->setLabel(id, QStringLiteral("router"), &error));
    save(scanOf(5, QStringLiteral("22"),
        { { QStringLiteral("198.18.0.30"), HostStatus::Up,
            QStringLiteral("02:00:00:00:00:30") } }));
    const Device d = only();
    QCOMPARE(d.id, id);
    QCOMPARE(d.mac, QStringLiteral("02:00:00:00:00:30"));
    QCOMPARE(d.label, QStringLiteral("router"));
    // Seen from afar again: still the same device.
    save(scanOf(9, QStringLiteral("22"), { { QStringLiteral("198.18.0.30"), HostStatus::Up } }));
    QCOMPARE(only().id, id);
}

void TestDevices::downAndBack()
{
    const QString a = QStringLiteral("198.18.0.40");
    save(scanOf(0, QStringLiteral("80"), { { a, HostStatus::Up, {}, { 80 } } }));
    save(scanOf(10, QStringLiteral("80"), { { a, HostStatus::Down } }));
    Device d = only();
    QVERIFY(!d.up);
    QCOMPARE(d.downSince, t0.addSecs(600));
    QCOMPARE(d.lastSeen, t0);
    QCOMPARE(d.portList(), QList<quint16> { 80 }); // what was open when last seen
    QCOMPARE(DeviceFormat::statusText(d).left(11), QStringLiteral("down since "));
    save(scanOf(20, QStringLiteral("80"), { { a, HostStatus::Down } }));
    QCOMPARE(only().downSince, t0.addSecs(600)); // down since the first time
    // A scan without discovery that heard nothing says nothing of it.
    ScanReport unknown = scanOf(25, QStringLiteral("80"), { { a, HostStatus::Unknown } });
    save(unknown);
    QCOMPARE(only().downSince, t0.addSecs(600));
    save(scanOf(30, QStringLiteral("80"), { { a, HostStatus::Up } }));
    d = only();
    QVERIFY(d.up);
    QVERIFY(!d.downSince.isValid());
    QCOMPARE(d.lastSeen, t0.addSecs(1800));
    QVERIFY(d.ports.isEmpty()); // 80 was covered and is not open now
}

void TestDevices::openPortsAmongThoseCovered()
{
    const QString a = QStringLiteral("198.18.0.50");
    save(scanOf(0, QStringLiteral("22,80,443"), { { a, HostStatus::Up, {}, { 22, 80 } } }));
    // A scan of 80 alone, closed now: 22 was not looked at and stays.
    save(scanOf(1, QStringLiteral("80"), { { a, HostStatus::Up } }));
    QCOMPARE(only().portList(), QList<quint16> { 22 });
    // A stopped scan removes nothing (it may not have reached the port) but adds.
    ScanReport stopped
        = scanOf(2, QStringLiteral("1-1000"), { { a, HostStatus::Up, {}, { 443 } } });
    stopped.summary.cancelled = true;
    save(stopped);
    QCOMPARE(only().portList(), (QList<quint16> { 22, 443 }));
    // Discovery alone (-sn) says nothing of ports.
    ScanReport ping = scanOf(3, QStringLiteral("none"), { { a, HostStatus::Up } });
    ping.summary.discoveryOnly = true;
    save(ping);
    QCOMPARE(only().portList(), (QList<quint16> { 22, 443 }));
    // Detection's finding is kept with the port, and a scan without it keeps it.
    ScanReport detected = scanOf(4, QStringLiteral("22"), { { a, HostStatus::Up, {}, { 22 } } });
    auto ssh = std::make_shared<ServiceInfo>();
    ssh->name = QStringLiteral("ssh");
    ssh->method = ServiceInfo::Method::Probed;
    ssh->product = QStringLiteral("OpenSSH");
    ssh->version = QStringLiteral("9.2p1");
    detected.results[0].service = ssh;
    save(detected);
    save(scanOf(5, QStringLiteral("22"), { { a, HostStatus::Up, {}, { 22 } } }));
    const Device d = only();
    QCOMPARE(d.ports.first().port, quint16(22));
    QVERIFY(d.ports.first().service);
    QCOMPARE(d.ports.first().service->product, QStringLiteral("OpenSSH"));
    QCOMPARE(d.ports.first().lastSeen, t0.addSecs(300));
    QCOMPARE(DeviceFormat::portsText(d), QStringLiteral("22/ssh 443/https"));
}

void TestDevices::udpPortsBesideTcp()
{
    // 53 open over TCP and UDP: two ports. A silent 161/udp (open|filtered) is not
    // known open and is not recorded.
    const QString a = QStringLiteral("198.18.0.53");
    ScanReport both
        = scanOf(0, QStringLiteral("T:22,53,U:53,161"), { { a, HostStatus::Up, {}, { 53 } } });
    ScanResult dns = both.results[0];
    dns.protocol = Protocol::Udp;
    dns.reason = PortReason::UdpResponse;
    ScanResult snmp = dns;
    snmp.port = 161;
    snmp.state = PortState::OpenFiltered;
    snmp.reason = PortReason::NoResponse;
    both.results << dns << snmp;
    save(both);
    Device d = only();
    QCOMPARE(d.ports.size(), 2);
    QCOMPARE(d.ports[0].text(), QStringLiteral("53/tcp"));
    QCOMPARE(d.ports[1].text(), QStringLiteral("53/udp"));
    QCOMPARE(DeviceFormat::portsText(d), QStringLiteral("53/domain 53/udp (domain)"));
    const QJsonArray ports = QJsonDocument::fromJson(DeviceFormat::toJson({ d }))
                                 .array()
                                 .first()
                                 .toObject()[QStringLiteral("open_ports")]
                                 .toArray();
    QCOMPARE(ports[1].toObject()[QStringLiteral("protocol")].toString(), QStringLiteral("udp"));
    QCOMPARE(ports[1].toObject()[QStringLiteral("port")].toInt(), 53);
    QVERIFY2(
        DeviceFormat::toCsv({ d }).contains(",53 53/udp,"), DeviceFormat::toCsv({ d }).constData());
    QList<Device> found;
    QString error;
    QVERIFY(m_devices->list(QStringLiteral("53/udp"), &found, &error));
    QCOMPARE(found.size(), 1);
    QVERIFY(m_devices->list(QStringLiteral("161/udp"), &found, &error));
    QVERIFY(found.isEmpty());
    // A scan of UDP 53 alone that finds it closed (not listed) drops 53/udp only.
    save(scanOf(5, QStringLiteral("U:53"), { { a, HostStatus::Up } }));
    d = only();
    QCOMPARE(d.ports.size(), 1);
    QCOMPARE(d.ports[0].text(), QStringLiteral("53/tcp"));
}

void TestDevices::scansNeverOverwriteLabels()
{
    const QString a = QStringLiteral("198.18.0.60");
    save(scanOf(0, QStringLiteral("22"), { { a, HostStatus::Up } }));
    const qint64 id = only().id;
    QString error;
    QVERIFY(m_devices->setLabel(id, QStringLiteral("  backup server "), &error));
    QVERIFY(m_devices->setNotes(id, QStringLiteral("rack 2, slot 4"), &error));
    QVERIFY(m_devices->setKnown(id, true, &error));
    for (int i = 1; i <= 3; ++i)
        save(scanOf(i, QStringLiteral("22"),
            { { a, i == 2 ? HostStatus::Down : HostStatus::Up, QStringLiteral("02:00:00:00:00:60"),
                {}, { QStringLiteral("other-name") } } }));
    const Device d = only();
    QCOMPARE(d.label, QStringLiteral("backup server")); // trimmed
    QCOMPARE(d.notes, QStringLiteral("rack 2, slot 4"));
    QVERIFY(d.known);
    QVERIFY(!m_devices->setLabel(id + 100, QStringLiteral("x"), &error));
    QVERIFY(error.contains(QStringLiteral("no device")));
}

void TestDevices::findByMacOrAddress_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("why");
    QTest::newRow("MAC, lower case") << "00:1b:21:aa:bb:cc" << true << "";
    QTest::newRow("MAC, dashes") << "00-1B-21-AA-BB-CC" << true << "";
    QTest::newRow("IPv4") << "198.18.0.10" << true << "";
    QTest::newRow("IPv6, long form") << "2001:db8:0:0:0:0:0:10" << true << "";
    QTest::newRow("unknown address") << "198.18.0.99" << false << "no device";
    QTest::newRow("unknown MAC") << "00:1b:21:aa:bb:cd" << false << "no device";
    QTest::newRow("mixed separators") << "00:1b-21:aa:bb:cc" << false << "neither";
    QTest::newRow("a name") << "nas.lan" << false << "neither";
    QTest::newRow("empty") << "" << false << "neither";
}

void TestDevices::findByMacOrAddress()
{
    QFETCH(QString, key);
    QFETCH(bool, found);
    QFETCH(QString, why);
    save(scanOf(0, QStringLiteral("22"),
        { { QStringLiteral("198.18.0.10"), HostStatus::Up, QStringLiteral("00:1b:21:aa:bb:cc") },
            { QStringLiteral("2001:db8::10"), HostStatus::Up,
                QStringLiteral("00:1b:21:aa:bb:cc") } }));
    const qint64 id = only().id; // both addresses, one device
    qint64 got = 0;
    QString error;
    QCOMPARE(m_devices->find(key, &got, &error), found);
    if (found)
        QCOMPARE(got, id);
    else
        QVERIFY2(error.contains(why), qPrintable(error));
}

void TestDevices::forgetThenSeenIsNew()
{
    const QString a = QStringLiteral("198.18.0.70");
    save(scanOf(0, QStringLiteral("22"), { { a, HostStatus::Up, {}, { 22 } } }));
    const qint64 id = only().id;
    QString error;
    QVERIFY(m_devices->setKnown(id, true, &error));
    QVERIFY(m_devices->forget(id, &error));
    QList<Device> all;
    QVERIFY(m_devices->list({}, &all, &error));
    QVERIFY(all.isEmpty());
    QVERIFY(!m_devices->forget(id, &error));
    qint64 got = 0;
    QVERIFY(!m_devices->find(a, &got, &error)); // its addresses went with it
    save(scanOf(1, QStringLiteral("22"), { { a, HostStatus::Up } }));
    const Device again = only();
    QVERIFY(again.id != id);
    QVERIFY(!again.known);
    QCOMPARE(again.firstSeen, t0.addSecs(60));
}

void TestDevices::search()
{
    save(scanOf(0, QStringLiteral("22,80"),
        { { QStringLiteral("198.18.0.10"), HostStatus::Up, QStringLiteral("00:1b:21:aa:bb:cc"),
              { 22 }, { QStringLiteral("nas.lan") } },
            { QStringLiteral("198.18.0.11"), HostStatus::Up, {}, { 80 } } }));
    QString error;
    qint64 id = 0;
    QVERIFY(m_devices->find(QStringLiteral("198.18.0.11"), &id, &error));
    QVERIFY(m_devices->setLabel(id, QStringLiteral("Printer upstairs"), &error));
    const auto addressesFor = [this](const QString &text) {
        QList<Device> found;
        QString why;
        if (!m_devices->list(text, &found, &why))
            qFatal("%s", qPrintable(why));
        QStringList out;
        for (const Device &d : found)
            out.append(d.address());
        out.sort();
        return out;
    };
    const QStringList nas { QStringLiteral("198.18.0.10") };
    const QStringList printer { QStringLiteral("198.18.0.11") };
    QCOMPARE(addressesFor(QStringLiteral("PRINTER")), printer); // label, any case
    QCOMPARE(addressesFor(QStringLiteral("nas")), nas); // name
    QCOMPARE(addressesFor(QStringLiteral("aa:bb")), nas); // MAC
    QCOMPARE(addressesFor(QStringLiteral("intel")), nas); // vendor
    QCOMPARE(addressesFor(QStringLiteral("80")), printer); // an open port
    QCOMPARE(addressesFor(QStringLiteral("198.18.0.1")).size(), 2); // part of an address
    QVERIFY(addressesFor(QStringLiteral("nothing like it")).isEmpty());
}

void TestDevices::importLabels()
{
    save(scanOf(0, QStringLiteral("22"),
        { { QStringLiteral("198.18.0.10"), HostStatus::Up, QStringLiteral("00:1b:21:aa:bb:cc") },
            { QStringLiteral("198.18.0.11"), HostStatus::Up } }));
    int count = 0;
    QString error;
    QVERIFY2(m_devices->importLabels("\xef\xbb\xbf"
                                     "device,label,notes\r\n"
                                     "00-1B-21-AA-BB-CC,\"NAS, the big one\",\"says \"\"hi\"\"\"\n"
                                     "\n"
                                     "198.18.0.11,printer",
                 &count, &error),
        qPrintable(error));
    QCOMPARE(count, 2);
    QList<Device> all;
    QVERIFY(m_devices->list(QStringLiteral("198.18.0.10"), &all, &error));
    QCOMPARE(all.first().label, QStringLiteral("NAS, the big one"));
    QCOMPARE(all.first().notes, QStringLiteral("says \"hi\""));
    QVERIFY(m_devices->list(QStringLiteral("198.18.0.11"), &all, &error));
    QCOMPARE(all.first().label, QStringLiteral("printer"));
    QVERIFY(all.first().notes.isEmpty()); // no notes column: notes left as they were
}

void TestDevices::importIsAllOrNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("why");
    QTest::newRow("unknown device on line 3")
        << QByteArray("device,label\n198.18.0.10,first\n198.18.0.99,nobody\n") << "line 3";
    QTest::newRow("one cell") << QByteArray("198.18.0.10,first\n198.18.0.11\n") << "line 2";
    QTest::newRow("four cells") << QByteArray("198.18.0.10,a,b,c\n") << "line 1";
    QTest::newRow("open quote") << QByteArray("198.18.0.10,first\n198.18.0.11,\"never ends\n")
                                << "line 2";
    QTest::newRow("a name, not a device") << QByteArray("nas.lan,x\n") << "neither";
    QTest::newRow("empty") << QByteArray("\n\n") << "no labels";
    QTest::newRow("header only") << QByteArray("device,label,notes\n") << "no labels";
}

void TestDevices::importIsAllOrNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, why);
    save(scanOf(0, QStringLiteral("22"),
        { { QStringLiteral("198.18.0.10"), HostStatus::Up },
            { QStringLiteral("198.18.0.11"), HostStatus::Up } }));
    int count = -1;
    QString error;
    QVERIFY(!m_devices->importLabels(csv, &count, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
    QCOMPARE(count, -1);
    QList<Device> all;
    QVERIFY(m_devices->list({}, &all, &error));
    for (const Device &d : std::as_const(all))
        QVERIFY2(d.label.isEmpty(), qPrintable(d.label)); // nothing written
}

void TestDevices::olderHistoryFillsTheInventory()
{
    // A history of version 3 (before the inventory) with two scans: opening it
    // makes the devices those scans saw, the newer scan last.
    const QString path = m_dir->filePath(QStringLiteral("v3.sqlite"));
    QString error;
    QVERIFY(HistoryStore::createAtVersion(path, 3, &error));
    {
        HistoryStore old;
        QString notice;
        QVERIFY(old.open(path, &notice, &error)); // migrates to the newest version
    }
    // Put the rows in as version 3 would have: written through today's store,
    // then the inventory emptied and the version set back.
    {
        HistoryStore fill;
        QString notice;
        QVERIFY(fill.open(path, &notice, &error));
        qint64 id = 0;
        QVERIFY(fill.save(scanOf(0, QStringLiteral("22"),
                              { { QStringLiteral("198.18.0.80"), HostStatus::Up, {}, { 22 } } }),
            &id, &error));
        QVERIFY(fill.save(scanOf(5, QStringLiteral("22"),
                              { { QStringLiteral("198.18.0.80"), HostStatus::Down },
                                  { QStringLiteral("198.18.0.81"), HostStatus::Up } }),
            &id, &error));
    }
    {
        const QString name = QStringLiteral("rewind");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql :
            { "DROP TABLE watch_events", "DROP TABLE watch_state", "DROP TABLE watches",
                "DROP TABLE device_ports", "DROP TABLE device_names", "DROP TABLE device_addresses",
                "DROP TABLE devices", "ALTER TABLE hosts DROP COLUMN all_ports",
                "ALTER TABLE results DROP COLUMN seq", "ALTER TABLE results DROP COLUMN protocol",
                "ALTER TABLE results DROP COLUMN reason_from",
                "ALTER TABLE scans DROP COLUMN open_filtered",
                "ALTER TABLE hosts DROP COLUMN closed_udp", "DROP INDEX scans_scanner",
                "ALTER TABLE scans DROP COLUMN scanner", "PRAGMA user_version = 3" })
            QVERIFY2(q.exec(QLatin1String(sql)), sql);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rewind"));
    HistoryStore store;
    QString notice;
    QVERIFY2(store.open(path, &notice, &error), qPrintable(error));
    DeviceStore devices(store);
    QList<Device> all;
    QVERIFY(devices.list({}, &all, &error));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].address(), QStringLiteral("198.18.0.81")); // most recently seen first
    QCOMPARE(all[1].address(), QStringLiteral("198.18.0.80"));
    QVERIFY(!all[1].up);
    QCOMPARE(all[1].downSince, t0.addSecs(300));
    QCOMPARE(all[1].portList(), QList<quint16> { 22 });
}

void TestDevices::csvRead_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<int>("badLine");
    using Rows = QList<QStringList>;
    QTest::newRow("plain, LF, no last newline")
        << QByteArray("a,b\nc,d") << true << Rows { { "a", "b" }, { "c", "d" } } << 0;
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << true
                          << Rows { { "a", "b" }, { "c", "d" } } << 0;
    QTest::newRow("quoted comma, quote, newline")
        << QByteArray("\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\n") << true
        << Rows { { "x,y", "say \"hi\"", "two\nlines" } } << 0;
    QTest::newRow("empty cells") << QByteArray(",\n\"\"\n") << true << Rows { { "", "" }, { "" } }
                                 << 0;
    QTest::newRow("blank lines skipped")
        << QByteArray("\na\n\n  \nb\n") << true << Rows { { "a" }, { "b" } } << 0;
    QTest::newRow("UTF-8 with BOM")
        << QByteArray("\xef\xbb\xbf\xc3\xa9t\xc3\xa9,b\n") << true
        << Rows { { QString::fromUtf8("\xc3\xa9t\xc3\xa9"), "b" } } << 0;
    QTest::newRow("quote never closes") << QByteArray("a\nb,\"c\nd\n") << false << Rows {} << 2;
    QTest::newRow("quote inside a cell") << QByteArray("a\nb\nx\"y\n") << false << Rows {} << 3;
    QTest::newRow("text after a closing quote")
        << QByteArray("\"a\"b,c\n") << false << Rows {} << 1;
}

void TestDevices::csvRead()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);
    QFETCH(QList<QStringList>, rows);
    QFETCH(int, badLine);
    QList<QStringList> got;
    int line = 0;
    QCOMPARE(CsvFormat::read(data, &got, &line), ok);
    if (ok)
        QCOMPARE(got, rows);
    else
        QCOMPARE(line, badLine);
}

void TestDevices::formats()
{
    save(scanOf(0, QStringLiteral("22,80"),
        { { QStringLiteral("198.18.0.10"), HostStatus::Up, QStringLiteral("00:1b:21:aa:bb:cc"),
            { 22, 80 }, { QStringLiteral("nas.lan") } } }));
    const qint64 id = only().id;
    QString error;
    QVERIFY(m_devices->setLabel(id, QStringLiteral("=cmd|' /C calc'!A0"), &error));
    const Device d = only();
    const QJsonArray array = QJsonDocument::fromJson(DeviceFormat::toJson({ d })).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject o = array.first().toObject();
    for (const char *key : { "mac", "addresses", "names", "label", "notes", "vendor", "known", "up",
             "first_seen", "last_seen", "open_ports", "down_since", "name_sources", "scanner" })
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("mac")).toString(), QStringLiteral("00:1B:21:AA:BB:CC"));
    QCOMPARE(o.value(QStringLiteral("addresses")).toArray().first().toString(),
        QStringLiteral("198.18.0.10"));
    QCOMPARE(
        o.value(QStringLiteral("names")).toArray().first().toString(), QStringLiteral("nas.lan"));
    QCOMPARE(o.value(QStringLiteral("first_seen")).toString(),
        QStringLiteral("2026-12-01T10:00:00.000Z"));
    QVERIFY(o.value(QStringLiteral("down_since")).isNull());
    QCOMPARE(o.value(QStringLiteral("known")).toBool(), false);
    const QJsonArray ports = o.value(QStringLiteral("open_ports")).toArray();
    QCOMPARE(ports.size(), 2);
    QCOMPARE(ports[0].toObject().value(QStringLiteral("port")).toInt(), 22);
    QCOMPARE(
        ports[0].toObject().value(QStringLiteral("service")).toString(), QStringLiteral("ssh"));
    // CSV: the header, then the row, the label neutralised as a formula.
    const QList<QByteArray> lines = DeviceFormat::toCsv({ d }).split('\n');
    QCOMPARE(lines[0],
        QByteArray("id,address,addresses,mac,label,notes,names,vendor,known,up,first_seen,"
                   "last_seen,down_since,open_ports,scanner\r"));
    QVERIFY2(lines[1].contains(",'=cmd|' /C calc'!A0,"), lines[1].constData());
    QVERIFY2(lines[1].endsWith(",22 80," + ScannerName::current().toUtf8() + "\r"),
        lines[1].constData());
    QCOMPARE(o.value(QStringLiteral("scanner")).toString(), ScannerName::current());
    // Text: the label, marked new, and the ports with their services.
    const QString text = QString::fromUtf8(DeviceFormat::toText({ d }));
    QVERIFY(text.contains(QStringLiteral("(new)")));
    QVERIFY(text.contains(QStringLiteral("22/ssh 80/http")));
    QVERIFY(QString::fromUtf8(DeviceFormat::toText({})).contains(QStringLiteral("No devices")));
}

void TestDevices::sitesShareOneStore()
{
    // Two scanners writing to one SQLite file (the same checks run on PostgreSQL
    // in tst_pgstore).
    QString why;
    const QString where = m_stores.fresh(m_dir->filePath(QStringLiteral("shared.sqlite")), &why);
    QVERIFY2(!where.isEmpty(), qPrintable(why));
    SiteChecks::sitesShareOneStore(where);
}

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
