#include "core/spec/udpports.h"

#include <algorithm>
#include <array>

namespace {

// The UDP "common" preset: the UDP ports where a first look at a home, office or
// campus network finds something, chosen by these criteria (our own list, not any
// other scanner's):
//  - the name, address and time services every network runs;
//  - the discovery and management protocols that routers, printers, cameras, media
//    and smart-home devices answer on;
//  - directory, authentication and VPN gateways;
//  - file, RPC, logging and routing services;
//  - voice and real-time media, and HTTP/3;
//  - the services auditors flag first because they amplify or leak (echo, chargen,
//    memcached, the SQL Server browser, XDMCP).
// Every one answers a probe from UdpProbeTable or with an ICMP error when closed.
constexpr std::array<quint16, 41> kCommonPorts = {
    // Names, addresses, time.
    53,
    67,
    123,
    137,
    138,
    5353,
    5355,
    // Device discovery and management.
    161,
    162,
    427,
    623,
    631,
    1900,
    3702,
    5351,
    5683,
    10001,
    47808,
    // Directory, authentication, VPN.
    88,
    389,
    500,
    1194,
    1701,
    1812,
    1813,
    4500,
    // Files, RPC, logs, routing.
    69,
    111,
    514,
    520,
    2049,
    // Voice, real time, HTTP/3.
    443,
    3478,
    5060,
    // What auditors flag: amplifiers and leaks.
    7,
    19,
    177,
    1434,
    11211,
    // Remote desktop's UDP transport (RDP 8.0 and later) and Windows' RPC mapper.
    135,
    3389,
};

// Names for UDP ports that Debian's /etc/services leaves unnamed or names by a
// name nobody uses, each with the document that fixes the port.
constexpr std::array kOwnNames = {
    // UPnP Device Architecture 2.0, section 1: SSDP on 1900.
    UdpPorts::OwnName { 1900, "ssdp" },
    // RFC 8489 section 18.6: STUN's default port 3478.
    UdpPorts::OwnName { 3478, "stun" },
    // WS-Discovery 1.1 (OASIS), section 3.1.1: UDP 3702.
    UdpPorts::OwnName { 3702, "ws-discovery" },
    // RFC 6886 (NAT-PMP) and RFC 6887 (PCP): the gateway listens on 5351.
    UdpPorts::OwnName { 5351, "nat-pmp" },
    // RFC 4795: LLMNR queries go to UDP 5355.
    UdpPorts::OwnName { 5355, "llmnr" },
    // RFC 7252 section 6.1: CoAP's default port 5683.
    UdpPorts::OwnName { 5683, "coap" },
    // memcached's documentation: UDP 11211 when its UDP listener is on.
    UdpPorts::OwnName { 11211, "memcache" },
    // ANSI/ASHRAE 135 Annex J: BACnet/IP on 47808 (0xBAC0).
    UdpPorts::OwnName { 47808, "bacnet" },
    // RFC 2661: L2TP took 1701 from L2F, the name the file still carries.
    UdpPorts::OwnName { 1701, "l2tp" },
    // RFC 2453: RIP, which the file calls "route".
    UdpPorts::OwnName { 520, "rip" },
    // RFC 8011 and CUPS' browsing: IPP's port 631 over UDP.
    UdpPorts::OwnName { 631, "ipp" },
    // RFC 9000 runs QUIC (HTTP/3) on UDP 443.
    UdpPorts::OwnName { 443, "quic" },
    // Ubiquiti's device discovery answers on UDP 10001 (its documentation).
    UdpPorts::OwnName { 10001, "ubiquiti-discovery" },
};

} // namespace

namespace UdpPorts {

QList<quint16> commonPorts()
{
    QList<quint16> ports(kCommonPorts.begin(), kCommonPorts.end());
    std::sort(ports.begin(), ports.end());
    return ports;
}

QList<OwnName> ownNames()
{
    return QList<OwnName>(kOwnNames.begin(), kOwnNames.end());
}

} // namespace UdpPorts
