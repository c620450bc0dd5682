#include <memory>

#include <QJsonArray>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include "common/deviceframes.h"
#include "common/isolatedtest.h"
#include "common/netns.h"
#include "common/skip.h"
#include "core/identity/deviceprober.h"
#include "core/services/berwire.h"

// DeviceProber against stand-ins for a device's services on loopback, in a network
// namespace of the test's own: what each protocol says becomes evidence and the
// rules conclude from it; hostile answers cost nothing and change nothing else.
class TestDeviceProber : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void init();
    void aPrinterSaysWhatItIs();
    void aWindowsHostBySmb();
    void silenceEndsAtTheDeadline();
    void hostileAnswersCostNothing();
    void manyHostsBoundedAtOnce();
};

namespace {

using namespace DeviceFrames;

const QHostAddress kHost(QStringLiteral("127.0.0.1"));

// One made-up device: its UDP services (SSDP, mDNS, SNMP) and TCP ones (HTTP for the
// UPnP description, SMB, IPP) on ports of their own, and what each says.
class StandIn : public QObject
{
public:
    QUdpSocket ssdp;
    QUdpSocket mdns;
    QUdpSocket snmp;
    QTcpServer http;
    QTcpServer smb;
    QTcpServer ipp;
    QByteArray description;
    QString locationHost = kHost.toString();
    bool endlessHttp = false; // a device that never stops talking
    int floodDatagrams = 0; // datagrams of noise before each SSDP answer
    bool silentUdp = false; // its SSDP, mDNS and SNMP say nothing
    int httpConnections = 0;

    StandIn()
    {
        for (QUdpSocket *s : { &ssdp, &mdns, &snmp })
            s->bind(kHost, 0);
        for (QTcpServer *s : { &http, &smb, &ipp })
            s->listen(kHost, 0);
        connect(&ssdp, &QUdpSocket::readyRead, this,
            [this] { silentUdp ? drain(&ssdp) : answerSsdp(); });
        connect(&mdns, &QUdpSocket::readyRead, this,
            [this] { silentUdp ? drain(&mdns) : answerMdns(); });
        connect(&snmp, &QUdpSocket::readyRead, this,
            [this] { silentUdp ? drain(&snmp) : answerSnmp(); });
        connect(&http, &QTcpServer::newConnection, this, [this] { serveHttp(); });
        connect(&smb, &QTcpServer::newConnection, this, [this] { serveSmb(); });
        connect(&ipp, &QTcpServer::newConnection, this, [this] { serveIpp(); });
    }

    HostEvidence::Options options(int timeoutMs = 2000) const
    {
        HostEvidence::Options o;
        o.timeoutMs = timeoutMs;
        o.ssdpPort = ssdp.localPort();
        o.mdnsPort = mdns.localPort();
        o.snmpPort = snmp.localPort();
        o.smbPort = smb.serverPort();
        o.ippPort = ipp.serverPort();
        return o;
    }

private:
    static QByteArray receive(QUdpSocket *socket, QHostAddress *from, quint16 *port)
    {
        QByteArray d(qMax<qint64>(socket->pendingDatagramSize(), 0), '\0');
        d.truncate(qMax<qint64>(socket->readDatagram(d.data(), d.size(), from, port), 0));
        return d;
    }

    static void drain(QUdpSocket *socket)
    {
        while (socket->hasPendingDatagrams())
            socket->receiveDatagram();
    }

    void answerSsdp()
    {
        while (ssdp.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            if (!receive(&ssdp, &from, &port).startsWith("M-SEARCH"))
                continue;
            for (int i = 0; i < floodDatagrams; ++i)
                ssdp.writeDatagram(QByteArray(200, 'z'), from, port);
            ssdp.writeDatagram(
                "HTTP/1.1 200 OK\r\nST: upnp:rootdevice\r\nUSN: uuid:1::upnp:rootdevice\r\n"
                "SERVER: Linux/6.1 UPnP/1.0 ExampleOS/2.0\r\nLOCATION: http://"
                    + locationHost.toLatin1() + ':' + QByteArray::number(http.serverPort())
                    + "/desc.xml\r\n\r\n",
                from, port);
        }
    }

    // Three rounds, told apart by what is asked: types, instances, TXT.
    void answerMdns()
    {
        while (mdns.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            const QByteArray q = receive(&mdns, &from, &port);
            if (q.size() < 12)
                continue;
            const quint16 id = UdpWire::get16(q, 0);
            QByteArray reply = dnsHeader(id, 1);
            QByteArray data;
            if (q.contains("_services")) {
                dnsName(&data, "_ipp._tcp.local");
                dnsRecord(&reply, "_services._dns-sd._udp.local", 12, data);
            } else if (q.contains("Office")) {
                dnsRecord(&reply, "Office._ipp._tcp.local", 16,
                    txtData({ "txtvers=1", "ty=Brother HL-L2350DW series", "usb_MFG=Brother" }));
            } else {
                dnsName(&data, "Office._ipp._tcp.local");
                dnsRecord(&reply, "_ipp._tcp.local", 12, data);
            }
            mdns.writeDatagram(reply, from, port);
        }
    }

    // A GetResponse with the request's id: sysDescr, sysObjectID, sysName.
    void answerSnmp()
    {
        while (snmp.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            const QByteArray q = receive(&snmp, &from, &port);
            Ber::Reader top(q);
            Ber::Item message;
            qint64 version = 0;
            QByteArray community;
            Ber::Item pdu;
            if (!top.next(Ber::Sequence, &message))
                continue;
            Ber::Reader in(q, message);
            qint64 id = 0;
            if (!in.nextInteger(&version) || !in.nextOctets(&community) || !in.next(&pdu))
                continue;
            Ber::Reader body(q, pdu);
            if (!body.nextInteger(&id))
                continue;
            const QByteArray binds = Ber::sequence({ Ber::oid({ 1, 3, 6, 1, 2, 1, 1, 1, 0 }),
                                         Ber::octets("Brother NC-8300w, Firmware Ver.1.07") })
                + Ber::sequence({ Ber::oid({ 1, 3, 6, 1, 2, 1, 1, 2, 0 }),
                    Ber::oid({ 1, 3, 6, 1, 4, 1, 2435, 2, 3, 9, 1 }) })
                + Ber::sequence(
                    { Ber::oid({ 1, 3, 6, 1, 2, 1, 1, 5, 0 }), Ber::octets("office-printer") });
            const QByteArray response = Ber::tlv(Ber::context(2),
                Ber::integer(id) + Ber::integer(0) + Ber::integer(0)
                    + Ber::tlv(Ber::Sequence, binds));
            snmp.writeDatagram(
                Ber::sequence({ Ber::integer(version), Ber::octets(community), response }), from,
                port);
        }
    }

    void serveHttp()
    {
        while (QTcpSocket *s = http.nextPendingConnection()) {
            ++httpConnections;
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                if (endlessHttp) {
                    s->write("HTTP/1.0 200 OK\r\n\r\n<root>");
                    connect(s, &QTcpSocket::bytesWritten, s, [s] {
                        if (s->bytesToWrite() < 65536)
                            s->write(QByteArray(65536, 'a'));
                    });
                    s->write(QByteArray(65536, 'a'));
                    return;
                }
                s->write("HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\n\r\n" + description);
                s->disconnectFromHost();
            });
        }
    }

    void serveSmb()
    {
        while (QTcpSocket *s = smb.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] {
                const QByteArray request = s->readAll();
                if (request.contains(QByteArray("NTLMSSP\0\x01", 9)))
                    s->write(smb2Response(1, QByteArray(8, '\0') + challenge(10, 0, 19045)));
                else if (request.contains("\xfeSMB"))
                    s->write(smb2Response(0, QByteArray(65, '\0')));
            });
        }
    }

    void serveIpp()
    {
        while (QTcpSocket *s = ipp.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] {
                const QByteArray request = s->readAll();
                const qsizetype body = request.indexOf("\r\n\r\n") + 4;
                if (body < 4 || request.size() < body + 8)
                    return;
                const quint32 id = UdpWire::get32(request, body + 4);
                s->write(ippHttp(id,
                    ippAttribute(0x41, "printer-make-and-model", "Brother HL-L2350DW series")
                        + ippAttribute(
                            0x41, "printer-device-id", "MFG:Brother;MDL:HL-L2350DW series;")));
                s->disconnectFromHost();
            });
        }
    }
};

QByteArray gatewayDescription()
{
    return R"(<?xml version="1.0"?><root xmlns="urn:schemas-upnp-org:device-1-0"><device>
<deviceType>urn:schemas-upnp-org:device:Printer:1</deviceType>
<manufacturer>Brother</manufacturer><modelName>HL-L2350DW</modelName></device></root>)";
}

// Identifies one target and returns what the prober concluded.
DeviceIdentity identifyOne(const DeviceProber::Target &target, const HostEvidence::Options &options,
    int *waitedMs = nullptr)
{
    DeviceProber prober;
    prober.setOptions(options);
    QSignalSpy identified(&prober, &DeviceProber::identified);
    QSignalSpy idle(&prober, &DeviceProber::idle);
    QElapsedTimer clock;
    clock.start();
    prober.identify({ target });
    if (!QTest::qWaitFor([&] { return idle.count() == 1; }, options.timeoutMs + 3000))
        return {};
    if (waitedMs)
        *waitedMs = int(clock.elapsed());
    return identified.count() == 1 ? identified.at(0).at(1).value<DeviceIdentity>()
                                   : DeviceIdentity {};
}

bool said(const DeviceIdentity &identity, const char *source)
{
    for (const DeviceIdentity::Reason &r : identity.reasons) {
        if (r.evidence.source == QLatin1String(source))
            return true;
    }
    return false;
}

} // namespace

void TestDeviceProber::init()
{
    if (!m_isolated)
        PORTOLAN_SKIP(QStringLiteral("needs a network namespace of its own: ") + m_why);
}

void TestDeviceProber::aPrinterSaysWhatItIs()
{
    StandIn device;
    device.description = gatewayDescription();
    DeviceProber::Target target;
    target.hostId = 4;
    target.address = kHost;
    target.openTcp = { device.ipp.serverPort() };
    target.known = { DeviceEvidence::make("mac-vendor", "vendor", "Espressif Inc.") };
    const DeviceIdentity identity = identifyOne(target, device.options());
    QCOMPARE(identity.type, QStringLiteral("printer"));
    QCOMPARE(identity.maker, QStringLiteral("Brother")); // its own words over the MAC's
    QVERIFY2(identity.model.contains(QLatin1String("HL-L2350DW")), qPrintable(identity.model));
    QVERIFY(said(identity, "ipp") || said(identity, "upnp"));
    // Every protocol was asked and answered: the evidence says so.
    const QJsonObject json = identity.toJson();
    QVERIFY(json.value(QStringLiteral("evidence")).toArray().size() >= 2);
    QCOMPARE(device.httpConnections, 1);
}

void TestDeviceProber::aWindowsHostBySmb()
{
    StandIn device;
    device.silentUdp = true;
    DeviceProber::Target target;
    target.address = kHost;
    target.openTcp = { device.smb.serverPort() };
    HostEvidence::Options options = device.options(1000);
    options.snmpCommunity.clear(); // SNMP not asked: no answer counted
    const DeviceIdentity identity = identifyOne(target, options);
    QCOMPARE(identity.os, QStringLiteral("Windows NT 10.0 build 19045"));
    QCOMPARE(identity.maker, QStringLiteral("Microsoft"));
    QVERIFY(said(identity, "smb"));
}

void TestDeviceProber::silenceEndsAtTheDeadline()
{
    // Nothing listens on these ports: the host is done at its deadline, with what
    // the scan knew of it.
    QUdpSocket closed;
    closed.bind(kHost, 0);
    HostEvidence::Options options;
    options.timeoutMs = 400;
    options.ssdpPort = options.mdnsPort = options.snmpPort = closed.localPort();
    closed.close();
    DeviceProber::Target target;
    target.address = kHost;
    target.known = { DeviceEvidence::make("ports", "open", "9100/tcp") };
    int waited = 0;
    const DeviceIdentity identity = identifyOne(target, options, &waited);
    QCOMPARE(identity.type, QStringLiteral("printer"));
    QCOMPARE(identity.reasons.size(), 1);
    QVERIFY2(waited >= 350, qPrintable(QString::number(waited)));
}

void TestDeviceProber::hostileAnswersCostNothing()
{
    // A LOCATION on another host is never fetched.
    {
        StandIn device;
        device.locationHost = QStringLiteral("127.0.0.2");
        DeviceProber::Target target;
        target.address = kHost;
        const DeviceIdentity identity = identifyOne(target, device.options(1000));
        QCOMPARE(device.httpConnections, 0);
        for (const DeviceIdentity::Reason &r : identity.reasons)
            QVERIFY(r.evidence.source != QLatin1String("upnp")
                || r.evidence.field == QLatin1String("server"));
    }
    // A description that never ends is cut at the cap; the host finishes in time and
    // what the other protocols said still counts.
    {
        StandIn device;
        device.endlessHttp = true;
        device.floodDatagrams
            = 150; // more than one turn of reading; fewer than a receive buffer holds
        DeviceProber::Target target;
        target.address = kHost;
        int waited = 0;
        const DeviceIdentity identity = identifyOne(target, device.options(1500), &waited);
        QCOMPARE(device.httpConnections, 1);
        QVERIFY2(waited < 1500 + 1000, qPrintable(QString::number(waited)));
        QVERIFY(said(identity, "snmp") || said(identity, "dns-sd"));
        QVERIFY(identity.model.size() < 700);
    }
}

void TestDeviceProber::manyHostsBoundedAtOnce()
{
    StandIn device;
    DeviceProber prober;
    prober.setOptions(device.options(1500));
    prober.setHostsAtOnce(3);
    QSignalSpy identified(&prober, &DeviceProber::identified);
    QSignalSpy idle(&prober, &DeviceProber::idle);
    QList<DeviceProber::Target> targets;
    for (quint32 i = 0; i < 8; ++i) {
        DeviceProber::Target t;
        t.hostId = i;
        t.address = kHost;
        targets.append(t);
    }
    prober.identify(targets);
    QCOMPARE(prober.pending(), 8);
    QVERIFY(QTest::qWaitFor([&] { return idle.count() == 1; }, 20000));
    QCOMPARE(identified.count(), 8);
    QSet<quint32> ids;
    for (const QList<QVariant> &args : identified)
        ids.insert(args.at(0).toUInt());
    QCOMPARE(ids.size(), 8);
    // Cancelled early, every queued host is dropped and the running ones report.
    prober.identify(targets);
    prober.cancel();
    QVERIFY(QTest::qWaitFor([&] { return idle.count() == 2 || prober.pending() == 0; }, 3000));
    QCOMPARE(prober.pending(), 0);
}

PORTOLAN_NETNS_TEST_MAIN(TestDeviceProber)

#include "tst_deviceprober.moc"
