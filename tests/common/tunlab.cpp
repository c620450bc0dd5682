#include "tunlab.h"

#include <linux/if_tun.h>
#include <net/if.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <QFile>

#include "common/netns.h"

namespace {

constexpr char deviceName[] = "plab0";
constexpr quint16 routerOffset = 0xfffd; // sends the ICMP errors
constexpr int ipv4Header = 20;
constexpr int ipv6Header = 40;

quint32 sum16(const uchar *data, int length, quint32 sum = 0)
{
    for (int i = 0; i + 1 < length; i += 2)
        sum += quint32(data[i] << 8 | data[i + 1]);
    if (length % 2)
        sum += quint32(data[length - 1] << 8);
    return sum;
}

quint16 fold(quint32 sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

void put16(uchar *p, quint16 v)
{
    p[0] = uchar(v >> 8);
    p[1] = uchar(v);
}

void put32(uchar *p, quint32 v)
{
    put16(p, quint16(v >> 16));
    put16(p + 2, quint16(v));
}

quint32 get32(const uchar *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}

// An IP packet from source to destination (4 or 16 bytes each) carrying payload
// of protocol, with the transport checksum at checksumAt in the payload (or -1).
QByteArray packet(bool ipv6, const uchar *source, const uchar *destination, quint8 protocol,
    const QByteArray &payload, int checksumAt)
{
    const int header = ipv6 ? ipv6Header : ipv4Header;
    QByteArray out(header + payload.size(), '\0');
    auto *p = reinterpret_cast<uchar *>(out.data());
    std::memcpy(p + header, payload.constData(), size_t(payload.size()));
    uchar *body = p + header;
    const auto length = quint16(payload.size());
    quint32 pseudo = 0;
    if (ipv6) {
        p[0] = 0x60;
        put16(p + 4, length);
        p[6] = protocol;
        p[7] = 64;
        std::memcpy(p + 8, source, 16);
        std::memcpy(p + 24, destination, 16);
        pseudo = sum16(p + 8, 32) + length + protocol;
    } else {
        p[0] = 0x45;
        put16(p + 2, quint16(header + length));
        p[8] = 64;
        p[9] = protocol;
        std::memcpy(p + 12, source, 4);
        std::memcpy(p + 16, destination, 4);
        put16(p + 10, fold(sum16(p, ipv4Header)));
        pseudo = sum16(p + 12, 8) + length + protocol;
    }
    if (checksumAt >= 0) {
        // TCP and ICMPv6 checksums cover a pseudo-header; ICMPv4 covers itself only.
        const bool withPseudo = protocol != 1;
        put16(body + checksumAt, fold(sum16(body, length, withPseudo ? pseudo : 0)));
    }
    return out;
}

QSet<quint16> portSet(const QString &text, bool *ok)
{
    QSet<quint16> out;
    *ok = true;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const uint port = part.toUInt(ok);
        if (!*ok || port == 0 || port > 65535) {
            *ok = false;
            return {};
        }
        out.insert(quint16(port));
    }
    return out;
}

} // namespace

bool TunLab::Host::parse(const QString &text, Host *host, QString *error)
{
    Host h;
    for (const QString &field : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = field.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = field.section(QLatin1Char('='), 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("offset"))
            h.offset = quint16(value.toUInt(&ok));
        else if (key == QLatin1String("rtt"))
            h.rttMs = value.toInt(&ok);
        else if (key == QLatin1String("jitter"))
            h.jitterMs = value.toInt(&ok);
        else if (key == QLatin1String("loss"))
            h.loss = value.toDouble(&ok);
        else if (key == QLatin1String("resets"))
            h.resetsPerSecond = value.toInt(&ok);
        else if (key == QLatin1String("syns"))
            h.synsPerSecond = value.toInt(&ok);
        else if (key == QLatin1String("ping"))
            h.ping = value.toInt(&ok) != 0;
        else if (key == QLatin1String("firewall"))
            h.silentByDefault = value.toInt(&ok) != 0;
        else if (key == QLatin1String("open"))
            h.open = portSet(value, &ok);
        else if (key == QLatin1String("silent"))
            h.silent = portSet(value, &ok);
        else if (key == QLatin1String("closed"))
            h.closed = portSet(value, &ok);
        else
            ok = false;
        if (!ok || h.offset == 0 || h.offset >= routerOffset || h.loss < 0 || h.loss > 1) {
            *error = QStringLiteral("bad lab host field \"%1\"").arg(field);
            return false;
        }
    }
    *host = h;
    return true;
}

std::vector<TunLab::Host> TunLab::Host::list(const QStringList &texts)
{
    std::vector<Host> out;
    for (const QString &text : texts) {
        Host h;
        QString error;
        if (!parse(text, &h, &error))
            qFatal("%s", qPrintable(error));
        out.push_back(h);
    }
    return out;
}

TunLab::~TunLab()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

bool TunLab::start(const std::vector<Host> &hosts, const Options &options, QString *why)
{
    m_hosts = hosts;
    m_options = options;
    m_random.seed(options.seed);
    m_fd = ::open("/dev/net/tun", O_RDWR | O_CLOEXEC);
    if (m_fd < 0) {
        *why = QStringLiteral("cannot open /dev/net/tun: %1").arg(qt_error_string(errno));
        return false;
    }
    ifreq request {};
    request.ifr_flags = IFF_TUN | IFF_NO_PI;
    std::strncpy(request.ifr_name, deviceName, IFNAMSIZ - 1);
    if (ioctl(m_fd, TUNSETIFF, &request) != 0) {
        *why = QStringLiteral("cannot make a TUN device: %1").arg(qt_error_string(errno));
        return false;
    }
    const QString dev = QString::fromLatin1(deviceName);
    const QString local4 = options.prefixLength == 16 ? QStringLiteral("198.18.255.254/16")
                                                      : QStringLiteral("198.18.0.254/24");
    // A deep queue: at the default 500 the device, not the scanner, would lose bursts.
    const QList<QStringList> setup {
        { QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), dev,
            QStringLiteral("txqueuelen"), QStringLiteral("20000") },
        { QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"), local4,
            QStringLiteral("dev"), dev },
        { QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), dev,
            QStringLiteral("up") },
        { QStringLiteral("ip"), QStringLiteral("-6"), QStringLiteral("addr"), QStringLiteral("add"),
            QStringLiteral("2001:db8::fffe/64"), QStringLiteral("dev"), dev,
            QStringLiteral("nodad") },
    };
    for (const QStringList &command : setup) {
        QString output;
        if (TestNet::run(command, &output) != 0) {
            *why = QStringLiteral("%1: %2").arg(command.join(QLatin1Char(' ')), output.trimmed());
            return false;
        }
    }
    // Ping sockets for every group, as systemd sets it on desktops (per namespace).
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ping_group_range"));
    m_pingAllowed = range.open(QIODevice::WriteOnly) && range.write("0 2147483647\n") > 0;
    range.close();
    m_thread = std::thread([this] { run(); });
    return true;
}

void TunLab::run()
{
    using Clock = std::chrono::steady_clock;
    uchar buffer[2048];
    while (!m_stop.load()) {
        const Clock::time_point now = Clock::now();
        int timeout = 20; // bounded: the loop notices m_stop within 20 ms
        if (!m_due.empty()) {
            const auto wait
                = std::chrono::duration_cast<std::chrono::milliseconds>(m_due.begin()->first - now);
            timeout = static_cast<int>(std::clamp<qint64>(wait.count(), 0, 20));
        }
        pollfd p { m_fd, POLLIN, 0 };
        if (::poll(&p, 1, timeout) > 0 && (p.revents & POLLIN)) {
            for (int i = 0; i < 256; ++i) {
                const ssize_t n = ::read(m_fd, buffer, sizeof(buffer));
                if (n <= 0)
                    break;
                answer(QByteArray(reinterpret_cast<const char *>(buffer), int(n)), Clock::now());
                pollfd more { m_fd, POLLIN, 0 };
                if (::poll(&more, 1, 0) <= 0)
                    break;
            }
        }
        const Clock::time_point later = Clock::now();
        while (!m_due.empty() && m_due.begin()->first <= later) {
            const QByteArray &reply = m_due.begin()->second;
            if (::write(m_fd, reply.constData(), size_t(reply.size())) < 0 && errno != EAGAIN)
                break;
            m_due.erase(m_due.begin());
        }
    }
}

const TunLab::Host *TunLab::hostFor(const uchar *d, bool ipv6) const
{
    quint16 offset = 0;
    if (ipv6) {
        static const uchar prefix[14] = { 0x20, 0x01, 0x0d, 0xb8 };
        if (std::memcmp(d, prefix, 14) != 0)
            return nullptr;
        offset = quint16(d[14] << 8 | d[15]);
    } else {
        if (d[0] != 198 || d[1] != 18)
            return nullptr;
        offset = quint16(d[2] << 8 | d[3]);
    }
    const auto host = std::find_if(
        m_hosts.cbegin(), m_hosts.cend(), [offset](const Host &h) { return h.offset == offset; });
    return host == m_hosts.cend() ? nullptr : &*host;
}

bool TunLab::keep(const Host &host)
{
    if (host.loss <= 0.0)
        return true;
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) >= host.loss;
}

std::chrono::steady_clock::time_point TunLab::dueTime(
    const Host &host, std::chrono::steady_clock::time_point now)
{
    int ms = host.rttMs;
    if (host.jitterMs > 0)
        ms += std::uniform_int_distribution<int>(0, host.jitterMs)(m_random);
    return now + std::chrono::milliseconds(ms);
}

bool TunLab::take(std::pair<double, std::chrono::steady_clock::time_point> &bucket, double rate,
    std::chrono::steady_clock::time_point now)
{
    auto &[tokens, refilled] = bucket;
    const double burst = std::max(1.0, rate / 10);
    tokens = std::min(burst, tokens + rate * std::chrono::duration<double>(now - refilled).count());
    refilled = now;
    if (tokens < 1.0)
        return false;
    tokens -= 1.0;
    return true;
}

void TunLab::setHosts(const std::vector<Host> &hosts)
{
    const std::lock_guard lock(m_hostsMutex);
    m_hosts = hosts;
}

void TunLab::answer(const QByteArray &packetIn, std::chrono::steady_clock::time_point now)
{
    const std::lock_guard lock(m_hostsMutex);
    const auto *ip = reinterpret_cast<const uchar *>(packetIn.constData());
    if (packetIn.size() < ipv4Header)
        return;
    const bool ipv6 = (ip[0] >> 4) == 6;
    if (!ipv6 && (ip[0] >> 4) != 4)
        return;
    const int header = ipv6 ? ipv6Header : (ip[0] & 0x0f) * 4;
    const quint8 protocol = ipv6 ? ip[6] : ip[9];
    if (packetIn.size() < header + 8)
        return;
    const uchar *source = ipv6 ? ip + 8 : ip + 12;
    const uchar *destination = ipv6 ? ip + 24 : ip + 16;
    const uchar *l4 = ip + header;
    const int l4Length = int(packetIn.size()) - header;
    const bool isTcp = protocol == 6 && l4Length >= 20;
    const bool isEcho
        = (!ipv6 && protocol == 1 && l4[0] == 8) || (ipv6 && protocol == 58 && l4[0] == 128);
    if (isTcp && (!(l4[13] & 0x02) || (l4[13] & 0x10)))
        return; // only SYNs are answered
    if (!isTcp && !isEcho)
        return;

    const Host *host = hostFor(destination, ipv6);
    if (!host) {
        const quint16 offset
            = quint16(destination[ipv6 ? 14 : 2] << 8 | destination[ipv6 ? 15 : 3]);
        const bool everywhere = m_options.unreachableFirst == 0 && m_options.unreachableLast == 0;
        if (m_options.unreachableMs <= 0
            || (!everywhere
                && (offset < m_options.unreachableFirst || offset > m_options.unreachableLast)))
            return; // no such host: silent, like an empty address
        // A late host-unreachable from the router, as a failed ARP gives on a LAN:
        // the original header and the start of its payload (IPv6: what fits).
        uchar router[16] {};
        if (ipv6) {
            std::memcpy(router, destination, 14);
            put16(router + 14, routerOffset);
        } else {
            router[0] = 198;
            router[1] = 18;
            router[2] = m_options.prefixLength == 16 ? 255 : 0;
            router[3] = 253;
        }
        const int quoted = std::min<int>(int(packetIn.size()), ipv6 ? 1232 : header + 8);
        QByteArray icmp(8, '\0');
        icmp[0] = char(ipv6 ? 1 : 3); // destination unreachable
        icmp[1] = char(ipv6 ? 3 : 1); // address / host unreachable
        icmp.append(packetIn.left(quoted));
        m_due.emplace(now + std::chrono::milliseconds(m_options.unreachableMs),
            packet(ipv6, router, source, ipv6 ? 58 : 1, icmp, 2));
        return;
    }
    if (!keep(*host))
        return; // lost on the way
    if (isEcho) {
        ++m_echoRequests;
        if (!host->ping)
            return;
        QByteArray reply(reinterpret_cast<const char *>(l4), l4Length);
        reply[0] = char(ipv6 ? 129 : 0);
        reply[2] = reply[3] = 0;
        m_due.emplace(
            dueTime(*host, now), packet(ipv6, destination, source, ipv6 ? 58 : 1, reply, 2));
        return;
    }
    const quint16 port = quint16(l4[2] << 8 | l4[3]);
    if (host->silent.contains(port))
        return;
    const bool open = host->open.contains(port);
    if (!open && host->silentByDefault && !host->closed.contains(port))
        return;
    // A host that limits its resets, as many systems limit ICMP and RST replies, or
    // the SYNs it takes at all: beyond the rate, dropped and the scanner sees nothing.
    const auto bucket = [now](auto &buckets, quint16 offset, int rate) -> auto &
    {
        return buckets.try_emplace(offset, std::max(1.0, rate / 10.0), now).first->second;
    };
    if (host->synsPerSecond > 0
        && !take(bucket(m_synTokens, host->offset, host->synsPerSecond), host->synsPerSecond, now))
        return;
    if (!open && host->resetsPerSecond > 0
        && !take(bucket(m_tokens, host->offset, host->resetsPerSecond), host->resetsPerSecond, now))
        return;
    QByteArray tcp(20, '\0');
    auto *t = reinterpret_cast<uchar *>(tcp.data());
    std::memcpy(t, l4 + 2, 2); // source port: the probed one
    std::memcpy(t + 2, l4, 2);
    put32(t + 4, open ? 0x5eed0000u + port : 0);
    put32(t + 8, get32(l4 + 4) + 1);
    t[12] = 5 << 4;
    t[13] = open ? 0x12 : 0x14; // SYN-ACK, or RST-ACK
    put16(t + 14, open ? 64240 : 0);
    m_due.emplace(dueTime(*host, now), packet(ipv6, destination, source, 6, tcp, 16));
}
