#include "core/platform/pinger.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "core/platform/socketops.h"

namespace {

constexpr quint8 echoRequest4 = 8;
constexpr quint8 echoReply4 = 0;
constexpr quint8 echoRequest6 = 128;
constexpr quint8 echoReply6 = 129;

} // namespace

Pinger::~Pinger()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool Pinger::open(QAbstractSocket::NetworkLayerProtocol family, QString *why)
{
#if defined(Q_OS_LINUX)
    m_ipv6 = family == QAbstractSocket::IPv6Protocol;
    m_fd = ::socket(m_ipv6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
        m_ipv6 ? int(IPPROTO_ICMPV6) : int(IPPROTO_ICMP));
    if (m_fd < 0) {
        // EACCES: the user's group is outside net.ipv4.ping_group_range.
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
#else
    Q_UNUSED(family);
    *why = QStringLiteral("no unprivileged ping sockets on this system");
    return false;
#endif
}

bool Pinger::send(const QHostAddress &to, quint16 sequence)
{
    if (m_fd < 0)
        return false;
    sockaddr_storage address {};
    socklen_t length = 0;
    if (!SocketOps::toSockaddr(to, 0, &address, &length))
        return false;
    // Type, code, checksum and identifier are the kernel's to fill in; a short
    // payload names the sender for anyone reading a capture.
    std::array<uchar, 16> packet {};
    packet[0] = m_ipv6 ? echoRequest6 : echoRequest4;
    packet[6] = static_cast<uchar>(sequence >> 8);
    packet[7] = static_cast<uchar>(sequence);
    std::memcpy(packet.data() + 8, "portolan", 8);
    const ssize_t sent = ::sendto(m_fd, packet.data(), packet.size(), MSG_NOSIGNAL,
        reinterpret_cast<const sockaddr *>(&address), length);
    return sent == static_cast<ssize_t>(packet.size());
}

void Pinger::receive(std::vector<Reply> *out)
{
    if (m_fd < 0)
        return;
    std::array<uchar, 512> buffer {};
    for (int i = 0; i < 1024; ++i) { // bounded: a flood cannot hold the caller here
        sockaddr_storage from {};
        socklen_t length = sizeof(from);
        const ssize_t n = ::recvfrom(
            m_fd, buffer.data(), buffer.size(), 0, reinterpret_cast<sockaddr *>(&from), &length);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return; // EAGAIN: drained; any error is the kernel's to clear
        }
        if (n < 8 || buffer[0] != (m_ipv6 ? echoReply6 : echoReply4))
            continue;
        Reply reply;
        reply.from.setAddress(reinterpret_cast<const sockaddr *>(&from));
        reply.sequence = static_cast<quint16>(buffer[6] << 8 | buffer[7]);
        out->push_back(reply);
    }
}
