#include "core/engine/names/netbiosname.h"

#include "core/engine/names/dnswire.h"

namespace NetbiosName {
namespace {

constexpr quint16 typeNbstat = 0x0021; // RFC 1002 4.2.1.3
constexpr quint16 classIn = 1;
constexpr int nameBytes = 15; // then one byte of suffix: the service
constexpr int entryBytes = nameBytes + 1 + 2; // and two of flags
constexpr quint16 groupFlag = 0x8000; // NAME_FLAGS G bit (4.2.18)
constexpr uchar workstation = 0x00;
constexpr uchar server = 0x20;

// RFC 1001 14.1 first-level encoding: each half-byte as a letter from 'A'.
QByteArray encodedName(const QByteArray &name16)
{
    QByteArray out;
    for (const char c : name16) {
        const auto b = static_cast<uchar>(c);
        out.append(static_cast<char>('A' + (b >> 4)));
        out.append(static_cast<char>('A' + (b & 0x0f)));
    }
    return out;
}

QString entryName(const char *bytes)
{
    QByteArray name(bytes, nameBytes);
    while (!name.isEmpty() && (name.endsWith(' ') || name.endsWith('\0')))
        name.chop(1);
    for (const char c : name) {
        if (static_cast<uchar>(c) < 0x20 || c == 0x7f)
            return {};
    }
    return QString::fromLatin1(name);
}

} // namespace

QByteArray statusQuery(quint16 id)
{
    QByteArray out = DnsWire::queryHeader(id);
    QByteArray wildcard(16, '\0');
    wildcard[0] = '*';
    const QByteArray label = encodedName(wildcard);
    out.append(static_cast<char>(label.size()));
    out.append(label);
    out.append('\0');
    DnsWire::append16(&out, typeNbstat);
    DnsWire::append16(&out, classIn);
    return out;
}

QStringList parseStatus(const QByteArray &packet, quint16 id)
{
    DnsReader reader(packet);
    DnsWire::Header header;
    QString owner;
    quint16 type = 0;
    quint16 cls = 0;
    quint32 ttl = 0;
    quint16 length = 0;
    if (!DnsWire::readHeader(&reader, &header) || header.id != id || !header.isResponse()
        || header.rcode() != 0 || header.answers < 1 || !reader.readName(&owner)
        || !reader.read16(&type) || !reader.read16(&cls) || !reader.read32(&ttl)
        || !reader.read16(&length) || type != typeNbstat || length < 1
        || reader.offset() + length > packet.size())
        return {};
    const auto count = static_cast<uchar>(packet.at(reader.offset()));
    const int first = reader.offset() + 1;
    if (1 + count * entryBytes > length)
        return {};
    QStringList names;
    for (int i = 0; i < count; ++i) {
        const char *entry = packet.constData() + first + qsizetype(i) * entryBytes;
        const auto suffix = static_cast<uchar>(entry[nameBytes]);
        const quint16 flags = static_cast<quint16>((static_cast<uchar>(entry[nameBytes + 1]) << 8)
            | static_cast<uchar>(entry[nameBytes + 2]));
        if ((flags & groupFlag) != 0 || (suffix != workstation && suffix != server))
            continue;
        const QString name = entryName(entry);
        if (!name.isEmpty() && !names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    return names;
}

} // namespace NetbiosName
