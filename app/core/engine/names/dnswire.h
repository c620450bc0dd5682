#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// Reading and writing the DNS message format (RFC 1035 section 4), which mDNS
// (RFC 6762) and NetBIOS name service (RFC 1002 section 4.2) both use. Every
// read is bounds-checked: a packet from the network is never trusted.
class DnsReader
{
public:
    explicit DnsReader(const QByteArray &packet)
        : m_packet(packet)
    {
    }

    int offset() const { return m_offset; }
    bool atEnd() const { return m_offset >= m_packet.size(); }
    bool skip(int bytes);
    bool read16(quint16 *value);
    bool read32(quint32 *value);
    // A domain name at the offset, following compression pointers (RFC 1035
    // 4.1.4), as dot-separated labels without the final dot. False for a name
    // that runs off the packet, loops, is longer than 255 bytes or has a label
    // with a control character.
    bool readName(QString *name);

private:
    const QByteArray &m_packet;
    int m_offset = 0;
};

namespace DnsWire {

inline constexpr int headerSize = 12;

struct Header
{
    quint16 id = 0;
    quint16 flags = 0;
    quint16 questions = 0;
    quint16 answers = 0;
    quint16 authorities = 0;
    quint16 additionals = 0;
    bool isResponse() const { return (flags & 0x8000) != 0; }
    int rcode() const { return flags & 0x000f; }
};

bool readHeader(DnsReader *reader, Header *header);
void append16(QByteArray *out, quint16 value);
// A query header: one question, no records.
QByteArray queryHeader(quint16 id);
// name ("a.b.c") as length-prefixed labels and the root's zero.
void appendName(QByteArray *out, const QString &name);

} // namespace DnsWire
