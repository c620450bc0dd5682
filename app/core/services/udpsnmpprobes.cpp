#include "core/services/udpsnmpprobes.h"

#include "core/services/berwire.h"
#include "core/services/udpwire.h"

namespace UdpSnmp {
namespace {

constexpr quint8 getRequestPdu = Ber::context(0); // RFC 3416 3
constexpr quint8 responsePdu = Ber::context(2);
constexpr quint8 reportPdu = Ber::context(8);
constexpr qint64 snmpV3 = 3;
constexpr qint64 usmModel = 3; // RFC 3411 5, SnmpSecurityModel
constexpr int maxVarBinds = 8;

QByteArray sysDescr()
{
    return Ber::oid({ 1, 3, 6, 1, 2, 1, 1, 1, 0 });
}

QByteArray sysName()
{
    return Ber::oid({ 1, 3, 6, 1, 2, 1, 1, 5, 0 });
}

QByteArray sysObjectId()
{
    return Ber::oid({ 1, 3, 6, 1, 2, 1, 1, 2, 0 });
}

// An OBJECT IDENTIFIER's content (X.690 8.19) as dotted text; empty when malformed or
// longer than 32 arcs.
QString dottedOid(const QByteArray &content)
{
    QStringList arcs;
    quint64 value = 0;
    int bytes = 0;
    for (char c : content) {
        const auto b = static_cast<quint8>(c);
        if (++bytes > 5) // no arc of ours is wider than 32 bits
            return {};
        value = (value << 7) | (b & 0x7f);
        if (b & 0x80)
            continue;
        if (arcs.isEmpty()) { // the first two arcs share the first subidentifier
            const quint64 first = value < 80 ? value / 40 : 2;
            arcs << QString::number(first) << QString::number(value - first * 40);
        } else {
            arcs << QString::number(value);
        }
        if (arcs.size() > 32)
            return {};
        value = 0;
        bytes = 0;
    }
    return bytes == 0 ? arcs.join(QLatin1Char('.')) : QString();
}

QByteArray pdu(quint8 tag, quint32 token, const QByteArray &varBinds)
{
    return Ber::tlv(tag,
        Ber::integer(UdpWire::id31(token)) + Ber::integer(0) + Ber::integer(0)
            + Ber::tlv(Ber::Sequence, varBinds));
}

// The variable bindings of a PDU whose request-id is the token's.
bool readVarBinds(const QByteArray &reply, const Ber::Item &item, quint32 token, UdpVerdict *out)
{
    Ber::Reader in(reply, item);
    qint64 id = 0;
    qint64 errorStatus = 0;
    qint64 errorIndex = 0;
    Ber::Item list;
    if (!in.nextInteger(&id) || id != UdpWire::id31(token) || !in.nextInteger(&errorStatus)
        || !in.nextInteger(&errorIndex) || !in.next(Ber::Sequence, &list))
        return false;
    *out = UdpVerdict::answer("snmp");
    if (errorStatus != 0)
        out->add("error-status", QString::number(errorStatus));
    Ber::Reader binds(reply, list);
    Ber::Item bind;
    for (int i = 0; i < maxVarBinds && binds.next(Ber::Sequence, &bind); ++i) {
        Ber::Reader pair(reply, bind);
        Ber::Item name;
        Ber::Item value;
        if (!pair.next(Ber::Oid, &name) || !pair.next(&value))
            continue;
        const QByteArray oid = Ber::tlv(Ber::Oid, pair.bytes(name));
        if (oid == sysObjectId() && value.tag == Ber::Oid)
            out->add("sysObjectID", dottedOid(pair.bytes(value)));
        if (value.tag != Ber::OctetString)
            continue;
        if (oid == sysDescr())
            out->add("sysDescr", UdpWire::text(pair.bytes(value)));
        else if (oid == sysName())
            out->add("sysName", UdpWire::text(pair.bytes(value), 64));
    }
    return true;
}

// RFC 3411 SnmpEngineID: with the top bit set, an IANA enterprise number and a format.
void describeEngine(const QByteArray &id, UdpVerdict *verdict)
{
    verdict->add("engineID", UdpWire::hex(id));
    if (id.size() < 5 || (static_cast<quint8>(id.at(0)) & 0x80) == 0)
        return;
    const quint32 enterprise = UdpWire::get32(id, 0) & 0x7fffffffU;
    verdict->add("enterprise", QString::number(enterprise));
    // A few IANA Private Enterprise Numbers seen on agents.
    struct Known
    {
        quint32 number;
        const char *name;
    };
    static const Known known[] = { { 8072, "Net-SNMP" }, { 9, "Cisco" }, { 2636, "Juniper" },
        { 311, "Microsoft" }, { 14988, "MikroTik" } };
    for (const Known &k : known) {
        if (k.number == enterprise)
            verdict->product = QString::fromLatin1(k.name);
    }
    const auto format = static_cast<quint8>(id.at(4));
    const QByteArray rest = id.mid(5);
    if (format == 1 || format == 2) // IPv4, IPv6
        verdict->add("engineAddress", UdpWire::address(rest));
    else if (format == 3 && rest.size() == 6) // MAC
        verdict->add("engineMac", QString::fromLatin1(rest.toHex(':')));
    else if (format == 4) // text
        verdict->add("engineText", UdpWire::text(rest, 27));
}

// The scoped PDU (RFC 3412 6) in plain text holds a Report-PDU, as discovery's answer
// does (RFC 3414 4), or a Response-PDU.
bool answersDiscovery(const QByteArray &reply, const Ber::Item &scoped)
{
    Ber::Reader in(reply, scoped);
    QByteArray engine;
    QByteArray context;
    Ber::Item pdu;
    return in.nextOctets(&engine) && in.nextOctets(&context) && in.next(&pdu)
        && (pdu.tag == reportPdu || pdu.tag == responsePdu);
}

} // namespace

QByteArray getRequest(quint32 token, const QByteArray &community, Version version)
{
    const QByteArray null = Ber::tlv(Ber::Null, {});
    const QByteArray binds = Ber::sequence({ sysDescr(), null })
        + Ber::sequence({ sysObjectId(), null }) + Ber::sequence({ sysName(), null });
    return Ber::sequence({ Ber::integer(static_cast<int>(version)), Ber::octets(community),
        pdu(getRequestPdu, token, binds) });
}

UdpVerdict readGetResponse(const QByteArray &reply, quint32 token)
{
    Ber::Reader top(reply);
    Ber::Item message;
    if (!top.next(Ber::Sequence, &message))
        return {};
    Ber::Reader in(reply, message);
    qint64 version = 0;
    QByteArray community;
    Ber::Item response;
    UdpVerdict verdict;
    if (!in.nextInteger(&version) || (version != 0 && version != 1) || !in.nextOctets(&community)
        || !in.next(responsePdu, &response) || !readVarBinds(reply, response, token, &verdict))
        return {};
    verdict.add("protocol", QLatin1String(version == 0 ? "SNMPv1" : "SNMPv2c"));
    verdict.add("community", UdpWire::text(community, 64));
    if (community == "public" || community == "private")
        verdict.findings << QStringLiteral("snmp-default-community");
    return verdict;
}

QByteArray discoveryRequest(quint32 token)
{
    const QByteArray empty = Ber::octets({});
    const QByteArray header = Ber::sequence({ Ber::integer(UdpWire::id31(token)),
        Ber::integer(65507), // msgMaxSize: the largest UDP payload over IPv4
        Ber::octets(QByteArray(1, '\x04')), // msgFlags: reportable, noAuthNoPriv
        Ber::integer(usmModel) });
    // UsmSecurityParameters (RFC 3414 2.4): all empty, boots and time zero.
    const QByteArray usm
        = Ber::sequence({ empty, Ber::integer(0), Ber::integer(0), empty, empty, empty });
    const QByteArray scoped = Ber::sequence({ empty, empty, pdu(getRequestPdu, token, {}) });
    return Ber::sequence({ Ber::integer(snmpV3), header, Ber::octets(usm), scoped });
}

UdpVerdict readDiscovery(const QByteArray &reply, quint32 token)
{
    Ber::Reader top(reply);
    Ber::Item message;
    Ber::Item header;
    Ber::Item security;
    Ber::Item scoped;
    qint64 version = 0;
    if (!top.next(Ber::Sequence, &message))
        return {};
    Ber::Reader in(reply, message);
    if (!in.nextInteger(&version) || version != snmpV3 || !in.next(Ber::Sequence, &header)
        || !in.next(Ber::OctetString, &security) || !in.next(Ber::Sequence, &scoped)
        || !answersDiscovery(reply, scoped))
        return {};
    Ber::Reader global(reply, header);
    qint64 id = 0;
    qint64 maxSize = 0;
    QByteArray flags;
    qint64 model = 0;
    if (!global.nextInteger(&id) || id != UdpWire::id31(token) || !global.nextInteger(&maxSize)
        || !global.nextOctets(&flags) || !global.nextInteger(&model) || model != usmModel)
        return {};
    UdpVerdict verdict = UdpVerdict::answer("snmp");
    verdict.add("protocol", QStringLiteral("SNMPv3"));
    Ber::Reader wrapped(reply, security);
    Ber::Item usm;
    QByteArray engine;
    qint64 boots = 0;
    qint64 time = 0;
    if (wrapped.next(Ber::Sequence, &usm)) {
        Ber::Reader params(reply, usm);
        if (params.nextOctets(&engine) && params.nextInteger(&boots) && params.nextInteger(&time)) {
            describeEngine(engine, &verdict);
            verdict.add("engineBoots", QString::number(boots));
            verdict.add("engineTime", QString::number(time));
        }
    }
    return verdict;
}

} // namespace UdpSnmp
