#include "core/spec/portnames.h"

#include <algorithm>
#include <array>

#include <QHash>

#include "core/platform/servicedatabase.h"
#include "core/spec/udpports.h"

namespace {

// The "common" preset: the ports where a first look finds something on most
// networks, chosen by these criteria (not copied from any other scanner's list):
//  - the system ports (below 1024) of everyday services: file transfer, remote
//    shells, mail, name and directory services, web, printing, Windows file sharing;
//  - databases, caches and message brokers at their makers' default ports;
//  - remote desktops and remote management;
//  - container, cluster and monitoring APIs at their documented defaults;
//  - the alternative ports web servers and development servers default to;
//  - what home and office devices answer on: NAS appliances' web management, media
//    servers and players, home automation hubs, AirPlay receivers, UPnP devices'
//    description servers and Windows' device discovery (WSD).
constexpr std::array<quint16, 110> kCommonPorts = {
    // Everyday system ports, and Modbus on the factory floor.
    7,
    9,
    13,
    21,
    22,
    23,
    25,
    37,
    53,
    79,
    80,
    88,
    110,
    111,
    113,
    119,
    135,
    139,
    143,
    179,
    389,
    427,
    443,
    445,
    465,
    502,
    513,
    514,
    515,
    548,
    554,
    587,
    631,
    636,
    873,
    990,
    993,
    995,
    // Databases, caches, brokers and the services they lean on.
    1433,
    1521,
    1883,
    2181,
    2379,
    3306,
    4369,
    5432,
    5671,
    5672,
    5984,
    6379,
    8086,
    8883,
    9042,
    9092,
    11211,
    15672,
    27017,
    // Remote desktops, remote shells elsewhere, and management.
    2222,
    3389,
    5900,
    5985,
    5986,
    6000,
    10000,
    // Tunnels, proxies, directory and voice.
    1080,
    1194,
    1723,
    3128,
    3268,
    5060,
    5222,
    5353,
    6667,
    // Container, cluster and monitoring APIs; Java's RMI registry.
    1099,
    2375,
    2376,
    5601,
    6443,
    8500,
    9090,
    9100,
    9200,
    10250,
    // Web servers' alternative ports.
    3000,
    8000,
    8008,
    8080,
    8081,
    8443,
    8888,
    9000,
    9443,
    // Version control and file services.
    2049,
    3690,
    9418,
    // Home and office devices (3689: DAAP, Apple Music library sharing; the others
    // are named, with their reasons, in kOwnNames below).
    1400,
    1880,
    2869,
    3689,
    5000,
    5001,
    5357,
    7000,
    8009,
    8060,
    8096,
    8123,
    32400,
    49152,
    62078,
};

struct OwnName
{
    quint16 port;
    const char *name;
};

// Names for ports that Debian's /etc/services (its copy of the IANA registry) leaves
// unnamed, or names by a name nobody uses any more. Each with the reason, from the
// protocol's specification or the daemon's documented default port.
constexpr std::array kOwnNames = {
    // /etc/services lists "imap2" first; the protocol has been IMAP4 since RFC 1730
    // and RFC 9051 calls its port "imap".
    OwnName { 143, "imap" },
    // OASIS MQTT 3.1.1, section 4.2: 1883 plain, 8883 over TLS, both IANA-registered.
    OwnName { 1883, "mqtt" },
    OwnName { 8883, "secure-mqtt" },
    // RFC 2637: PPTP's control connection is TCP 1723.
    OwnName { 1723, "pptp" },
    // Oracle Database's listener defaults to 1521.
    OwnName { 1521, "oracle-tns" },
    // Docker Engine's API: 2375 without TLS, 2376 with it (Docker's documentation).
    OwnName { 2375, "docker" },
    OwnName { 2376, "docker-s" },
    // Active Directory's global catalog over LDAP (Microsoft's documentation).
    OwnName { 3268, "ldap-gc" },
    // Squid's default http_port.
    OwnName { 3128, "http-proxy" },
    // RFC 6762 section 19 answers large mDNS queries over TCP 5353 too; the file has UDP only.
    OwnName { 5353, "mdns" },
    // RFC 6143 registers 5900 for RFB, the protocol of VNC, the name its users know.
    OwnName { 5900, "vnc" },
    // WS-Management (Windows Remote Management): 5985 HTTP, 5986 HTTPS.
    OwnName { 5985, "wsman" },
    OwnName { 5986, "wsmans" },
    // Kibana's default server.port; Kubernetes' API server's default secure port.
    OwnName { 5601, "kibana" },
    OwnName { 6443, "kube-apiserver" },
    // Web servers that default here: Grafana and Node.js development servers (3000),
    // Python's http.server (8000), Jupyter (8888), Prometheus and Cockpit (9090).
    OwnName { 3000, "http-alt" },
    OwnName { 8000, "http-alt" },
    OwnName { 8008, "http-alt" },
    OwnName { 8888, "http-alt" },
    OwnName { 9090, "http-alt" },
    // Tomcat's default TLS connector and other web servers' second TLS port.
    OwnName { 8443, "https-alt" },
    OwnName { 9443, "https-alt" },
    // Apache Kafka's default listener; memcached's, Elasticsearch's and MongoDB's
    // default ports.
    OwnName { 9092, "kafka" },
    OwnName { 11211, "memcache" },
    OwnName { 9200, "elasticsearch" },
    OwnName { 27017, "mongodb" },
    // Raw printing: the print data stream that network printers accept on 9100.
    OwnName { 9100, "raw-print" },
    // The Modbus organisation's TCP implementation guide: port 502.
    OwnName { 502, "modbus" },
    // Default client ports in their makers' documentation: ZooKeeper, etcd, CouchDB,
    // InfluxDB's HTTP API, Cassandra's native protocol, RabbitMQ's management plugin,
    // Consul's HTTP API, the kubelet's API.
    OwnName { 2181, "zookeeper" },
    OwnName { 2379, "etcd-client" },
    OwnName { 5984, "couchdb" },
    OwnName { 8086, "influxdb" },
    OwnName { 9042, "cassandra-cql" },
    OwnName { 15672, "rabbitmq-mgmt" },
    OwnName { 8500, "consul" },
    OwnName { 10250, "kubelet" },
    // Home and office devices, each at the port its maker documents:
    // Synology DSM's web management (5000 HTTP, 5001 HTTPS), also Flask's and many
    // NAS appliances' default; AirPlay receivers listen on 7000 (Apple's network
    // port list); Sonos players' control API on 1400; Node-RED's editor on 1880;
    // Roku's External Control Protocol on 8060; Chromecast's control channel on 8009
    // (8008 is in the web list above); Jellyfin's and Emby's web servers on 8096;
    // Home Assistant's frontend on 8123; Plex Media Server on 32400; iOS devices'
    // Wi-Fi sync service on 62078 (Apple's network port list).
    OwnName { 5000, "nas-http" },
    OwnName { 5001, "nas-https" },
    OwnName { 7000, "airplay" },
    OwnName { 1400, "sonos" },
    OwnName { 1880, "node-red" },
    OwnName { 8060, "roku-ecp" },
    OwnName { 8009, "cast" },
    OwnName { 8096, "media-server" },
    OwnName { 8123, "home-assistant" },
    OwnName { 32400, "plex" },
    OwnName { 62078, "iphone-sync" },
    // UPnP Device Architecture: devices serve their description over HTTP, Windows'
    // UPnP host on 2869 (IANA: icslap), many devices on 49152, the first dynamic
    // port. WS-Discovery's metadata exchange (WSDAPI) on 5357 (IANA: wsdapi).
    OwnName { 2869, "upnp-http" },
    OwnName { 49152, "upnp-http" },
    OwnName { 5357, "wsdapi" },
};

class ServiceTable
{
public:
    static ServiceTable &instance(Protocol protocol)
    {
        static ServiceTable tcp(Protocol::Tcp);
        static ServiceTable udp(Protocol::Udp);
        return protocol == Protocol::Udp ? udp : tcp;
    }

    QString nameFor(quint16 port) const { return m_names.value(port); }

    quint16 portFor(const QString &name) const { return m_ports.value(name.toLower()); }

private:
    // Read once: getservbyport() scans the services file on every call, which
    // made listing 65535 closed ports take seconds.
    explicit ServiceTable(Protocol protocol)
    {
        const bool udp = protocol == Protocol::Udp;
        for (const ServiceDatabase::Entry &entry :
            udp ? ServiceDatabase::udpEntries() : ServiceDatabase::tcpEntries()) {
            if (!m_names.contains(entry.port))
                m_names.insert(entry.port, entry.name);
            m_ports.insert(entry.name.toLower(), entry.port);
            for (const QString &alias : entry.aliases)
                m_ports.insert(alias.toLower(), entry.port);
        }
        // Portolan's additions: a port the file leaves unnamed, or a name nobody uses.
        if (udp) {
            for (const UdpPorts::OwnName &own : UdpPorts::ownNames())
                add(own.port, own.name);
        } else {
            for (const OwnName &own : kOwnNames)
                add(own.port, own.name);
        }
    }

    void add(quint16 port, const char *text)
    {
        const QString name = QString::fromLatin1(text);
        m_names.insert(port, name);
        if (!m_ports.contains(name))
            m_ports.insert(name, port);
    }

    QHash<quint16, QString> m_names;
    QHash<QString, quint16> m_ports;
};

} // namespace

namespace PortNames {

QList<quint16> commonPorts(Protocol protocol)
{
    if (protocol == Protocol::Udp)
        return UdpPorts::commonPorts();
    QList<quint16> ports;
    ports.reserve(static_cast<qsizetype>(kCommonPorts.size()));
    for (quint16 port : kCommonPorts)
        ports.append(port);
    std::sort(ports.begin(), ports.end());
    return ports;
}

QString nameForPort(quint16 port, Protocol protocol)
{
    return ServiceTable::instance(protocol).nameFor(port);
}

quint16 portForName(const QString &name, Protocol protocol)
{
    return ServiceTable::instance(protocol).portFor(name);
}

} // namespace PortNames
