#pragma once

#include <utility>

#include <QByteArray>
#include <QString>

#include "core/services/udpwire.h"

// Answers of devices as tests make them up: DNS records (RFC 1035), an NTLMSSP
// CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2), an IPP response in HTTP (RFC 8010).
namespace DeviceFrames {

inline void le16(QByteArray *out, quint16 v)
{
    out->append(char(v & 0xff));
    out->append(char(v >> 8));
}

inline void le32(QByteArray *out, quint32 v)
{
    le16(out, quint16(v & 0xffff));
    le16(out, quint16(v >> 16));
}

inline QByteArray utf16le(const QString &s)
{
    QByteArray out;
    for (QChar c : s)
        le16(&out, c.unicode());
    return out;
}

// A CHALLENGE_MESSAGE with a version and the names as AV pairs; truncateInfo makes
// the target info claim 40 bytes more than there are.
inline QByteArray challenge(int major, int minor, int build, bool truncateInfo = false)
{
    QByteArray info;
    const std::pair<quint16, QString> pairs[] = { { 1, QStringLiteral("DESK-7") },
        { 2, QStringLiteral("OFFICE") }, { 3, QStringLiteral("desk-7.office.example") },
        { 4, QStringLiteral("office.example") } };
    for (const auto &[id, text] : pairs) {
        le16(&info, id);
        le16(&info, quint16(text.size() * 2));
        info += utf16le(text);
    }
    le32(&info, 0); // MsvAvEOL
    QByteArray m("NTLMSSP\0", 8);
    le32(&m, 2);
    le16(&m, 0); // TargetNameFields: empty
    le16(&m, 0);
    le32(&m, 56);
    le32(&m, 0x02000000 | 0x00800000); // VERSION | TARGET_INFO
    m += QByteArray(8, '\x11'); // ServerChallenge
    m += QByteArray(8, '\0'); // Reserved
    le16(&m, quint16(info.size() + (truncateInfo ? 40 : 0)));
    le16(&m, quint16(info.size()));
    le32(&m, 56);
    m.append(char(major));
    m.append(char(minor));
    le16(&m, quint16(build));
    m += QByteArray("\0\0\0\x0f", 4);
    return m + info;
}

// An SMB2 response (MS-SMB2 2.2.1.2) to command, framed for 445, with body after it.
inline QByteArray smb2Response(quint16 command, const QByteArray &body)
{
    QByteArray h("\xfeSMB", 4);
    le16(&h, 64);
    le16(&h, 0);
    le32(&h, command == 1 ? 0xc0000016 : 0); // MORE_PROCESSING_REQUIRED for the setup
    le16(&h, command);
    le16(&h, 1);
    le32(&h, 1); // SERVER_TO_REDIR
    h += QByteArray(64 - h.size(), '\0');
    const QByteArray message = h + body;
    QByteArray framed(1, '\0');
    framed.append(char((message.size() >> 16) & 0xff));
    framed.append(char((message.size() >> 8) & 0xff));
    framed.append(char(message.size() & 0xff));
    return framed + message;
}

inline QByteArray ippAttribute(quint8 tag, const QByteArray &name, const QByteArray &value)
{
    QByteArray out(1, char(tag));
    UdpWire::append16(&out, quint16(name.size()));
    out += name;
    UdpWire::append16(&out, quint16(value.size()));
    return out + value;
}

inline QByteArray ippHttp(quint32 id, const QByteArray &attributes)
{
    QByteArray ipp("\x01\x01\x00\x00", 4);
    UdpWire::append32(&ipp, id);
    ipp += '\x01' + ippAttribute(0x47, "attributes-charset", "utf-8") + '\x04' + attributes
        + '\x03';
    return "HTTP/1.1 200 OK\r\nContent-Type: application/ipp\r\nContent-Length: "
        + QByteArray::number(ipp.size()) + "\r\n\r\n" + ipp;
}

inline void dnsName(QByteArray *out, const QByteArray &name)
{
    for (const QByteArray &label : name.split('.')) {
        out->append(char(label.size()));
        out->append(label);
    }
    out->append('\0');
}

inline void dnsRecord(QByteArray *out, const QByteArray &name, quint16 type, const QByteArray &data)
{
    dnsName(out, name);
    UdpWire::append16(out, type);
    UdpWire::append16(out, 0x8001); // IN with the cache-flush bit
    UdpWire::append32(out, 120);
    UdpWire::append16(out, quint16(data.size()));
    out->append(data);
}

// A response header with id and the record counts, no questions echoed.
inline QByteArray dnsHeader(quint16 id, quint16 answers, quint16 additionals = 0)
{
    QByteArray m;
    UdpWire::append16(&m, id);
    UdpWire::append16(&m, 0x8400);
    UdpWire::append16(&m, 0);
    UdpWire::append16(&m, answers);
    UdpWire::append16(&m, 0);
    UdpWire::append16(&m, additionals);
    return m;
}

inline QByteArray txtData(std::initializer_list<QByteArray> entries)
{
    QByteArray txt;
    for (const QByteArray &entry : entries) {
        txt.append(char(entry.size()));
        txt.append(entry);
    }
    return txt;
}

} // namespace DeviceFrames
