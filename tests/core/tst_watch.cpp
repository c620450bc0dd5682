// Watches: intervals, the events a run makes of what the watch remembers (pure),
// the store (names, the run lock, a run's record in one piece), and whole runs
// against a simulated network where hosts appear, go away and open and close
// ports between runs.
#include <unistd.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/isolatedtest.h"
#include "common/netns.h"
#include "common/notifybus.h"
#include "common/skip.h"
#include "common/teststore.h"
#include "common/tunlab.h"
#include "common/vethpeer.h"
#include "core/history/devicestore.h"
#include "core/history/historystore.h"
#include "core/spec/scanoptionsjson.h"
#include "core/watch/desktopnotifier.h"
#include "core/watch/watchdiff.h"
#include "core/watch/watchrunner.h"
#include "core/watch/watchstore.h"

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

WatchDiff::Observation seen(const QString &key, const QString &address,
    const QList<quint16> &open = {}, const QString &mac = {})
{
    WatchDiff::Observation o;
    o.key = key;
    o.now.address = address;
    o.now.mac = mac;
    for (quint16 p : open)
        o.now.ports.insert(p, WatchDiff::PortSeen { QStringLiteral("svc"), {}, {}, {}, {}, {} });
    return o;
}

WatchDiff::Run runAt(int minutes, bool baseline = false)
{
    WatchDiff::Run r;
    r.watch = QStringLiteral("lan");
    r.time = t0.addSecs(60LL * minutes);
    r.baseline = baseline;
    r.covered = { 22, 80, 443, 8080 };
    return r;
}

// "kind address[:port]" of each event, in order; a UDP port as 53/udp.
QStringList kinds(const QList<WatchEvent> &events)
{
    QStringList out;
    for (const WatchEvent &e : events)
        out.append(e.kind + QLatin1Char(' ') + e.address
            + (e.port >= 0 ? QLatin1Char(':') + e.portText() : QString()));
    return out;
}

QString v4(int offset)
{
    return QStringLiteral("198.18.0.%1").arg(offset);
}

} // namespace

class TestWatch : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void intervals_data();
    void intervals();
    void optionsRoundTrip();
    void baselineIsQuiet();
    void newDeviceCarriesItsPorts();
    void portsOpenAndCloseAmongThoseCovered();
    void goneAfterTwoMissesAndBack();
    void addressChangeKeepsTheDevice();
    void serviceChangeNeedsDetectionBothTimes();
    void certificateWarnedOnce();
    void discoveryAloneKeepsPorts();
    void udpPortsAreTheirOwn();
    void udpEventsAreStored();
    void storeNamesAndLock();
    void claimOfADeadProcessIsTakenOver();
    void finishRecordsOnePiece();
    void runsAgainstTheLab();
    void addressChangeOnARealLink();
    void notificationShownAndActivated();

private:
    // A new store for a test: a file in dir, or a database on PostgreSQL in
    // tst_watch_postgresql (TestStore).
    QString storeIn(const QTemporaryDir &dir);
    TestStore m_stores;
    // Adds a watch every 15 minutes, without names, to the history at path.
    static bool addWatch(const QString &path, const QString &name, const QString &targets,
        const QString &ports, int timeoutMs, QString *error);
    bool runWatch(WatchRunner *runner, const QString &name, const QDateTime &now,
        WatchRunner::Result *result);
};

void TestWatch::intervals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds");
    QTest::newRow("15m") << "15m" << 900;
    QTest::newRow("2h") << "2h" << 7200;
    QTest::newRow("1d") << "1d" << 86400;
    QTest::newRow("1h30m") << "1h30m" << 5400;
    QTest::newRow("90s") << "90s" << 90;
    QTest::newRow("upper case") << "2H" << 7200;
    QTest::newRow("1w") << "1w" << 604800;
    QTest::newRow("under a minute") << "59s" << -1;
    QTest::newRow("zero") << "0m" << -1;
    QTest::newRow("no unit") << "15" << -1;
    QTest::newRow("unknown unit") << "3y" << -1;
    QTest::newRow("negative") << "-5m" << -1;
    QTest::newRow("over a year") << "400d" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("words") << "hourly" << -1;
}

void TestWatch::intervals()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    int got = -1;
    QCOMPARE(Watch::parseInterval(text, &got), seconds > 0);
    if (seconds > 0) {
        QCOMPARE(got, seconds);
        int again = 0;
        QVERIFY(Watch::parseInterval(Watch::intervalText(got), &again)); // reads back
        QCOMPARE(again, seconds);
    }
}

void TestWatch::optionsRoundTrip()
{
    ScanOptions o;
    o.discovery = ScanOptions::Discovery::Skip;
    o.discoveryPorts = { 22, 8443 };
    o.timeoutMs = 250;
    o.retries = 3;
    o.detectServices = true;
    o.serviceConnections = 2;
    o.reverseDns = false;
    o.snmpCommunity = QByteArrayLiteral("lab-ro");
    ScanOptions back;
    QString error;
    QVERIFY(ScanOptionsJson::fromJson(ScanOptionsJson::toJson(o), &back, &error));
    QCOMPARE(back.discovery, o.discovery);
    QCOMPARE(back.discoveryPorts, o.discoveryPorts);
    QCOMPARE(back.timeoutMs, 250);
    QCOMPARE(back.retries, 3);
    QVERIFY(back.detectServices);
    QCOMPARE(back.serviceConnections, 2);
    QVERIFY(!back.reverseDns);
    QCOMPARE(back.snmpCommunity, QByteArray("lab-ro"));
    // Options saved before UDP have no community: the default stays.
    QJsonObject older = ScanOptionsJson::toJson(o);
    older.remove(QStringLiteral("snmp_community"));
    QVERIFY(ScanOptionsJson::fromJson(older, &back, &error));
    QCOMPARE(back.snmpCommunity, QByteArray("lab-ro")); // untouched: fromJson keeps what it had
    ScanOptions fresh;
    QVERIFY(ScanOptionsJson::fromJson(older, &fresh, &error));
    QCOMPARE(fresh.snmpCommunity, QByteArray("public"));
    // Out of range or of the wrong type: refused, naming the option.
    for (const auto &[key, value] : { std::pair { "timeout_ms", QJsonValue(5) },
             std::pair { "retries", QJsonValue(QStringLiteral("3")) },
             std::pair { "discovery", QJsonValue(QStringLiteral("sometimes")) },
             std::pair { "banners", QJsonValue(1) }, std::pair { "concurrency", QJsonValue(1.5) },
             std::pair { "snmp_community", QJsonValue(7) },
             std::pair { "snmp_community", QJsonValue(QString(256, QLatin1Char('x'))) } }) {
        QJsonObject bad = ScanOptionsJson::toJson(o);
        bad.insert(QLatin1String(key), value);
        QVERIFY2(!ScanOptionsJson::fromJson(bad, &back, &error), key);
        QVERIFY2(error.contains(QLatin1String(key)), qPrintable(error));
    }
}

void TestWatch::baselineIsQuiet()
{
    WatchDiff::State state;
    const auto events = WatchDiff::compare(&state,
        { seen(QStringLiteral("device:1"), v4(1), { 22 }),
            seen(QStringLiteral("device:2"), v4(2)) },
        runAt(0, true));
    QVERIFY(events.isEmpty());
    QCOMPARE(state.size(), 2);
    QCOMPARE(
        state.value(QStringLiteral("device:1")).ports.keys(), QList<WatchDiff::PortKey> { 22 });
    // The same again: nothing changed.
    QVERIFY(WatchDiff::compare(&state,
        { seen(QStringLiteral("device:1"), v4(1), { 22 }),
            seen(QStringLiteral("device:2"), v4(2)) },
        runAt(15))
                .isEmpty());
}

void TestWatch::newDeviceCarriesItsPorts()
{
    WatchDiff::State state;
    WatchDiff::compare(&state, { seen(QStringLiteral("device:1"), v4(1)) }, runAt(0, true));
    const auto events = WatchDiff::compare(&state,
        { seen(QStringLiteral("device:1"), v4(1)),
            seen(QStringLiteral("device:7"), v4(7), { 22, 80 },
                QStringLiteral("02:00:00:00:00:07")) },
        runAt(15));
    QCOMPARE(
        kinds(events), QStringList { QStringLiteral("device-new 198.18.0.7") }); // no port events
    const QJsonObject after = events[0].after.toObject();
    QCOMPARE(after.value(QStringLiteral("open_ports")).toArray().size(), 2);
    QCOMPARE(after.value(QStringLiteral("open_ports"))
                 .toArray()[1]
                 .toObject()[QStringLiteral("port")]
                 .toInt(),
        80);
    QCOMPARE(events[0].mac, QStringLiteral("02:00:00:00:00:07"));
    QCOMPARE(events[0].time, t0.addSecs(900));
    QCOMPARE(events[0].watch, QStringLiteral("lan"));
    QVERIFY(events[0].before.isNull());
}

void TestWatch::portsOpenAndCloseAmongThoseCovered()
{
    WatchDiff::State state;
    const QString key = QStringLiteral("device:1");
    WatchDiff::compare(&state, { seen(key, v4(1), { 22, 80, 9999 }) }, runAt(0, true));
    // 80 closed, 443 opened; 9999 is outside what this run covered: still known open.
    const auto events = WatchDiff::compare(&state, { seen(key, v4(1), { 22, 443 }) }, runAt(15));
    QCOMPARE(kinds(events),
        (QStringList { QStringLiteral("port-opened 198.18.0.1:443"),
            QStringLiteral("port-closed 198.18.0.1:80") }));
    QCOMPARE(events[1].before.toObject()[QStringLiteral("port")].toInt(), 80);
    QVERIFY(events[1].after.isNull());
    QCOMPARE(state.value(key).ports.keys(), (QList<WatchDiff::PortKey> { 22, 443, 9999 }));
}

void TestWatch::goneAfterTwoMissesAndBack()
{
    WatchDiff::State state;
    const QString a = QStringLiteral("device:1");
    const QString b = QStringLiteral("device:2");
    WatchDiff::compare(&state, { seen(a, v4(1), { 22 }), seen(b, v4(2)) }, runAt(0, true));
    // One lost run is no alarm.
    QVERIFY(WatchDiff::compare(&state, { seen(a, v4(1), { 22 }) }, runAt(15)).isEmpty());
    QCOMPARE(state.value(b).missed, 1);
    // Back before the second: still nothing, and the count starts again.
    QVERIFY(WatchDiff::compare(&state, { seen(a, v4(1), { 22 }), seen(b, v4(2)) }, runAt(30))
                .isEmpty());
    QCOMPARE(state.value(b).missed, 0);
    // Two in a row: gone, once, with what it had open.
    QVERIFY(WatchDiff::compare(&state, { seen(b, v4(2)) }, runAt(45)).isEmpty());
    auto events = WatchDiff::compare(&state, { seen(b, v4(2)) }, runAt(60));
    QCOMPARE(kinds(events), QStringList { QStringLiteral("device-gone 198.18.0.1") });
    QCOMPARE(events[0].before.toObject()[QStringLiteral("open_ports")].toArray().size(), 1);
    QVERIFY(WatchDiff::compare(&state, { seen(b, v4(2)) }, runAt(75)).isEmpty());
    // Back, with a port more: device-back carries its ports, no port event.
    events = WatchDiff::compare(&state, { seen(a, v4(1), { 22, 80 }), seen(b, v4(2)) }, runAt(90));
    QCOMPARE(kinds(events), QStringList { QStringLiteral("device-back 198.18.0.1") });
    QCOMPARE(events[0].after.toObject()[QStringLiteral("open_ports")].toArray().size(), 2);
    // gone-after 1: the first miss is enough.
    WatchDiff::Run quick = runAt(105);
    quick.goneAfter = 1;
    QCOMPARE(kinds(WatchDiff::compare(&state, { seen(a, v4(1), { 22, 80 }) }, quick)),
        QStringList { QStringLiteral("device-gone 198.18.0.2") });
}

void TestWatch::addressChangeKeepsTheDevice()
{
    WatchDiff::State state;
    const QString key = QStringLiteral("device:3");
    const QString mac = QStringLiteral("02:00:00:00:00:03");
    WatchDiff::compare(&state, { seen(key, v4(3), { 22 }, mac) }, runAt(0, true));
    const auto events = WatchDiff::compare(&state, { seen(key, v4(30), { 22 }, mac) }, runAt(15));
    QCOMPARE(kinds(events), QStringList { QStringLiteral("address-changed 198.18.0.30") });
    QCOMPARE(events[0].before.toString(), v4(3));
    QCOMPARE(events[0].after.toString(), v4(30));
    QCOMPARE(events[0].mac, mac);
}

void TestWatch::serviceChangeNeedsDetectionBothTimes()
{
    const QString key = QStringLiteral("device:1");
    const auto withService = [&](const QString &product, const QString &version) {
        WatchDiff::Observation o = seen(key, v4(1));
        o.now.ports.insert(
            22, WatchDiff::PortSeen { QStringLiteral("ssh"), product, version, {}, {}, {} });
        return o;
    };
    WatchDiff::State state;
    WatchDiff::compare(&state, { withService(QStringLiteral("OpenSSH"), QStringLiteral("9.2p1")) },
        runAt(0, true));
    // Detection off this time: no word on the product, no change.
    QVERIFY(WatchDiff::compare(&state, { withService({}, {}) }, runAt(15)).isEmpty());
    QVERIFY(WatchDiff::compare(
        &state, { withService(QStringLiteral("OpenSSH"), QStringLiteral("9.2p1")) }, runAt(30))
                .isEmpty());
    const auto events = WatchDiff::compare(
        &state, { withService(QStringLiteral("OpenSSH"), QStringLiteral("9.6p1")) }, runAt(45));
    QCOMPARE(kinds(events), QStringList { QStringLiteral("service-changed 198.18.0.1:22") });
    QCOMPARE(
        events[0].before.toObject()[QStringLiteral("version")].toString(), QStringLiteral("9.2p1"));
    QCOMPARE(
        events[0].after.toObject()[QStringLiteral("version")].toString(), QStringLiteral("9.6p1"));
    QVERIFY(events[0].text().contains(QStringLiteral("OpenSSH 9.6p1")));
}

void TestWatch::certificateWarnedOnce()
{
    const QString key = QStringLiteral("device:1");
    const auto withCert = [&](const QDateTime &notAfter) {
        WatchDiff::Observation o = seen(key, v4(1));
        o.now.ports.insert(443,
            WatchDiff::PortSeen { QStringLiteral("https"), QStringLiteral("nginx"), {}, notAfter,
                QStringLiteral("CN=lab"), {} });
        return o;
    };
    const QDateTime far = t0.addDays(90);
    const QDateTime soon = t0.addDays(10);
    WatchDiff::State state;
    WatchDiff::compare(&state, { withCert(far) }, runAt(0, true));
    QVERIFY(WatchDiff::compare(&state, { withCert(far) }, runAt(15)).isEmpty());
    // A new certificate that runs out in 10 days (within 14): said once.
    auto events = WatchDiff::compare(&state, { withCert(soon) }, runAt(30));
    QCOMPARE(kinds(events), QStringList { QStringLiteral("certificate-expiring 198.18.0.1:443") });
    QCOMPARE(events[0].after.toObject()[QStringLiteral("days_left")].toInt(), 9);
    QCOMPARE(
        events[0].after.toObject()[QStringLiteral("subject")].toString(), QStringLiteral("CN=lab"));
    QVERIFY(WatchDiff::compare(&state, { withCert(soon) }, runAt(45)).isEmpty());
    // The state survives its JSON (as the store keeps it) with the warning.
    WatchDiff::State copy;
    for (auto it = state.cbegin(); it != state.cend(); ++it)
        copy.insert(it.key(), WatchDiff::DeviceSeen::fromJson(it->toJson()));
    QVERIFY(WatchDiff::compare(&copy, { withCert(soon) }, runAt(60)).isEmpty());
    // With 5 days as the limit, 10 days left says nothing.
    WatchDiff::State other;
    WatchDiff::compare(&other, { withCert(far) }, runAt(0, true));
    WatchDiff::Run strict = runAt(30);
    strict.certificateDays = 5;
    QVERIFY(WatchDiff::compare(&other, { withCert(soon) }, strict).isEmpty());
}

void TestWatch::discoveryAloneKeepsPorts()
{
    WatchDiff::State state;
    const QString key = QStringLiteral("device:1");
    WatchDiff::compare(&state, { seen(key, v4(1), { 22, 80 }) }, runAt(0, true));
    WatchDiff::Run ping = runAt(15);
    ping.portsScanned = false;
    ping.covered.clear();
    QVERIFY(WatchDiff::compare(&state, { seen(key, v4(1)) }, ping).isEmpty());
    QCOMPARE(state.value(key).ports.keys(), (QList<WatchDiff::PortKey> { 22, 80 }));
}

void TestWatch::udpPortsAreTheirOwn()
{
    using WatchDiff::PortKey;
    const PortKey dnsUdp(53, Protocol::Udp);
    const PortKey snmp(161, Protocol::Udp);
    const QString key = QStringLiteral("device:1");
    WatchDiff::Run run = runAt(0, true);
    run.covered = { 22, 53, dnsUdp, snmp };
    WatchDiff::State state;
    WatchDiff::Observation first = seen(key, v4(1), { 22 });
    first.now.ports.insert(
        dnsUdp, WatchDiff::PortSeen { QStringLiteral("domain"), {}, {}, {}, {}, {} });
    WatchDiff::compare(&state, { first }, run);
    // 53/tcp opens beside 53/udp, which stays silent this time (no news: still
    // open); 161/udp answers.
    WatchDiff::Observation second = seen(key, v4(1), { 22, 53 });
    second.now.ports.insert(
        snmp, WatchDiff::PortSeen { QStringLiteral("snmp"), {}, {}, {}, {}, {} });
    second.silent.insert(dnsUdp);
    run.baseline = false;
    run.time = run.time.addSecs(900);
    auto events = WatchDiff::compare(&state, { second }, run);
    QCOMPARE(kinds(events),
        (QStringList { QStringLiteral("port-opened 198.18.0.1:53"),
            QStringLiteral("port-opened 198.18.0.1:161/udp") }));
    QCOMPARE(events[1].protocol, Protocol::Udp);
    QCOMPARE(events[1].text(), QStringLiteral("198.18.0.1: port 161/udp opened (snmp)"));
    QCOMPARE(events[1].toJson()[QStringLiteral("protocol")].toString(), QStringLiteral("udp"));
    QCOMPARE(
        events[1].after.toObject()[QStringLiteral("protocol")].toString(), QStringLiteral("udp"));
    QCOMPARE(state.value(key).ports.keys(), (QList<PortKey> { 22, 53, dnsUdp, snmp }));
    // Now 53/udp draws a port-unreachable (not listed, not silent): closed; 53/tcp stays.
    run.time = run.time.addSecs(900);
    WatchDiff::Observation third = seen(key, v4(1), { 22, 53 });
    third.now.ports.insert(
        snmp, WatchDiff::PortSeen { QStringLiteral("snmp"), {}, {}, {}, {}, {} });
    events = WatchDiff::compare(&state, { third }, run);
    QCOMPARE(kinds(events), QStringList { QStringLiteral("port-closed 198.18.0.1:53/udp") });
    QCOMPARE(events[0].text(), QStringLiteral("198.18.0.1: port 53/udp closed"));
    // The state, saved and read again, keeps them apart; a state saved before UDP
    // (ports by number alone) reads as TCP's.
    const QJsonObject saved = state.value(key).toJson();
    QCOMPARE(saved[QStringLiteral("ports")].toObject().keys(),
        (QStringList { QStringLiteral("161/udp"), QStringLiteral("22"), QStringLiteral("53") }));
    QCOMPARE(
        WatchDiff::DeviceSeen::fromJson(saved).ports.keys(), (QList<PortKey> { 22, 53, snmp }));
    const QJsonObject older { { QStringLiteral("address"), v4(1) },
        { QStringLiteral("ports"),
            QJsonObject { { QStringLiteral("22"), QJsonObject {} },
                { QStringLiteral("53/sctp"), QJsonObject {} },
                { QStringLiteral("x"), QJsonObject {} } } } };
    QCOMPARE(WatchDiff::DeviceSeen::fromJson(older).ports.keys(), QList<PortKey> { 22 });
}

void TestWatch::udpEventsAreStored()
{
    QTemporaryDir dir;
    HistoryStore history;
    QString notice;
    QString error;
    QVERIFY(history.open(storeIn(dir), &notice, &error));
    WatchStore store(history);
    Watch w;
    w.name = QStringLiteral("udp");
    w.targets = QStringLiteral("198.18.0.1");
    w.ports = QStringLiteral("T:53,U:53");
    w.everySeconds = 600;
    QVERIFY(store.add(&w, &error));
    bool ok = false;
    QVERIFY(store.claim(w.name, false, t0, &w, &ok, &error) && ok);
    WatchDiff::State state;
    WatchDiff::compare(&state, { seen(QStringLiteral("device:1"), v4(1), { 53 }) }, runAt(0, true));
    WatchDiff::Observation o = seen(QStringLiteral("device:1"), v4(1), { 53 });
    o.now.ports.insert(WatchDiff::PortKey(53, Protocol::Udp),
        WatchDiff::PortSeen { QStringLiteral("domain"), {}, {}, {}, {}, {} });
    QList<WatchEvent> events = WatchDiff::compare(&state, { o }, runAt(15));
    QCOMPARE(kinds(events), QStringList { QStringLiteral("port-opened 198.18.0.1:53/udp") });
    QVERIFY2(store.finish(w, t0, 0, &events, state, &error), qPrintable(error));
    QList<WatchEvent> stored;
    QVERIFY(store.events(w.name, QDateTime(), &stored, &error));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].port, 53);
    QCOMPARE(stored[0].protocol, Protocol::Udp);
    WatchDiff::State back;
    QVERIFY(store.state(w.id, &back, &error));
    QCOMPARE(back.value(QStringLiteral("device:1")).ports.keys(),
        (QList<WatchDiff::PortKey> { 53, WatchDiff::PortKey(53, Protocol::Udp) }));
}

void TestWatch::storeNamesAndLock()
{
    QTemporaryDir dir;
    HistoryStore history;
    QString notice;
    QString error;
    QVERIFY(history.open(storeIn(dir), &notice, &error));
    WatchStore store(history);
    Watch w;
    w.name = QStringLiteral("office lan");
    w.targets = QStringLiteral("198.18.0.0/24");
    w.ports = QStringLiteral("22,80");
    w.everySeconds = 900;
    w.created = t0;
    QVERIFY2(store.add(&w, &error), qPrintable(error));
    QVERIFY(w.id > 0);
    Watch again = w;
    QVERIFY(!store.add(&again, &error));
    QVERIFY(error.contains(QStringLiteral("already")));
    for (const QString &bad : { QString(), QStringLiteral(" lead"), QStringLiteral("a;b"),
             QStringLiteral("x").repeated(65), QStringLiteral("-dash") }) {
        Watch b;
        b.name = bad;
        QVERIFY2(!store.add(&b, &error), qPrintable(bad));
    }
    // Due at once (the baseline), by the given clock.
    QStringList due;
    QVERIFY(store.due(t0, &due, &error));
    QCOMPARE(due, QStringList { w.name });
    QVERIFY(store.due(t0.addSecs(-1), &due, &error));
    QVERIFY(due.isEmpty());
    // Claimed once: a second claim (another runner) is refused until it is released.
    Watch claimed;
    bool ok = false;
    QVERIFY(store.claim(w.name, true, t0, &claimed, &ok, &error));
    QVERIFY(ok);
    QVERIFY(claimed.runningSince.isValid());
    bool second = true;
    QVERIFY(store.claim(w.name, false, t0, &claimed, &second, &error));
    QVERIFY(!second);
    QVERIFY(store.fail(claimed, t0, QStringLiteral("no route"), &error));
    QVERIFY(store.get(w.name, &claimed, &error));
    QCOMPARE(claimed.lastError, QStringLiteral("no route"));
    QCOMPARE(claimed.nextRun, t0.addSecs(900)); // never at once again
    QVERIFY(!claimed.runningSince.isValid());
    // Not due before its time; paused: never due.
    QVERIFY(store.claim(w.name, true, t0.addSecs(899), &claimed, &ok, &error));
    QVERIFY(!ok);
    QVERIFY(store.setPaused(w.name, true, &error));
    QVERIFY(store.due(t0.addDays(1), &due, &error));
    QVERIFY(due.isEmpty());
    QVERIFY(store.claim(w.name, true, t0.addDays(1), &claimed, &ok, &error));
    QVERIFY(!ok);
    QVERIFY(
        store.claim(w.name, false, t0.addDays(1), &claimed, &ok, &error)); // run NAME still runs
    QVERIFY(ok);
    QVERIFY(store.remove(w.name, &error));
    QVERIFY(!store.get(w.name, &claimed, &error));
    QVERIFY(!store.remove(w.name, &error));
}

void TestWatch::claimOfADeadProcessIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = storeIn(dir);
    HistoryStore history;
    QString notice;
    QString error;
    QVERIFY(history.open(path, &notice, &error));
    WatchStore store(history);
    Watch w;
    w.name = QStringLiteral("lab");
    w.targets = QStringLiteral("198.18.0.1");
    w.ports = QStringLiteral("22");
    QVERIFY(store.add(&w, &error));
    // A process that held the watch and ended without letting go.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForFinished(10000));
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
    {
        QSqlDatabase db = QSqlDatabase::database(history.connectionName());
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE watches SET running_since = ?, running_pid = ? WHERE id = ?"));
        q.addBindValue(t0.toString(Qt::ISODateWithMs));
        q.addBindValue(deadPid == 0 ? 999999 : deadPid);
        q.addBindValue(w.id);
        QVERIFY(q.exec());
    }
    Watch claimed;
    bool ok = false;
    QVERIFY(store.claim(w.name, false, t0.addSecs(60), &claimed, &ok, &error));
    QVERIFY2(ok, "a dead process's claim must not block the watch for ever");
    // A live one's holds: our own parent stands in for another Portolan.
    {
        QSqlDatabase db = QSqlDatabase::database(history.connectionName());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE watches SET running_pid = ? WHERE id = ?"));
        q.addBindValue(static_cast<qint64>(getppid()));
        q.addBindValue(w.id);
        QVERIFY(q.exec());
    }
    QVERIFY(store.claim(w.name, false, t0.addSecs(120), &claimed, &ok, &error));
    QVERIFY(!ok);
}

void TestWatch::finishRecordsOnePiece()
{
    QTemporaryDir dir;
    HistoryStore history;
    QString notice;
    QString error;
    QVERIFY(history.open(storeIn(dir), &notice, &error));
    WatchStore store(history);
    Watch w;
    w.name = QStringLiteral("lab");
    w.targets = QStringLiteral("198.18.0.1");
    w.ports = QStringLiteral("22");
    w.everySeconds = 600;
    QVERIFY(store.add(&w, &error));
    bool ok = false;
    QVERIFY(store.claim(w.name, false, t0, &w, &ok, &error) && ok);
    WatchDiff::State state;
    QList<WatchEvent> events = WatchDiff::compare(
        &state, { seen(QStringLiteral("device:1"), v4(1), { 22 }) }, runAt(0, false));
    QCOMPARE(events.size(), 1);
    QVERIFY(store.finish(w, t0, 0, &events, state, &error));
    QVERIFY(events[0].id > 0);
    QVERIFY(store.get(w.name, &w, &error));
    QCOMPARE(w.runs, 1);
    QCOMPARE(w.lastChanges, 1);
    QCOMPARE(w.lastRun, t0);
    QCOMPARE(w.nextRun, t0.addSecs(600));
    QVERIFY(!w.runningSince.isValid());
    WatchDiff::State back;
    QVERIFY(store.state(w.id, &back, &error));
    QCOMPARE(back.keys(), state.keys());
    QCOMPARE(back.value(QStringLiteral("device:1")).ports.keys(), QList<WatchDiff::PortKey> { 22 });
    QList<WatchEvent> stored;
    QVERIFY(store.events(QString(), QDateTime(), &stored, &error));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].kind, QStringLiteral("device-new"));
    QCOMPARE(stored[0].after.toObject()[QStringLiteral("open_ports")].toArray().size(), 1);
    QCOMPARE(stored[0].port, -1);
    QVERIFY(store.acknowledge({ stored[0].id }, &error));
    QVERIFY(store.events(w.name, t0, &stored, &error));
    QVERIFY(stored[0].acknowledged);
    QVERIFY(store.events(w.name, t0.addSecs(1), &stored, &error));
    QVERIFY(stored.isEmpty()); // since: later than the event
    // Removing the watch takes its events and memory.
    QVERIFY(store.remove(w.name, &error));
    QVERIFY(store.events(QString(), QDateTime(), &stored, &error));
    QVERIFY(stored.isEmpty());
}

QString TestWatch::storeIn(const QTemporaryDir &dir)
{
    QString why;
    const QString where = m_stores.fresh(dir.filePath(QStringLiteral("history.sqlite")), &why);
    if (where.isEmpty())
        qWarning("no store: %s", qPrintable(why)); // the open that follows fails and says so
    else if (where.startsWith(QLatin1String("postgresql://")) != TestStore::postgresql())
        qFatal("a store of the wrong engine: %s", qPrintable(where));
    return where;
}

bool TestWatch::addWatch(const QString &path, const QString &name, const QString &targets,
    const QString &ports, int timeoutMs, QString *error)
{
    HistoryStore history;
    QString notice;
    if (!history.open(path, &notice, error))
        return false;
    Watch w;
    w.name = name;
    w.targets = targets;
    w.ports = ports;
    ScanOptions o;
    o.timeoutMs = timeoutMs;
    o.reverseDns = false;
    w.options = ScanOptionsJson::toJson(o);
    w.everySeconds = 900;
    return WatchStore(history).add(&w, error);
}

bool TestWatch::runWatch(
    WatchRunner *runner, const QString &name, const QDateTime &now, WatchRunner::Result *result)
{
    QSignalSpy finished(runner, &WatchRunner::finished);
    runner->run(name, false, now);
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    *result = finished.first().first().value<WatchRunner::Result>();
    return true;
}

void TestWatch::runsAgainstTheLab()
{
    if (!m_isolated)
        PORTOLAN_SKIP(QStringLiteral("needs a private network namespace: ") + m_why);
    TunLab lab;
    QString why;
    const auto hosts = [](const QStringList &specs) { return TunLab::Host::list(specs); };
    if (!lab.start(hosts({ QStringLiteral("offset=1,rtt=1,open=22"),
                       QStringLiteral("offset=2,rtt=1,open=80"),
                       QStringLiteral("offset=3,rtt=2,open=22;443") }),
            &why))
        PORTOLAN_SKIP(QStringLiteral("no TUN lab here: ") + why);
    QTemporaryDir dir;
    const QString path = storeIn(dir);
    QString error;
    QVERIFY2(addWatch(path, QStringLiteral("lab"), QStringLiteral("198.18.0.0/28"),
                 QStringLiteral("22,80,443"), 300, &error),
        qPrintable(error));
    WatchRunner runner(path, 1000);
    runner.setNotify(false);
    WatchRunner::Result r;
    // Baseline: three devices, nothing said.
    QVERIFY(runWatch(&runner, QStringLiteral("lab"), t0, &r));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.ran && r.baseline);
    QVERIFY(r.events.isEmpty());
    // Label one: events name it.
    {
        HistoryStore history;
        QString notice;
        QVERIFY(history.open(path, &notice, &error));
        DeviceStore devices(history);
        qint64 id = 0;
        QVERIFY(devices.find(v4(3), &id, &error));
        QVERIFY(devices.setLabel(id, QStringLiteral("web"), &error));
    }
    // Host 2 goes away, host 3 opens 80 and closes 443, host 9 appears.
    lab.setHosts(hosts({ QStringLiteral("offset=1,rtt=1,open=22"),
        QStringLiteral("offset=3,rtt=2,open=22;80"), QStringLiteral("offset=9,rtt=1,open=443") }));
    QVERIFY(runWatch(&runner, QStringLiteral("lab"), t0.addSecs(900), &r));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(kinds(r.events),
        (QStringList { QStringLiteral("port-opened 198.18.0.3:80"),
            QStringLiteral("port-closed 198.18.0.3:443"),
            QStringLiteral("device-new 198.18.0.9") }));
    QCOMPARE(r.events[0].label, QStringLiteral("web"));
    QCOMPARE(r.events[2].after.toObject()[QStringLiteral("open_ports")].toArray().size(), 1);
    // The second run in a row without host 2: gone.
    QVERIFY(runWatch(&runner, QStringLiteral("lab"), t0.addSecs(1800), &r));
    QCOMPARE(kinds(r.events), QStringList { QStringLiteral("device-gone 198.18.0.2") });
    // Nothing changes: a quiet run.
    QVERIFY(runWatch(&runner, QStringLiteral("lab"), t0.addSecs(2700), &r));
    QVERIFY(r.ran);
    QVERIFY(r.events.isEmpty());
    // Host 2 comes back.
    lab.setHosts(hosts({ QStringLiteral("offset=1,rtt=1,open=22"),
        QStringLiteral("offset=2,rtt=1,open=80"), QStringLiteral("offset=3,rtt=2,open=22;80"),
        QStringLiteral("offset=9,rtt=1,open=443") }));
    QVERIFY(runWatch(&runner, QStringLiteral("lab"), t0.addSecs(3600), &r));
    QCOMPARE(kinds(r.events), QStringList { QStringLiteral("device-back 198.18.0.2") });
    // Every run is in the history, and the store holds all the events with their times.
    HistoryStore history;
    QString notice;
    QVERIFY(history.open(path, &notice, &error));
    QList<HistoryStore::Entry> scans;
    QVERIFY(history.list({}, &scans, &error));
    QCOMPARE(scans.size(), 5);
    QList<WatchEvent> all;
    QVERIFY(WatchStore(history).events(QStringLiteral("lab"), QDateTime(), &all, &error));
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.last().time, t0.addSecs(3600));
    Watch w;
    QVERIFY(WatchStore(history).get(QStringLiteral("lab"), &w, &error));
    QCOMPARE(w.runs, 5);
    QCOMPARE(w.nextRun, t0.addSecs(3600 + 900));
}

void TestWatch::addressChangeOnARealLink()
{
    // A device on the same link moves to another address (as DHCP moves it): its
    // MAC, seen in the neighbour table, keeps it one device with both addresses,
    // and the watch says address-changed rather than one gone and one new.
    const QString mac = QStringLiteral("02:42:C0:A8:00:2A"); // as the inventory and events write it
    VethPeer peer;
    QString why;
    if (!peer.start(QStringLiteral("198.19.0.1"), QStringLiteral("198.19.0.2"),
            QStringLiteral("/24"), mac, &why))
        PORTOLAN_SKIP(why);
    QTemporaryDir dir;
    const QString path = storeIn(dir);
    QString error;
    QVERIFY2(addWatch(path, QStringLiteral("link"), QStringLiteral("198.19.0.0/29"),
                 QStringLiteral("22"), 500, &error),
        qPrintable(error));
    WatchRunner runner(path, 1000);
    runner.setNotify(false);
    WatchRunner::Result r;
    QVERIFY(runWatch(&runner, QStringLiteral("link"), t0, &r));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.baseline);
    QVERIFY(peer.moveTo(QStringLiteral("198.19.0.5")));
    QVERIFY(runWatch(&runner, QStringLiteral("link"), t0.addSecs(900), &r));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(kinds(r.events), QStringList { QStringLiteral("address-changed 198.19.0.5") });
    QCOMPARE(r.events[0].mac, mac);
    QCOMPARE(r.events[0].before.toString(), QStringLiteral("198.19.0.2"));

    HistoryStore history;
    QString notice;
    QVERIFY(history.open(path, &notice, &error));
    QList<Device> devices;
    QVERIFY(DeviceStore(history).list(QString(), &devices, &error));
    QStringList withMac;
    for (const Device &d : std::as_const(devices)) {
        if (!d.mac.isEmpty())
            withMac.append(d.mac + QLatin1Char(' ') + d.addressList().join(QLatin1Char(',')));
    }
    QCOMPARE(withMac, QStringList { mac + QStringLiteral(" 198.19.0.5,198.19.0.2") });
}

void TestWatch::notificationShownAndActivated()
{
    // The window's way: shown without waiting on the bus; a click on it (the
    // service's ActionInvoked, "default") is reported for that notification only.
    PrivateSessionBus bus;
    QString why;
    if (!bus.start(&why))
        PORTOLAN_SKIP(why);
    QDBusConnection serving = bus.connect(QStringLiteral("desktop"));
    QDBusConnection using_ = bus.connect(QStringLiteral("portolan"));
    QVERIFY(serving.isConnected() && using_.isConnected());
    DesktopNotifier notifier(using_);
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy failed(&notifier, &DesktopNotifier::failed);
    QSignalSpy activated(&notifier, &DesktopNotifier::activated);
    // Nobody serves notifications yet: failed(), with the bus's reason.
    notifier.show(QStringLiteral("lab: 1 change(s)"), QStringLiteral("port 22 opened"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("lab: 1 change(s)"));
    QVERIFY(!failed.first().at(2).toString().isEmpty());
    QVERIFY(shown.isEmpty());

    NotificationStandIn desktop;
    QVERIFY(desktop.serve(serving));
    notifier.show(QStringLiteral("lab: 2 change(s)"), QStringLiteral("new device 198.18.0.7"));
    QVERIFY(shown.wait(10000));
    QCOMPARE(desktop.summaries, QStringList { QStringLiteral("lab: 2 change(s)") });
    QCOMPARE(desktop.bodies, QStringList { QStringLiteral("new device 198.18.0.7") });
    const uint id = shown.first().at(0).toUInt();
    QVERIFY(id != 0);
    // Another program's notification, and another action than the default: nothing.
    desktop.invoke(serving, id + 100, QStringLiteral("default"));
    desktop.invoke(serving, id, QStringLiteral("dismiss"));
    desktop.invoke(serving, id, QStringLiteral("default"));
    QVERIFY(activated.wait(10000));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toUInt(), id);
    QCOMPARE(failed.size(), 1);
}

PORTOLAN_NETNS_TEST_MAIN(TestWatch)
#include "tst_watch.moc"
