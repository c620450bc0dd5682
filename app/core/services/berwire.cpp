#include "core/services/berwire.h"

namespace Ber {

Reader::Reader(const QByteArray &data)
    : m_data(data)
    , m_end(data.size())
{
}

Reader::Reader(const QByteArray &data, const Item &item)
    : m_data(data)
    , m_offset(qBound(qsizetype(0), item.begin, data.size()))
    , m_end(qBound(m_offset, item.end, data.size()))
{
}

bool Reader::next(Item *item)
{
    if (m_end - m_offset < 2)
        return false;
    const auto tag = static_cast<quint8>(m_data.at(m_offset));
    if ((tag & 0x1f) == 0x1f) // a tag number in more bytes: none of ours
        return false;
    qsizetype at = m_offset + 1;
    const auto first = static_cast<quint8>(m_data.at(at++));
    qsizetype length = first;
    if (first & 0x80) {
        const int count = first & 0x7f;
        // 0x80 is the indefinite form, which BER allows only where DER does not
        // matter and these protocols never use; more than 3 bytes cannot fit a datagram.
        if (count == 0 || count > 3 || m_end - at < count)
            return false;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | static_cast<quint8>(m_data.at(at++));
    }
    if (length > m_end - at)
        return false;
    *item = { tag, at, at + length };
    m_offset = at + length;
    return true;
}

bool Reader::next(quint8 tag, Item *item)
{
    return next(item) && item->tag == tag;
}

bool Reader::nextInteger(qint64 *value)
{
    Item item;
    return next(Integer, &item) && integer(item, value);
}

bool Reader::nextOctets(QByteArray *value, quint8 tag)
{
    Item item;
    if (!next(tag, &item))
        return false;
    *value = bytes(item);
    return true;
}

QByteArray Reader::bytes(const Item &item) const
{
    return m_data.mid(item.begin, item.end - item.begin);
}

bool Reader::integer(const Item &item, qint64 *value) const
{
    const qsizetype size = item.end - item.begin;
    if (size < 1 || size > 8)
        return false;
    // All ones for a negative number, then the bytes shifted in (X.690 8.3.3).
    qint64 v = (static_cast<quint8>(m_data.at(item.begin)) & 0x80) != 0 ? -1 : 0;
    for (qsizetype i = item.begin; i < item.end; ++i)
        v = static_cast<qint64>(static_cast<quint64>(v) << 8) | static_cast<quint8>(m_data.at(i));
    *value = v;
    return true;
}

QByteArray tlv(quint8 tag, const QByteArray &content)
{
    QByteArray out(1, static_cast<char>(tag));
    const qsizetype size = content.size();
    if (size < 0x80) {
        out.append(static_cast<char>(size));
    } else {
        QByteArray length;
        for (qsizetype rest = size; rest > 0; rest >>= 8)
            length.prepend(static_cast<char>(rest & 0xff));
        out.append(static_cast<char>(0x80 | length.size()));
        out.append(length);
    }
    return out + content;
}

QByteArray integer(qint64 value)
{
    // Two's complement in as few bytes as keep the sign (X.690 8.3.2).
    QByteArray out;
    qint64 rest = value;
    do {
        out.prepend(static_cast<char>(rest & 0xff));
        rest >>= 8;
    } while (!((rest == 0 && (out.at(0) & 0x80) == 0) || (rest == -1 && (out.at(0) & 0x80) != 0)));
    return tlv(Integer, out);
}

QByteArray octets(const QByteArray &value, quint8 tag)
{
    return tlv(tag, value);
}

QByteArray oid(std::initializer_list<quint32> arcs)
{
    // The first two arcs share a value (X.690 8.19.4); each value in base 128.
    QByteArray out;
    if (arcs.size() < 2)
        return tlv(Oid, out);
    const quint32 *arc = arcs.begin();
    quint32 value = arc[0] * 40 + arc[1];
    for (arc += 2;; ++arc) {
        QByteArray base128(1, static_cast<char>(value & 0x7f));
        for (quint32 rest = value >> 7; rest > 0; rest >>= 7)
            base128.prepend(static_cast<char>(0x80 | (rest & 0x7f)));
        out.append(base128);
        if (arc == arcs.end())
            break;
        value = *arc;
    }
    return tlv(Oid, out);
}

QByteArray sequence(std::initializer_list<QByteArray> items)
{
    QByteArray content;
    for (const QByteArray &item : items)
        content.append(item);
    return tlv(Sequence, content);
}

} // namespace Ber
