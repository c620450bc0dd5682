#include "core/platform/socketops.h"

#include <net/if.h>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// A connect to 127.0.0.1 in the ephemeral range can pick the target port as its
// own local port and "connect" to itself; nothing listens there.
bool isSelfConnect(int fd)
{
    sockaddr_storage local {};
    sockaddr_storage peer {};
    socklen_t localLength = sizeof(local);
    socklen_t peerLength = sizeof(peer);
    if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) != 0
        || getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0)
        return false;
    return localLength == peerLength && std::memcmp(&local, &peer, localLength) == 0;
}

} // namespace

namespace SocketOps {

bool toSockaddr(
    const QHostAddress &address, quint16 port, sockaddr_storage *storage, socklen_t *length)
{
    std::memset(storage, 0, sizeof(*storage));
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *sin = reinterpret_cast<sockaddr_in *>(storage);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
        *length = sizeof(sockaddr_in);
        return true;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(storage);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, &bytes, sizeof(bytes));
        const QString scope = address.scopeId();
        if (!scope.isEmpty()) {
            bool numeric = false;
            const uint id = scope.toUInt(&numeric);
            sin6->sin6_scope_id = numeric ? id : if_nametoindex(scope.toLatin1().constData());
        }
        *length = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}

ConnectOutcome outcomeFromError(int error)
{
    switch (error) {
    case 0:
        return ConnectOutcome::Connected;
    case ECONNREFUSED:
        return ConnectOutcome::Refused;
    case EHOSTUNREACH:
        return ConnectOutcome::HostUnreachable;
    case ENETUNREACH:
        return ConnectOutcome::NetUnreachable;
    case EACCES:
    case EPERM:
        return ConnectOutcome::Prohibited;
    case ETIMEDOUT:
        return ConnectOutcome::TimedOut;
    case EMFILE:
    case ENFILE:
    case ENOBUFS:
    case ENOMEM:
    case EADDRNOTAVAIL:
    case EAGAIN:
        return ConnectOutcome::Shortage;
    default:
        return ConnectOutcome::LocalError;
    }
}

std::optional<ConnectOutcome> begin(const QHostAddress &address, quint16 port, int *fd)
{
    sockaddr_storage target {};
    socklen_t length = 0;
    if (!toSockaddr(address, port, &target, &length))
        return ConnectOutcome::LocalError;
    const int s = ::socket(target.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (s < 0) {
        const ConnectOutcome outcome = outcomeFromError(errno);
        return outcome == ConnectOutcome::Shortage ? outcome : ConnectOutcome::LocalError;
    }
    const linger hard { 1, 0 };
    ::setsockopt(s, SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
    // A connect that completes at once is reported by the poller like any other.
    if (::connect(s, reinterpret_cast<const sockaddr *>(&target), length) == 0
        || errno == EINPROGRESS) {
        *fd = s;
        return std::nullopt;
    }
    const int error = errno;
    ::close(s);
    const ConnectOutcome outcome = outcomeFromError(error);
    return outcome == ConnectOutcome::Connected ? ConnectOutcome::LocalError : outcome;
}

std::optional<ConnectOutcome> finish(int fd)
{
    int error = 0;
    socklen_t length = sizeof(error);
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    if (error == 0) {
        // SO_ERROR is 0 while a connect is still in progress too: only a peer
        // says it is connected.
        sockaddr_storage peer {};
        socklen_t peerLength = sizeof(peer);
        if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0
            && errno == ENOTCONN)
            return std::nullopt;
        if (isSelfConnect(fd))
            return ConnectOutcome::SelfConnect;
    }
    return outcomeFromError(error);
}

void close(int fd)
{
    if (fd >= 0)
        ::close(fd);
}

} // namespace SocketOps
