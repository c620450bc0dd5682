#include "core/services/udphandshakeprobes.h"

#include <QStringList>

#include "core/services/udpwire.h"

namespace UdpHandshake {
namespace {

constexpr int ikeHeader = 28; // RFC 7296 3.1
constexpr quint8 payloadSa = 33; // 3.2
constexpr quint8 payloadKe = 34;
constexpr quint8 payloadNonce = 40;
constexpr quint8 payloadNotify = 41;
constexpr quint8 payloadVendor = 43;
constexpr quint8 exchangeSaInit = 34;
constexpr quint8 flagInitiator = 0x08;
constexpr quint8 flagResponse = 0x20;
constexpr quint16 modp2048 = 14; // RFC 3526 3
constexpr int modp2048Bytes = 256;
constexpr int maxPayloads = 24;
constexpr int maxShown = 6;
constexpr int maxVersions = 12;
constexpr int quicMinimum = 1200;
constexpr quint32 quicReserved = 0x1a2a3a4a; // a 0x?a?a?a?a version
constexpr int quicIdBytes = 8;
constexpr quint8 hardResetClientV2 = 7;
constexpr quint8 hardResetServerV2 = 8;

QByteArray payload(quint8 next, const QByteArray &body)
{
    QByteArray out;
    UdpWire::append8(&out, next);
    UdpWire::append8(&out, 0); // not critical
    UdpWire::append16(&out, static_cast<quint16>(4 + body.size()));
    return out + body;
}

QByteArray transform(bool last, quint8 type, quint16 id, const QByteArray &attributes = {})
{
    QByteArray out;
    UdpWire::append8(&out, last ? 0 : 3);
    UdpWire::append8(&out, 0);
    UdpWire::append16(&out, static_cast<quint16>(8 + attributes.size()));
    UdpWire::append8(&out, type);
    UdpWire::append8(&out, 0);
    UdpWire::append16(&out, id);
    return out + attributes;
}

QByteArray proposal()
{
    QByteArray keyLength;
    UdpWire::append16(&keyLength, 0x800e); // TV format, Key Length (3.3.5)
    UdpWire::append16(&keyLength, 256);
    // Types (3.3.2): 1 ENCR 12 AES-CBC, 2 PRF 5 HMAC-SHA2-256, 3 INTEG 12
    // HMAC-SHA2-256-128 (RFC 4868), 4 D-H group 14.
    const QByteArray transforms = transform(false, 1, 12, keyLength) + transform(false, 2, 5)
        + transform(false, 3, 12) + transform(true, 4, modp2048);
    QByteArray out;
    UdpWire::append8(&out, 0); // the last proposal
    UdpWire::append8(&out, 0);
    UdpWire::append16(&out, static_cast<quint16>(8 + transforms.size()));
    UdpWire::append8(&out, 1); // proposal number
    UdpWire::append8(&out, 1); // protocol: IKE
    UdpWire::append8(&out, 0); // no SPI in IKE_SA_INIT
    UdpWire::append8(&out, 4); // transforms
    return out + transforms;
}

QString notifyName(quint16 type)
{
    switch (type) { // RFC 7296 3.10.1
    case 7:
        return QStringLiteral("INVALID_SYNTAX");
    case 14:
        return QStringLiteral("NO_PROPOSAL_CHOSEN");
    case 17:
        return QStringLiteral("INVALID_KE_PAYLOAD");
    case 16390:
        return QStringLiteral("COOKIE");
    default:
        return QString::number(type);
    }
}

void readIkePayloads(const QByteArray &message, quint8 next, UdpVerdict *verdict)
{
    WireReader in(message, ikeHeader);
    QStringList notes;
    QStringList vendors;
    for (int i = 0; i < maxPayloads && next != 0; ++i) {
        quint8 following = 0;
        quint8 critical = 0;
        quint16 length = 0;
        QByteArray body;
        if (!in.read8(&following) || !in.read8(&critical) || !in.read16(&length) || length < 4
            || !in.readBytes(length - 4, &body))
            break;
        if (next == payloadNotify && body.size() >= 4 && notes.size() < maxShown)
            notes << notifyName(UdpWire::get16(body, 2));
        else if (next == payloadVendor && vendors.size() < maxShown)
            vendors << UdpWire::hex(body, 16);
        else if (next == payloadSa)
            verdict->add("proposal", QStringLiteral("accepted"));
        next = following;
    }
    verdict->add("notify", notes.join(QLatin1String(", ")));
    verdict->add("vendor-id", vendors.join(QLatin1String(", ")));
}

} // namespace

QByteArray ikeSaInit(quint32 token, bool natT)
{
    QByteArray exchange;
    UdpWire::append16(&exchange, modp2048);
    UdpWire::append16(&exchange, 0);
    QByteArray publicValue = UdpWire::tokenBytes(token, modp2048Bytes);
    publicValue[0] = static_cast<char>(publicValue.at(0) & 0x7f); // below the prime
    exchange += publicValue;
    const QByteArray body = payload(payloadKe, proposal()) + payload(payloadNonce, exchange)
        + payload(0, UdpWire::tokenBytes(~token, 32));
    QByteArray out = natT ? QByteArray(4, '\0') : QByteArray();
    out += UdpWire::tokenBytes(token, 8); // initiator SPI
    out += QByteArray(8, '\0'); // responder SPI: not known yet
    UdpWire::append8(&out, payloadSa);
    UdpWire::append8(&out, 0x20); // version 2.0
    UdpWire::append8(&out, exchangeSaInit);
    UdpWire::append8(&out, flagInitiator);
    UdpWire::append32(&out, 0); // message id
    UdpWire::append32(&out, static_cast<quint32>(ikeHeader + body.size()));
    return out + body;
}

UdpVerdict readIke(const QByteArray &reply, quint32 token, bool natT)
{
    const QByteArray message = natT ? reply.mid(4) : reply;
    if ((natT && !reply.startsWith(QByteArray(4, '\0'))) || message.size() < ikeHeader
        || message.left(8) != UdpWire::tokenBytes(token, 8)
        || (static_cast<quint8>(message.at(17)) >> 4) != 2
        || static_cast<quint8>(message.at(18)) != exchangeSaInit
        || (message.at(19) & flagResponse) == 0 || UdpWire::get32(message, 24) < ikeHeader
        || UdpWire::get32(message, 24) > quint32(message.size()))
        return {};
    UdpVerdict verdict = UdpVerdict::answer(natT ? "ipsec-nat-t" : "isakmp");
    verdict.add("version", QStringLiteral("IKEv2"));
    readIkePayloads(
        message.left(UdpWire::get32(message, 24)), static_cast<quint8>(message.at(16)), &verdict);
    return verdict;
}

QByteArray quicInitial(quint32 token)
{
    QByteArray out;
    UdpWire::append8(&out, 0xc0); // long header, fixed bit (RFC 9000 17.2)
    UdpWire::append32(&out, quicReserved);
    UdpWire::append8(&out, quicIdBytes);
    out += UdpWire::tokenBytes(token, quicIdBytes); // destination connection id
    UdpWire::append8(&out, quicIdBytes);
    out += UdpWire::tokenBytes(~token, quicIdBytes); // source connection id
    return out.leftJustified(quicMinimum, '\0');
}

UdpVerdict readQuic(const QByteArray &reply, quint32 token)
{
    // 17.2.1: our source id as its destination, our destination id as its source.
    QByteArray ids;
    UdpWire::append8(&ids, quicIdBytes);
    ids += UdpWire::tokenBytes(~token, quicIdBytes);
    UdpWire::append8(&ids, quicIdBytes);
    ids += UdpWire::tokenBytes(token, quicIdBytes);
    WireReader in(reply);
    quint8 first = 0;
    quint32 version = 1;
    if (!in.read8(&first) || (first & 0x80) == 0 || !in.read32(&version) || version != 0
        || !in.expect(ids) || in.remaining() < 4 || in.remaining() % 4 != 0)
        return {};
    UdpVerdict verdict = UdpVerdict::answer("https"); // IANA's name for 443/udp
    verdict.add("protocol", QStringLiteral("QUIC"));
    QStringList versions;
    quint32 offered = 0;
    while (versions.size() < maxVersions && in.read32(&offered)) {
        if (offered == 1)
            versions << QStringLiteral("1"); // RFC 9000
        else if (offered == 0x6b3343cf)
            versions << QStringLiteral("2"); // RFC 9369
        else if ((offered >> 8) == 0xff0000)
            versions << QStringLiteral("draft-") + QString::number(offered & 0xff);
        else
            versions << QStringLiteral("0x") + QString::number(offered, 16);
    }
    verdict.add("versions", versions.join(QLatin1String(", ")));
    return verdict;
}

QByteArray openvpnReset(quint32 token)
{
    QByteArray out;
    UdpWire::append8(&out, hardResetClientV2 << 3); // opcode, key id 0
    out += UdpWire::tokenBytes(token, 8); // our session id
    UdpWire::append8(&out, 0); // acknowledging nothing
    UdpWire::append32(&out, 0); // message packet id
    return out;
}

UdpVerdict readOpenvpn(const QByteArray &reply, quint32 token)
{
    WireReader in(reply);
    quint8 opcode = 0;
    QByteArray session;
    quint8 acks = 0;
    if (!in.read8(&opcode) || (opcode >> 3) != hardResetServerV2 || !in.readBytes(8, &session)
        || !in.read8(&acks) || acks < 1 || !in.skip(4 * qsizetype(acks))
        || !in.expect(UdpWire::tokenBytes(token, 8)))
        return {};
    UdpVerdict verdict = UdpVerdict::answer("openvpn");
    verdict.product = QStringLiteral("OpenVPN");
    verdict.add("server-session", UdpWire::hex(session));
    return verdict;
}

} // namespace UdpHandshake
