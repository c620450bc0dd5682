#include "common/listeners.h"

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QThread>

namespace {

int bindSocket(const QHostAddress &address, quint16 port, int backlog, quint16 *bound)
{
    sockaddr_storage storage {};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, &bytes, sizeof(bytes));
        length = sizeof(*sin6);
    } else {
        auto *sin = reinterpret_cast<sockaddr_in *>(&storage);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(*sin);
    }
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (storage.ss_family == AF_INET6)
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof(one));
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0
        || ::listen(fd, backlog) != 0) {
        ::close(fd);
        return -1;
    }
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length);
    *bound = ntohs(storage.ss_family == AF_INET6
            ? reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port
            : reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    return fd;
}

} // namespace

Listeners::~Listeners()
{
    for (int fd : std::as_const(m_bannerFds))
        ::shutdown(fd, SHUT_RDWR); // wakes accept()
    for (std::thread &t : m_threads)
        t.join();
    for (int fd : std::as_const(m_bannerFds))
        ::close(fd);
    for (int fd : std::as_const(m_fds))
        ::close(fd);
}

quint16 Listeners::listen(const QHostAddress &address, quint16 port)
{
    quint16 bound = 0;
    const int fd = bindSocket(address, port, 128, &bound);
    if (fd < 0)
        return 0;
    m_fds.append(fd);
    return bound;
}

quint16 Listeners::listenFull(const QHostAddress &address, quint16 port)
{
    quint16 bound = 0;
    const int fd = bindSocket(address, port, 0, &bound);
    if (fd < 0)
        return 0;
    m_fds.append(fd);
    // A backlog of 0 still queues one connection; a few more make sure it is full.
    for (int i = 0; i < 4; ++i) {
        const int client
            = ::socket(address.protocol() == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET,
                SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_storage storage {};
        socklen_t length = sizeof(storage);
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length);
        ::connect(client, reinterpret_cast<sockaddr *>(&storage), length);
        m_fds.append(client);
        // The first connect fills the queue: wait (bounded) until it has.
        if (i == 0) {
            pollfd ready { client, POLLOUT, 0 };
            ::poll(&ready, 1, 5000);
        }
    }
    return bound;
}

quint16 Listeners::listenWithBanner(
    const QHostAddress &address, quint16 port, const QByteArray &banner)
{
    quint16 bound = 0;
    const int fd = bindSocket(address, port, 64, &bound);
    if (fd < 0)
        return 0;
    m_bannerFds.append(fd);
    m_threads.emplace_back([fd, banner] {
        for (;;) {
            const int client = ::accept4(fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                return;
            ::send(client, banner.constData(), static_cast<size_t>(banner.size()), MSG_NOSIGNAL);
            ::shutdown(client, SHUT_WR);
            ::close(client);
        }
    });
    return bound;
}
