#include <algorithm>

#include <QTest>

#include "core/spec/portnames.h"
#include "core/spec/portspec.h"

class TestPortSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void presets();
    void protocols_data();
    void protocols();
    void protocolErrors_data();
    void protocolErrors();
    void canonicalText_data();
    void canonicalText();
    void udpNames();
};

using Ports = QList<quint16>;
Q_DECLARE_METATYPE(PortSpec::Selection)

void TestPortSpec::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<quint16>>("expected");
    QTest::newRow("single") << "22" << QList<quint16> { 22 };
    QTest::newRow("list") << "443,22,80" << QList<quint16> { 22, 80, 443 };
    QTest::newRow("range") << "20-23" << QList<quint16> { 20, 21, 22, 23 };
    QTest::newRow("mixed with spaces") << " 80, 20-21 ,22" << QList<quint16> { 20, 21, 22, 80 };
    QTest::newRow("duplicates") << "22,22,21-22" << QList<quint16> { 21, 22 };
    QTest::newRow("services") << "http,ssh" << QList<quint16> { 22, 80 };
    QTest::newRow("service case") << "HTTPS" << QList<quint16> { 443 };
    QTest::newRow("edges") << "1,65535" << QList<quint16> { 1, 65535 };
    QTest::newRow("one-port range") << "7-7" << QList<quint16> { 7 };
}

void TestPortSpec::valid()
{
    QFETCH(QString, text);
    QFETCH(QList<quint16>, expected);
    PortSpec spec;
    QString error;
    QVERIFY2(PortSpec::parse(text, &spec, &error), qPrintable(error));
    QCOMPARE(spec.ports(), expected);
}

void TestPortSpec::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("token"); // the message must name it
    QTest::newRow("zero") << "0"
                          << "\"0\"";
    QTest::newRow("too big") << "65536"
                             << "\"65536\"";
    QTest::newRow("huge") << "99999999999"
                          << "\"99999999999\"";
    QTest::newRow("reversed") << "100-20"
                              << "\"100-20\"";
    QTest::newRow("range to zero") << "0-10"
                                   << "\"0-10\"";
    QTest::newRow("empty") << ""
                           << "no ports";
    QTest::newRow("blank") << "   "
                           << "no ports";
    QTest::newRow("empty entry") << "22,,80"
                                 << "empty entry";
    QTest::newRow("garbage") << "22,x$y"
                             << "\"x$y\"";
    QTest::newRow("unknown service") << "nosuchservice"
                                     << "\"nosuchservice\"";
    QTest::newRow("negative") << "-5"
                              << "\"-5\"";
    QTest::newRow("open range") << "10-"
                                << "\"10-\"";
    QTest::newRow("unicode digits") << "\u0662\u0662"
                                    << "\"\u0662\u0662\"";
}

void TestPortSpec::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, token);
    PortSpec spec;
    QString error;
    QVERIFY(!PortSpec::parse(text, &spec, &error));
    QVERIFY2(error.contains(token), qPrintable(error));
}

void TestPortSpec::presets()
{
    PortSpec spec;
    QString error;
    QVERIFY(PortSpec::parse(QStringLiteral("all"), &spec, &error));
    QCOMPARE(spec.count(), 65535);
    QCOMPARE(spec.ports().first(), quint16(1));
    QCOMPARE(spec.ports().last(), quint16(65535));
    QVERIFY(PortSpec::parse(QStringLiteral("-"), &spec, &error));
    QCOMPARE(spec.count(), 65535);
    QVERIFY(PortSpec::parse(QStringLiteral("well-known"), &spec, &error));
    QCOMPARE(spec.count(), 1024);
    QVERIFY(PortSpec::parse(QStringLiteral("common"), &spec, &error));
    QVERIFY(spec.count() >= 90 && spec.count() <= 130);
    QVERIFY(spec.ports().contains(22));
    QVERIFY(spec.ports().contains(443));
    // Home and office devices: NAS and Flask (5000), Home Assistant, Plex, WSD, AirPlay.
    for (quint16 p : { 5000, 8123, 32400, 5357, 7000 })
        QVERIFY2(spec.ports().contains(p), qPrintable(QString::number(p)));
    QCOMPARE(PortNames::nameForPort(8123), QStringLiteral("home-assistant"));
    QVERIFY(std::is_sorted(spec.ports().cbegin(), spec.ports().cend()));
    QCOMPARE(PortNames::nameForPort(22), QStringLiteral("ssh"));
    QCOMPARE(PortNames::portForName(QStringLiteral("https")), quint16(443));
}

void TestPortSpec::protocols_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PortSpec::Selection>("selection");
    QTest::addColumn<Ports>("tcp");
    QTest::addColumn<Ports>("udp");
    using S = PortSpec::Selection;
    QTest::newRow("auto is tcp") << "53" << S::Auto << Ports { 53 } << Ports {};
    QTest::newRow("udp only") << "53,161" << S::Udp << Ports {} << Ports { 53, 161 };
    QTest::newRow("both") << "53" << S::Both << Ports { 53 } << Ports { 53 };
    QTest::newRow("nmap prefixes")
        << "U:53,161,T:22,80" << S::Auto << Ports { 22, 80 } << Ports { 53, 161 };
    QTest::newRow("prefix holds") << "u:53 123 t:22" << S::Both << Ports { 22 }
                                  << Ports { 53, 123 };
    QTest::newRow("unprefixed then prefix")
        << "7,U:53" << S::Both << Ports { 7 } << Ports { 7, 53 };
    QTest::newRow("udp range") << "U:1-3" << S::Auto << Ports {} << Ports { 1, 2, 3 };
    // UDP names come from the udp entries: "ntp" and "snmp" exist only there in
    // Debian's file; "ssdp" is Portolan's own name for 1900.
    QTest::newRow("udp names") << "ntp,snmp,ssdp" << S::Udp << Ports {} << Ports { 123, 161, 1900 };
    QTest::newRow("names with dashes")
        << "U:snmp-trap,radius-acct" << S::Auto << Ports {} << Ports { 162, 1813 };
}

void TestPortSpec::protocols()
{
    QFETCH(QString, text);
    QFETCH(PortSpec::Selection, selection);
    QFETCH(Ports, tcp);
    QFETCH(Ports, udp);
    PortSpec spec;
    QString error;
    QVERIFY2(PortSpec::parse(text, &spec, &error, selection), qPrintable(error));
    QCOMPARE(spec.ports(), tcp);
    QCOMPARE(spec.udpPorts(), udp);
    QCOMPARE(spec.count(), tcp.size() + udp.size());
    QCOMPARE(spec.hasUdp(), !udp.isEmpty());
}

void TestPortSpec::protocolErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PortSpec::Selection>("selection");
    QTest::addColumn<QString>("named"); // the message must contain it
    using S = PortSpec::Selection;
    QTest::newRow("empty prefix") << "U:" << S::Auto << "\"U:\"";
    QTest::newRow("udp too big") << "U:70000" << S::Auto << "\"U:70000\"";
    QTest::newRow("sctp") << "S:80" << S::Auto << "\"S:80\"";
    QTest::newRow("udp under -sT") << "22,U:53" << S::Tcp << "\"U:53\"";
    QTest::newRow("tcp under -sU") << "T:22" << S::Udp << "\"T:22\"";
    QTest::newRow("unknown udp name") << "U:ssh-nonesuch" << S::Auto << "UDP";
}

void TestPortSpec::protocolErrors()
{
    QFETCH(QString, text);
    QFETCH(PortSpec::Selection, selection);
    QFETCH(QString, named);
    PortSpec spec;
    QString error;
    QVERIFY(!PortSpec::parse(text, &spec, &error, selection));
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestPortSpec::canonicalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PortSpec::Selection>("selection");
    QTest::addColumn<QString>("expected");
    using S = PortSpec::Selection;
    QTest::newRow("tcp unchanged") << "22,80" << S::Tcp << "22,80";
    QTest::newRow("udp preset") << "common" << S::Udp << "U:common";
    QTest::newRow("both") << "53,123" << S::Both << "T:53,123,U:53,123";
    QTest::newRow("prefixed kept") << "7,U:161" << S::Both << "T:7,U:7,U:161";
}

void TestPortSpec::canonicalText()
{
    QFETCH(QString, text);
    QFETCH(PortSpec::Selection, selection);
    QFETCH(QString, expected);
    const QString canonical = PortSpec::canonicalText(text, selection);
    QCOMPARE(canonical, expected);
    // It means, read back on its own, what the text meant with the selection.
    PortSpec asked;
    PortSpec again;
    QString error;
    QVERIFY2(PortSpec::parse(text, &asked, &error, selection), qPrintable(error));
    QVERIFY2(PortSpec::parse(canonical, &again, &error), qPrintable(error));
    QCOMPARE(again.ports(), asked.ports());
    QCOMPARE(again.udpPorts(), asked.udpPorts());
}

void TestPortSpec::udpNames()
{
    QCOMPARE(PortNames::nameForPort(53, Protocol::Udp), QStringLiteral("domain"));
    QCOMPARE(PortNames::nameForPort(1900, Protocol::Udp), QStringLiteral("ssdp"));
    QCOMPARE(PortNames::nameForPort(161, Protocol::Udp), QStringLiteral("snmp"));
    // 5353/udp is mdns in the file; TCP's name for 3389 does not leak into UDP.
    QCOMPARE(PortNames::nameForPort(5353, Protocol::Udp), QStringLiteral("mdns"));
    const Ports common = PortNames::commonPorts(Protocol::Udp);
    QVERIFY(std::is_sorted(common.begin(), common.end()));
    for (quint16 p : { 53, 123, 161, 1900, 5353, 11211 })
        QVERIFY2(common.contains(p), qPrintable(QString::number(p)));
    PortSpec spec;
    QString error;
    QVERIFY(PortSpec::parse(QStringLiteral("common"), &spec, &error, PortSpec::Selection::Udp));
    QCOMPARE(spec.udpPorts(), common);
    QVERIFY(spec.ports().isEmpty());
}

QTEST_APPLESS_MAIN(TestPortSpec)

#include "tst_portspec.moc"
