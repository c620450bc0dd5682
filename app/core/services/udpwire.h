#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// Bytes on the wire for the UDP probes: a bounds-checked reader for replies that come
// from anyone, big-endian writers, the ids a probe derives from its token, and network
// text made printable and bounded before anything keeps it.
class WireReader final
{
public:
    explicit WireReader(const QByteArray &data, qsizetype begin = 0, qsizetype end = -1);

    qsizetype offset() const { return m_offset; }
    qsizetype remaining() const { return m_end - m_offset; }
    bool atEnd() const { return m_offset >= m_end; }
    bool skip(qsizetype bytes);
    bool read8(quint8 *value);
    bool read16(quint16 *value);
    bool read32(quint32 *value);
    // The next bytes, without copying past the reader's end.
    bool readBytes(qsizetype count, QByteArray *out);
    // True and past them when the next bytes are exactly expected.
    bool expect(const QByteArray &expected);

private:
    const QByteArray &m_data;
    qsizetype m_offset = 0;
    qsizetype m_end = 0;
};

namespace UdpWire {

// What any one text field taken from a reply may hold, in bytes before escaping.
inline constexpr int maxFieldBytes = 160;

void append8(QByteArray *out, quint8 value);
void append16(QByteArray *out, quint16 value);
void append32(QByteArray *out, quint32 value);
quint16 get16(const QByteArray &data, qsizetype at); // the caller checked the bounds
quint32 get32(const QByteArray &data, qsizetype at);

// The ids a probe embeds, all from its token: 16 bits (DNS, NetBIOS, memcached), 31
// bits (BER INTEGERs stay four bytes and positive), and n bytes (STUN, IKE, QUIC,
// OpenVPN, NTP): the token big-endian, repeated, each repetition k XORed with k.
quint16 id16(quint32 token);
quint32 id31(quint32 token);
QByteArray tokenBytes(quint32 token, int count);

// Network bytes as one printable line: at most maxBytes of them (cut, with an
// ellipsis), valid UTF-8 kept, control and direction characters escaped, white space
// folded. Never longer than 4 * maxBytes + 1 characters.
QString text(const QByteArray &bytes, int maxBytes = maxFieldBytes);
// Bytes as lowercase hex, at most maxBytes of them.
QString hex(const QByteArray &bytes, int maxBytes = 32);
// An IPv4 or IPv6 address in its usual text form; empty for another length.
QString address(const QByteArray &bytes);

} // namespace UdpWire
