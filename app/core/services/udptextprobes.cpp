#include "core/services/udptextprobes.h"

#include <QHostAddress>
#include <QList>

#include "core/services/udpwire.h"

namespace UdpText {
namespace {

constexpr int maxHeaderLines = 48;

struct Message
{
    QByteArray start; // the status line
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lowercase
    QByteArray header(const QByteArray &name, const QByteArray &compact = {}) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name || (!compact.isEmpty() && key == compact))
                return value;
        }
        return {};
    }
};

// An HTTP-like head (RFC 9112 section 2, RFC 3261 section 7): the start line, then
// "Name: value" lines up to the empty one or the end of the datagram.
Message readHead(const QByteArray &reply)
{
    Message message;
    const QList<QByteArray> lines = reply.left(8192).split('\n');
    message.start = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size() && i <= maxHeaderLines; ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            message.headers.append(
                { line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }
    return message;
}

// "host" or "[v6]" as a URI or HOST header wants it.
QByteArray uriHost(const QString &host, const char *fallback)
{
    if (host.isEmpty())
        return fallback;
    const QHostAddress address(host);
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return '[' + host.toLatin1() + ']';
    return host.toLatin1();
}

QByteArray tokenHex(quint32 token)
{
    return QByteArray::number(token, 16).rightJustified(8, '0');
}

// "Linux/6.1 UPnP/1.1 MiniUPnPd/2.3.3" (UDA 2.0 1.2.2): the product after "UPnP/".
// "FreeSWITCH-mod_sofia/1.10.9" (RFC 3261 20.35): the first product token.
void productFrom(const QString &server, bool afterUpnp, UdpVerdict *verdict)
{
    const QStringList words = server.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype at = 0;
    if (afterUpnp) {
        at = -1;
        for (qsizetype i = 0; i + 1 < words.size() && at < 0; ++i) {
            if (words.at(i).startsWith(QLatin1String("UPnP/"), Qt::CaseInsensitive))
                at = i + 1;
        }
    }
    if (at < 0 || at >= words.size())
        return;
    const QString &word = words.at(at);
    const qsizetype slash = word.indexOf(QLatin1Char('/'));
    verdict->product = slash < 0 ? word : word.left(slash);
    if (slash > 0)
        verdict->version = word.mid(slash + 1);
}

} // namespace

QByteArray ssdpSearch(quint32 token, const QString &host)
{
    Q_UNUSED(token) // SSDP has no field a device echoes
    return "M-SEARCH * HTTP/1.1\r\n"
           "HOST: "
        + uriHost(host, "239.255.255.250")
        + ":1900\r\n"
          "MAN: \"ssdp:discover\"\r\n"
          "ST: ssdp:all\r\n"
          "\r\n";
}

UdpVerdict readSsdp(const QByteArray &reply, quint32 token)
{
    Q_UNUSED(token)
    const Message message = readHead(reply);
    const QList<QByteArray> status = message.start.split(' ');
    if (status.size() < 2 || !status.at(0).startsWith("HTTP/1.") || status.at(1) != "200"
        || (message.header("st").isEmpty() && message.header("usn").isEmpty()))
        return {};
    UdpVerdict verdict = UdpVerdict::answer("ssdp");
    const QString server = UdpWire::text(message.header("server"));
    verdict.add("server", server);
    verdict.add("location", UdpWire::text(message.header("location")));
    verdict.add("st", UdpWire::text(message.header("st")));
    verdict.add("usn", UdpWire::text(message.header("usn")));
    productFrom(server, true, &verdict);
    return verdict;
}

QByteArray sipOptions(quint32 token, const QString &host)
{
    const QByteArray id = tokenHex(token);
    const QByteArray target = "sip:" + uriHost(host, "portolan.invalid");
    return "OPTIONS " + target + " SIP/2.0\r\n" + "Via: SIP/2.0/UDP portolan.invalid;branch=z9hG4bK"
        + id + ";rport\r\n" + "Max-Forwards: 70\r\n" + "To: <" + target + ">\r\n"
        + "From: <sip:portolan@portolan.invalid>;tag=" + id + "\r\n" + "Call-ID: " + id
        + "@portolan.invalid\r\n" + "CSeq: 1 OPTIONS\r\n" + "Accept: application/sdp\r\n"
        + "Content-Length: 0\r\n\r\n";
}

UdpVerdict readSip(const QByteArray &reply, quint32 token)
{
    const Message message = readHead(reply);
    const QList<QByteArray> status = message.start.split(' ');
    // Call-ID and Via have compact forms "i" and "v" (RFC 3261 7.3.3).
    const QByteArray callId = message.header("call-id", "i");
    const QByteArray cseq = message.header("cseq");
    bool numeric = false;
    const int code = status.value(1).toInt(&numeric);
    if (status.size() < 2 || status.at(0) != "SIP/2.0" || !numeric || code < 100 || code > 699
        || !cseq.endsWith(" OPTIONS") || callId != tokenHex(token) + "@portolan.invalid")
        return {};
    UdpVerdict verdict = UdpVerdict::answer("sip");
    verdict.add("status", UdpWire::text(message.start.mid(8), 64));
    const QString server = UdpWire::text(message.header("server"));
    const QString agent = UdpWire::text(message.header("user-agent"));
    verdict.add("server", server);
    verdict.add("user-agent", agent);
    verdict.add("allow", UdpWire::text(message.header("allow")));
    productFrom(server.isEmpty() ? agent : server, false, &verdict);
    return verdict;
}

QByteArray memcachedVersion(quint32 token)
{
    QByteArray out;
    UdpWire::append16(&out, UdpWire::id16(token));
    UdpWire::append16(&out, 0); // sequence number
    UdpWire::append16(&out, 1); // datagrams in this message
    UdpWire::append16(&out, 0); // reserved
    return out + "version\r\n";
}

UdpVerdict readMemcached(const QByteArray &reply, quint32 token)
{
    WireReader in(reply);
    quint16 id = 0;
    quint16 sequence = 0;
    quint16 count = 0;
    quint16 reserved = 0;
    if (!in.read16(&id) || !in.read16(&sequence) || !in.read16(&count) || !in.read16(&reserved)
        || id != UdpWire::id16(token) || sequence >= count || reserved != 0)
        return {};
    const QByteArray body = reply.mid(in.offset());
    const qsizetype end = body.indexOf("\r\n");
    if (!body.startsWith("VERSION ") || end < 0)
        return {};
    UdpVerdict verdict = UdpVerdict::answer("memcache");
    verdict.product = QStringLiteral("memcached");
    verdict.version = UdpWire::text(body.mid(8, end - 8), 64);
    return verdict;
}

} // namespace UdpText
