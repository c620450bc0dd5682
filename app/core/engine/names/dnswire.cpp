#include "core/engine/names/dnswire.h"

#include <QStringList>

namespace {

constexpr int maxNameLength = 255; // RFC 1035 2.3.4
constexpr int maxJumps = 32; // compression pointers followed in one name

} // namespace

bool DnsReader::skip(int bytes)
{
    if (bytes < 0 || m_packet.size() - m_offset < bytes)
        return false;
    m_offset += bytes;
    return true;
}

bool DnsReader::read16(quint16 *value)
{
    if (m_packet.size() - m_offset < 2)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(m_packet.constData()) + m_offset;
    *value = static_cast<quint16>((p[0] << 8) | p[1]);
    m_offset += 2;
    return true;
}

bool DnsReader::read32(quint32 *value)
{
    quint16 high = 0;
    quint16 low = 0;
    if (!read16(&high) || !read16(&low))
        return false;
    *value = (quint32(high) << 16) | low;
    return true;
}

bool DnsReader::readName(QString *name)
{
    const auto *data = reinterpret_cast<const uchar *>(m_packet.constData());
    const int size = static_cast<int>(m_packet.size());
    QStringList labels;
    int at = m_offset;
    int resume = -1; // where reading goes on after the first pointer
    int length = 0;
    for (int jumps = 0;;) {
        if (at >= size)
            return false;
        const int len = data[at];
        if (len == 0) {
            ++at;
            break;
        }
        if ((len & 0xc0) == 0xc0) {
            if (at + 1 >= size || ++jumps > maxJumps)
                return false;
            if (resume < 0)
                resume = at + 2;
            at = ((len & 0x3f) << 8) | data[at + 1];
            continue;
        }
        if ((len & 0xc0) != 0 || at + 1 + len > size)
            return false; // the reserved label types, or a label off the end
        length += len + 1;
        if (length > maxNameLength)
            return false;
        const QByteArray label(reinterpret_cast<const char *>(data + at + 1), len);
        for (const char c : label) {
            if (static_cast<uchar>(c) < 0x20 || c == 0x7f)
                return false;
        }
        labels.append(QString::fromUtf8(label));
        at += 1 + len;
    }
    m_offset = resume >= 0 ? resume : at;
    *name = labels.join(QLatin1Char('.'));
    return true;
}

namespace DnsWire {

bool readHeader(DnsReader *reader, Header *h)
{
    return reader->read16(&h->id) && reader->read16(&h->flags) && reader->read16(&h->questions)
        && reader->read16(&h->answers) && reader->read16(&h->authorities)
        && reader->read16(&h->additionals);
}

void append16(QByteArray *out, quint16 value)
{
    out->append(static_cast<char>(value >> 8));
    out->append(static_cast<char>(value & 0xff));
}

QByteArray queryHeader(quint16 id)
{
    QByteArray out;
    append16(&out, id);
    append16(&out, 0); // a standard query, no flags
    append16(&out, 1);
    append16(&out, 0);
    append16(&out, 0);
    append16(&out, 0);
    return out;
}

void appendName(QByteArray *out, const QString &name)
{
    for (const QString &label : name.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const QByteArray bytes = label.toUtf8().left(63);
        out->append(static_cast<char>(bytes.size()));
        out->append(bytes);
    }
    out->append('\0');
}

} // namespace DnsWire
