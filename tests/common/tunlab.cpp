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

#include "common/netns.h"

namespace {

constexpr char deviceName[] = "plab0";

quint16 checksum(const uchar *data, int length, quint32 sum = 0)
{
    for (int i = 0; i + 1 < length; i += 2)
        sum += quint32(data[i] << 8 | data[i + 1]);
    if (length % 2)
        sum += quint32(data[length - 1] << 8);
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

} // namespace

TunLab::~TunLab()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

bool TunLab::start(const std::vector<Host> &hosts, QString *why)
{
    m_hosts = hosts;
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
    // A deep queue: at the default 500 the device, not the scanner, would lose bursts.
    const QList<QStringList> setup {
        { QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), dev,
            QStringLiteral("txqueuelen"), QStringLiteral("20000") },
        { QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"),
            QStringLiteral("198.18.0.254/24"), QStringLiteral("dev"), dev },
        { QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), dev,
            QStringLiteral("up") },
    };
    for (const QStringList &command : setup) {
        QString output;
        if (TestNet::run(command, &output) != 0) {
            *why = QStringLiteral("%1: %2").arg(command.join(QLatin1Char(' ')), output.trimmed());
            return false;
        }
    }
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

void TunLab::answer(const QByteArray &packet, std::chrono::steady_clock::time_point now)
{
    const auto *ip = reinterpret_cast<const uchar *>(packet.constData());
    if (packet.size() < 40 || (ip[0] >> 4) != 4 || ip[9] != 6)
        return;
    const int ihl = (ip[0] & 0x0f) * 4;
    if (packet.size() < ihl + 20)
        return;
    const uchar *tcp = ip + ihl;
    const quint8 flags = tcp[13];
    if (!(flags & 0x02) || (flags & 0x10))
        return; // only SYNs are answered
    const quint8 last = ip[19];
    const auto host = std::find_if(
        m_hosts.cbegin(), m_hosts.cend(), [last](const Host &h) { return h.last == last; });
    if (host == m_hosts.cend() || ip[16] != 198 || ip[17] != 18 || ip[18] != 0)
        return; // no such host: silent, like an empty address
    const quint16 port = quint16(tcp[2] << 8 | tcp[3]);
    if (host->silent.contains(port))
        return;
    const bool open = host->open.contains(port);
    if (!open && host->resetsPerSecond > 0) {
        // A host that limits its resets, as many systems limit ICMP and RST replies:
        // a bucket of a tenth of a second's worth, refilled continuously.
        const double rate = host->resetsPerSecond;
        const double burst = std::max(1.0, rate / 10);
        auto &[tokens, refilled] = m_tokens.try_emplace(last, burst, now).first->second;
        tokens = std::min(
            burst, tokens + rate * std::chrono::duration<double>(now - refilled).count());
        refilled = now;
        if (tokens < 1.0)
            return; // dropped: the scanner sees nothing
        tokens -= 1.0;
    }

    QByteArray reply(40, '\0');
    auto *r = reinterpret_cast<uchar *>(reply.data());
    r[0] = 0x45;
    put16(r + 2, 40);
    r[8] = 64;
    r[9] = 6;
    std::memcpy(r + 12, ip + 16, 4); // from the host
    std::memcpy(r + 16, ip + 12, 4); // to the scanner
    put16(r + 10, checksum(r, 20));
    uchar *t = r + 20;
    std::memcpy(t, tcp + 2, 2); // source port: the probed one
    std::memcpy(t + 2, tcp, 2);
    put32(t + 4, open ? 0x5eed0000u + port : 0);
    put32(t + 8, get32(tcp + 4) + 1);
    t[12] = 5 << 4;
    t[13] = open ? 0x12 : 0x14; // SYN-ACK, or RST-ACK
    put16(t + 14, open ? 64240 : 0);
    // The TCP checksum covers a pseudo-header of addresses, protocol and length.
    quint32 sum = 0;
    for (int i = 12; i < 20; i += 2)
        sum += quint32(r[i] << 8 | r[i + 1]);
    sum += 6 + 20;
    put16(t + 16, checksum(t, 20, sum));
    m_due.emplace(now + std::chrono::milliseconds(host->rttMs), reply);
}
