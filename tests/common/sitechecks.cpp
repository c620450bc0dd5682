#include "common/sitechecks.h"

#include <QScopeGuard>
#include <QTest>

#include "common/samplereport.h"
#include "core/history/devicestore.h"
#include "core/history/historystore.h"
#include "core/history/scannername.h"
#include "core/watch/watchstore.h"

namespace SiteChecks {
namespace {

const QDateTime t0 = QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);

// A scan of port 22 at t0 + minutes: each address up (with its MAC, if any) and
// 22 open, or down.
ScanReport scanOf(int minutes, const QList<std::tuple<const char *, bool, QString>> &hosts)
{
    ScanReport r;
    r.targets = QStringLiteral("198.18.0.0/24");
    r.ports = QStringLiteral("22");
    r.started = t0.addSecs(60LL * minutes);
    r.summary.discovery = true;
    quint32 id = 0;
    for (const auto &[address, up, mac] : hosts) {
        HostState h = SampleReport::host(id, address, up ? HostStatus::Up : HostStatus::Down,
            up ? HostReason::SynAck : HostReason::NoResponse, 1.0);
        h.mac = mac;
        r.hostStates.append(h);
        if (up)
            r.results.append(
                SampleReport::result(id, address, 22, PortState::Open, PortReason::SynAck));
        ++id;
    }
    return r;
}

// A store opened as scanner (what it records), or with filter (what it lists).
std::unique_ptr<HistoryStore> openAs(
    const QString &location, const QString &scanner, const QString &filter = {})
{
    ScannerName::set(scanner);
    auto store = std::make_unique<HistoryStore>();
    QString notice;
    QString error;
    if (!store->open(location, &notice, &error)) {
        QTest::qFail(
            qPrintable(QStringLiteral("open as %1: %2").arg(scanner, error)), __FILE__, __LINE__);
        return nullptr;
    }
    store->setScannerFilter(filter);
    return store;
}

QStringList scannersOf(const QList<Device> &devices)
{
    QStringList out;
    for (const Device &d : devices)
        out.append(d.address() + QLatin1Char('@') + d.scanner);
    out.sort();
    return out;
}

} // namespace

void sitesShareOneStore(const QString &location)
{
    const auto restore = qScopeGuard([] { ScannerName::set(QString()); });
    const QString a = QStringLiteral("site-a");
    const QString b = QStringLiteral("site-b");
    const QString mac = QStringLiteral("00:1B:21:AA:BB:CC");
    auto siteA = openAs(location, a);
    auto siteB = openAs(location, b);
    QVERIFY(siteA && siteB);
    QCOMPARE(siteA->scanner(), a);
    QCOMPARE(siteB->scanner(), b);
    QString error;
    qint64 id = 0;
    // The same private address at both sites, no MAC: two devices. The laptop
    // (a MAC) moves from site a to site b: one device.
    QVERIFY2(siteA->save(scanOf(0, { { "198.18.0.10", true, {} }, { "198.18.0.20", true, mac } }),
                 &id, &error),
        qPrintable(error));
    QVERIFY2(siteB->save(scanOf(1, { { "198.18.0.10", true, {} }, { "198.18.1.20", true, mac } }),
                 &id, &error),
        qPrintable(error));
    QList<Device> all;
    QVERIFY2(DeviceStore(*siteA).list({}, &all, &error), qPrintable(error));
    QCOMPARE(scannersOf(all),
        QStringList({ QStringLiteral("198.18.0.10@site-a"), QStringLiteral("198.18.0.10@site-b"),
            QStringLiteral("198.18.1.20@site-b") }));
    // Site b finds its 198.18.0.10 down: site a's stays up.
    QVERIFY(siteB->save(scanOf(2, { { "198.18.0.10", false, {} } }), &id, &error));
    QVERIFY(DeviceStore(*siteA).list({}, &all, &error));
    for (const Device &d : std::as_const(all)) {
        if (d.address() == QLatin1String("198.18.0.10"))
            QCOMPARE(d.up, d.scanner == a);
    }
    // The laptop has both addresses, and site a sees it again: still one device.
    QVERIFY(siteA->save(scanOf(3, { { "198.18.0.20", true, mac } }), &id, &error));
    QVERIFY(DeviceStore(*siteA).list({}, &all, &error));
    QCOMPARE(all.size(), 3);
    const Device laptop = all.first(); // seen last
    QCOMPARE(laptop.mac, mac);
    QCOMPARE(laptop.scanner, a);
    QCOMPARE(laptop.addresses.size(), 2);

    // An address both sites have names no single device; a filter does.
    qint64 found = 0;
    QVERIFY(!DeviceStore(*siteA).find(QStringLiteral("198.18.0.10"), &found, &error));
    QVERIFY2(error.contains(QStringLiteral("--scanner")), qPrintable(error));
    auto onlyB = openAs(location, a, b);
    QVERIFY(onlyB);
    QVERIFY2(
        DeviceStore(*onlyB).find(QStringLiteral("198.18.0.10"), &found, &error), qPrintable(error));
    Device device;
    QVERIFY(DeviceStore(*onlyB).get(found, &device, &error));
    QCOMPARE(device.scanner, b);
    QVERIFY(DeviceStore(*onlyB).list({}, &all, &error));
    QCOMPARE(scannersOf(all), QStringList { QStringLiteral("198.18.0.10@site-b") });

    // The scans: each with its scanner, the list filtered by it.
    QList<HistoryStore::Entry> scans;
    QVERIFY(siteA->list({}, &scans, &error));
    QStringList made;
    for (const HistoryStore::Entry &e : std::as_const(scans))
        made.append(e.scanner);
    QCOMPARE(made, QStringList({ a, b, b, a })); // newest first
    QVERIFY(onlyB->list({}, &scans, &error));
    QCOMPARE(scans.size(), 2);
    QVERIFY(onlyB->list(QStringLiteral("198.18.1.20"), &scans, &error));
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().scanner, b);

    // Watches: each site runs its own; events say whose run found them.
    for (const auto &[store, name] : { std::pair { siteA.get(), QStringLiteral("lan-a") },
             std::pair { siteB.get(), QStringLiteral("lan-b") } }) {
        Watch w;
        w.name = name;
        w.targets = QStringLiteral("198.18.0.0/24");
        w.ports = QStringLiteral("22");
        w.nextRun = t0;
        QVERIFY2(WatchStore(*store).add(&w, &error), qPrintable(error));
        QCOMPARE(w.scanner, store->scanner());
    }
    QStringList due;
    QVERIFY(WatchStore(*siteA).due(t0.addSecs(60), &due, &error));
    QCOMPARE(due, QStringList { QStringLiteral("lan-a") });
    QVERIFY(WatchStore(*siteB).due(t0.addSecs(60), &due, &error));
    QCOMPARE(due, QStringList { QStringLiteral("lan-b") });
    for (HistoryStore *store : { siteA.get(), siteB.get() }) {
        WatchStore watches(*store);
        QStringList names;
        QVERIFY(watches.due(t0.addSecs(60), &names, &error));
        Watch w;
        bool claimed = false;
        QVERIFY(watches.claim(names.value(0), true, t0.addSecs(60), &w, &claimed, &error));
        QVERIFY(claimed);
        WatchEvent e;
        e.time = t0.addSecs(60);
        e.kind = QStringLiteral("device-new");
        e.address = QStringLiteral("198.18.0.10");
        QList<WatchEvent> events { e };
        QVERIFY2(watches.finish(w, e.time, 0, &events, {}, &error), qPrintable(error));
        QCOMPARE(events.first().scanner, store->scanner());
    }
    QList<WatchEvent> events;
    QVERIFY(WatchStore(*siteA).events({}, {}, &events, &error));
    QCOMPARE(events.size(), 2);
    QVERIFY(WatchStore(*onlyB).events({}, {}, &events, &error));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().watch, QStringLiteral("lan-b"));
    QCOMPARE(events.first().scanner, b);
    QList<Watch> watchList;
    QVERIFY(WatchStore(*onlyB).list(&watchList, &error));
    QCOMPARE(watchList.size(), 1);
    QCOMPARE(watchList.first().name, QStringLiteral("lan-b"));

    // Each site trims its own scans: site a keeps its newest, site b keeps both.
    QVERIFY2(siteA->trim(1, &error), qPrintable(error));
    QVERIFY(siteB->list({}, &scans, &error));
    made.clear();
    for (const HistoryStore::Entry &e : std::as_const(scans))
        made.append(e.scanner);
    QCOMPARE(made, QStringList({ a, b, b }));
}

} // namespace SiteChecks
