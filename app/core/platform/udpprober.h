#pragma once

#include <vector>

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include "core/platform/connectoutcome.h"
#include "core/platform/icmperror.h"

// Sends UDP probes and collects what answers them, without privileges: one
// unconnected non-blocking datagram socket per address family, with IP_RECVERR /
// IPV6_RECVERR so that the ICMP errors the probes draw come back through the
// socket's error queue, each with the probe's destination and the error's sender.
// No threads and no event loop: the caller watches descriptors() with its poller
// (an error-queue entry wakes poll and epoll as POLLERR/EPOLLERR) and calls read().
//
// Matching answers to probes is the caller's: a Reply says only where it came
// from. Since the sockets are unconnected, replies from another port than the one
// probed arrive too (a TFTP server answers from a new port), and so do datagrams
// nobody asked for: the caller drops what matches no probe.
class UdpProber final
{
public:
    struct Reply
    {
        QHostAddress from;
        quint16 fromPort = 0;
        QByteArray data;
    };

    enum class Sent : quint8 {
        Sent, // it went out
        Retry, // not sent: an ICMP error for an earlier probe was pending, and the kernel
               // reported it on this send; read() returns it; send this probe again
        Busy, // not sent: the send buffer is full; send again when the socket is writable
        Failed // not sent, and sending again will not help: see failure
    };

    struct SendResult
    {
        Sent status = Sent::Failed;
        // For Failed: NetUnreachable (no route), HostUnreachable (an unreachable
        // route), Prohibited (a local firewall, a prohibit route), Shortage, LocalError.
        ConnectOutcome failure = ConnectOutcome::LocalError;
        int error = 0; // the errno, for a log
    };

    UdpProber() = default;
    ~UdpProber();
    UdpProber(const UdpProber &) = delete;
    UdpProber &operator=(const UdpProber &) = delete;

    // Opens a socket for IPv4 and one for IPv6. True if at least one opened; a
    // family whose socket could not be had (no IPv6 here) fails its sends. *why
    // names what failed, for a log.
    bool open(QString *why);
    // The open sockets, for the caller's poller (read interest; errors wake it too).
    std::vector<int> descriptors() const;
    // The local port of a family's socket (0 when it is not open).
    quint16 localPort(QAbstractSocket::NetworkLayerProtocol family) const;

    // Sends one probe; never blocks.
    SendResult send(const QHostAddress &address, quint16 port, const QByteArray &payload);
    // Appends everything waiting on both sockets: datagrams and ICMP errors. Never
    // blocks; reads at most a few thousand entries per call, so a flood cannot hold
    // the caller (the socket stays readable and the poller wakes it again).
    void read(std::vector<Reply> *replies, std::vector<IcmpError> *errors);

private:
    int m_fd4 = -1;
    int m_fd6 = -1;
};
