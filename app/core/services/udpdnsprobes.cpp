#include "core/services/udpdnsprobes.h"

#include <iterator>

#include <QStringList>

#include "core/services/udpwire.h"

namespace UdpDns {
namespace {

constexpr quint16 typePtr = 12; // RFC 1035 3.2.2
constexpr quint16 typeTxt = 16;
constexpr quint16 typeNbstat = 0x21; // RFC 1002 4.2.1.3
constexpr quint16 classIn = 1; // RFC 1035 3.2.4
constexpr quint16 classChaos = 3;
constexpr quint16 flagResponse = 0x8000;
constexpr quint16 opcodeMask = 0x7800;
constexpr int maxNameBytes = 255; // RFC 1035 3.1
constexpr int maxJumps = 64;
constexpr int maxServices = 16;

struct Header
{
    quint16 id = 0;
    quint16 flags = 0;
    quint16 questions = 0;
    quint16 answers = 0;
};

struct Record
{
    QByteArray name;
    quint16 type = 0;
    quint16 cls = 0;
    qsizetype data = 0;
    quint16 length = 0;
};

QByteArray query(quint16 id, quint16 flags, const QByteArray &name, quint16 type, quint16 cls)
{
    QByteArray out;
    UdpWire::append16(&out, id);
    UdpWire::append16(&out, flags);
    UdpWire::append16(&out, 1); // QDCOUNT
    UdpWire::append16(&out, 0); // ANCOUNT
    UdpWire::append16(&out, 0); // NSCOUNT
    UdpWire::append16(&out, 0); // ARCOUNT
    for (const QByteArray &label : name.split('.')) {
        UdpWire::append8(&out, static_cast<quint8>(label.size()));
        out.append(label);
    }
    UdpWire::append8(&out, 0);
    UdpWire::append16(&out, type);
    UdpWire::append16(&out, cls);
    return out;
}

// A name at *offset (RFC 1035 4.1.4). Each compression pointer must point before the
// labels that led to it, so pointers only go back and can never loop.
bool readName(const QByteArray &msg, qsizetype *offset, QByteArray *name)
{
    qsizetype at = *offset;
    qsizetype limit = at;
    qsizetype resume = -1;
    int jumps = 0;
    QByteArray out;
    for (;;) {
        if (at >= msg.size())
            return false;
        const auto length = static_cast<quint8>(msg.at(at));
        if ((length & 0xc0) == 0xc0) {
            if (at + 1 >= msg.size())
                return false;
            const qsizetype target = ((length & 0x3f) << 8) | static_cast<quint8>(msg.at(at + 1));
            if (target >= limit || ++jumps > maxJumps)
                return false;
            if (resume < 0)
                resume = at + 2;
            limit = target;
            at = target;
            continue;
        }
        if ((length & 0xc0) != 0) // the extended label types RFC 6891 retired
            return false;
        if (length == 0)
            break;
        if (length >= msg.size() - at)
            return false;
        if (!out.isEmpty())
            out += '.';
        out += msg.mid(at + 1, length);
        if (out.size() > maxNameBytes)
            return false;
        at += 1 + length;
    }
    *offset = resume < 0 ? at + 1 : resume;
    *name = out;
    return true;
}

bool readRecord(const QByteArray &msg, qsizetype *offset, Record *record)
{
    if (!readName(msg, offset, &record->name))
        return false;
    WireReader in(msg, *offset);
    quint32 ttl = 0;
    if (!in.read16(&record->type) || !in.read16(&record->cls) || !in.read32(&ttl)
        || !in.read16(&record->length))
        return false;
    record->data = in.offset();
    if (!in.skip(record->length))
        return false;
    *offset = in.offset();
    return true;
}

// The header of a response to query id, and *offset past its questions; *first is the
// first question's name (empty when there is none).
bool readResponse(
    const QByteArray &msg, quint16 id, Header *header, qsizetype *offset, QByteArray *first)
{
    WireReader in(msg);
    quint16 unused = 0;
    if (!in.read16(&header->id) || !in.read16(&header->flags) || !in.read16(&header->questions)
        || !in.read16(&header->answers) || !in.read16(&unused) || !in.read16(&unused))
        return false;
    if (header->id != id || (header->flags & flagResponse) == 0
        || (header->flags & opcodeMask) != 0)
        return false;
    *offset = in.offset();
    first->clear();
    for (int i = 0; i < header->questions; ++i) {
        QByteArray name;
        if (!readName(msg, offset, &name) || msg.size() - *offset < 4)
            return false;
        *offset += 4; // QTYPE, QCLASS
        if (i == 0)
            *first = name;
    }
    return true;
}

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
