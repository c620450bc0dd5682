#include "core/platform/udpprober.h"

#include <linux/errqueue.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "core/platform/socketops.h"

namespace {

// Entries read per socket and call: a flood cannot hold the caller in read().
constexpr int maxEntriesPerRead = 4096;
// Large enough for any UDP payload over IPv4 or IPv6 without jumbograms.
constexpr qsizetype maxDatagram = 65536;
// A burst of answers (a sweep's port-unreachables, a broadcast's replies) must not
// overflow the default buffer of about 200 KiB; the kernel caps it at rmem_max.
constexpr int receiveBuffer = 1 << 20;

QString systemError(const char *what, int error)
{
    return QStringLiteral("%1: %2").arg(
        QLatin1String(what), QString::fromLocal8Bit(std::strerror(error)));
}

int openSocket(int family, QString *why)
{
    const int fd = ::socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_UDP);
    if (fd < 0) {
        *why = systemError(family == AF_INET6 ? "IPv6 socket" : "IPv4 socket", errno);
        return -1;
    }
    const int on = 1;
    bool ok = true;
    if (family == AF_INET6) {
        // IPv4 goes through the other socket: its errors come as IP_RECVERR there.
        ok = ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof(on)) == 0
            && ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVERR, &on, sizeof(on)) == 0;
    } else {
        ok = ::setsockopt(fd, IPPROTO_IP, IP_RECVERR, &on, sizeof(on)) == 0;
    }
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof(receiveBuffer));
    // Bound at once, so the local port is known before the first probe.
    sockaddr_storage any {};
    any.ss_family = static_cast<sa_family_t>(family);
    const socklen_t length = family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    ok = ok && ::bind(fd, reinterpret_cast<const sockaddr *>(&any), length) == 0;
    if (!ok) {
        *why = systemError("IP_RECVERR socket", errno);
        ::close(fd);
        return -1;
    }
    return fd;
}

quint16 portOf(const sockaddr_storage &address)
{
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port);
    return 0;
}

// Whether the socket has an error queued: after a send that failed, that the
// failure was an earlier probe's ICMP error, not this probe's.
bool errorPending(int fd)
{
    pollfd p { fd, 0, 0 };
    return ::poll(&p, 1, 0) > 0 && (p.revents & POLLERR) != 0;
}

// The extended error of one error-queue message, and who sent it.
bool extendedError(msghdr *message, sock_extended_err *out, sockaddr_storage *offender)
{
    for (cmsghdr *c = CMSG_FIRSTHDR(message); c != nullptr; c = CMSG_NXTHDR(message, c)) {
        const bool v4 = c->cmsg_level == SOL_IP && c->cmsg_type == IP_RECVERR;
        const bool v6 = c->cmsg_level == SOL_IPV6 && c->cmsg_type == IPV6_RECVERR;
        if ((!v4 && !v6) || c->cmsg_len < CMSG_LEN(sizeof(sock_extended_err)))
            continue;
        std::memcpy(out, CMSG_DATA(c), sizeof(*out));
        // The offender's address follows the structure (ip(7): SO_EE_OFFENDER).
        const size_t rest = c->cmsg_len - CMSG_LEN(sizeof(sock_extended_err));
        std::memset(offender, 0, sizeof(*offender));
        std::memcpy(offender, CMSG_DATA(c) + sizeof(sock_extended_err),
            std::min(rest, sizeof(sockaddr_storage)));
        return true;
    }
    return false;
}

// One error-queue message as an IcmpError; false for what is not one (a
// timestamp or zero-copy notice, which these sockets never ask for).
bool toIcmpError(const sockaddr_storage &target, const sock_extended_err &ee,
    const sockaddr_storage &offender, IcmpError *out)
{
    const bool icmp4 = ee.ee_origin == SO_EE_ORIGIN_ICMP;
    const bool icmp6 = ee.ee_origin == SO_EE_ORIGIN_ICMP6;
    if (!icmp4 && !icmp6 && ee.ee_origin != SO_EE_ORIGIN_LOCAL)
        return false;
    out->family = target.ss_family == AF_INET6 ? IcmpError::Family::V6 : IcmpError::Family::V4;
    out->target.setAddress(reinterpret_cast<const sockaddr *>(&target));
    out->targetPort = portOf(target);
    out->type = ee.ee_type;
    out->code = ee.ee_code;
    out->error = static_cast<int>(ee.ee_errno);
    out->kind = ee.ee_origin == SO_EE_ORIGIN_LOCAL
        ? IcmpError::Kind::Local
        : IcmpError::classify(
            icmp6 ? IcmpError::Family::V6 : IcmpError::Family::V4, ee.ee_type, ee.ee_code);
    out->sender = QHostAddress();
    if (offender.ss_family == AF_INET || offender.ss_family == AF_INET6)
        out->sender.setAddress(reinterpret_cast<const sockaddr *>(&offender));
    return true;
}

// Drains the error queue; the number of messages read.
int readErrors(int fd, std::vector<IcmpError> *errors)
{
    int count = 0;
    while (count < maxEntriesPerRead) {
        sockaddr_storage target {};
        std::array<char, 64> payload {}; // the probe's own bytes: not needed
        iovec io { payload.data(), payload.size() };
        alignas(cmsghdr) std::array<char, 512> control {};
        msghdr message {};
        message.msg_name = &target;
        message.msg_namelen = sizeof(target);
        message.msg_iov = &io;
        message.msg_iovlen = 1;
        message.msg_control = control.data();
        message.msg_controllen = control.size();
        if (::recvmsg(fd, &message, MSG_ERRQUEUE | MSG_DONTWAIT) < 0) {
            if (errno == EINTR)
                continue;
            break; // EAGAIN: the queue is empty
        }
        ++count;
        sock_extended_err ee {};
        sockaddr_storage offender {};
        IcmpError error;
        if (extendedError(&message, &ee, &offender) && toIcmpError(target, ee, offender, &error))
            errors->push_back(error);
    }
    return count;
}

// Reads waiting datagrams; the number of calls that returned something.
int readDatagrams(int fd, std::vector<UdpProber::Reply> *replies)
{
    int count = 0;
    QByteArray buffer(maxDatagram, Qt::Uninitialized);
    while (count < maxEntriesPerRead) {
        sockaddr_storage from {};
        socklen_t length = sizeof(from);
        const ssize_t n = ::recvfrom(fd, buffer.data(), static_cast<size_t>(buffer.size()),
            MSG_DONTWAIT, reinterpret_cast<sockaddr *>(&from), &length);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            // EINTR, or an ICMP error that arrived meanwhile, which the kernel
            // reports here once as well: its entry waits in the error queue.
            ++count;
            continue;
        }
        ++count;
        UdpProber::Reply reply;
        reply.from.setAddress(reinterpret_cast<const sockaddr *>(&from));
        reply.fromPort = portOf(from);
        reply.data = buffer.left(static_cast<qsizetype>(n));
        replies->push_back(std::move(reply));
    }
    return count;
}

} // namespace

UdpProber::~UdpProber()
{
    if (m_fd4 >= 0)
        ::close(m_fd4);
    if (m_fd6 >= 0)
        ::close(m_fd6);
}

bool UdpProber::open(QString *why)
{
    QString why4;
    QString why6;
    if (m_fd4 < 0)
        m_fd4 = openSocket(AF_INET, &why4);
    if (m_fd6 < 0)
        m_fd6 = openSocket(AF_INET6, &why6);
    *why = why4.isEmpty() || why6.isEmpty() ? why4 + why6 : why4 + QStringLiteral("; ") + why6;
    return m_fd4 >= 0 || m_fd6 >= 0;
}

std::vector<int> UdpProber::descriptors() const
{
    std::vector<int> fds;
    for (const int fd : { m_fd4, m_fd6 }) {
        if (fd >= 0)
            fds.push_back(fd);
    }
    return fds;
}

quint16 UdpProber::localPort(QAbstractSocket::NetworkLayerProtocol family) const
{
    const int fd = family == QAbstractSocket::IPv6Protocol ? m_fd6 : m_fd4;
    sockaddr_storage local {};
    socklen_t length = sizeof(local);
    if (fd < 0 || ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0)
        return 0;
    return portOf(local);
}

UdpProber::SendResult UdpProber::send(
    const QHostAddress &address, quint16 port, const QByteArray &payload)
{
    sockaddr_storage target {};
    socklen_t length = 0;
    if (!SocketOps::toSockaddr(address, port, &target, &length))
        return { Sent::Failed, ConnectOutcome::LocalError, EAFNOSUPPORT };
    const int fd = target.ss_family == AF_INET6 ? m_fd6 : m_fd4;
    if (fd < 0)
        return { Sent::Failed, ConnectOutcome::LocalError, EAFNOSUPPORT };
    int error = EINTR;
    for (int attempt = 0; attempt < 3 && error == EINTR; ++attempt) {
        const ssize_t n = ::sendto(fd, payload.constData(), static_cast<size_t>(payload.size()),
            MSG_NOSIGNAL, reinterpret_cast<const sockaddr *>(&target), length);
        if (n == payload.size())
            return { Sent::Sent, ConnectOutcome::Connected, 0 };
        error = n < 0 ? errno : EMSGSIZE;
    }
    if (error == EAGAIN || error == EWOULDBLOCK || error == ENOBUFS)
        return { Sent::Busy, ConnectOutcome::Shortage, error };
    // An unconnected socket gets ECONNREFUSED from nothing but a pending error. For
    // the others, a queued error says the same; a real local failure that meets a
    // queued error is retried once and then reported.
    if (error == ECONNREFUSED || errorPending(fd))
        return { Sent::Retry, ConnectOutcome::Shortage, error };
    return { Sent::Failed, SocketOps::outcomeFromError(error), error };
}

void UdpProber::read(std::vector<Reply> *replies, std::vector<IcmpError> *errors)
{
    for (const int fd : { m_fd4, m_fd6 }) {
        if (fd < 0)
            continue;
        // Errors first: reading them clears the socket error that would otherwise
        // fail a recvfrom; then datagrams; again while either found something.
        for (int round = 0; round < 4; ++round) {
            if (readErrors(fd, errors) + readDatagrams(fd, replies) == 0)
                break;
        }
    }
}
