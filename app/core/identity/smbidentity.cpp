#include "core/identity/smbidentity.h"

#include "core/services/udpwire.h"

namespace {

void le16(QByteArray *out, quint16 v)
{
    out->append(char(v & 0xff));
    out->append(char(v >> 8));
}

void le32(QByteArray *out, quint32 v)
{
    le16(out, quint16(v & 0xffff));
    le16(out, quint16(v >> 16));
}

quint16 get16le(const QByteArray &d, qsizetype at)
{
    return quint16(quint8(d.at(at)) | (quint8(d.at(at + 1)) << 8));
}

quint32 get32le(const QByteArray &d, qsizetype at)
{
    return quint32(get16le(d, at)) | (quint32(get16le(d, at + 2)) << 16);
}

constexpr quint16 negotiateCommand = 0x0000;
constexpr quint16 sessionSetupCommand = 0x0001;

// The 64-byte SMB2 header of a request (MS-SMB2 2.2.1.2).
QByteArray smb2Header(quint16 command, quint64 messageId)
{
    QByteArray h("\xfeSMB", 4);
    le16(&h, 64); // StructureSize
    le16(&h, 0); // CreditCharge
    le32(&h, 0); // Status
    le16(&h, command);
    le16(&h, 1); // CreditRequest
    le32(&h, 0); // Flags
    le32(&h, 0); // NextCommand
    le32(&h, quint32(messageId));
    le32(&h, quint32(messageId >> 32));
    le32(&h, 0); // Reserved
    le32(&h, 0); // TreeId
    h.append(QByteArray(8, '\0')); // SessionId
    h.append(QByteArray(16, '\0')); // Signature
    return h;
}

QByteArray framed(const QByteArray &message)
{
    QByteArray out;
    out.append('\0'); // session message
    out.append(char((message.size() >> 16) & 0xff));
    out.append(char((message.size() >> 8) & 0xff));
    out.append(char(message.size() & 0xff));
    return out + message;
}

// MS-NLMP 2.2.1.1 NEGOTIATE_MESSAGE: asks for the version and the target's names.
QByteArray ntlmNegotiate()
{
    QByteArray m("NTLMSSP\0", 8);
    le32(&m, 1); // MessageType
    // UNICODE | OEM | REQUEST_TARGET | NTLM | ALWAYS_SIGN | EXTENDED_SESSIONSECURITY |
    // TARGET_INFO | VERSION | 128 | 56
    le32(&m,
        0x00000001 | 0x00000002 | 0x00000004 | 0x00000200 | 0x00008000 | 0x00080000 | 0x00800000
            | 0x02000000 | 0x20000000 | 0x80000000);
    m.append(QByteArray(16, '\0')); // DomainNameFields, WorkstationFields: empty
    m.append(QByteArray(8, '\0')); // Version: ours is not worth telling
    return m;
}

// A DER length.
QByteArray derLength(qsizetype n)
{
    if (n < 0x80)
        return QByteArray(1, char(n));
    if (n < 0x100)
        return QByteArray("\x81", 1) + char(n);
    return QByteArray("\x82", 1) + char((n >> 8) & 0xff) + char(n & 0xff);
}

QByteArray der(char tag, const QByteArray &content)
{
    return QByteArray(1, tag) + derLength(content.size()) + content;
}

// RFC 4178 NegTokenInit inside the GSS-API framing (RFC 2743 3.1), offering NTLMSSP
// (OID 1.3.6.1.4.1.311.2.2.10) with our NEGOTIATE_MESSAGE as its token.
QByteArray spnegoInit(const QByteArray &ntlm)
{
    const QByteArray spnegoOid("\x06\x06\x2b\x06\x01\x05\x05\x02", 8);
    const QByteArray ntlmOid("\x06\x0a\x2b\x06\x01\x04\x01\x82\x37\x02\x02\x0a", 12);
    const QByteArray mechTypes = der('\xa0', der('\x30', ntlmOid));
    const QByteArray mechToken = der('\xa2', der('\x04', ntlm));
    const QByteArray negTokenInit = der('\xa0', der('\x30', mechTypes + mechToken));
    return der('\x60', spnegoOid + negTokenInit);
}

QString utf16(const QByteArray &d, qsizetype at, qsizetype bytes)
{
    QString s;
    for (qsizetype i = 0; i + 1 < bytes; i += 2)
        s.append(QChar(get16le(d, at + i)));
    return UdpWire::text(s.toUtf8());
}

bool readAvPairs(const QByteArray &d, qsizetype at, qsizetype end, SmbIdentity::Challenge *c)
{
    for (int pairs = 0; at + 4 <= end && pairs < 64; ++pairs) {
        const quint16 id = get16le(d, at);
        const quint16 len = get16le(d, at + 2);
        at += 4;
        if (id == 0) // MsvAvEOL
            return true;
        if (at + len > end)
            return false;
        QString *field = nullptr;
        switch (id) {
        case 1:
            field = &c->netbiosComputer;
            break;
        case 2:
            field = &c->netbiosDomain;
            break;
        case 3:
            field = &c->dnsComputer;
            break;
        case 4:
            field = &c->dnsDomain;
            break;
        case 5:
            field = &c->dnsForest;
            break;
        default:
            break;
        }
        if (field)
            *field = utf16(d, at, len);
        at += len;
    }
    return true;
}

} // namespace

namespace SmbIdentity {

QByteArray negotiateRequest()
{
    QByteArray body;
    le16(&body, 36); // StructureSize
    le16(&body, 2); // DialectCount
    le16(&body, 1); // SecurityMode: signing enabled
    le16(&body, 0); // Reserved
    le32(&body, 0); // Capabilities
    body.append(QByteArray(16, '\x5a')); // ClientGuid: any fixed value
    le32(&body, 0); // NegotiateContextOffset / ClientStartTime
    le32(&body, 0);
    le16(&body, 0x0202); // SMB 2.0.2
    le16(&body, 0x0210); // SMB 2.1
    return framed(smb2Header(negotiateCommand, 0) + body);
}

QByteArray sessionSetupRequest()
{
    const QByteArray token = spnegoInit(ntlmNegotiate());
    QByteArray body;
    le16(&body, 25); // StructureSize
    body.append('\0'); // Flags
    body.append('\x01'); // SecurityMode: signing enabled
    le32(&body, 0); // Capabilities
    le32(&body, 0); // Channel
    le16(&body, 64 + 24); // SecurityBufferOffset: right after this fixed part
    le16(&body, quint16(token.size()));
    le32(&body, 0); // PreviousSessionId
    le32(&body, 0);
    return framed(smb2Header(sessionSetupCommand, 1) + body + token);
}

qsizetype framedLength(const QByteArray &data)
{
    if (data.size() < 4)
        return 0;
    if (data.at(0) != '\0')
        return -1;
    const qsizetype length = (qsizetype(quint8(data.at(1))) << 16)
        | (qsizetype(quint8(data.at(2))) << 8) | quint8(data.at(3));
    if (length < 64 || length > maxMessage)
        return -1;
    return data.size() >= length + 4 ? length + 4 : 0;
}

bool isSmb2Response(const QByteArray &framed, quint16 command)
{
    if (framed.size() < 4 + 64 || !framed.mid(4, 4).startsWith("\xfeSMB"))
        return false;
    const quint32 flags = get32le(framed, 4 + 16);
    return get16le(framed, 4 + 12) == command && (flags & 0x1) != 0; // SERVER_TO_REDIR
}

bool readChallenge(const QByteArray &data, Challenge *challenge)
{
    const qsizetype at = data.indexOf(QByteArray("NTLMSSP\0\x02\0\0\0", 12));
    if (at < 0 || data.size() - at < 48)
        return false;
    const QByteArray m = data.mid(at);
    Challenge c;
    const quint32 flags = get32le(m, 20);
    const quint16 infoLen = get16le(m, 40);
    const quint32 infoOffset = get32le(m, 44);
    if (infoLen > 0 && (infoOffset < 48 || qsizetype(infoOffset) + infoLen > m.size()))
        return false;
    if (infoLen > 0 && !readAvPairs(m, infoOffset, infoOffset + infoLen, &c))
        return false;
    if ((flags & 0x02000000) != 0 && m.size() >= 56 && infoOffset >= 56) {
        c.major = quint8(m.at(48));
        c.minor = quint8(m.at(49));
        c.build = get16le(m, 50);
    }
    *challenge = c;
    return true;
}

QList<DeviceEvidence> evidence(const Challenge &c)
{
    const QString smb = QStringLiteral("smb");
    QList<DeviceEvidence> out;
    // Windows fills in its build; Samba sends a version with build 0, which no
    // Windows release has.
    if (c.hasVersion() && c.build > 0) {
        out.append(DeviceEvidence::make(smb, QStringLiteral("os"),
            QStringLiteral("Windows %1.%2 build %3").arg(c.major).arg(c.minor).arg(c.build)));
    } else if (c.hasVersion()) {
        out.append(DeviceEvidence::make(smb, QStringLiteral("os"),
            QStringLiteral("non-Windows %1.%2").arg(c.major).arg(c.minor)));
    }
    const std::pair<const char *, const QString *> names[]
        = { { "computer", &c.netbiosComputer }, { "domain", &c.netbiosDomain },
              { "dns-computer", &c.dnsComputer }, { "dns-domain", &c.dnsDomain } };
    for (const auto &[field, value] : names) {
        if (!value->isEmpty())
            out.append(DeviceEvidence::make(smb, QLatin1String(field), *value));
    }
    return out;
}

} // namespace SmbIdentity
