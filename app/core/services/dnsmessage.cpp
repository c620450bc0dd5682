#include "core/services/dnsmessage.h"

#include "core/services/udpwire.h"

namespace DnsMessage {
namespace {

constexpr quint16 opcodeMask = 0x7800;
constexpr int maxNameBytes = 255; // RFC 1035 3.1
constexpr int maxJumps = 64;

} // namespace

QByteArray query(quint16 id, quint16 flags, const QByteArray &name, quint16 type, quint16 cls)
{
    return query(id, flags, { Question { name, type, cls } });
}

QByteArray query(quint16 id, quint16 flags, const QList<Question> &questions)
{
    QByteArray out;
    UdpWire::append16(&out, id);
    UdpWire::append16(&out, flags);
    UdpWire::append16(&out, quint16(questions.size())); // QDCOUNT
    UdpWire::append16(&out, 0); // ANCOUNT
    UdpWire::append16(&out, 0); // NSCOUNT
    UdpWire::append16(&out, 0); // ARCOUNT
    for (const Question &q : questions) {
        for (const QByteArray &label : q.name.split('.')) {
            UdpWire::append8(&out, static_cast<quint8>(label.size()));
            out.append(label);
        }
        UdpWire::append8(&out, 0);
        UdpWire::append16(&out, q.type);
        UdpWire::append16(&out, q.cls);
    }
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

} // namespace DnsMessage
