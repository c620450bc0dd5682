#include "core/engine/names/mdnsname.h"

#include "core/engine/names/dnswire.h"

namespace MdnsName {
namespace {

constexpr quint16 typePtr = 12;
constexpr quint16 classIn = 1;
// In an mDNS answer the top bit of the class is the cache-flush bit (RFC 6762 10.2).
constexpr quint16 classMask = 0x7fff;

} // namespace

QString reverseName(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg(v4 >> 24);
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QString out;
    static const char digits[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i) {
        out += QLatin1Char(digits[v6[i] & 0x0f]);
        out += QLatin1Char('.');
        out += QLatin1Char(digits[v6[i] >> 4]);
        out += QLatin1Char('.');
    }
    return out + QStringLiteral("ip6.arpa");
}

QByteArray query(quint16 id, const QHostAddress &address)
{
    QByteArray out = DnsWire::queryHeader(id);
    DnsWire::appendName(&out, reverseName(address));
    DnsWire::append16(&out, typePtr);
    DnsWire::append16(&out, classIn);
    return out;
}

QStringList parseResponse(const QByteArray &packet, quint16 id, const QHostAddress &address)
{
    DnsReader reader(packet);
    DnsWire::Header header;
    if (!DnsWire::readHeader(&reader, &header) || header.id != id || !header.isResponse()
        || header.rcode() != 0)
        return {};
    for (int i = 0; i < header.questions; ++i) {
        QString ignored;
        if (!reader.readName(&ignored) || !reader.skip(4))
            return {};
    }
    const QString asked = reverseName(address);
    QStringList names;
    for (int i = 0; i < header.answers; ++i) {
        QString owner;
        quint16 type = 0;
        quint16 cls = 0;
        quint32 ttl = 0;
        quint16 length = 0;
        if (!reader.readName(&owner) || !reader.read16(&type) || !reader.read16(&cls)
            || !reader.read32(&ttl) || !reader.read16(&length))
            return {};
        const int end = reader.offset() + length;
        if (type == typePtr && (cls & classMask) == classIn
            && owner.compare(asked, Qt::CaseInsensitive) == 0) {
            QString target;
            if (!reader.readName(&target) || reader.offset() > end)
                return {};
            if (!target.isEmpty() && !names.contains(target, Qt::CaseInsensitive))
                names.append(target);
        }
        if (reader.offset() > end || !reader.skip(end - reader.offset()))
            return {};
    }
    return names;
}

} // namespace MdnsName
