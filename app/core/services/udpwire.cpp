#include "core/services/udpwire.h"

#include <QHostAddress>

#include "core/services/serviceprobetable.h"

WireReader::WireReader(const QByteArray &data, qsizetype begin, qsizetype end)
    : m_data(data)
    , m_offset(qBound(qsizetype(0), begin, data.size()))
    , m_end(end < 0 ? data.size() : qBound(m_offset, end, data.size()))
{
}

bool WireReader::skip(qsizetype bytes)
{
    if (bytes < 0 || bytes > remaining())
        return false;
    m_offset += bytes;
    return true;
}

bool WireReader::read8(quint8 *value)
{
    if (remaining() < 1)
        return false;
    *value = static_cast<quint8>(m_data.at(m_offset++));
    return true;
}

bool WireReader::read16(quint16 *value)
{
    if (remaining() < 2)
        return false;
    *value = UdpWire::get16(m_data, m_offset);
    m_offset += 2;
    return true;
}

bool WireReader::read32(quint32 *value)
{
    if (remaining() < 4)
        return false;
    *value = UdpWire::get32(m_data, m_offset);
    m_offset += 4;
    return true;
}

bool WireReader::readBytes(qsizetype count, QByteArray *out)
{
    if (count < 0 || count > remaining())
        return false;
    *out = m_data.mid(m_offset, count);
    m_offset += count;
    return true;
}

bool WireReader::expect(const QByteArray &expected)
{
    if (expected.size() > remaining()
        || QByteArrayView(m_data).sliced(m_offset, expected.size()) != expected)
        return false;
    m_offset += expected.size();
    return true;
}

namespace UdpWire {

void append8(QByteArray *out, quint8 value)
{
    out->append(static_cast<char>(value));
}

void append16(QByteArray *out, quint16 value)
{
    append8(out, static_cast<quint8>(value >> 8));
    append8(out, static_cast<quint8>(value));
}

void append32(QByteArray *out, quint32 value)
{
    append16(out, static_cast<quint16>(value >> 16));
    append16(out, static_cast<quint16>(value));
}

quint16 get16(const QByteArray &data, qsizetype at)
{
    return static_cast<quint16>(
        (static_cast<uchar>(data.at(at)) << 8) | static_cast<uchar>(data.at(at + 1)));
}

quint32 get32(const QByteArray &data, qsizetype at)
{
    return (quint32(get16(data, at)) << 16) | get16(data, at + 2);
}

quint16 id16(quint32 token)
{
    return static_cast<quint16>(token);
}

quint32 id31(quint32 token)
{
    return token & 0x7fffffffU;
}

QByteArray tokenBytes(quint32 token, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        const auto byte = static_cast<quint8>(token >> (24 - 8 * (i % 4)));
        append8(&out, static_cast<quint8>(byte ^ (i / 4)));
    }
    return out;
}

QString text(const QByteArray &bytes, int maxBytes)
{
    const bool cut = bytes.size() > maxBytes;
    // Cut the bytes, not the escaped text, which could end inside a surrogate pair.
    QString out = ServiceProbeTable::cleanText(bytes.left(maxBytes), 4 * maxBytes);
    if (cut)
        out += QChar(0x2026);
    return out;
}

QString hex(const QByteArray &bytes, int maxBytes)
{
    QString out = QString::fromLatin1(bytes.left(maxBytes).toHex());
    if (bytes.size() > maxBytes)
        out += QChar(0x2026);
    return out;
}

QString address(const QByteArray &bytes)
{
    if (bytes.size() == 4)
        return QHostAddress(get32(bytes, 0)).toString();
    if (bytes.size() == 16) {
        Q_IPV6ADDR v6;
        for (int i = 0; i < 16; ++i)
            v6[i] = static_cast<quint8>(bytes.at(i));
        return QHostAddress(v6).toString();
    }
    return {};
}

} // namespace UdpWire
