#include "core/services/udpbinaryprobes.h"

#include <QStringList>

#include "core/services/udpwire.h"

namespace UdpBinary {
namespace {

constexpr int ntpBytes = 48; // RFC 5905 7.3, without extension fields
constexpr int ntpOrigin = 24;
constexpr int ntpTransmit = 40;
constexpr quint32 stunCookie = 0x2112a442; // RFC 8489 5
constexpr int stunHeader = 20;
constexpr int maxStunAttributes = 32;
constexpr int ripEntry = 20; // RFC 2453 4
constexpr int maxRipEntries = 25;
constexpr int maxRoutesShown = 8;
constexpr quint32 portmapProgram = 100000; // RFC 1833 3
constexpr int maxPortmapEntries = 256;
constexpr int maxProgramsShown = 16;

QString kissOrAscii(const QByteArray &refid)
{
    QByteArray text = refid;
    while (text.endsWith('\0'))
        text.chop(1);
    return UdpWire::text(text, 4);
}

// "address:port" from a STUN address attribute (RFC 8489 14.1, 14.2); XORed with the
// magic cookie and, for IPv6, the transaction id too.
QString stunAddress(const QByteArray &value, bool xored, const QByteArray &header)
{
    if (value.size() < 8)
        return {};
    const auto family = static_cast<quint8>(value.at(1));
    quint16 port = UdpWire::get16(value, 2);
    QByteArray address = value.mid(4);
    if ((family == 1 && address.size() != 4) || (family == 2 && address.size() != 16)
        || (family != 1 && family != 2))
        return {};
    if (xored) {
        port ^= static_cast<quint16>(stunCookie >> 16);
        const QByteArray mask = header.mid(4, 16); // cookie, then the transaction id
        for (qsizetype i = 0; i < address.size(); ++i)
            address[i] = static_cast<char>(address.at(i) ^ mask.at(i));
    }
    const QString text = UdpWire::address(address);
    return family == 2 ? QLatin1Char('[') + text + QLatin1String("]:") + QString::number(port)
                       : text + QLatin1Char(':') + QString::number(port);
}

void readStunAttributes(const QByteArray &reply, UdpVerdict *verdict)
{
    WireReader in(reply, stunHeader);
    quint16 type = 0;
    quint16 length = 0;
    QByteArray value;
    for (int i = 0; i < maxStunAttributes && in.read16(&type) && in.read16(&length)
         && in.readBytes(length, &value) && in.skip((4 - length % 4) % 4);
         ++i) {
        if (type == 0x8022) { // SOFTWARE
            verdict->add("software", UdpWire::text(value));
        } else if (type == 0x0020 || type == 0x0001) { // XOR-MAPPED-ADDRESS, MAPPED-ADDRESS
            if (verdict->field(QStringLiteral("mapped")).isEmpty())
                verdict->add("mapped", stunAddress(value, type == 0x0020, reply.left(stunHeader)));
        } else if (type == 0x0009 && value.size() >= 4) { // ERROR-CODE
            const int code = (value.at(2) & 0x07) * 100 + static_cast<quint8>(value.at(3));
            verdict->add("error",
                QString::number(code) + QLatin1Char(' ') + UdpWire::text(value.mid(4), 64));
        }
    }
}

QString programName(quint32 program)
{
    // RFC 1833 (portmapper, rpcbind), RFC 1813 (nfs, mountd, nlockmgr), RFC 1094 (status
    // is NSM, described with NFSv2's locking).
    switch (program) {
    case 100000:
        return QStringLiteral("portmapper");
    case 100003:
        return QStringLiteral("nfs");
    case 100005:
        return QStringLiteral("mountd");
    case 100021:
        return QStringLiteral("nlockmgr");
    case 100024:
        return QStringLiteral("status");
    default:
        return {};
    }
}

// pmaplist (RFC 1833 3.2): each entry after a TRUE, the end at FALSE; false for a list
// cut short.
bool readPortmapList(WireReader *in, UdpVerdict *verdict)
{
    QList<quint32> programs;
    quint32 follows = 0;
    int entries = 0;
    for (;;) {
        if (!in->read32(&follows) || follows > 1)
            return false;
        if (follows == 0 || entries == maxPortmapEntries)
            break;
        quint32 program = 0;
        quint32 version = 0;
        quint32 protocol = 0;
        quint32 port = 0;
        if (!in->read32(&program) || !in->read32(&version) || !in->read32(&protocol)
            || !in->read32(&port))
            return false;
        ++entries;
        if (!programs.contains(program))
            programs << program;
    }
    QStringList shown;
    for (const quint32 program : programs.mid(0, maxProgramsShown)) {
        const QString name = programName(program);
        shown << (name.isEmpty() ? QString::number(program)
                                 : QString::number(program) + QLatin1Char(' ') + name);
    }
    verdict->add("entries", QString::number(entries));
    verdict->add("programs", shown.join(QLatin1String(", ")));
    return true;
}

} // namespace

QByteArray ntpRequest(quint32 token)
{
    QByteArray out(ntpBytes, '\0');
    out[0] = static_cast<char>((4 << 3) | 3); // LI 0, VN 4, mode 3 (client)
    out.replace(ntpTransmit, 8, UdpWire::tokenBytes(token, 8));
    return out;
}

UdpVerdict readNtp(const QByteArray &reply, quint32 token)
{
    if (reply.size() < ntpBytes || (reply.at(0) & 0x07) != 4 // mode 4: server
        || reply.mid(ntpOrigin, 8) != UdpWire::tokenBytes(token, 8))
        return {};
    const auto first = static_cast<quint8>(reply.at(0));
    const auto stratum = static_cast<quint8>(reply.at(1));
    const QByteArray refid = reply.mid(12, 4);
    UdpVerdict verdict = UdpVerdict::answer("ntp");
    verdict.add("version", QString::number((first >> 3) & 0x07));
    verdict.add("stratum", QString::number(stratum));
    // RFC 5905 7.3: stratum 0 carries a kiss code, 1 a reference clock's name, 2 and
    // up the server it follows (for IPv6 a hash of that address, shown the same way).
    if (stratum == 0)
        verdict.add("kiss", kissOrAscii(refid));
    else if (stratum == 1)
        verdict.add("reference", kissOrAscii(refid));
    else
        verdict.add("reference", UdpWire::address(refid));
    if ((first >> 6) == 3)
        verdict.add("leap", QStringLiteral("unsynchronised"));
    return verdict;
}

QByteArray stunBinding(quint32 token)
{
    QByteArray out;
    UdpWire::append16(&out, 0x0001); // Binding request
    UdpWire::append16(&out, 0); // no attributes
    UdpWire::append32(&out, stunCookie);
    return out + UdpWire::tokenBytes(token, 12);
}

UdpVerdict readStun(const QByteArray &reply, quint32 token)
{
    if (reply.size() < stunHeader)
        return {};
    const quint16 type = UdpWire::get16(reply, 0);
    const quint16 length = UdpWire::get16(reply, 2);
    // 0x0101 Binding success response, 0x0111 error response (RFC 8489 5, 6.3).
    if ((type != 0x0101 && type != 0x0111) || length != reply.size() - stunHeader || length % 4 != 0
        || UdpWire::get32(reply, 4) != stunCookie
        || reply.mid(8, 12) != UdpWire::tokenBytes(token, 12))
        return {};
    UdpVerdict verdict = UdpVerdict::answer("stun");
    readStunAttributes(reply, &verdict);
    return verdict;
}

QByteArray tftpReadRequest(quint32 token)
{
    QByteArray out;
    UdpWire::append16(&out, 1); // RRQ
    out += "portolan-" + QByteArray::number(token, 16).rightJustified(8, '0');
    out += '\0';
    out += "octet";
    out += '\0';
    return out;
}

UdpVerdict readTftp(const QByteArray &reply, quint32 token)
{
    Q_UNUSED(token) // TFTP's only transaction id is the server's new port
    WireReader in(reply);
    quint16 opcode = 0;
    quint16 number = 0;
    if (!in.read16(&opcode) || !in.read16(&number))
        return {};
    if (opcode == 3 && number == 1) { // DATA, block 1
        UdpVerdict verdict = UdpVerdict::answer("tftp");
        verdict.add("answer", QStringLiteral("data"));
        return verdict;
    }
    // ERROR (RFC 1350 5): codes 0-7, 8 from RFC 2347; the message ends with a zero.
    const qsizetype end = reply.indexOf('\0', 4);
    if (opcode != 5 || number > 8 || end != reply.size() - 1)
        return {};
    UdpVerdict verdict = UdpVerdict::answer("tftp");
    verdict.add("error", QString::number(number));
    verdict.add("message", UdpWire::text(reply.mid(4, end - 4)));
    return verdict;
}

QByteArray ripRequest(quint32 token)
{
    Q_UNUSED(token) // RIP has no field to echo
    QByteArray out;
    UdpWire::append8(&out, 1); // command: request
    UdpWire::append8(&out, 2); // version
    UdpWire::append16(&out, 0); // must be zero
    out += QByteArray(16, '\0'); // family 0, route tag, address, mask, next hop
    UdpWire::append32(&out, 16); // metric: infinity
    return out;
}

UdpVerdict readRip(const QByteArray &reply, quint32 token)
{
    Q_UNUSED(token)
    const qsizetype entries = (reply.size() - 4) / ripEntry;
    if (reply.size() < 4 + ripEntry || (reply.size() - 4) % ripEntry != 0 || entries > maxRipEntries
        || reply.at(0) != 2 || (reply.at(1) != 1 && reply.at(1) != 2)
        || UdpWire::get16(reply, 2) != 0)
        return {};
    UdpVerdict verdict = UdpVerdict::answer("router");
    verdict.add("version", QString::number(reply.at(1)));
    QStringList routes;
    for (qsizetype i = 0; i < entries; ++i) {
        const qsizetype at = 4 + i * ripEntry;
        const quint16 family = UdpWire::get16(reply, at);
        if (family == 0xffff) // RFC 2453 4.1: authentication, not a route
            continue;
        const quint32 metric = UdpWire::get32(reply, at + 16);
        if (family != 2 || metric < 1 || metric > 16) // AF_INET
            return {};
        if (routes.size() < maxRoutesShown) {
            // Version 1 leaves the mask zero (RFC 1058 3.1): show the address alone.
            const quint32 mask = UdpWire::get32(reply, at + 8);
            const int prefix = mask == 0 ? -1 : int(qPopulationCount(mask));
            routes << UdpWire::address(reply.mid(at + 4, 4))
                    + (prefix < 0 ? QString() : QLatin1Char('/') + QString::number(prefix))
                    + QLatin1String(" metric ") + QString::number(metric);
        }
    }
    verdict.add("routes", QString::number(entries));
    verdict.add("table", routes.join(QLatin1String(", ")));
    return verdict;
}

QByteArray portmapDump(quint32 token)
{
    QByteArray out;
    for (const quint32 word :
        { token, 0U /* CALL */, 2U /* RPC version */, portmapProgram, 2U /* version */,
            4U /* DUMP */, 0U, 0U /* cred: AUTH_NONE */, 0U, 0U /* verf: AUTH_NONE */ })
        UdpWire::append32(&out, word);
    return out;
}

UdpVerdict readPortmap(const QByteArray &reply, quint32 token)
{
    WireReader in(reply);
    quint32 xid = 0;
    quint32 type = 0;
    quint32 status = 0;
    if (!in.read32(&xid) || !in.read32(&type) || !in.read32(&status) || xid != token
        || type != 1 /* REPLY */ || status > 1)
        return {};
    UdpVerdict verdict = UdpVerdict::answer("sunrpc");
    if (status == 1) { // MSG_DENIED
        verdict.add("reply", QStringLiteral("denied"));
        return verdict;
    }
    quint32 flavor = 0;
    quint32 length = 0;
    quint32 accept = 0;
    // The verifier (opaque, at most 400 bytes, padded to four: RFC 5531 8.2).
    if (!in.read32(&flavor) || !in.read32(&length) || length > 400 || !in.skip((length + 3) & ~3U)
        || !in.read32(&accept))
        return {};
    if (accept != 0) // PROG_UNAVAIL, PROG_MISMATCH, ...
        verdict.add("accept-status", QString::number(accept));
    else if (!readPortmapList(&in, &verdict))
        return {};
    return verdict;
}

} // namespace UdpBinary
