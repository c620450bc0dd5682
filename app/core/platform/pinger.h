#pragma once

#include <vector>

#include <QHostAddress>
#include <QString>

// ICMP echo without privileges: a ping socket (SOCK_DGRAM with IPPROTO_ICMP or
// IPPROTO_ICMPV6), which Linux allows where net.ipv4.ping_group_range includes the
// user's group, as systemd sets it on desktops. The kernel fills in the identifier
// and hands this socket only the replies to it. Where ping sockets are not allowed
// or do not exist, open() fails and discovery uses TCP alone.
class Pinger final
{
public:
    struct Reply
    {
        QHostAddress from;
        quint16 sequence = 0;
    };

    Pinger() = default;
    ~Pinger();
    Pinger(const Pinger &) = delete;
    Pinger &operator=(const Pinger &) = delete;

    // For IPv4 or IPv6. False and *why when ping sockets cannot be had here.
    bool open(QAbstractSocket::NetworkLayerProtocol family, QString *why);
    bool isOpen() const { return m_fd >= 0; }
    qintptr descriptor() const { return m_fd; }
    // Sends an echo request; false when it could not go out (a full buffer, no route).
    bool send(const QHostAddress &to, quint16 sequence);
    // Appends every echo reply waiting on the socket; never blocks.
    void receive(std::vector<Reply> *out);

private:
    int m_fd = -1;
    bool m_ipv6 = false;
};
