#include <QJsonArray>
#include <QTest>

#include "core/identity/identityrules.h"

// The device identity rules: the built-in file loads and every rule in it is well
// formed, and evidence leads to the conclusions the rules document.
class TestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInRulesLoad();
    void conclusions_data();
    void conclusions();
    void ownWordsBeatGuesses();
    void nothingKnown();
    void badRules_data();
    void badRules();
    void jsonRoundTrip();
    void summary();
};

namespace {

using Evidence = QList<DeviceEvidence>;

DeviceEvidence ev(const char *source, const char *field, const QString &text)
{
    return DeviceEvidence::make(QLatin1String(source), QLatin1String(field), text);
}

} // namespace

void TestIdentity::builtInRulesLoad()
{
    const IdentityRules &rules = IdentityRules::builtIn();
    QVERIFY(rules.rules().size() >= 50);
    QStringList ids;
    for (const IdentityRules::Rule &r : rules.rules()) {
        QVERIFY2(!ids.contains(r.id), qPrintable(r.id)); // ids are unique
        ids.append(r.id);
        QVERIFY2(r.why.size() >= 20, qPrintable(r.id)); // each says why it holds
    }
}

void TestIdentity::conclusions_data()
{
    QTest::addColumn<Evidence>("evidence");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("maker");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("os");
    QTest::newRow("upnp gateway")
        << Evidence { ev("upnp", "deviceType",
                          "urn:schemas-upnp-org:device:InternetGatewayDevice:1"),
               ev("upnp", "manufacturer", "Example Networks"),
               ev("upnp", "modelName", "Gateway 3000") }
        << "router"
        << "Example Networks"
        << "Gateway 3000"
        << "";
    QTest::newRow("ipp printer") << Evidence { ev(
        "ipp", "printer-make-and-model", "HP LaserJet Pro M404dn") }
                                 << "printer"
                                 << "HP"
                                 << "LaserJet Pro M404dn"
                                 << "";
    QTest::newRow("debian 12 by ssh")
        << Evidence { ev("ssh", "banner", "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3") } << "unknown"
        << ""
        << ""
        << "Debian 12";
    QTest::newRow("windows 11 by smb")
        << Evidence { ev("smb", "os", "Windows 10.0 build 22631") } << "computer"
        << "Microsoft"
        << ""
        << "Windows 11 (build 22631)";
    QTest::newRow("mac vendor trimmed")
        << Evidence { ev("mac-vendor", "vendor", "Synology Incorporated") } << "nas"
        << "Synology"
        << ""
        << "";
    QTest::newRow("iphone by dns-sd") << Evidence { ev("dns-sd", "model", "iPhone14,2") } << "phone"
                                      << "Apple"
                                      << "iPhone14,2"
                                      << "";
    QTest::newRow("snmp net-snmp on debian") << Evidence { ev("snmp", "sysDescr",
        "Linux lab 6.1.0-13-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 "
        "(2023-09-29) x86_64") } << "unknown"
                                             << ""
                                             << ""
                                             << "Debian GNU/Linux";
    QTest::newRow("routeros by snmp") << Evidence { ev("snmp", "sysDescr", "RouterOS RB4011iGS+"),
        ev("snmp", "sysObjectID", "1.3.6.1.4.1.14988.1") }
                                      << "router"
                                      << "MikroTik"
                                      << "RB4011iGS+"
                                      << "RouterOS";
    QTest::newRow("printer service and its ty") << Evidence { ev("dns-sd", "service", "_ipp._tcp"),
        ev("dns-sd", "ty", "Brother HL-L2350DW series") }
                                                << "printer"
                                                << ""
                                                << "Brother HL-L2350DW series"
                                                << "";
}

void TestIdentity::conclusions()
{
    QFETCH(Evidence, evidence);
    const DeviceIdentity identity = IdentityRules::builtIn().conclude(evidence);
    QTEST(identity.type, "type");
    QTEST(identity.maker, "maker");
    QTEST(identity.model, "model");
    QTEST(identity.os, "os");
    // Every conclusion names evidence that was given, and a rule that exists.
    for (const DeviceIdentity::Reason &r : identity.reasons) {
        QVERIFY(evidence.contains(r.evidence));
        QVERIFY(!r.rule.isEmpty());
    }
}

void TestIdentity::ownWordsBeatGuesses()
{
    // The MAC says the network chip's maker; the device's UPnP description says its
    // own: the device wins, whatever the order the evidence came in.
    const Evidence guessFirst { ev("mac-vendor", "vendor", "Espressif Inc."),
        ev("upnp", "manufacturer", "Example Lights"),
        ev("ports", "open", QStringLiteral("9100/tcp")),
        ev("upnp", "deviceType", "urn:schemas-upnp-org:device:Printer:1") };
    Evidence ownFirst = guessFirst;
    std::reverse(ownFirst.begin(), ownFirst.end());
    for (const Evidence &evidence : { guessFirst, ownFirst }) {
        const DeviceIdentity identity = IdentityRules::builtIn().conclude(evidence);
        QCOMPARE(identity.maker, QStringLiteral("Example Lights"));
        QCOMPARE(identity.type, QStringLiteral("printer"));
        QCOMPARE(identity.reasons.first().rule, QStringLiteral("upnp-printer"));
    }
    // Alone, the guess stands.
    const DeviceIdentity chip
        = IdentityRules::builtIn().conclude({ ev("mac-vendor", "vendor", "Espressif Inc.") });
    QCOMPARE(chip.maker, QStringLiteral("Espressif"));
    QCOMPARE(chip.type, QStringLiteral("smart-home"));
}

void TestIdentity::nothingKnown()
{
    const DeviceIdentity none = IdentityRules::builtIn().conclude({});
    QVERIFY(none.isEmpty());
    QCOMPARE(none.type, QStringLiteral("unknown"));
    // Evidence no rule reads concludes nothing either.
    const DeviceIdentity odd = IdentityRules::builtIn().conclude(
        { ev("http", "title", "Welcome"), ev("nonesuch", "x", "router") });
    QVERIFY(odd.isEmpty());
    QVERIFY(odd.reasons.isEmpty());
}

void TestIdentity::badRules_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    const QByteArray ok
        = R"("source": "x", "pattern": "a", "weight": 5, "why": "because it is so")";
    QTest::newRow("not json") << QByteArray("{") << "JSON";
    QTest::newRow("no rules") << QByteArray(R"({"rules": []})") << "no rules";
    QTest::newRow("bad type") << (R"({"rules": [{"id": "r1", "type": "toaster", )" + ok + "}]}")
                              << "toaster";
    QTest::newRow("bad pattern") << QByteArray(
        R"({"rules": [{"id": "r2", "source": "x", "pattern": "(", "weight": 5, )"
        R"("why": "because it is so", "os": "y"}]})")
                                 << "r2";
    QTest::newRow("weight") << QByteArray(R"({"rules": [{"id": "r3", "source": "x", )"
                                          R"("pattern": "a", "weight": 0, "why": "because", )"
                                          R"("os": "y"}]})")
                            << "weight";
    QTest::newRow("no why") << QByteArray(R"({"rules": [{"id": "r4", "source": "x", )"
                                          R"("pattern": "a", "weight": 5, "os": "y"}]})")
                            << "why";
    QTest::newRow("concludes nothing")
        << (R"({"rules": [{"id": "r5", )" + ok + "}]}") << "concludes nothing";
}

void TestIdentity::badRules()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    IdentityRules rules;
    QString error;
    QVERIFY(!IdentityRules::parse(json, &rules, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY(rules.rules().isEmpty());
}

void TestIdentity::jsonRoundTrip()
{
    const DeviceIdentity identity = IdentityRules::builtIn().conclude(
        { ev("ipp", "printer-make-and-model", "HP LaserJet Pro M404dn"),
            ev("ssh", "banner", "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3") });
    const QJsonObject json = identity.toJson();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("printer"));
    const QJsonArray evidence = json.value(QStringLiteral("evidence")).toArray();
    QCOMPARE(evidence.size(), 2); // the IPP answer gave three things, listed once
    QCOMPARE(evidence.at(0).toObject().value(QStringLiteral("gave")).toArray().size(), 3);
    const DeviceIdentity back = DeviceIdentity::fromJson(json);
    QCOMPARE(back.type, identity.type);
    QCOMPARE(back.maker, identity.maker);
    QCOMPARE(back.model, identity.model);
    QCOMPARE(back.os, QStringLiteral("Debian 12"));
    QCOMPARE(back.reasons.size(), identity.reasons.size());
    // A type outside the vocabulary is read as unknown.
    QCOMPARE(
        DeviceIdentity::fromJson({ { QStringLiteral("type"), QStringLiteral("toaster") } }).type,
        QStringLiteral("unknown"));
}

void TestIdentity::summary()
{
    DeviceIdentity d;
    QCOMPARE(d.summary(), QString());
    d.setValue(DeviceIdentity::Attribute::Type, QStringLiteral("printer"));
    QCOMPARE(d.summary(), QStringLiteral("printer"));
    d.maker = QStringLiteral("HP");
    d.model = QStringLiteral("LaserJet Pro M404dn");
    QCOMPARE(d.summary(), QStringLiteral("printer: HP LaserJet Pro M404dn"));
    d.model = QStringLiteral("HP LaserJet"); // the model already says the maker
    QCOMPARE(d.summary(), QStringLiteral("printer: HP LaserJet"));
}

QTEST_APPLESS_MAIN(TestIdentity)

#include "tst_identity.moc"
