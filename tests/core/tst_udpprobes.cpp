// The UDP probe table: each probe's datagram checked against its specification, and
// each reader on an answer written out here from the same specification, on one with
// another transaction id, and on truncated, mutated and random bytes.
#include <QRandomGenerator>
#include <QTest>

#include "core/services/berwire.h"
#include "core/services/udpprobetable.h"
#include "core/services/udpwire.h"

namespace {

constexpr quint32 token = 0x1234abcd;
// The ids the probes derive from token (udpwire.h): its low 16 bits 0xabcd, and as
// bytes 12 34 ab cd, then 13 35 aa cc (each byte XOR 1), then 10 36 a9 cf (XOR 2).
const char *const token8 = "1234abcd 1335aacc";
const char *const token12 = "1234abcd 1335aacc 1036a9cf";
const char *const notToken8 = "edcb5432 ecca5533"; // from ~token

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text); // spaces and other non-hex characters are skipped
}

// BER written by hand (X.690 8.1): tag, definite length in the fewest bytes, content;
// independent of the code under test.
QByteArray tlv(quint8 tag, const QByteArray &content)
{
    QByteArray out(1, char(tag));
    if (content.size() < 0x80) {
        out += char(content.size());
    } else if (content.size() < 0x100) {
        out += char(0x81);
        out += char(content.size());
    } else {
        out += char(0x82);
        out += char(content.size() >> 8);
        out += char(content.size() & 0xff);
    }
    return out + content;
}

QByteArray integer(quint32 value) // four bytes: every INTEGER here has its top bit clear
{
    return tlv(0x02, hex(QByteArray::number(value, 16).rightJustified(8, '0').constData()));
}

QByteArray small(quint8 value)
{
    return tlv(0x02, QByteArray(1, char(value)));
}

// A NetBIOS name table entry (RFC 1002 4.2.18): 15 characters padded with spaces, the
// suffix byte, then NAME_FLAGS.
QByteArray nbEntry(const QByteArray &name, quint8 suffix, const char *flags)
{
    return name.leftJustified(15, ' ') + char(suffix) + hex(flags);
}

bool printable(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || (u >= 0x202a && u <= 0x202e))
            return false;
    }
    return true;
}

} // namespace

class TestUdpProbes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableNamesEveryEntrysSource();
    void builds_data();
    void builds();
    void communityComesFromTheOptions();
    void berEncodesAsX690Says_data();
    void berEncodesAsX690Says();
    void berReaderRefusesBadLengths_data();
    void berReaderRefusesBadLengths();
    void reads_data();
    void reads();
    void anEchoOfTheProbeIsNoAnswer();
    void hostileRepliesNeverCrash();
    void randomBytesAnswerNothing();
    void verdictBecomesServiceInfo();

private:
    static QList<std::pair<QString, QByteArray>> validReplies();
};

void TestUdpProbes::tableNamesEveryEntrysSource()
{
    const UdpProbeTable table;
    for (const UdpProbeTable::Probe &probe : table.probes()) {
        QVERIFY2(!probe.source.isEmpty(), qPrintable(probe.name));
        QVERIFY(probe.build && probe.read);
    }
    // The IANA ports of issue 29's list, each with a probe of its own.
    for (const quint16 port : { 53, 69, 88, 111, 123, 137, 161, 389, 443, 500, 520, 1194, 1900,
             3478, 4500, 5060, 5353, 11211 }) {
        const QList<const UdpProbeTable::Probe *> probes = table.forPort(port);
        QVERIFY2(!probes.isEmpty() && probes.first()->name != QLatin1String("empty"),
            qPrintable(QString::number(port)));
    }
    QCOMPARE(table.forPort(7777).size(), 1);
    QCOMPARE(table.forPort(7777).first()->name, QStringLiteral("empty"));
    QCOMPARE(table.forPort(161).size(), 3);
    QVERIFY(table.probe(QStringLiteral("tftp"))->answersFromNewPort);
    QVERIFY(!table.probe(QStringLiteral("dns-version"))->answersFromNewPort);
}

// What each probe sends: at offset (or, at -1, anywhere) these bytes; size, if not -1.
void TestUdpProbes::builds_data()
{
    QTest::addColumn<QString>("probe");
    QTest::addColumn<quint32>("tok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("size");
    const QString v4 = QStringLiteral("192.0.2.1");
    const auto row = [](const char *tag, const char *probe, int offset, const QByteArray &bytes,
                         int size = -1, const QString &host = {}, quint32 tok = token) {
        QTest::newRow(tag) << QString::fromLatin1(probe) << tok << host << offset << bytes << size;
    };
    // RFC 1035 4.1.1 header: ID, flags (a standard query), QDCOUNT 1, no records.
    row("dns header", "dns-version", 0, hex("abcd 0000 0001 0000 0000 0000"), 30);
    // 4.1.2: QNAME version.bind, QTYPE TXT (16), QCLASS CH (3).
    row("dns question", "dns-version", 12,
        hex("07") + "version" + hex("04") + "bind" + hex("00 0010 0003"));
    row("mdns question", "mdns-services", 12,
        hex("09") + "_services" + hex("07") + "_dns-sd" + hex("04") + "_udp" + hex("05") + "local"
            + hex("00 000c 0001"),
        46);
    // RFC 1002 4.2.17: "*" encoded as 32 letters (RFC 1001 14.1), NBSTAT, IN.
    row("netbios", "netbios-status", 0,
        hex("abcd 0000 0001 0000 0000 0000 20") + "CK" + QByteArray(30, 'A') + hex("00 0021 0001"),
        50);
    // RFC 5905 7.3: LI 0, VN 4, mode 3; all zero up to the transmit timestamp (40).
    row("ntp first", "ntp", 0, hex("23") + QByteArray(39, '\0'), 48);
    row("ntp transmit", "ntp", 40, hex(token8));
    // RFC 1157 4 / RFC 1901 3: version, community, GetRequest-PDU [0] with request-id,
    // error-status, error-index and sysDescr.0, sysObjectID.0 and sysName.0 bound to NULL.
    const QByteArray binds = tlv(0x30, tlv(0x06, hex("2b 06 01 02 01 01 01 00")) + tlv(0x05, {}))
        + tlv(0x30, tlv(0x06, hex("2b 06 01 02 01 01 02 00")) + tlv(0x05, {}))
        + tlv(0x30, tlv(0x06, hex("2b 06 01 02 01 01 05 00")) + tlv(0x05, {}));
    const QByteArray get = tlv(0xa0, integer(token) + small(0) + small(0) + tlv(0x30, binds));
    row("snmp v2c", "snmp-v2c", 0, tlv(0x30, small(1) + tlv(0x04, "public") + get));
    row("snmp v1", "snmp-v1", 0, tlv(0x30, small(0) + tlv(0x04, "public") + get));
    row("snmp id keeps 31 bits", "snmp-v2c", 15, hex("02 04 1234abcd"), -1, {}, 0x9234abcd);
    // RFC 3412 6: msgVersion 3, msgGlobalData (msgID, msgMaxSize 65507, msgFlags
    // reportable, USM), UsmSecurityParameters all empty (RFC 3414 2.4), a scoped PDU.
    const QByteArray usm = tlv(
        0x30, tlv(0x04, {}) + small(0) + small(0) + tlv(0x04, {}) + tlv(0x04, {}) + tlv(0x04, {}));
    const QByteArray global
        = tlv(0x30, integer(token) + tlv(0x02, hex("00ffe3")) + tlv(0x04, hex("04")) + small(3));
    const QByteArray scoped = tlv(0x30,
        tlv(0x04, {}) + tlv(0x04, {})
            + tlv(0xa0, integer(token) + small(0) + small(0) + tlv(0x30, {})));
    row("snmp v3", "snmp-v3-discovery", 0, tlv(0x30, small(3) + global + tlv(0x04, usm) + scoped));
    // UDA 2.0 1.3.2: unicast M-SEARCH names the device in HOST.
    row("ssdp", "ssdp", 0,
        "M-SEARCH * HTTP/1.1\r\nHOST: 192.0.2.1:1900\r\nMAN: \"ssdp:discover\"\r\n"
        "ST: ssdp:all\r\n\r\n",
        -1, v4);
    row("ssdp v6", "ssdp", 21, "HOST: [2001:db8::1]:1900\r\n", -1, QStringLiteral("2001:db8::1"));
    // memcached protocol.txt: request id, sequence 0, 1 datagram, reserved; the command.
    row("memcached", "memcached", 0, hex("abcd 0000 0001 0000") + "version\r\n", 17);
    // RFC 8489 5: Binding request, length 0, magic cookie, 96-bit transaction id.
    row("stun", "stun", 0, hex("0001 0000 2112a442") + hex(token12), 20);
    // RFC 1350 5: RRQ, file name, 0, mode, 0.
    row("tftp", "tftp", 0, hex("0001") + "portolan-1234abcd" + hex("00") + "octet" + hex("00"));
    // RFC 5531 9: xid, CALL, RPC version 2, program 100000, version 2, procedure 4
    // (DUMP, RFC 1833 3.2), AUTH_NONE credentials and verifier.
    row("portmap", "portmap", 0,
        hex("1234abcd 00000000 00000002 000186a0 00000002 00000004 00000000 00000000 00000000 "
            "00000000"),
        40);
    row("sip start", "sip", 0, "OPTIONS sip:192.0.2.1 SIP/2.0\r\n", -1, v4);
    row("sip call-id", "sip", -1, "\r\nCall-ID: 1234abcd@portolan.invalid\r\n", -1, v4);
    row("sip branch", "sip", -1, ";branch=z9hG4bK1234abcd;rport\r\n", -1, v4);
    row("sip cseq", "sip", -1, "\r\nCSeq: 1 OPTIONS\r\n", -1, v4);
    row("sip ends", "sip", -1, "\r\nContent-Length: 0\r\n\r\n", -1, v4);
    // RFC 7296 3.1: initiator SPI, responder SPI 0, next payload SA (33), version 2.0,
    // IKE_SA_INIT (34), Initiator flag, message id 0, length = the datagram's.
    row("ike spi", "ike", 0,
        hex(token8) + QByteArray(8, '\0') + hex("21 20 22 08 00000000 00000178"), 376);
    // 3.2, 3.3: SA payload (next KE, 48 bytes), its one proposal (44) of 4 transforms,
    // the first ENCR (1) AES-CBC (12) with a Key Length attribute (14) of 256.
    row("ike sa", "ike", 28,
        hex("22 00 0030 00 00 002c 01 01 00 04 03 00 000c 01 00 000c 800e 0100"));
    // 3.4: KE payload after the SA: next Nonce (40), 264 bytes, group 14.
    row("ike ke", "ike", 76, hex("28 00 0108 000e 0000"));
    row("ike nat-t", "ike-nat-t", 0, hex("00000000") + hex(token8), 380);
    // RFC 9000 17.2: long header, a 0x?a?a?a?a version, 8-byte DCID and SCID; 1200 bytes.
    row("quic", "quic", 0, hex("c0 1a2a3a4a 08") + hex(token8) + hex("08") + hex(notToken8), 1200);
    // OpenVPN: opcode 7 << 3, session id, no acks, message packet id 0.
    row("openvpn", "openvpn", 0, hex("38") + hex(token8) + hex("00 00000000"), 14);
    // RFC 4511 4.5.1: messageID, SearchRequest [APPLICATION 3]: base "", scope base,
    // neverDerefAliases, no limits, typesOnly FALSE, (objectClass=*), attributes.
    QByteArray attributes;
    for (const char *name : { "vendorName", "vendorVersion", "dnsHostName", "defaultNamingContext",
             "namingContexts", "supportedLDAPVersion" })
        attributes += tlv(0x04, name);
    row("cldap", "cldap", 0,
        tlv(0x30,
            integer(token)
                + tlv(0x63,
                    tlv(0x04, {}) + tlv(0x0a, hex("00")) + tlv(0x0a, hex("00")) + small(0)
                        + small(0) + tlv(0x01, hex("00")) + tlv(0x87, "objectClass")
                        + tlv(0x30, attributes))));
    // RFC 4120 5.4.1: AS-REQ [APPLICATION 10], pvno [1] 5, msg-type [2] 10, ...
    row("kerberos start", "kerberos", 0, hex("6a"));
    row("kerberos pvno", "kerberos", -1, hex("a1 03 02 01 05 a2 03 02 01 0a a4"));
    row("kerberos cname", "kerberos", -1, tlv(0x1b, "portolan-1234abcd"));
    row("kerberos nonce", "kerberos", -1, tlv(0xa7, integer(token)));
    row("kerberos etypes", "kerberos", -1, tlv(0xa8, tlv(0x30, small(18) + small(17) + small(23))));
    // RFC 2453 3.9.1: request, version 2, one entry: family 0, metric 16.
    row("rip", "rip", 0, hex("01 02 0000") + QByteArray(16, '\0') + hex("00000010"), 24);
    row("empty", "empty", 0, {}, 0);
}

void TestUdpProbes::builds()
{
    QFETCH(QString, probe);
    QFETCH(quint32, tok);
    QFETCH(QString, host);
    QFETCH(int, offset);
    QFETCH(QByteArray, bytes);
    QFETCH(int, size);
    const UdpProbeTable table;
    const UdpProbeTable::Probe *p = table.probe(probe);
    QVERIFY(p);
    const QByteArray datagram = p->build(tok, host);
    if (offset < 0)
        QVERIFY2(datagram.contains(bytes), datagram.toHex(' ').constData());
    else
        QCOMPARE(datagram.mid(offset, bytes.size()).toHex(' '), bytes.toHex(' '));
    if (size >= 0)
        QCOMPARE(datagram.size(), size);
    // BER messages: the outer element spans the datagram exactly.
    if (!datagram.isEmpty() && (datagram.at(0) == 0x30 || datagram.at(0) == 0x6a)) {
        Ber::Reader reader(datagram);
        Ber::Item item;
        QVERIFY(reader.next(&item));
        QCOMPARE(item.end, datagram.size());
    }
}

void TestUdpProbes::communityComesFromTheOptions()
{
    UdpProbeTable::Options options;
    options.snmpCommunity = "s3cret";
    const UdpProbeTable table(options);
    QVERIFY(
        table.probe(QStringLiteral("snmp-v2c"))->build(token, {}).contains(tlv(0x04, "s3cret")));
    QVERIFY(table.probe(QStringLiteral("snmp-v1"))->build(token, {}).contains(tlv(0x04, "s3cret")));
}

void TestUdpProbes::berEncodesAsX690Says_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("expected");
    // X.690 8.3: two's complement, as few bytes as keep the sign.
    QTest::newRow("0") << Ber::integer(0) << hex("02 01 00");
    QTest::newRow("127") << Ber::integer(127) << hex("02 01 7f");
    QTest::newRow("128") << Ber::integer(128) << hex("02 02 00 80");
    QTest::newRow("-1") << Ber::integer(-1) << hex("02 01 ff");
    QTest::newRow("-129") << Ber::integer(-129) << hex("02 02 ff 7f");
    QTest::newRow("2^31-1") << Ber::integer(0x7fffffff) << hex("02 04 7fffffff");
    // 8.19: 1.3 in one byte, arcs over 127 in base 128.
    QTest::newRow("oid") << Ber::oid({ 1, 3, 6, 1, 4, 1, 8072 })
                         << hex("06 07 2b 06 01 04 01 bf 08");
    // 8.1.3.5: long form length.
    QTest::newRow("long") << Ber::octets(QByteArray(200, 'x')).left(3) << hex("04 81 c8");
    QTest::newRow("longer") << Ber::octets(QByteArray(300, 'x')).left(4) << hex("04 82 01 2c");
}

void TestUdpProbes::berEncodesAsX690Says()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, expected);
    QCOMPARE(encoded.toHex(' '), expected.toHex(' '));
}

void TestUdpProbes::berReaderRefusesBadLengths_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::newRow("fits") << hex("04 02 61 62") << true;
    QTest::newRow("longer than the data") << hex("04 03 61 62") << false;
    QTest::newRow("long form past the end") << hex("04 82 ff ff 61") << false;
    QTest::newRow("indefinite") << hex("30 80 00 00") << false;
    QTest::newRow("five length bytes") << hex("04 85 00 00 00 00 01 61") << false;
    QTest::newRow("multi-byte tag") << hex("1f 81 01 00") << false;
    QTest::newRow("no length") << hex("04") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestUdpProbes::berReaderRefusesBadLengths()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    Ber::Reader reader(input);
    Ber::Item item;
    QCOMPARE(reader.next(&item), ok);
    // An element inside one that lies about its length stays inside it.
    const QByteArray nested = hex("30 03 04 05 61 62 63 64 65");
    Ber::Reader outer(nested);
    Ber::Item sequence;
    QVERIFY(outer.next(Ber::Sequence, &sequence));
    Ber::Reader inner(nested, sequence);
    QVERIFY(!inner.next(&item));
}

namespace {

// Replies as each specification lays them out; id arguments are hex.

QByteArray dnsReply(const char *id, const QByteArray &answerName = hex("c00c"))
{
    return hex(id) // ID
        + hex("8400") // QR (response), opcode QUERY, AA, RCODE NOERROR (RFC 1035 4.1.1)
        + hex("0001 0001 0000 0000") // QDCOUNT, ANCOUNT, NSCOUNT, ARCOUNT
        + hex("07") + "version" + hex("04") + "bind" + hex("00") // QNAME at offset 12
        + hex("0010 0003") // QTYPE TXT, QCLASS CH
        + answerName // NAME: a pointer to offset 12
        + hex("0010 0003 00000000 000d") // TYPE TXT, CLASS CH, TTL 0, RDLENGTH 13
        + hex("0c") + "dnsmasq-2.89"; // one character-string (3.3.14)
}

QByteArray mdnsReply(const char *id)
{
    return hex(id) + hex("8400 0001 0002 0000 0000") // a response, 1 question, 2 answers
        + hex("09") + "_services" + hex("07") + "_dns-sd" + hex("04") + "_udp" // QNAME at 12;
        + hex("05") + "local" + hex("00") // "local" at offset 35 (0x23)
        + hex("000c 0001") // PTR, IN
        // Answer: NAME -> 12, PTR, IN, TTL 4500, RDLENGTH 13: _http._tcp + pointer to local.
        + hex("c00c 000c 0001 00001194 000d 05") + "_http" + hex("04") + "_tcp"
        + hex("c023")
        // Answer: the same for _ipp._tcp.local (RDLENGTH 12).
        + hex("c00c 000c 0001 00001194 000c 04") + "_ipp" + hex("04") + "_tcp" + hex("c023");
}

QByteArray netbiosReply(const char *id)
{
    // RFC 1002 4.2.18: NUM_NAMES, the names, then STATISTICS (46 bytes, UNIT_ID first).
    const QByteArray data = hex("03") + nbEntry("WINBOX", 0x00, "0400") // unique, active
        + nbEntry("WORKGROUP", 0x00, "8400") // group, active
        + nbEntry("WINBOX", 0x20, "0400") // the server service
        + hex("525400123456") + QByteArray(40, '\0');
    return hex(id) + hex("8400 0000 0001 0000 0000") // response, AA; one answer
        + hex("20") + "CK" + QByteArray(30, 'A') + hex("00") // RR_NAME "*"
        + hex("0021 0001 00000000") // NBSTAT, IN, TTL 0
        + hex(QByteArray::number(data.size(), 16).rightJustified(4, '0').constData()) + data;
}

QByteArray ntpReply(const char *origin, const char *stratumAndRefid)
{
    return hex("24") // LI 0, VN 4, mode 4 (server): RFC 5905 7.3
        + hex(stratumAndRefid).left(1) // stratum
        + hex("06 e9") // poll, precision
        + hex("00000000 00000010") // root delay, root dispersion
        + hex(stratumAndRefid).mid(1, 4) // reference id
        + hex("e9000000 00000000") // reference timestamp
        + hex(origin) // origin: our transmit timestamp, echoed
        + hex("e9000001 00000000 e9000001 00000001"); // receive, transmit
}

QByteArray snmpReply(quint32 id, const QByteArray &community)
{
    // RFC 3416 3: Response-PDU [2] with request-id, error-status 0, error-index 0 and
    // the bindings; sysDescr.0 and sysName.0 as OCTET STRINGs (RFC 3418), sysObjectID.0
    // as an OID (Net-SNMP's 1.3.6.1.4.1.8072.3.2.10: 8072 takes two base-128 bytes).
    const QByteArray binds
        = tlv(0x30, tlv(0x06, hex("2b 06 01 02 01 01 01 00")) + tlv(0x04, "Linux gw 6.1"))
        + tlv(0x30,
            tlv(0x06, hex("2b 06 01 02 01 01 02 00"))
                + tlv(0x06, hex("2b 06 01 04 01 bf 08 03 02 0a")))
        + tlv(0x30, tlv(0x06, hex("2b 06 01 02 01 01 05 00")) + tlv(0x04, "gw"));
    return tlv(0x30,
        small(1) + tlv(0x04, community)
            + tlv(0xa2, integer(id) + small(0) + small(0) + tlv(0x30, binds)));
}

QByteArray snmpV3Reply(quint32 id)
{
    // RFC 3411 SnmpEngineID: enterprise 8072 with the top bit, format 3 (MAC), the MAC.
    const QByteArray engine = hex("80001f88 03 525400123456");
    const QByteArray usm = tlv(0x30,
        tlv(0x04, engine) + small(7) /* boots */
            + tlv(0x02, hex("04d2")) /* time 1234 */ + tlv(0x04, {}) + tlv(0x04, {})
            + tlv(0x04, {}));
    // Report-PDU [8]: usmStatsUnknownEngineIDs.0 (RFC 3414 5) as Counter32 [APPLICATION 1].
    const QByteArray report = tlv(0xa8,
        integer(id) + small(0) + small(0)
            + tlv(0x30,
                tlv(0x30, tlv(0x06, hex("2b 06 01 06 03 0f 01 01 04 00")) + tlv(0x41, hex("01")))));
    return tlv(0x30,
        small(3)
            + tlv(0x30, integer(id) + tlv(0x02, hex("00ffe3")) + tlv(0x04, hex("00")) + small(3))
            + tlv(0x04, usm) + tlv(0x30, tlv(0x04, engine) + tlv(0x04, {}) + report));
}

QByteArray ssdpReply(const QByteArray &status = "HTTP/1.1 200 OK")
{
    // UDA 2.0 1.3.3: the search response's headers.
    return status
        + "\r\nCACHE-CONTROL: max-age=120\r\n"
          "ST: upnp:rootdevice\r\n"
          "USN: uuid:5ae1c2f4-0000-4000-8000-000000000001::upnp:rootdevice\r\n"
          "EXT:\r\n"
          "SERVER: Debian/12 UPnP/1.1 MiniUPnPd/2.3.1\r\n"
          "LOCATION: http://192.0.2.1:5000/rootDesc.xml\r\n\r\n";
}

QByteArray memcachedReply(const char *id)
{
    return hex(id) + hex("0000 0001 0000") + "VERSION 1.6.18\r\n"; // frame header, answer
}

QByteArray stunReply(const char *transaction)
{
    // RFC 8489 5: Binding success, 28 bytes of attributes, the cookie, the id; then
    // XOR-MAPPED-ADDRESS (14.2): family 1, port 54321 ^ 0x2112, 192.0.2.7 ^ the cookie;
    // SOFTWARE (14.14), 12 bytes, so no padding.
    return hex("0101 001c 2112a442") + hex(transaction) + hex("0020 0008 00 01 f523 e112a645")
        + hex("8022 000c") + "Coturn-4.6.1";
}

QByteArray portmapReply(const char *xid, bool complete = true)
{
    // RFC 5531 9: xid, REPLY, MSG_ACCEPTED, verifier AUTH_NONE (length 0), SUCCESS;
    // RFC 1833 3.2 pmaplist: TRUE, (program, version, protocol, port) ..., FALSE.
    return hex(xid) + hex("00000001 00000000 00000000 00000000 00000000")
        + hex("00000001 000186a0 00000002 00000006 0000006f") // portmapper v2 tcp 111
        + hex("00000001 000186a3 00000003 00000011 00000801") // nfs v3 udp 2049
        + (complete ? hex("00000000") : QByteArray());
}

QByteArray sipReply(const QByteArray &callIdLine)
{
    // RFC 3261 7.2 status line, 8.2.6.2 the request's Via, From, Call-ID and CSeq.
    return "SIP/2.0 200 OK\r\n"
           "Via: SIP/2.0/UDP portolan.invalid;branch=z9hG4bK1234abcd;rport=40000;"
           "received=192.0.2.9\r\n"
           "From: <sip:portolan@portolan.invalid>;tag=1234abcd\r\n"
           "To: <sip:192.0.2.1>;tag=as58f4\r\n"
        + callIdLine
        + "\r\nCSeq: 1 OPTIONS\r\n"
          "User-Agent: FreeSWITCH-mod_sofia/1.10.9-release\r\n"
          "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS\r\n"
          "Content-Length: 0\r\n\r\n";
}

QByteArray ikeReply(const char *spi)
{
    // RFC 7296 3.1: our SPI, the responder's, next payload N (41), 2.0, IKE_SA_INIT,
    // Response flag, message id 0, length 58; N (3.10): next V (43), length 10,
    // protocol 0, SPI size 0, INVALID_KE_PAYLOAD (17) with group 19; V (3.12), 16 bytes.
    return hex(spi) + hex("0102030405060708 29 20 22 20 00000000 0000003a")
        + hex("2b 00 000a 00 00 0011 0013") + hex("00 00 0014 00112233445566778899aabbccddeeff");
}

QByteArray quicReply(const char *destination, const char *source)
{
    // RFC 9000 17.2.1: long header form, version 0, the ids swapped, supported versions.
    return hex("80 00000000 08") + hex(destination) + hex("08") + hex(source)
        + hex("00000001 6b3343cf ff00001d");
}

QByteArray openvpnReply(const char *session)
{
    // P_CONTROL_HARD_RESET_SERVER_V2 (8 << 3), its session id, one ack (packet 0) with
    // our session id, message packet id 0.
    return hex("40 0102030405060708 01 00000000") + hex(session) + hex("00000000");
}

QByteArray cldapReply(quint32 id)
{
    // RFC 4511 4.5.2: SearchResultEntry [APPLICATION 4] (objectName "", attributes as
    // SEQUENCE { type, SET OF value }), then SearchResultDone [APPLICATION 5] success.
    const auto attribute = [](const QByteArray &type, const QByteArray &value) {
        return tlv(0x30, tlv(0x04, type) + tlv(0x31, tlv(0x04, value)));
    };
    const QByteArray attributes = attribute("vendorName", "Example Directory")
        + attribute("vendorVersion", "1.2") + attribute("dnsHostName", "dc1.example.org")
        + attribute("namingContexts", "dc=example,dc=org");
    return tlv(0x30, integer(id) + tlv(0x64, tlv(0x04, {}) + tlv(0x30, attributes)))
        + tlv(0x30, integer(id) + tlv(0x65, tlv(0x0a, hex("00")) + tlv(0x04, {}) + tlv(0x04, {})));
}

QByteArray kerberosReply(const QByteArray &cname = {})
{
    // RFC 4120 5.9.1 KRB-ERROR [APPLICATION 30]: pvno [0] 5, msg-type [1] 30, stime [4],
    // susec [5], error-code [6] 68 (KDC_ERR_WRONG_REALM), cname [8] if given, realm [9],
    // sname [10] krbtgt/PORTOLAN.INVALID (name-type 2).
    const auto name = [](quint8 type, const QByteArray &strings) {
        return tlv(0x30, tlv(0xa0, small(type)) + tlv(0xa1, tlv(0x30, strings)));
    };
    QByteArray fields = tlv(0xa0, small(5)) + tlv(0xa1, small(30))
        + tlv(0xa4, tlv(0x18, "20261207120000Z")) + tlv(0xa5, small(0)) + tlv(0xa6, small(68));
    if (!cname.isEmpty())
        fields += tlv(0xa8, name(1, tlv(0x1b, cname)));
    fields += tlv(0xa9, tlv(0x1b, "EXAMPLE.ORG"))
        + tlv(0xaa, name(2, tlv(0x1b, "krbtgt") + tlv(0x1b, "PORTOLAN.INVALID")));
    return tlv(0x7e, tlv(0x30, fields));
}

const QByteArray tftpError = hex("0005 0001") + "File not found" + hex("00"); // RFC 1350 5
// RFC 2453 4: response, version 2, then 10.0.0.0/8 next hop 0 metric 1 (family 2).
const QByteArray ripReply = hex("02 02 0000 0002 0000 0a000000 ff000000 00000000 00000001");

} // namespace

QList<std::pair<QString, QByteArray>> TestUdpProbes::validReplies()
{
    const auto s = [](const char *name) { return QString::fromLatin1(name); };
    return {
        { s("dns-version"), dnsReply("abcd") },
        { s("mdns-services"), mdnsReply("abcd") },
        { s("netbios-status"), netbiosReply("abcd") },
        { s("ntp"), ntpReply(token8, "02 c0000201") },
        { s("snmp-v2c"), snmpReply(token, "public") },
        { s("snmp-v3-discovery"), snmpV3Reply(token) },
        { s("ssdp"), ssdpReply() },
        { s("memcached"), memcachedReply("abcd") },
        { s("stun"), stunReply(token12) },
        { s("tftp"), tftpError },
        { s("portmap"), portmapReply("1234abcd") },
        { s("sip"), sipReply("Call-ID: 1234abcd@portolan.invalid") },
        { s("ike"), ikeReply(token8) },
        { s("ike-nat-t"), hex("00000000") + ikeReply(token8) },
        { s("quic"), quicReply(notToken8, token8) },
        { s("openvpn"), openvpnReply(token8) },
        { s("cldap"), cldapReply(token) },
        { s("kerberos"), kerberosReply() },
        { s("rip"), ripReply },
    };
}

// Each reader on a right answer (and what it says), one to another id, and cut short.
void TestUdpProbes::reads_data()
{
    QTest::addColumn<QString>("probe");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");
    const auto yes
        = [](const char *tag, const char *probe, const QByteArray &reply, const char *field,
              const QString &value, const char *product = "", const char *version = "") {
              QTest::newRow(tag) << QString::fromLatin1(probe) << reply << true
                                 << QString::fromLatin1(field) << value
                                 << QString::fromLatin1(product) << QString::fromLatin1(version);
          };
    const auto no = [](const char *tag, const char *probe, const QByteArray &reply) {
        QTest::newRow(tag) << QString::fromLatin1(probe) << reply << false << QString() << QString()
                           << QString() << QString();
    };
    const auto t = [](const char *value) { return QString::fromUtf8(value); };

    yes("dns", "dns-version", dnsReply("abcd"), "version.bind", t("dnsmasq-2.89"), "dnsmasq",
        "2.89");
    yes("dns refused", "dns-version",
        hex("abcd 8405 0001 0000 0000 0000 07") + "version" + hex("04") + "bind"
            + hex("00 0010 0003"),
        "rcode", t("REFUSED"));
    no("dns other id", "dns-version", dnsReply("abce"));
    no("dns cut", "dns-version", dnsReply("abcd").chopped(3));
    // The answer's name points at itself, then forward: both refused, no loop.
    no("dns pointer loop", "dns-version", dnsReply("abcd", hex("c01e")));
    no("dns pointer forward", "dns-version", dnsReply("abcd", hex("c020")));
    no("dns question loop", "dns-version", hex("abcd 8400 0001 0000 0000 0000 c00c 0010 0003"));

    yes("mdns", "mdns-services", mdnsReply("abcd"), "services",
        t("_http._tcp.local _ipp._tcp.local"));
    no("mdns other id", "mdns-services", mdnsReply("abcc"));
    no("mdns cut", "mdns-services", mdnsReply("abcd").chopped(1));

    yes("netbios name", "netbios-status", netbiosReply("abcd"), "name", t("WINBOX"));
    yes("netbios group", "netbios-status", netbiosReply("abcd"), "group", t("WORKGROUP"));
    yes("netbios mac", "netbios-status", netbiosReply("abcd"), "mac", t("52:54:00:12:34:56"));
    no("netbios other id", "netbios-status", netbiosReply("0bcd"));
    no("netbios cut", "netbios-status", netbiosReply("abcd").left(100));
    QByteArray tooMany = netbiosReply("abcd");
    tooMany[12 + 34 + 10] = char(0x40); // NUM_NAMES 64: more than RDLENGTH holds
    no("netbios count", "netbios-status", tooMany);

    yes("ntp", "ntp", ntpReply(token8, "02 c0000201"), "reference", t("192.0.2.1"));
    yes("ntp stratum", "ntp", ntpReply(token8, "02 c0000201"), "stratum", t("2"));
    yes("ntp version", "ntp", ntpReply(token8, "02 c0000201"), "version", t("4"));
    yes("ntp clock", "ntp", ntpReply(token8, "01 47505300"), "reference", t("GPS"));
    yes("ntp kiss", "ntp", ntpReply(token8, "00 52415445"), "kiss", t("RATE"));
    no("ntp other origin", "ntp", ntpReply(notToken8, "02 c0000201"));
    no("ntp cut", "ntp", ntpReply(token8, "02 c0000201").chopped(1));

    yes("snmp descr", "snmp-v2c", snmpReply(token, "public"), "sysDescr", t("Linux gw 6.1"));
    yes("snmp name", "snmp-v2c", snmpReply(token, "public"), "sysName", t("gw"));
    yes("snmp object id", "snmp-v2c", snmpReply(token, "public"), "sysObjectID",
        t("1.3.6.1.4.1.8072.3.2.10"));
    yes("snmp community", "snmp-v2c", snmpReply(token, "public"), "community", t("public"));
    yes("snmp v1 reader", "snmp-v1", snmpReply(token, "s3cret"), "protocol", t("SNMPv2c"));
    no("snmp other id", "snmp-v2c", snmpReply(token + 1, "public"));
    no("snmp cut", "snmp-v2c", snmpReply(token, "public").chopped(4));
    QByteArray longer = snmpReply(token, "public");
    longer[1] = char(longer.at(1) + 1); // the message claims a byte it does not have
    no("snmp length", "snmp-v2c", longer);

    yes("snmpv3 engine", "snmp-v3-discovery", snmpV3Reply(token), "engineID",
        t("80001f8803525400123456"), "Net-SNMP");
    yes("snmpv3 boots", "snmp-v3-discovery", snmpV3Reply(token), "engineBoots", t("7"), "Net-SNMP");
    yes("snmpv3 mac", "snmp-v3-discovery", snmpV3Reply(token), "engineMac", t("52:54:00:12:34:56"),
        "Net-SNMP");
    no("snmpv3 other id", "snmp-v3-discovery", snmpV3Reply(token ^ 0x100));
    no("snmpv3 cut", "snmp-v3-discovery", snmpV3Reply(token).left(20));

    yes("ssdp", "ssdp", ssdpReply(), "location", t("http://192.0.2.1:5000/rootDesc.xml"),
        "MiniUPnPd", "2.3.1");
    yes("ssdp server", "ssdp", ssdpReply(), "server", t("Debian/12 UPnP/1.1 MiniUPnPd/2.3.1"),
        "MiniUPnPd", "2.3.1");
    no("ssdp notify", "ssdp", ssdpReply("NOTIFY * HTTP/1.1"));
    no("ssdp error", "ssdp", ssdpReply("HTTP/1.1 400 Bad Request"));
    no("ssdp cut", "ssdp", ssdpReply().left(12));

    yes("memcached", "memcached", memcachedReply("abcd"), "", {}, "memcached", "1.6.18");
    no("memcached other id", "memcached", memcachedReply("abce"));
    no("memcached cut", "memcached", memcachedReply("abcd").chopped(2));

    yes("stun software", "stun", stunReply(token12), "software", t("Coturn-4.6.1"));
    yes("stun mapped", "stun", stunReply(token12), "mapped", t("192.0.2.7:54321"));
    no("stun other id", "stun", stunReply("1234abcd 1335aacc 1036a9ce"));
    no("stun cut", "stun", stunReply(token12).chopped(4));

    yes("tftp", "tftp", tftpError, "message", t("File not found"));
    no("tftp cut", "tftp", tftpError.chopped(1));
    no("tftp unknown error", "tftp", hex("0005 0063 00"));

    yes("portmap", "portmap", portmapReply("1234abcd"), "programs",
        t("100000 portmapper, 100003 nfs"));
    no("portmap other xid", "portmap", portmapReply("1234abce"));
    no("portmap cut", "portmap", portmapReply("1234abcd", false));

    yes("sip", "sip", sipReply("Call-ID: 1234abcd@portolan.invalid"), "user-agent",
        t("FreeSWITCH-mod_sofia/1.10.9-release"), "FreeSWITCH-mod_sofia", "1.10.9-release");
    yes("sip compact", "sip", sipReply("i: 1234abcd@portolan.invalid"), "status", t("200 OK"),
        "FreeSWITCH-mod_sofia", "1.10.9-release");
    no("sip other call", "sip", sipReply("Call-ID: 1234abce@portolan.invalid"));
    no("sip cut", "sip", sipReply("Call-ID: 1234abcd@portolan.invalid").left(40));

    yes("ike", "ike", ikeReply(token8), "notify", t("INVALID_KE_PAYLOAD"));
    yes("ike vendor", "ike", ikeReply(token8), "vendor-id", t("00112233445566778899aabbccddeeff"));
    yes("ike nat-t", "ike-nat-t", hex("00000000") + ikeReply(token8), "notify",
        t("INVALID_KE_PAYLOAD"));
    no("ike nat-t without marker", "ike-nat-t", ikeReply(token8));
    no("ike other spi", "ike", ikeReply(notToken8));
    no("ike cut", "ike", ikeReply(token8).chopped(1));

    yes("quic", "quic", quicReply(notToken8, token8), "versions", t("1, 2, draft-29"));
    no("quic other ids", "quic", quicReply(token8, notToken8));
    no("quic cut", "quic", quicReply(notToken8, token8).chopped(2));

    yes("openvpn", "openvpn", openvpnReply(token8), "server-session", t("0102030405060708"),
        "OpenVPN");
    no("openvpn other session", "openvpn", openvpnReply(notToken8));
    no("openvpn cut", "openvpn", openvpnReply(token8).left(20));

    yes("cldap", "cldap", cldapReply(token), "dnsHostName", t("dc1.example.org"),
        "Example Directory", "1.2");
    yes("cldap result", "cldap", cldapReply(token), "result", t("0"), "Example Directory", "1.2");
    no("cldap other id", "cldap", cldapReply(token + 2));
    no("cldap cut", "cldap", cldapReply(token).left(30));

    yes("kerberos", "kerberos", kerberosReply(), "error", t("KDC_ERR_WRONG_REALM"));
    yes("kerberos realm", "kerberos", kerberosReply(), "realm", t("EXAMPLE.ORG"));
    yes("kerberos our client", "kerberos", kerberosReply("portolan-1234abcd"), "error",
        t("KDC_ERR_WRONG_REALM"));
    no("kerberos other client", "kerberos", kerberosReply("portolan-1234abce"));
    no("kerberos cut", "kerberos", kerberosReply().chopped(1));

    yes("rip", "rip", ripReply, "table", t("10.0.0.0/8 metric 1"));
    no("rip cut", "rip", ripReply.chopped(1));
    no("rip request", "rip", hex("01") + ripReply.mid(1));

    yes("empty", "empty", "hello\n", "data", t("hello"));
}

void TestUdpProbes::reads()
{
    QFETCH(QString, probe);
    QFETCH(QByteArray, reply);
    QFETCH(bool, answered);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, product);
    QFETCH(QString, version);
    const UdpProbeTable table;
    const UdpVerdict verdict = table.probe(probe)->read(reply, token);
    QCOMPARE(verdict.answered, answered);
    if (!answered) {
        QVERIFY(verdict.fields.isEmpty());
        return;
    }
    if (!field.isEmpty())
        QCOMPARE(verdict.field(field), value);
    QCOMPARE(verdict.product, product);
    QCOMPARE(verdict.version, version);
}

void TestUdpProbes::anEchoOfTheProbeIsNoAnswer()
{
    // A UDP echo service (or a reflecting middlebox) sends our datagram back.
    const UdpProbeTable table;
    for (const UdpProbeTable::Probe &probe : table.probes()) {
        if (probe.name == QLatin1String("empty"))
            continue;
        const QByteArray sent = probe.build(token, QStringLiteral("192.0.2.1"));
        QVERIFY2(!probe.read(sent, token).answered, qPrintable(probe.name));
    }
}

void TestUdpProbes::hostileRepliesNeverCrash()
{
    // Every valid reply cut at every length and with each byte inverted: no crash, and
    // whatever is read stays printable and bounded.
    const UdpProbeTable table;
    const auto check = [](const UdpVerdict &verdict) {
        QVERIFY(verdict.fields.size() <= UdpVerdict::maxFields);
        for (const auto &[name, value] : verdict.fields) {
            QVERIFY2(printable(value) && value.size() <= 4 * UdpWire::maxFieldBytes + 1,
                qPrintable(name));
        }
        QVERIFY(printable(verdict.product) && printable(verdict.version));
    };
    for (const auto &[name, reply] : validReplies()) {
        const UdpProbeTable::Probe *probe = table.probe(name);
        QVERIFY(probe->read(reply, token).answered);
        for (qsizetype size = 0; size < reply.size(); ++size)
            check(probe->read(reply.left(size), token));
        for (qsizetype at = 0; at < reply.size(); ++at) {
            QByteArray mutated = reply;
            mutated[at] = char(~mutated.at(at));
            check(probe->read(mutated, token));
        }
    }
}

void TestUdpProbes::randomBytesAnswerNothing()
{
    const UdpProbeTable table;
    QRandomGenerator random(29); // fixed: the same bytes every run
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes(random.bounded(1, 600), '\0');
        for (char &c : bytes)
            c = char(random.bounded(256));
        for (const UdpProbeTable::Probe &probe : table.probes()) {
            if (probe.name != QLatin1String("empty"))
                QVERIFY2(!probe.read(bytes, token).answered, qPrintable(probe.name));
        }
    }
}

void TestUdpProbes::verdictBecomesServiceInfo()
{
    const UdpProbeTable table;
    const UdpVerdict verdict
        = table.probe(QStringLiteral("snmp-v2c"))->read(snmpReply(token, "public"), token);
    QVERIFY(verdict.findings.contains(QStringLiteral("snmp-default-community")));
    const ServiceInfo info = verdict.serviceInfo();
    QCOMPARE(info.name, QStringLiteral("snmp"));
    QCOMPARE(info.method, ServiceInfo::Method::Probed);
    QVERIFY(info.extra.contains(QStringLiteral("sysDescr: Linux gw 6.1")));
    QVERIFY(info.extra.contains(QStringLiteral("finding: snmp-default-community")));
    // A community nobody guesses is no finding.
    const UdpVerdict other
        = table.probe(QStringLiteral("snmp-v2c"))->read(snmpReply(token, "s3cret"), token);
    QVERIFY(other.answered && other.findings.isEmpty());
}

QTEST_GUILESS_MAIN(TestUdpProbes)
#include "tst_udpprobes.moc"
