// NmapXml::read: nmap's XML (and masscan's, and Portolan's) into a ScanReport.
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include "core/formats/nmapxml.h"
#include "core/results/bannertext.h"
#include "core/spec/portspec.h"

namespace {

constexpr int maxDepth = 64;

// The certificate lines of an ssl-cert script (Portolan's, and the same keys in
// nmap's) added to a TLS service.
std::shared_ptr<const ServiceInfo> withCertificate(ServiceInfo s, const QString &output)
{
    const auto after = [](const QString &line, const QString &key) {
        QString value = line.mid(key.size()).trimmed();
        if (value.startsWith(QLatin1String("commonName=")))
            value = value.mid(11).section(QLatin1Char('/'), 0, 0);
        return value;
    };
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Subject: ")))
            s.tls.subject = after(line, QStringLiteral("Subject: "));
        else if (line.startsWith(QLatin1String("Subject Alternative Name: "))) {
            for (QString name : after(line, QStringLiteral("Subject Alternative Name: "))
                                    .split(QStringLiteral(", "), Qt::SkipEmptyParts))
                s.tls.sans << name.remove(QRegularExpression(QStringLiteral("^(DNS|IP Address):")));
        } else if (line.startsWith(QLatin1String("Issuer: ")))
            s.tls.issuer = after(line, QStringLiteral("Issuer: "));
        else if (line.startsWith(QLatin1String("Not valid after:")))
            s.tls.notAfter = QDateTime::fromString(
                after(line, QStringLiteral("Not valid after:")), Qt::ISODate);
        else if (line.startsWith(QLatin1String("Protocol: ")))
            s.tls.protocol = after(line, QStringLiteral("Protocol: "));
        else if (line.startsWith(QLatin1String("Cipher: ")))
            s.tls.cipher = after(line, QStringLiteral("Cipher: "));
    }
    s.tunnel = true;
    return std::make_shared<const ServiceInfo>(s);
}

// The reason a port's state implies, for a file that names none Portolan knows.
PortReason defaultReason(const ScanResult &port)
{
    const bool udp = port.protocol == Protocol::Udp;
    switch (port.state) {
    case PortState::Open:
        return udp ? PortReason::UdpResponse : PortReason::SynAck;
    case PortState::Closed:
        return udp ? PortReason::PortUnreach : PortReason::ConnRefused;
    case PortState::Filtered:
    case PortState::OpenFiltered:
        break;
    }
    return PortReason::NoResponse;
}

// Reads one document, element by element; fail() stops it with a reason.
class NmapXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(NmapXmlReader)

public:
    NmapXmlReader(const QByteArray &xml, ScanReport *report)
        : m_xml(xml)
        , m_report(report)
    {
    }

    bool run(QString *error);
    QStringList notes() const;

private:
    void start();
    void end();
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = tr("line %1: %2").arg(m_xml.lineNumber()).arg(why);
    }
    void note(const QString &what) { ++m_notes[what]; }
    QString text(const char *name) const
    {
        return m_xml.attributes().value(QLatin1String(name)).toString();
    }
    // A whole number attribute in [0, max]; fails the read when it is not one.
    quint64 number(const char *name, quint64 max);
    void startRoot();
    // Elements inside a host, a port, or anywhere else: false when not handled here.
    bool startInHost(QStringView name);
    bool startInPort(QStringView name);
    void startOther(QStringView name);
    void readHostStatus();
    void readAddress();
    void startHost();
    void startPort();

    QXmlStreamReader m_xml;
    ScanReport *m_report;
    QString m_error;
    QMap<QString, int> m_notes;
    bool m_sawRoot = false;
    bool m_ownArgs = false; // Portolan's file: its ports and targets from args
    // The host being read.
    bool m_inHost = false;
    HostState m_host;
    bool m_hasStatus = false;
    QString m_userName;
    quint64 m_closed = 0;
    quint64 m_closedUdp = 0; // of m_closed
    bool m_inClosedExtra = false; // inside an extraports of closed ports
    QString m_tcpServices; // the scaninfo of each protocol
    QString m_udpServices;
    // The port being read; skipped when its protocol or state is not Portolan's.
    bool m_inPort = false;
    bool m_keepPort = false;
    ScanResult m_port;
    QHash<QString, quint32> m_ids; // host index by address
    quint32 m_nextId = 0;
};

quint64 NmapXmlReader::number(const char *name, quint64 max)
{
    const QString value = text(name);
    bool ok = false;
    const quint64 n = value.toULongLong(&ok);
    if (!ok || n > max)
        fail(tr("%1=\"%2\" is not a number up to %3").arg(QLatin1String(name), value).arg(max));
    return ok ? n : 0;
}

void NmapXmlReader::startHost()
{
    m_inHost = true;
    m_host = HostState::make(0, {}, {}, HostStatus::Unknown, HostReason::UserSet, -1.0);
    m_hasStatus = false;
    m_userName.clear();
    m_closed = 0;
    m_closedUdp = 0;
}

void NmapXmlReader::startPort()
{
    m_inPort = true;
    m_port = ScanResult();
    m_keepPort = parseProtocol(text("protocol"), &m_port.protocol);
    if (!m_keepPort)
        note(tr("%1 ports skipped (Portolan scans TCP and UDP)").arg(text("protocol").toUpper()));
    m_port.port = static_cast<quint16>(number("portid", 65535));
    m_port.latencyMs = -1.0;
    if (m_port.port == 0)
        fail(tr("port 0"));
}

void NmapXmlReader::start()
{
    const QStringView name = m_xml.name();
    if (!m_sawRoot)
        return startRoot();
    if (m_inPort && startInPort(name))
        return;
    if (m_inHost && startInHost(name))
        return;
    startOther(name);
}

void NmapXmlReader::startRoot()
{
    if (m_xml.name() != QLatin1String("nmaprun"))
        return fail(tr("not an nmap XML file (no nmaprun element)"));
    m_sawRoot = true;
    m_report->targets = text("args");
    // Portolan's own: "portolan-cli -p PORTS TARGETS", ports as they were typed.
    const QLatin1String own("portolan-cli -p ");
    m_ownArgs = text("scanner") == QLatin1String("portolan") && m_report->targets.startsWith(own);
    if (m_ownArgs) {
        const QString rest = m_report->targets.mid(own.size());
        m_report->ports = rest.section(QLatin1Char(' '), 0, 0);
        m_report->targets = rest.section(QLatin1Char(' '), 1);
    }
    if (!text("start").isEmpty())
        m_report->started
            = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(number("start", 1ull << 40)));
}

void NmapXmlReader::readHostStatus()
{
    m_hasStatus = true;
    if (!parseHostStatus(text("state"), &m_host.status))
        m_host.status = HostStatus::Unknown; // nmap's "skipped"
    if (!parseHostReason(text("reason"), &m_host.reason))
        m_host.reason = m_host.status == HostStatus::Down ? HostReason::NoResponse
            : text("reason") == QLatin1String("reset")    ? HostReason::ConnRefused
                                                          : HostReason::UserSet;
}

void NmapXmlReader::readAddress()
{
    const QString type = text("addrtype");
    if (type == QLatin1String("mac")) {
        m_host.mac = text("addr").toLower();
        m_host.vendor = text("vendor");
    } else if (!m_host.address.setAddress(text("addr"))) {
        fail(tr("\"%1\" is not an IP address").arg(text("addr")));
    } else {
        // One index per address: masscan writes a host element per port found.
        const QString address = m_host.address.toString();
        constexpr quint32 none = ~quint32(0);
        m_host.hostId = m_ids.value(address, none);
        if (m_host.hostId == none) {
            m_host.hostId = m_nextId++;
            m_ids.insert(address, m_host.hostId);
        }
    }
}

bool NmapXmlReader::startInHost(QStringView name)
{
    if (name == QLatin1String("status")) {
        readHostStatus();
    } else if (name == QLatin1String("address")) {
        readAddress();
    } else if (name == QLatin1String("hostname")) {
        if (text("type") == QLatin1String("user"))
            m_userName = text("name");
        else if (!text("name").isEmpty())
            HostNames::add(&m_host.names, text("name"), HostNames::dns);
    } else if (name == QLatin1String("extraports")) {
        // Up to every port of both protocols.
        const quint64 count = number("count", 2ULL * 65535);
        m_inClosedExtra = text("state") == QLatin1String("closed");
        if (m_inClosedExtra)
            m_closed += count;
        else
            note(tr("%1 ports not listed one by one skipped").arg(text("state")));
    } else if (name == QLatin1String("extrareasons")) {
        // Which of the closed ones are UDP's: the rest are TCP's.
        if (m_inClosedExtra && text("proto") == QLatin1String("udp"))
            m_closedUdp = qMin(m_closed, m_closedUdp + number("count", 65535));
    } else if (name == QLatin1String("port")) {
        if (m_host.address.isNull())
            fail(tr("ports before the host's address"));
        else
            startPort();
    } else {
        return false;
    }
    return true;
}

bool NmapXmlReader::startInPort(QStringView name)
{
    if (name == QLatin1String("state")) {
        if (!parsePortState(text("state"), &m_port.state)) {
            note(tr("ports in state %1 skipped").arg(text("state")));
            m_keepPort = false;
        }
        if (!parsePortReason(text("reason"), &m_port.reason))
            m_port.reason = defaultReason(m_port);
        if (!text("reason_ip").isEmpty() && !m_port.reasonFrom.setAddress(text("reason_ip")))
            note(tr("reasons from something other than an IP address skipped"));
    } else if (name == QLatin1String("service")) {
        if (text("method") == QLatin1String("probed")) {
            ServiceInfo s;
            s.name = text("name");
            s.method = ServiceInfo::Method::Probed;
            s.confidence = static_cast<int>(number("conf", 10));
            s.product = text("product");
            s.version = text("version");
            s.extra = text("extrainfo");
            s.tunnel = text("tunnel") == QLatin1String("ssl");
            m_port.service = std::make_shared<const ServiceInfo>(s);
        }
    } else if (name == QLatin1String("script")) {
        if (text("id") == QLatin1String("banner"))
            m_port.banner = BannerText::unescape(text("output"));
        else if (text("id") == QLatin1String("ssl-cert") && m_port.service)
            m_port.service = withCertificate(*m_port.service, text("output"));
    } else {
        return false;
    }
    return true;
}

void NmapXmlReader::startOther(QStringView name)
{
    if (name == QLatin1String("scaninfo")) {
        if (text("protocol") == QLatin1String("tcp"))
            m_tcpServices = text("services");
        else if (text("protocol") == QLatin1String("udp"))
            m_udpServices = text("services");
        else
            note(tr("the %1 part of the scan skipped").arg(text("protocol").toUpper()));
    } else if (name == QLatin1String("host")) {
        startHost();
    } else if (name == QLatin1String("finished")) {
        bool ok = false;
        const double elapsed = text("elapsed").toDouble(&ok);
        if (!ok || elapsed < 0 || elapsed > 1e9)
            return fail(tr("elapsed=\"%1\" is not a duration").arg(text("elapsed")));
        m_report->summary.progress.elapsedMs = qRound64(elapsed * 1000.0);
        m_report->summary.cancelled = text("exit") == QLatin1String("error");
    } else if (name == QLatin1String("hosts") && !m_inHost) {
        m_report->summary.hostCount = static_cast<quint32>(number("total", 1ull << 32));
    } else if (name == QLatin1String("os") || name == QLatin1String("trace")) {
        note(tr("OS matches and traceroutes skipped"));
    }
}

void NmapXmlReader::end()
{
    const QStringView name = m_xml.name();
    if (name == QLatin1String("port") && m_inPort) {
        m_inPort = false;
        if (!m_keepPort)
            return;
        m_port.hostId = m_host.hostId;
        m_port.address = m_host.address;
        m_report->results.append(m_port);
        if (m_port.state == PortState::Closed) {
            ++m_closed;
            m_closedUdp += m_port.protocol == Protocol::Udp ? 1 : 0;
        }
    } else if (name == QLatin1String("host") && m_inHost) {
        m_inHost = false;
        if (m_host.address.isNull())
            return fail(tr("a host without an IP address"));
        m_host.host = m_userName.isEmpty() ? m_host.address.toString() : m_userName;
        // Its ports were read before its names: give them the host's.
        for (qsizetype i = m_report->results.size() - 1;
             i >= 0 && m_report->results[i].hostId == m_host.hostId; --i)
            m_report->results[i].host = m_host.host;
        if (m_hasStatus)
            m_report->hostStates.append(m_host);
        if (m_closed > m_closedUdp)
            m_report->hosts.append(
                HostTally { m_host.hostId, m_host.host, m_host.address, m_closed - m_closedUdp });
        if (m_closedUdp > 0)
            m_report->hosts.append(HostTally {
                m_host.hostId, m_host.host, m_host.address, m_closedUdp, Protocol::Udp });
    } else if (name == QLatin1String("extraports")) {
        m_inClosedExtra = false;
    }
}

bool NmapXmlReader::run(QString *error)
{
    int depth = 0;
    while (m_error.isEmpty() && !m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
            // Entities are how hostile XML grows or reaches out: none are taken.
            if (!m_xml.entityDeclarations().isEmpty())
                fail(tr("entity declarations are not allowed"));
            break;
        case QXmlStreamReader::EntityReference:
            fail(tr("unknown entity &%1;").arg(m_xml.name()));
            break;
        case QXmlStreamReader::StartElement:
            if (++depth > maxDepth)
                fail(tr("elements nested deeper than %1").arg(maxDepth));
            else
                start();
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            end();
            break;
        default:
            break;
        }
    }
    if (m_error.isEmpty() && m_xml.hasError())
        fail(m_xml.errorString());
    if (m_error.isEmpty() && !m_sawRoot)
        fail(tr("not an nmap XML file (no nmaprun element)"));
    // Another scanner's ports: its scaninfo, UDP's with nmap's prefix.
    if (!m_ownArgs && !m_udpServices.isEmpty())
        m_report->ports = m_tcpServices.isEmpty()
            ? QStringLiteral("U:") + m_udpServices
            : QStringLiteral("T:%1,U:%2").arg(m_tcpServices, m_udpServices);
    else if (!m_ownArgs)
        m_report->ports = m_tcpServices;
    *error = m_error;
    return m_error.isEmpty();
}

QStringList NmapXmlReader::notes() const
{
    QStringList out;
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it)
        out.append(it.value() == 1 ? it.key() : tr("%1 (%2 times)").arg(it.key()).arg(it.value()));
    return out;
}

} // namespace

namespace NmapXml {

bool read(const QByteArray &xml, ScanReport *report, QStringList *notes, QString *error)
{
    ScanReport out;
    NmapXmlReader reader(xml, &out);
    if (!reader.run(error))
        return false;
    // What the summary says, from what was read.
    ScanSummary &s = out.summary;
    for (const HostState &h : std::as_const(out.hostStates)) {
        s.hostsUp += h.status == HostStatus::Up ? 1 : 0;
        s.hostsDown += h.status == HostStatus::Down ? 1 : 0;
    }
    s.hostCount = qMax<quint32>(s.hostCount, static_cast<quint32>(out.hostStates.size()));
    s.discovery = s.hostsDown > 0;
    PortSpec spec;
    QString ignored;
    if (PortSpec::parse(out.ports, &spec, &ignored))
        s.portCount = static_cast<quint32>(spec.count());
    for (const ScanResult &r : std::as_const(out.results)) {
        s.progress.open += r.state == PortState::Open ? 1 : 0;
        s.progress.filtered += r.state == PortState::Filtered ? 1 : 0;
        s.progress.openFiltered += r.state == PortState::OpenFiltered ? 1 : 0;
    }
    for (const HostTally &t : std::as_const(out.hosts))
        s.progress.closed += t.closed;
    s.progress.done
        = s.progress.open + s.progress.filtered + s.progress.openFiltered + s.progress.closed;
    *notes = reader.notes();
    *report = std::move(out);
    return true;
}

} // namespace NmapXml
