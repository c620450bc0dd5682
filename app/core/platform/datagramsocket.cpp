#include "core/platform/datagramsocket.h"

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

#include "core/platform/socketops.h"

namespace {

constexpr qsizetype maxDatagram = 9000;

} // namespace

DatagramSocket::~DatagramSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool DatagramSocket::open(const QHostAddress &address, quint16 port)
{
    sockaddr_storage peer {};
    socklen_t length = 0;
    if (m_fd >= 0 || !SocketOps::toSockaddr(address, port, &peer, &length))
        return false;
    m_fd = ::socket(peer.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&peer), length) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    return true;
}

bool DatagramSocket::send(const QByteArray &datagram)
{
    return m_fd >= 0
        && ::send(m_fd, datagram.constData(), static_cast<size_t>(datagram.size()), MSG_NOSIGNAL)
        == datagram.size();
}

DatagramSocket::Read DatagramSocket::receive(QByteArray *out)
{
    if (m_fd < 0)
        return Read::Nothing;
    out->resize(maxDatagram);
    const ssize_t n = ::recv(m_fd, out->data(), static_cast<size_t>(maxDatagram), 0);
    if (n >= 0) {
        out->truncate(static_cast<qsizetype>(n));
        return Read::Datagram;
    }
    out->clear();
    if (errno == ECONNREFUSED || errno == EHOSTUNREACH || errno == ENETUNREACH)
        return Read::Refused;
    return Read::Nothing;
}
