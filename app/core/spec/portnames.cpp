#include "core/spec/portnames.h"

#include <array>

#include <QHash>

#include "core/platform/servicedatabase.h"

namespace {

struct KnownService
{
    quint16 port;
    const char *name;
};

// Written for Portolan from the IANA registry and everyday experience; about 100
// TCP ports that are worth a first look on most networks.
constexpr std::array kCommon = {
    KnownService { 7, "echo" },
    KnownService { 9, "discard" },
    KnownService { 13, "daytime" },
    KnownService { 21, "ftp" },
    KnownService { 22, "ssh" },
    KnownService { 23, "telnet" },
    KnownService { 25, "smtp" },
    KnownService { 26, "rsftp" },
    KnownService { 37, "time" },
    KnownService { 53, "domain" },
    KnownService { 79, "finger" },
    KnownService { 80, "http" },
    KnownService { 81, "http-alt" },
    KnownService { 88, "kerberos" },
    KnownService { 106, "pop3pw" },
    KnownService { 110, "pop3" },
    KnownService { 111, "sunrpc" },
    KnownService { 113, "ident" },
    KnownService { 119, "nntp" },
    KnownService { 135, "msrpc" },
    KnownService { 139, "netbios-ssn" },
    KnownService { 143, "imap" },
    KnownService { 144, "news" },
    KnownService { 179, "bgp" },
    KnownService { 199, "smux" },
    KnownService { 389, "ldap" },
    KnownService { 427, "svrloc" },
    KnownService { 443, "https" },
    KnownService { 444, "snpp" },
    KnownService { 445, "microsoft-ds" },
    KnownService { 465, "submissions" },
    KnownService { 513, "login" },
    KnownService { 514, "shell" },
    KnownService { 515, "printer" },
    KnownService { 543, "klogin" },
    KnownService { 544, "kshell" },
    KnownService { 548, "afp" },
    KnownService { 554, "rtsp" },
    KnownService { 587, "submission" },
    KnownService { 631, "ipp" },
    KnownService { 636, "ldaps" },
    KnownService { 646, "ldp" },
    KnownService { 873, "rsync" },
    KnownService { 990, "ftps" },
    KnownService { 993, "imaps" },
    KnownService { 995, "pop3s" },
    KnownService { 1025, "nfs-or-iis" },
    KnownService { 1026, "lsa-or-nterm" },
    KnownService { 1080, "socks" },
    KnownService { 1194, "openvpn" },
    KnownService { 1433, "ms-sql-s" },
    KnownService { 1521, "oracle" },
    KnownService { 1701, "l2tp" },
    KnownService { 1723, "pptp" },
    KnownService { 1883, "mqtt" },
    KnownService { 1900, "upnp" },
    KnownService { 2000, "cisco-sccp" },
    KnownService { 2049, "nfs" },
    KnownService { 2121, "ftp-proxy" },
    KnownService { 2375, "docker" },
    KnownService { 2376, "docker-s" },
    KnownService { 2717, "pn-requester" },
    KnownService { 3000, "ppp" },
    KnownService { 3128, "squid-http" },
    KnownService { 3268, "globalcatLDAP" },
    KnownService { 3306, "mysql" },
    KnownService { 3389, "ms-wbt-server" },
    KnownService { 3690, "svn" },
    KnownService { 4369, "epmd" },
    KnownService { 4443, "pharos" },
    KnownService { 5000, "upnp-alt" },
    KnownService { 5001, "commplex-link" },
    KnownService { 5060, "sip" },
    KnownService { 5222, "xmpp-client" },
    KnownService { 5353, "mdns" },
    KnownService { 5432, "postgresql" },
    KnownService { 5601, "kibana" },
    KnownService { 5672, "amqp" },
    KnownService { 5900, "vnc" },
    KnownService { 5985, "wsman" },
    KnownService { 6000, "x11" },
    KnownService { 6379, "redis" },
    KnownService { 6443, "kube-apiserver" },
    KnownService { 6667, "irc" },
    KnownService { 7001, "afs3-callback" },
    KnownService { 8000, "http-alt" },
    KnownService { 8008, "http" },
    KnownService { 8080, "http-proxy" },
    KnownService { 8081, "blackice-icecap" },
    KnownService { 8086, "influxdb" },
    KnownService { 8443, "https-alt" },
    KnownService { 8888, "sun-answerbook" },
    KnownService { 9000, "cslistener" },
    KnownService { 9090, "zeus-admin" },
    KnownService { 9092, "kafka" },
    KnownService { 9100, "jetdirect" },
    KnownService { 9200, "elasticsearch" },
    KnownService { 9418, "git" },
    KnownService { 9999, "abyss" },
    KnownService { 10000, "snet-sensor-mgmt" },
    KnownService { 11211, "memcache" },
    KnownService { 27017, "mongod" },
    KnownService { 32768, "filenet-tms" },
    KnownService { 49152, "unknown-dyn" },
};

class ServiceTable
{
public:
    static ServiceTable &instance()
    {
        static ServiceTable table;
        return table;
    }

    QString nameFor(quint16 port) const { return m_names.value(port); }

    quint16 portFor(const QString &name) const { return m_ports.value(name.toLower()); }

private:
    // Read once: getservbyport() scans the services file on every call, which
    // made listing 65535 closed ports take seconds.
    ServiceTable()
    {
        for (const ServiceDatabase::Entry &entry : ServiceDatabase::tcpEntries()) {
            if (!m_names.contains(entry.port))
                m_names.insert(entry.port, entry.name);
            m_ports.insert(entry.name.toLower(), entry.port);
            for (const QString &alias : entry.aliases)
                m_ports.insert(alias.toLower(), entry.port);
        }
        // Our own names win for the ports of the common preset.
        for (const KnownService &k : kCommon)
            m_names.insert(k.port, QString::fromLatin1(k.name));
        // Backwards, so that a name used for several ports ("http") means the lowest.
        for (auto it = kCommon.rbegin(); it != kCommon.rend(); ++it)
            m_ports.insert(QString::fromLatin1(it->name).toLower(), it->port);
    }

    QHash<quint16, QString> m_names;
    QHash<QString, quint16> m_ports;
};

} // namespace

namespace PortNames {

QList<quint16> commonPorts()
{
    QList<quint16> ports;
    ports.reserve(static_cast<qsizetype>(kCommon.size()));
    for (const KnownService &k : kCommon)
        ports.append(k.port);
    return ports;
}

QString nameForPort(quint16 port)
{
    return ServiceTable::instance().nameFor(port);
}

quint16 portForName(const QString &name)
{
    return ServiceTable::instance().portFor(name);
}

} // namespace PortNames
