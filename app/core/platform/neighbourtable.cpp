#include "core/platform/neighbourtable.h"

#include <algorithm>
#include <cstring>

#include <QFile>
#include <QtEndian>

#if defined(Q_OS_LINUX)
#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

#include <sys/socket.h>
#include <unistd.h>
#endif

namespace NeighbourTable {

namespace {

QString macText(const unsigned char *bytes)
{
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(17);
    for (int i = 0; i < 6; ++i) {
        if (i > 0)
            out.append(QLatin1Char(':'));
        out.append(QLatin1Char(digits[bytes[i] >> 4]));
        out.append(QLatin1Char(digits[bytes[i] & 0xf]));
    }
    return out;
}

} // namespace

QHash<QString, QString> parseArp(const QByteArray &text)
{
    // IP address  HW type  Flags  HW address  Mask  Device
    QHash<QString, QString> out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].simplified().split(' ');
        if (cells.size() < 4)
            continue;
        bool ok = false;
        const uint flags = cells[2].toUInt(&ok, 16);
        const QString mac = QString::fromLatin1(cells[3]).toLower();
        // ATF_COM (0x2): a complete entry; an incomplete one has no address yet.
        if (!ok || !(flags & 0x2) || mac == QLatin1String("00:00:00:00:00:00") || mac.size() != 17)
            continue;
        const QHostAddress address(QString::fromLatin1(cells[0]));
        if (!address.isNull())
            out.insert(address.toString(), mac);
    }
    return out;
}

#if defined(Q_OS_LINUX)

QHash<QString, QString> parseNetlink(const QByteArray &bytes, bool *done)
{
    QHash<QString, QString> out;
    if (done)
        *done = false;
    const char *const begin = bytes.constData();
    const size_t size = static_cast<size_t>(bytes.size());
    size_t at = 0;
    // at never passes size: a last message may end unaligned at the very end.
    while (at < size && size - at >= sizeof(nlmsghdr)) {
        nlmsghdr header;
        std::memcpy(&header, begin + at, sizeof header);
        if (header.nlmsg_len < sizeof(nlmsghdr) || header.nlmsg_len > size - at)
            break;
        if (header.nlmsg_type == NLMSG_DONE || header.nlmsg_type == NLMSG_ERROR) {
            if (done)
                *done = true;
            break;
        }
        const size_t bodyLength = header.nlmsg_len - NLMSG_HDRLEN;
        if (header.nlmsg_type == RTM_NEWNEIGH && header.nlmsg_len >= NLMSG_HDRLEN
            && bodyLength >= sizeof(ndmsg)) {
            const char *body = begin + at + NLMSG_HDRLEN;
            ndmsg neighbour;
            std::memcpy(&neighbour, body, sizeof neighbour);
            // A usable entry: resolved now or recently (STALE, DELAY and PROBE
            // still hold the last address the host answered from), or static.
            const unsigned usable
                = NUD_REACHABLE | NUD_STALE | NUD_DELAY | NUD_PROBE | NUD_PERMANENT;
            QHostAddress address;
            QString mac;
            size_t attr = NLMSG_ALIGN(sizeof(ndmsg));
            while (attr + sizeof(rtattr) <= bodyLength) {
                rtattr a;
                std::memcpy(&a, body + attr, sizeof a);
                if (a.rta_len < sizeof(rtattr) || a.rta_len > bodyLength - attr)
                    break;
                const unsigned char *payload
                    = reinterpret_cast<const unsigned char *>(body + attr + RTA_LENGTH(0));
                const size_t payloadLength = a.rta_len - RTA_LENGTH(0);
                if (a.rta_type == NDA_DST && neighbour.ndm_family == AF_INET
                    && payloadLength == 4) {
                    quint32 v4 = 0;
                    std::memcpy(&v4, payload, 4);
                    address.setAddress(qFromBigEndian(v4));
                } else if (a.rta_type == NDA_DST && neighbour.ndm_family == AF_INET6
                    && payloadLength == 16) {
                    address.setAddress(payload);
                } else if (a.rta_type == NDA_LLADDR && payloadLength == 6) {
                    static const unsigned char zero[6] = {};
                    if (std::memcmp(payload, zero, 6) != 0)
                        mac = macText(payload);
                }
                attr += RTA_ALIGN(a.rta_len);
            }
            if ((neighbour.ndm_state & usable) && !address.isNull() && !mac.isEmpty())
                out.insert(address.toString(), mac);
        }
        at = std::min(size, at + NLMSG_ALIGN(header.nlmsg_len));
    }
    return out;
}

namespace {

// One RTM_GETNEIGH dump of both families; false when netlink cannot be used here.
bool readNetlink(QHash<QString, QString> *out)
{
    const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    if (fd < 0)
        return false;
    struct Request
    {
        nlmsghdr header;
        ndmsg body;
    } request {};
    request.header.nlmsg_len = NLMSG_LENGTH(sizeof(ndmsg));
    request.header.nlmsg_type = RTM_GETNEIGH;
    request.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    request.header.nlmsg_seq = 1;
    request.body.ndm_family = AF_UNSPEC;
    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    bool ok = ::sendto(fd, &request, sizeof request, 0, reinterpret_cast<sockaddr *>(&kernel),
                  sizeof kernel)
        == static_cast<ssize_t>(sizeof request);
    // The dump comes in datagrams of at most a page or two each; a bounded number
    // of them (a table of a million entries would need far fewer).
    QByteArray buffer(qsizetype(64) * 1024, Qt::Uninitialized);
    bool done = false;
    for (int datagrams = 0; ok && !done && datagrams < 100000; ++datagrams) {
        const ssize_t n = ::recv(fd, buffer.data(), static_cast<size_t>(buffer.size()), 0);
        if (n <= 0) {
            ok = false;
            break;
        }
        out->insert(parseNetlink(QByteArray::fromRawData(buffer.constData(), n), &done));
    }
    ::close(fd);
    return ok && done;
}

} // namespace

#else

QHash<QString, QString> parseNetlink(const QByteArray &, bool *done)
{
    if (done)
        *done = true;
    return {};
}

#endif

QHash<QString, QString> read()
{
#if defined(Q_OS_LINUX)
    QHash<QString, QString> table;
    if (readNetlink(&table))
        return table;
    QFile file(QStringLiteral("/proc/net/arp"));
    if (file.open(QIODevice::ReadOnly))
        return parseArp(file.readAll());
#endif
    return {};
}

} // namespace NeighbourTable
