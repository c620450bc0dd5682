#pragma once

#include <QHostAddress>
#include <QLatin1String>

// An ICMP or ICMPv6 error that answered one of our UDP probes, as the kernel hands
// it to a socket with IP_RECVERR / IPV6_RECVERR, and what it means in nmap's words.
// The classification is a pure function of (family, type, code).
struct IcmpError
{
    enum class Family : quint8 { V4, V6 };

    // What the error says about the probed port (nmap: only PortUnreachable makes
    // a UDP port "closed"; every other unreachable makes it "filtered").
    enum class Kind : quint8 {
        PortUnreachable, // v4 3/3, v6 1/4: nothing listens there
        HostUnreachable, // v4 3/1, v6 1/3 (address unreachable)
        NetUnreachable, // v4 3/0, v6 1/0 (no route to destination)
        ProtocolUnreachable, // v4 3/2
        AdminProhibited, // v4 3/9, 3/10, 3/13; v6 1/1 and its subsets 1/5, 1/6
        OtherUnreachable, // any other destination-unreachable code
        PacketTooBig, // v4 3/4 (fragmentation needed), v6 2
        TimeExceeded, // v4 11, v6 3
        ParameterProblem, // v4 12, v6 4
        SourceQuench, // v4 4 (deprecated by RFC 6633; still classified)
        Other, // any other type
        Local // not from the network: the local stack refused the datagram (EMSGSIZE)
    };

    Family family = Family::V4;
    QHostAddress target; // the probe's destination
    quint16 targetPort = 0;
    Kind kind = Kind::Other;
    QHostAddress sender; // who sent the error: the target itself, or a router or firewall
    int type = 0;
    int code = 0;
    int error = 0; // the errno the kernel maps it to (ECONNREFUSED, EHOSTUNREACH...)

    static Kind classify(Family family, int type, int code);
    // nmap's reason word: port-unreach, host-unreach, net-unreach, proto-unreach,
    // admin-prohibited, host-prohibited, net-prohibited, no-route, beyond-scope,
    // reject-route, time-exceeded, param-problem, source-quench; dest-unreach for
    // another unreachable code (where nmap says unknown-response); unknown-response
    // for the rest.
    static QLatin1String reasonFor(Family family, int type, int code);
    // This error's reason word (unknown-response for a Local one).
    QLatin1String reason() const;
};
