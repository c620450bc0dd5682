#include <QTest>

#include "common/deviceframes.h"
#include "core/identity/dnssdidentity.h"
#include "core/identity/ippprinter.h"
#include "core/identity/smbidentity.h"
#include "core/identity/upnpdescription.h"
#include "core/services/udpwire.h"

// The readers of what devices say of themselves, fed made-up answers: the fields
// they must find, and hostile or broken input they must refuse without reading
// past their bounds.
class TestIdentityParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upnpDescription();
    void upnpRefusesDtdAndSize();
    void upnpFetchable_data();
    void upnpFetchable();
    void smbChallenge();
    void smbSambaAndBroken();
    void smbRequestsFramed();
    void ippResponse();
    void ippBroken();
    void dnsSd();
};

using namespace DeviceFrames;

void TestIdentityParsers::upnpDescription()
{
    const QByteArray xml = R"(<?xml version="1.0"?>
<root xmlns="urn:schemas-upnp-org:device-1-0">
  <specVersion><major>1</major><minor>0</minor></specVersion>
  <device>
    <deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType>
    <friendlyName>Home Gateway</friendlyName>
    <manufacturer> Example Networks </manufacturer>
    <modelName>Gateway 3000</modelName>
    <modelNumber>GW3000-B</modelNumber>
    <deviceList><device>
      <deviceType>urn:schemas-upnp-org:device:WANDevice:1</deviceType>
      <manufacturer>Someone Else</manufacturer>
    </device></deviceList>
  </device>
</root>)";
    UpnpDescription::Device device;
    QString error;
    QVERIFY2(UpnpDescription::parse(xml, &device, &error), qPrintable(error));
    QCOMPARE(
        device.deviceType, QStringLiteral("urn:schemas-upnp-org:device:InternetGatewayDevice:1"));
    QCOMPARE(device.manufacturer, QStringLiteral("Example Networks")); // the root's, trimmed
    QCOMPARE(device.modelName, QStringLiteral("Gateway 3000"));
    QCOMPARE(device.modelNumber, QStringLiteral("GW3000-B"));
    const QList<DeviceEvidence> evidence = UpnpDescription::evidence(device);
    QCOMPARE(evidence.size(), 5);
    QCOMPARE(evidence.at(2), DeviceEvidence::make("upnp", "manufacturer", "Example Networks"));
    // Not a description at all.
    QVERIFY(!UpnpDescription::parse("<html><body>hi</body></html>", &device, &error));
    QVERIFY(!UpnpDescription::parse("not xml", &device, &error));
}

void TestIdentityParsers::upnpRefusesDtdAndSize()
{
    // Entity expansion ("billion laughs") and external entities need a DTD: refused.
    const QByteArray laughs = R"(<?xml version="1.0"?>
<!DOCTYPE root [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<root><device><modelName>&b;</modelName></device></root>)";
    UpnpDescription::Device device;
    QString error;
    QVERIFY(!UpnpDescription::parse(laughs, &device, &error));
    QVERIFY2(error.contains(QLatin1String("DTD")), qPrintable(error));
    const QByteArray external = R"(<?xml version="1.0"?>
<!DOCTYPE root [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<root><device><modelName>&x;</modelName></device></root>)";
    QVERIFY(!UpnpDescription::parse(external, &device, &error));
    const QByteArray big = "<root><device><modelName>" + QByteArray(UpnpDescription::maxBytes, 'x')
        + "</modelName></device></root>";
    QVERIFY(!UpnpDescription::parse(big, &device, &error));
    // A long field is kept, bounded.
    const QByteArray longName
        = "<root><device><modelName>" + QByteArray(5000, 'm') + "</modelName></device></root>";
    QVERIFY(UpnpDescription::parse(longName, &device, &error));
    QVERIFY(device.modelName.size() < 700);
}

void TestIdentityParsers::upnpFetchable_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("fetch");
    QTest::newRow("same host") << "http://198.18.0.7:49152/desc.xml" << true;
    QTest::newRow("another host") << "http://198.18.0.8:49152/desc.xml" << false;
    QTest::newRow("a name") << "http://gateway.example:80/desc.xml" << false;
    QTest::newRow("https") << "https://198.18.0.7/desc.xml" << false;
    QTest::newRow("user info") << "http://u:p@198.18.0.7/desc.xml" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("garbage") << "::::" << false;
}

void TestIdentityParsers::upnpFetchable()
{
    QFETCH(QString, url);
    QFETCH(bool, fetch);
    QCOMPARE(
        UpnpDescription::fetchable(QUrl(url), QHostAddress(QStringLiteral("198.18.0.7"))), fetch);
    QVERIFY(UpnpDescription::fetchable(QUrl(QStringLiteral("http://[2001:db8::7]:80/d.xml")),
        QHostAddress(QStringLiteral("2001:db8::7"))));
}

void TestIdentityParsers::smbChallenge()
{
    // Inside a SPNEGO token inside an SMB2 response: found by its signature.
    const QByteArray around
        = QByteArray(70, '\x7f') + challenge(10, 0, 22631) + QByteArray(9, '\0');
    SmbIdentity::Challenge c;
    QVERIFY(SmbIdentity::readChallenge(around, &c));
    QCOMPARE(c.major, 10);
    QCOMPARE(c.minor, 0);
    QCOMPARE(c.build, 22631);
    QCOMPARE(c.netbiosComputer, QStringLiteral("DESK-7"));
    QCOMPARE(c.netbiosDomain, QStringLiteral("OFFICE"));
    QCOMPARE(c.dnsComputer, QStringLiteral("desk-7.office.example"));
    const QList<DeviceEvidence> evidence = SmbIdentity::evidence(c);
    QCOMPARE(evidence.first(), DeviceEvidence::make("smb", "os", "Windows 10.0 build 22631"));
    QCOMPARE(evidence.size(), 5);
}

void TestIdentityParsers::smbSambaAndBroken()
{
    SmbIdentity::Challenge c;
    QVERIFY(SmbIdentity::readChallenge(challenge(6, 1, 0), &c));
    QCOMPARE(SmbIdentity::evidence(c).first().text, QStringLiteral("non-Windows 6.1"));
    // Target info that claims more bytes than the message has: refused.
    QVERIFY(!SmbIdentity::readChallenge(challenge(10, 0, 19045, true), &c));
    // Cut short, or no challenge at all.
    QVERIFY(!SmbIdentity::readChallenge(challenge(10, 0, 19045).left(40), &c));
    QVERIFY(!SmbIdentity::readChallenge(QByteArray(300, 'N'), &c));
}

void TestIdentityParsers::smbRequestsFramed()
{
    for (const QByteArray &request :
        { SmbIdentity::negotiateRequest(), SmbIdentity::sessionSetupRequest() }) {
        QCOMPARE(SmbIdentity::framedLength(request), request.size());
        QCOMPARE(request.mid(4, 4), QByteArray("\xfeSMB", 4));
        QCOMPARE(SmbIdentity::framedLength(request.left(request.size() - 1)), 0); // incomplete
    }
    QVERIFY(SmbIdentity::sessionSetupRequest().contains(QByteArray("NTLMSSP\0\x01", 9)));
    QCOMPARE(SmbIdentity::framedLength(QByteArray("\x00\xff\xff\xff", 4)), -1); // too long
    QCOMPARE(SmbIdentity::framedLength(QByteArray("\x85\x00\x00\x00", 4)), -1); // not a message
}

void TestIdentityParsers::ippResponse()
{
    const QByteArray http = ippHttp(7,
        ippAttribute(0x41, "printer-make-and-model", "HP LaserJet Pro M404dn")
            + ippAttribute(0x41, "printer-info", "Second floor")
            + ippAttribute(0x44, "printer-state-reasons", "none")
            + ippAttribute(0x41, "printer-device-id", "MFG:HP;MDL:LaserJet Pro M404dn;CMD:PCL;"));
    QList<DeviceEvidence> evidence;
    QVERIFY(IppPrinter::readResponse(http, 7, &evidence));
    QCOMPARE(evidence.size(), 4);
    QCOMPARE(evidence.at(0),
        DeviceEvidence::make("ipp", "printer-make-and-model", "HP LaserJet Pro M404dn"));
    QCOMPARE(evidence.at(2), DeviceEvidence::make("ipp", "mfg", "HP"));
    QCOMPARE(evidence.at(3), DeviceEvidence::make("ipp", "mdl", "LaserJet Pro M404dn"));
    // The request says what it carries.
    const QByteArray request = IppPrinter::request(QStringLiteral("2001:db8::7"), 631, 7);
    QVERIFY(request.startsWith("POST /ipp/print HTTP/1.0\r\nHost: [2001:db8::7]:631\r\n"));
    const qsizetype body = request.indexOf("\r\n\r\n") + 4;
    QVERIFY(request.contains("Content-Length: " + QByteArray::number(request.size() - body)));
    QVERIFY(request.contains("printer-make-and-model"));
}

void TestIdentityParsers::ippBroken()
{
    QList<DeviceEvidence> evidence;
    const QByteArray good = ippHttp(7, ippAttribute(0x41, "printer-info", "x"));
    QVERIFY(!IppPrinter::readResponse(good, 8, &evidence)); // another request's answer
    QVERIFY(!IppPrinter::readResponse(good.left(good.size() - 4), 7, &evidence)); // cut
    QByteArray notFound = good;
    notFound.replace("200 OK", "404 No");
    QVERIFY(!IppPrinter::readResponse(notFound, 7, &evidence));
    // A value length that runs past the end.
    QByteArray lying = ippHttp(7, QByteArray("\x41\x00\x01x\xff\xff", 6));
    QVERIFY(!IppPrinter::readResponse(lying, 7, &evidence));
}

void TestIdentityParsers::dnsSd()
{
    QByteArray m = dnsHeader(0x1234, 3, 1);
    QByteArray ptr;
    dnsName(&ptr, "_ipp._tcp.local");
    dnsRecord(&m, "_services._dns-sd._udp.local", 12, ptr);
    QByteArray bogus;
    dnsName(&bogus, "not-a-type.local");
    dnsRecord(&m, "_services._dns-sd._udp.local", 12, bogus);
    QByteArray instance;
    dnsName(&instance, "Office._ipp._tcp.local");
    dnsRecord(&m, "_ipp._tcp.local", 12, instance);
    dnsRecord(&m, "Office._ipp._tcp.local", 16,
        txtData({ "txtvers=1", "ty=Brother HL-L2350DW", "usb_MFG=Brother", "adminurl=http://x/" }));
    DnsSdIdentity::Answers answers;
    QVERIFY(DnsSdIdentity::read(m, 0x1234, &answers));
    QCOMPARE(answers.serviceTypes, QStringList { QStringLiteral("_ipp._tcp") });
    QCOMPARE(answers.instances, QStringList { QStringLiteral("Office._ipp._tcp.local") });
    QCOMPARE(answers.txt.size(), 2); // only the keys that say what a device is
    const QList<DeviceEvidence> evidence = DnsSdIdentity::evidence(answers);
    QCOMPARE(evidence.at(0), DeviceEvidence::make("dns-sd", "service", "_ipp._tcp"));
    QCOMPARE(evidence.at(1), DeviceEvidence::make("dns-sd", "ty", "Brother HL-L2350DW"));
    // Another query's answer is not read.
    DnsSdIdentity::Answers other;
    QVERIFY(!DnsSdIdentity::read(m, 0x4321, &other));
    // The queries carry as many questions as asked, within the limits.
    const QByteArray q = DnsSdIdentity::instancesQuery(9, { QStringLiteral("_ipp._tcp") });
    QCOMPARE(UdpWire::get16(q, 4), quint16(2)); // the type and _device-info
    const QByteArray t = DnsSdIdentity::txtQuery(9, { QString(70, QLatin1Char('a')) + ".local" });
    QCOMPARE(UdpWire::get16(t, 4), quint16(0)); // a label over 63 bytes is not asked
}

QTEST_APPLESS_MAIN(TestIdentityParsers)

#include "tst_identityparsers.moc"
