#include "core/formats/nmapxml.h"

#include <QBuffer>
#include <QLocale>
#include <QXmlStreamWriter>

#include "core/results/bannertext.h"

namespace {

// XML 1.0 has no place for most control characters: they become U+FFFD.
QString xmlText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xfffe || u == 0xffff)
            c = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

// "1-1000,8080": the ports as ranges, as nmap's scaninfo lists them.
QString portRanges(const QList<quint16> &ports)
{
    QStringList parts;
    for (qsizetype i = 0; i < ports.size();) {
        qsizetype j = i;
        while (j + 1 < ports.size() && ports[j + 1] == ports[j] + 1)
            ++j;
        parts.append(i == j ? QString::number(ports[i])
                            : QStringLiteral("%1-%2").arg(ports[i]).arg(ports[j]));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

QString nmapTime(const QDateTime &t)
{
    return QLocale::c().toString(t.toLocalTime(), QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
}

void writeAddresses(QXmlStreamWriter &w, const ScanReport::Host &h, const HostState &s)
{
    w.writeEmptyElement(QStringLiteral("address"));
    w.writeAttribute(QStringLiteral("addr"), h.address.toString());
    w.writeAttribute(QStringLiteral("addrtype"),
        h.address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ipv6")
                                                              : QStringLiteral("ipv4"));
    if (!s.mac.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("address"));
        w.writeAttribute(QStringLiteral("addr"), s.mac.toUpper());
        w.writeAttribute(QStringLiteral("addrtype"), QStringLiteral("mac"));
        if (!s.vendor.isEmpty())
            w.writeAttribute(QStringLiteral("vendor"), xmlText(s.vendor));
    }
    w.writeStartElement(QStringLiteral("hostnames"));
    const auto name = [&w](const QString &text, const char *type) {
        w.writeEmptyElement(QStringLiteral("hostname"));
        w.writeAttribute(QStringLiteral("name"), xmlText(text));
        w.writeAttribute(QStringLiteral("type"), QLatin1String(type));
    };
    if (h.name != h.address.toString())
        name(h.name, "user");
    // nmap's format knows a name typed by the user and a PTR record; mDNS answers
    // with a PTR record too, and a NetBIOS name is the nearest thing to one.
    for (const QString &n : s.nameList())
        name(n, "PTR");
    w.writeEndElement(); // hostnames
}

void writeService(QXmlStreamWriter &w, const ScanResult &r)
{
    if (const ServiceInfo svc = r.serviceOrGuess(); !svc.name.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("service"));
        w.writeAttribute(QStringLiteral("name"), svc.name);
        if (!svc.product.isEmpty())
            w.writeAttribute(QStringLiteral("product"), svc.product);
        if (!svc.version.isEmpty())
            w.writeAttribute(QStringLiteral("version"), svc.version);
        if (!svc.extra.isEmpty())
            w.writeAttribute(QStringLiteral("extrainfo"), svc.extra);
        if (svc.tunnel)
            w.writeAttribute(QStringLiteral("tunnel"), QStringLiteral("ssl"));
        w.writeAttribute(QStringLiteral("method"), ServiceInfo::methodName(svc.method));
        w.writeAttribute(QStringLiteral("conf"), QString::number(svc.confidence));
    }
    if (r.service && !r.service->tls.isEmpty()) {
        const TlsInfo &t = r.service->tls;
        QStringList lines { QStringLiteral("Subject: commonName=") + t.subject };
        if (!t.sans.isEmpty())
            lines << QStringLiteral("Subject Alternative Name: ")
                    + t.sans.join(QStringLiteral(", "));
        lines << QStringLiteral("Issuer: commonName=") + t.issuer;
        if (t.notAfter.isValid())
            lines << QStringLiteral("Not valid after:  ") + t.notAfter.toString(Qt::ISODate);
        lines << QStringLiteral("Protocol: ") + t.protocol << QStringLiteral("Cipher: ") + t.cipher;
        w.writeEmptyElement(QStringLiteral("script"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("ssl-cert"));
        w.writeAttribute(QStringLiteral("output"), lines.join(QLatin1Char('\n')));
    }
}

// The closed ports not listed one by one, as nmap writes them: one extraports
// with the reasons of each protocol (a TCP reset, a UDP probe's port-unreachable).
void writeClosed(QXmlStreamWriter &w, const ScanReport::Host &h)
{
    const quint64 tcp = h.closedUnlisted(Protocol::Tcp);
    const quint64 udp = h.closedUnlisted(Protocol::Udp);
    if (tcp + udp == 0)
        return;
    w.writeStartElement(QStringLiteral("extraports"));
    w.writeAttribute(QStringLiteral("state"), QStringLiteral("closed"));
    w.writeAttribute(QStringLiteral("count"), QString::number(tcp + udp));
    const auto reasons = [&w](quint64 count, PortReason reason, Protocol protocol) {
        if (count == 0)
            return;
        w.writeEmptyElement(QStringLiteral("extrareasons"));
        w.writeAttribute(QStringLiteral("reason"), portReasonName(reason));
        w.writeAttribute(QStringLiteral("count"), QString::number(count));
        w.writeAttribute(QStringLiteral("proto"), protocolName(protocol));
    };
    reasons(tcp, PortReason::ConnRefused, Protocol::Tcp);
    reasons(udp, PortReason::PortUnreach, Protocol::Udp);
    w.writeEndElement(); // extraports
}

void writePorts(QXmlStreamWriter &w, const ScanReport::Host &h)
{
    w.writeStartElement(QStringLiteral("ports"));
    writeClosed(w, h);
    for (const ScanResult &r : h.listed) {
        w.writeStartElement(QStringLiteral("port"));
        w.writeAttribute(QStringLiteral("protocol"), protocolName(r.protocol));
        w.writeAttribute(QStringLiteral("portid"), QString::number(r.port));
        w.writeEmptyElement(QStringLiteral("state"));
        w.writeAttribute(QStringLiteral("state"), portStateName(r.state));
        w.writeAttribute(QStringLiteral("reason"), portReasonName(r.reason));
        w.writeAttribute(QStringLiteral("reason_ttl"), QStringLiteral("0"));
        // nmap's reason_ip: the ICMP error came from someone other than the target.
        if (!r.reasonFrom.isNull())
            w.writeAttribute(QStringLiteral("reason_ip"), r.reasonFrom.toString());
        writeService(w, r);
        if (!r.banner.isEmpty()) {
            w.writeEmptyElement(QStringLiteral("script"));
            w.writeAttribute(QStringLiteral("id"), QStringLiteral("banner"));
            w.writeAttribute(QStringLiteral("output"), BannerText::escape(r.banner));
        }
        w.writeEndElement(); // port
    }
    w.writeEndElement(); // ports
}

// A scaninfo per protocol, as nmap writes them for -sT -sU: TCP's (also for a scan
// that has no ports at all, as before UDP), then UDP's when it covered any.
void writeScanInfo(QXmlStreamWriter &w, const ScanReport &report)
{
    const QList<quint16> tcp = report.coveredPorts(Protocol::Tcp);
    const bool udp = report.coversUdp();
    const auto info = [&w](const char *type, Protocol protocol, const QList<quint16> &ports) {
        w.writeEmptyElement(QStringLiteral("scaninfo"));
        w.writeAttribute(QStringLiteral("type"), QLatin1String(type));
        w.writeAttribute(QStringLiteral("protocol"), protocolName(protocol));
        w.writeAttribute(QStringLiteral("numservices"), QString::number(ports.size()));
        w.writeAttribute(QStringLiteral("services"), portRanges(ports));
    };
    if (!tcp.isEmpty() || !udp)
        info("connect", Protocol::Tcp, tcp);
    if (udp)
        info("udp", Protocol::Udp, report.coveredPorts(Protocol::Udp));
}

void writeHost(QXmlStreamWriter &w, const ScanReport::Host &h, const HostState &s, bool ports)
{
    w.writeStartElement(QStringLiteral("host"));
    w.writeEmptyElement(QStringLiteral("status"));
    w.writeAttribute(QStringLiteral("state"), hostStatusName(s.status));
    w.writeAttribute(QStringLiteral("reason"), hostReasonName(s.reason));
    w.writeAttribute(QStringLiteral("reason_ttl"), QStringLiteral("0"));
    writeAddresses(w, h, s);
    if (ports)
        writePorts(w, h);
    w.writeEndElement(); // host
}

} // namespace

namespace NmapXml {

bool write(QIODevice *out, const ScanReport &report)
{
    QXmlStreamWriter w(out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDTD(QStringLiteral("<!DOCTYPE nmaprun>"));
    w.writeStartElement(QStringLiteral("nmaprun"));
    w.writeAttribute(QStringLiteral("scanner"), QStringLiteral("portolan"));
    w.writeAttribute(QStringLiteral("args"),
        xmlText(QStringLiteral("portolan-cli -p %1 %2").arg(report.ports, report.targets)));
    // A start before 1970 (a file's nonsense) is left out: nmap's times are unsigned.
    const bool dated = report.started.isValid() && report.started.toSecsSinceEpoch() >= 0;
    if (dated) {
        w.writeAttribute(
            QStringLiteral("start"), QString::number(report.started.toSecsSinceEpoch()));
        w.writeAttribute(QStringLiteral("startstr"), nmapTime(report.started));
    }
    w.writeAttribute(QStringLiteral("version"), QStringLiteral(PORTOLAN_VERSION));
    w.writeAttribute(QStringLiteral("xmloutputversion"), QStringLiteral("1.05"));
    if (!report.summary.discoveryOnly)
        writeScanInfo(w, report);
    w.writeEmptyElement(QStringLiteral("verbose"));
    w.writeAttribute(QStringLiteral("level"), QStringLiteral("0"));
    w.writeEmptyElement(QStringLiteral("debugging"));
    w.writeAttribute(QStringLiteral("level"), QStringLiteral("0"));
    quint64 up = 0;
    quint64 down = 0;
    const QList<ScanReport::Host> hosts = report.byHost();
    for (const ScanReport::Host &h : hosts) {
        const HostState s = ScanReport::statusOf(h);
        up += s.status == HostStatus::Up ? 1 : 0;
        down += s.status == HostStatus::Down ? 1 : 0;
        writeHost(w, h, s, s.status != HostStatus::Down && !report.summary.discoveryOnly);
    }
    const qint64 elapsedMs = report.summary.progress.elapsedMs;
    const QDateTime finished = report.started.addMSecs(elapsedMs);
    w.writeStartElement(QStringLiteral("runstats"));
    w.writeEmptyElement(QStringLiteral("finished"));
    w.writeAttribute(
        QStringLiteral("time"), QString::number(dated ? finished.toSecsSinceEpoch() : 0));
    if (dated)
        w.writeAttribute(QStringLiteral("timestr"), nmapTime(finished));
    w.writeAttribute(QStringLiteral("elapsed"), QString::number(elapsedMs / 1000.0, 'f', 2));
    w.writeAttribute(QStringLiteral("summary"),
        QStringLiteral("Portolan done at %1; %2 IP addresses (%3 hosts up) scanned in %4 seconds")
            .arg(nmapTime(finished))
            .arg(qMax<quint64>(report.summary.hostCount, hosts.size()))
            .arg(up)
            .arg(elapsedMs / 1000.0, 0, 'f', 2));
    const bool failed = report.summary.cancelled || !report.summary.error.isEmpty();
    w.writeAttribute(
        QStringLiteral("exit"), failed ? QStringLiteral("error") : QStringLiteral("success"));
    if (failed)
        w.writeAttribute(QStringLiteral("errormsg"),
            report.summary.error.isEmpty() ? QStringLiteral("stopped")
                                           : xmlText(report.summary.error));
    w.writeEmptyElement(QStringLiteral("hosts"));
    w.writeAttribute(QStringLiteral("up"), QString::number(up));
    w.writeAttribute(QStringLiteral("down"), QString::number(down));
    w.writeAttribute(QStringLiteral("total"),
        QString::number(qMax<quint64>(report.summary.hostCount, hosts.size())));
    w.writeEndElement(); // runstats
    w.writeEndDocument();
    return !w.hasError();
}

QByteArray toXml(const ScanReport &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(&buffer, report);
    return buffer.data();
}

} // namespace NmapXml
