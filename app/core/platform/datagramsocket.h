#pragma once

#include <QByteArray>
#include <QHostAddress>

// A non-blocking UDP socket connected to one peer, for one question and its
// answer. Unlike QUdpSocket (which swallows the error while it peeks), it says
// when the peer refused: its ICMP port unreachable, which the kernel reports to
// a connected socket only.
class DatagramSocket final
{
public:
    enum class Read { Datagram, Nothing, Refused };

    DatagramSocket() = default;
    ~DatagramSocket();
    DatagramSocket(const DatagramSocket &) = delete;
    DatagramSocket &operator=(const DatagramSocket &) = delete;

    // Opens and connects; false when it cannot (no socket of the family, no route).
    bool open(const QHostAddress &address, quint16 port);
    int descriptor() const { return m_fd; }
    // Sends datagram; false if it did not go (as good as lost).
    bool send(const QByteArray &datagram);
    // The next datagram into *out, or that none is waiting, or that the peer refused.
    Read receive(QByteArray *out);

private:
    int m_fd = -1;
};
