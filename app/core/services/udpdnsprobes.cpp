#include "core/services/udpdnsprobes.h"

#include <iterator>

#include <QStringList>

#include "core/services/dnsmessage.h"
#include "core/services/udpwire.h"

namespace UdpDns {
namespace {

constexpr quint16 typeNbstat = 0x21; // RFC 1002 4.2.1.3
constexpr quint16 classChaos = 3;
constexpr int maxServices = 16;

using namespace DnsMessage;

QString rcodeName(int rcode)
{
    // RFC 1035 4.1.1, RFC 2136 2.2
    static const char *const names[] = { "NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP",
        "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE" };
    if (rcode < int(std::size(names)))
        return QString::fromLatin1(names[rcode]);
    return QString::number(rcode);
}

// The character-strings of TXT data (RFC 1035 3.3.14), joined.
QByteArray txtStrings(const QByteArray &msg, const Record &record)
{
    QByteArray out;
    WireReader in(msg, record.data, record.data + record.length);
    quint8 length = 0;
    QByteArray part;
    while (in.read8(&length) && in.readBytes(length, &part))
        out += part;
    return out;
}

// "dnsmasq-2.89", "unbound 1.17.1", "9.18.19-1~deb12u1-Debian": a name and the version
// after it, or a bare version.
void splitVersion(const QString &text, UdpVerdict *verdict)
{
    qsizetype cut = -1;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if ((text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('-'))
            && text.at(i + 1).isDigit()) {
            cut = i;
            break;
        }
    }
    if (!text.isEmpty() && text.at(0).isDigit()) {
        verdict->version = text;
    } else if (cut > 0) {
        verdict->product = text.left(cut);
        verdict->version = text.mid(cut + 1);
    }
}

} // namespace

QByteArray versionQuery(quint32 token)
{
    return query(UdpWire::id16(token), 0, "version.bind", typeTxt, classChaos);
}

UdpVerdict readVersion(const QByteArray &reply, quint32 token)
{
    Header header;
    qsizetype offset = 0;
    QByteArray question;
    if (!readResponse(reply, UdpWire::id16(token), &header, &offset, &question)
        || (header.questions > 0 && question.toLower() != "version.bind"))
        return {};
    UdpVerdict verdict = UdpVerdict::answer("domain");
    verdict.add("rcode", rcodeName(header.flags & 0x000f));
    for (int i = 0; i < header.answers; ++i) {
        Record record;
        if (!readRecord(reply, &offset, &record))
            return {};
        if (record.type == typeTxt && record.cls == classChaos) {
            const QString text = UdpWire::text(txtStrings(reply, record));
            verdict.add("version.bind", text);
            splitVersion(text, &verdict);
            break;
        }
    }
    return verdict;
}

QByteArray mdnsServicesQuery(quint32 token)
{
    return query(UdpWire::id16(token), 0, "_services._dns-sd._udp.local", typePtr, classIn);
}

UdpVerdict readMdnsServices(const QByteArray &reply, quint32 token)
{
    Header header;
    qsizetype offset = 0;
    QByteArray question;
    if (!readResponse(reply, UdpWire::id16(token), &header, &offset, &question)
        || (header.questions > 0 && question.toLower() != "_services._dns-sd._udp.local"))
        return {};
    UdpVerdict verdict = UdpVerdict::answer("mdns");
    QStringList services;
    for (int i = 0; i < header.answers && services.size() < maxServices; ++i) {
        Record record;
        if (!readRecord(reply, &offset, &record))
            return {};
        qsizetype at = record.data;
        QByteArray target;
        // The class's top bit is mDNS's cache-flush bit (RFC 6762 10.2).
        if (record.type == typePtr && (record.cls & 0x7fff) == classIn
            && readName(reply, &at, &target) && at <= record.data + record.length)
            services << UdpWire::text(target, 64);
    }
    services.removeDuplicates();
    verdict.add("services", services.join(QLatin1Char(' ')));
    return verdict;
}

QByteArray netbiosStatusQuery(quint32 token)
{
    // RFC 1001 14.1: the 16-byte name "*" and NULs, each half-byte as a letter from 'A'.
    QByteArray name = "CK";
    name += QByteArray(30, 'A');
    return query(UdpWire::id16(token), 0, name, typeNbstat, classIn);
}

UdpVerdict readNetbiosStatus(const QByteArray &reply, quint32 token)
{
    Header header;
    qsizetype offset = 0;
    QByteArray question;
    Record record;
    if (!readResponse(reply, UdpWire::id16(token), &header, &offset, &question)
        || header.answers < 1 || !readRecord(reply, &offset, &record) || record.type != typeNbstat
        || record.length < 1)
        return {};
    constexpr int entryBytes = 18; // 15 of name, the suffix, 2 of NAME_FLAGS
    constexpr quint16 groupFlag = 0x8000;
    const auto count = static_cast<quint8>(reply.at(record.data));
    if (1 + count * entryBytes > record.length)
        return {};
    UdpVerdict verdict = UdpVerdict::answer("netbios-ns");
    for (int i = 0; i < count; ++i) {
        const qsizetype at = record.data + 1 + qsizetype(i) * entryBytes;
        const auto suffix = static_cast<quint8>(reply.at(at + 15));
        const quint16 flags = UdpWire::get16(reply, at + 16);
        // Suffix 0x00: the workstation's own name, or (a group) its workgroup or domain.
        const char *field = (flags & groupFlag) ? "group" : "name";
        if ((suffix != 0x00 && suffix != 0x20) || !verdict.field(QLatin1String(field)).isEmpty())
            continue;
        QByteArray name = reply.mid(at, 15);
        while (name.endsWith(' ') || name.endsWith('\0'))
            name.chop(1);
        verdict.add(field, UdpWire::text(name, 15));
    }
    // STATISTICS begin with the 6-byte UNIT_ID, the adapter's MAC address (4.2.18).
    const qsizetype unit = record.data + 1 + qsizetype(count) * entryBytes;
    const QByteArray mac = reply.mid(unit, 6);
    if (unit + 6 <= record.data + record.length && mac != QByteArray(6, '\0'))
        verdict.add("mac", QString::fromLatin1(mac.toHex(':')));
    return verdict;
}

} // namespace UdpDns
