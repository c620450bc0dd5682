#include "core/services/udpprobetable.h"

#include <utility>

#include "core/services/udpbinaryprobes.h"
#include "core/services/udpdirectoryprobes.h"
#include "core/services/udpdnsprobes.h"
#include "core/services/udphandshakeprobes.h"
#include "core/services/udpsnmpprobes.h"
#include "core/services/udptextprobes.h"
#include "core/services/udpwire.h"

namespace {

using Probe = UdpProbeTable::Probe;

Probe entry(const char *name, QList<quint16> ports, const char *source,
    decltype(Probe::build) build, decltype(Probe::read) read)
{
    return { QString::fromLatin1(name), std::move(ports), QString::fromLatin1(source), false,
        std::move(build), std::move(read) };
}

// A builder that needs only the token.
decltype(Probe::build) tokenOnly(QByteArray (*build)(quint32))
{
    return [build](quint32 token, const QString &) { return build(token); };
}

UdpVerdict readAnything(const QByteArray &reply, quint32 token)
{
    Q_UNUSED(token) // nothing was asked: whatever comes from the port answers
    UdpVerdict verdict;
    verdict.answered = true;
    verdict.add("bytes", QString::number(reply.size()));
    verdict.add("data", UdpWire::text(reply, 64));
    return verdict;
}

QList<Probe> dnsAndSnmp(const UdpProbeTable::Options &options)
{
    using namespace UdpDns;
    using namespace UdpSnmp;
    const QByteArray community = options.snmpCommunity;
    const auto snmp = [community](Version version) {
        return [community, version](quint32 token, const QString &) {
            return getRequest(token, community, version);
        };
    };
    return {
        entry("dns-version", { 53 },
            "RFC 1035 sections 4.1 and 3.2.4 (class CH); RFC 4892 section 2 (version.bind)",
            tokenOnly(versionQuery), readVersion),
        entry("mdns-services", { 5353 },
            "RFC 6762 section 6.7 (unicast query); RFC 6763 section 9; RFC 1035 section 4.1",
            tokenOnly(mdnsServicesQuery), readMdnsServices),
        entry("netbios-status", { 137 }, "RFC 1002 sections 4.2.17 and 4.2.18",
            tokenOnly(netbiosStatusQuery), readNetbiosStatus),
        entry("snmp-v2c", { 161 },
            "RFC 1901 section 3; RFC 3416 section 3; RFC 3418 section 2 (sysDescr, sysName)",
            snmp(Version::V2c), readGetResponse),
        entry("snmp-v3-discovery", { 161 }, "RFC 3414 section 4; RFC 3412 section 6",
            tokenOnly(discoveryRequest), readDiscovery),
        entry("snmp-v1", { 161 }, "RFC 1157 section 4; RFC 3418 section 2", snmp(Version::V1),
            readGetResponse),
    };
}

QList<Probe> textAndBinary()
{
    using namespace UdpBinary;
    using namespace UdpText;
    QList<Probe> out = {
        entry("ntp", { 123 }, "RFC 5905 sections 7.3 and 8", tokenOnly(ntpRequest), readNtp),
        entry("ssdp", { 1900 }, "UPnP Device Architecture 2.0 section 1.3.2", ssdpSearch, readSsdp),
        entry("memcached", { 11211 }, "memcached protocol.txt, section UDP protocol",
            tokenOnly(memcachedVersion), readMemcached),
        entry("stun", { 3478 }, "RFC 8489 sections 5, 6 and 14", tokenOnly(stunBinding), readStun),
        entry("tftp", { 69 }, "RFC 1350 sections 4 and 5", tokenOnly(tftpReadRequest), readTftp),
        entry("portmap", { 111 }, "RFC 5531 section 9; RFC 1833 section 3.2 (DUMP)",
            tokenOnly(portmapDump), readPortmap),
        entry("sip", { 5060 }, "RFC 3261 sections 8.1.1 and 11; RFC 3581", sipOptions, readSip),
        entry("rip", { 520 }, "RFC 2453 sections 3.9.1 and 4", tokenOnly(ripRequest), readRip),
    };
    out[4].answersFromNewPort = true;
    return out;
}

QList<Probe> handshakesAndDirectories()
{
    using namespace UdpDirectory;
    using namespace UdpHandshake;
    const auto ike = [](bool natT) {
        return std::pair {
            [natT](quint32 token, const QString &) { return ikeSaInit(token, natT); },
            [natT](const QByteArray &reply, quint32 token) { return readIke(reply, token, natT); }
        };
    };
    const auto [ikeBuild, ikeRead] = ike(false);
    const auto [natBuild, natRead] = ike(true);
    return {
        entry("ike", { 500 }, "RFC 7296 sections 3.1 to 3.9", ikeBuild, ikeRead),
        entry("ike-nat-t", { 4500 }, "RFC 7296 sections 2.23 and 3.1; RFC 3948 section 2.2",
            natBuild, natRead),
        entry("quic", { 443 }, "RFC 9000 sections 6, 14.1, 15 and 17.2.1", tokenOnly(quicInitial),
            readQuic),
        entry("openvpn", { 1194 }, "OpenVPN Protocol (openvpn.net), from OpenVPN's ssl.h",
            tokenOnly(openvpnReset), readOpenvpn),
        entry("cldap", { 389 }, "RFC 4511 section 4.5.1; RFC 4512 section 5.1; [MS-ADTS] 6.3.3",
            tokenOnly(cldapRootDse), readCldap),
        entry("kerberos", { 88 }, "RFC 4120 sections 5.4.1 and 5.9.1", tokenOnly(kerberosAsReq),
            readKerberos),
    };
}

} // namespace

UdpProbeTable::UdpProbeTable()
    : UdpProbeTable(Options())
{
}

UdpProbeTable::UdpProbeTable(const Options &options)
{
    m_probes = dnsAndSnmp(options) + textAndBinary() + handshakesAndDirectories();
    m_probes.append({ QStringLiteral("empty"), {}, QStringLiteral("RFC 768: an empty datagram"),
        false, [](quint32, const QString &) { return QByteArray(); }, readAnything });
}

const UdpProbeTable::Probe *UdpProbeTable::probe(const QString &name) const
{
    for (const Probe &p : m_probes) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QList<const UdpProbeTable::Probe *> UdpProbeTable::forPort(quint16 port) const
{
    QList<const Probe *> out;
    for (const Probe &p : m_probes) {
        if (p.ports.contains(port))
            out << &p;
    }
    if (out.isEmpty())
        out << probe(QStringLiteral("empty"));
    return out;
}
