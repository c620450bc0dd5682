#include "core/identity/hostevidence.h"

#include <QRandomGenerator>
#include <QUrl>

#include "core/identity/ippprinter.h"
#include "core/identity/smbidentity.h"
#include "core/identity/upnpdescription.h"
#include "core/services/udpprobetable.h"
#include "core/services/udpsnmpprobes.h"
#include "core/services/udpwire.h"

namespace {

const UdpProbeTable &probeTable()
{
    static const UdpProbeTable table;
    return table;
}

QString hostText(const QHostAddress &address)
{
    return address.toString();
}

// The body of an HTTP/1.x 200 response once the whole of it is here (the request
// asks HTTP/1.0 and the server closes); empty otherwise.
QByteArray httpBody(const QByteArray &response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    if (end < 0 || !response.startsWith("HTTP/1.") || response.mid(9, 3) != "200")
        return {};
    return response.mid(end + 4);
}

} // namespace

HostEvidence::HostEvidence(const QHostAddress &address, const QList<quint16> &openTcp,
    const Options &options, QObject *parent)
    : QObject(parent)
    , m_address(address)
    , m_openTcp(openTcp)
    , m_options(options)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HostEvidence::finish);
    connect(&m_udp, &QUdpSocket::readyRead, this, &HostEvidence::onDatagrams);
}

HostEvidence::~HostEvidence()
{
    qDeleteAll(m_exchanges); // their sockets are this object's children
}

void HostEvidence::start()
{
    if (m_started)
        return;
    m_started = true;
    m_token = QRandomGenerator::global()->generate();
    m_deadline.start(m_options.timeoutMs);
    const bool v6 = m_address.protocol() == QAbstractSocket::IPv6Protocol;
    if (m_udp.bind(v6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4, 0))
        sendDatagrams();
    if (m_openTcp.contains(m_options.smbPort))
        openTcp(Tcp::Smb, m_options.smbPort, SmbIdentity::negotiateRequest());
    if (m_openTcp.contains(m_options.ippPort)) {
        openTcp(Tcp::Ipp, m_options.ippPort,
            IppPrinter::request(hostText(m_address), m_options.ippPort, m_token));
    }
    maybeFinish();
}

void HostEvidence::cancel()
{
    finish();
}

void HostEvidence::sendDatagrams()
{
    if (const UdpProbeTable::Probe *ssdp = probeTable().probe(QStringLiteral("ssdp")))
        m_udp.writeDatagram(
            ssdp->build(m_token, hostText(m_address)), m_address, m_options.ssdpPort);
    m_udp.writeDatagram(
        DnsSdIdentity::typesQuery(UdpWire::id16(m_token)), m_address, m_options.mdnsPort);
    if (!m_options.snmpCommunity.isEmpty()) {
        m_udp.writeDatagram(
            UdpSnmp::getRequest(m_token, m_options.snmpCommunity, UdpSnmp::Version::V2c), m_address,
            m_options.snmpPort);
    }
}

void HostEvidence::onDatagrams()
{
    // A few dozen at a time, so that other hosts get their turn, and maxDatagrams in
    // all: a host that never stops talking is not listened to any more.
    for (int i = 0; i < 64 && m_udp.hasPendingDatagrams() && !m_done; ++i) {
        if (++m_datagrams > maxDatagrams) {
            m_udp.close();
            break;
        }
        QHostAddress from;
        quint16 port = 0;
        QByteArray datagram(qMax<qint64>(m_udp.pendingDatagramSize(), 0), '\0');
        const qint64 size = m_udp.readDatagram(datagram.data(), datagram.size(), &from, &port);
        if (size < 0 || !from.isEqual(m_address, QHostAddress::ConvertV4MappedToIPv4))
            continue; // only the host itself speaks for itself
        datagram.truncate(size);
        if (port == m_options.ssdpPort)
            onSsdp(datagram);
        else if (port == m_options.mdnsPort)
            onMdns(datagram);
        else if (port == m_options.snmpPort)
            onSnmp(datagram);
    }
    if (!m_done && m_udp.isOpen() && m_udp.hasPendingDatagrams())
        QMetaObject::invokeMethod(this, &HostEvidence::onDatagrams, Qt::QueuedConnection);
    maybeFinish();
}

void HostEvidence::onSsdp(const QByteArray &datagram)
{
    const UdpProbeTable::Probe *ssdp = probeTable().probe(QStringLiteral("ssdp"));
    if (m_ssdpAnswered || !ssdp)
        return;
    const UdpVerdict verdict = ssdp->read(datagram, m_token);
    if (!verdict.answered)
        return;
    m_ssdpAnswered = true;
    const QString server = verdict.field(QStringLiteral("server"));
    if (!server.isEmpty())
        add({ DeviceEvidence::make(QStringLiteral("upnp"), QStringLiteral("server"), server) });
    const QUrl location(verdict.field(QStringLiteral("location")));
    if (!UpnpDescription::fetchable(location, m_address) || location.port(80) <= 0)
        return;
    const QString path = location.path(QUrl::FullyEncoded).isEmpty()
        ? QStringLiteral("/")
        : location.path(QUrl::FullyEncoded)
            + (location.hasQuery() ? QLatin1Char('?') + location.query(QUrl::FullyEncoded)
                                   : QString());
    const QByteArray authority = location.authority(QUrl::FullyEncoded).toLatin1();
    openTcp(Tcp::Description, quint16(location.port(80)),
        "GET " + path.toLatin1() + " HTTP/1.0\r\nHost: " + authority
            + "\r\nConnection: close\r\n\r\n");
}

void HostEvidence::onMdns(const QByteArray &datagram)
{
    if (m_mdnsRound >= 3)
        return;
    const quint16 id = UdpWire::id16(m_token + quint32(m_mdnsRound));
    if (!DnsSdIdentity::read(datagram, id, &m_dnssd))
        return;
    ++m_mdnsRound;
    const quint16 next = UdpWire::id16(m_token + quint32(m_mdnsRound));
    if (m_mdnsRound == 1 && !m_dnssd.serviceTypes.isEmpty()) {
        m_udp.writeDatagram(DnsSdIdentity::instancesQuery(next, m_dnssd.serviceTypes), m_address,
            m_options.mdnsPort);
        return;
    }
    if (m_mdnsRound == 2 && !m_dnssd.instances.isEmpty()) {
        m_udp.writeDatagram(
            DnsSdIdentity::txtQuery(next, m_dnssd.instances), m_address, m_options.mdnsPort);
        return;
    }
    m_mdnsRound = 3;
    add(DnsSdIdentity::evidence(m_dnssd));
}

void HostEvidence::onSnmp(const QByteArray &datagram)
{
    if (m_snmpAnswered)
        return;
    const UdpVerdict verdict = UdpSnmp::readGetResponse(datagram, m_token);
    if (!verdict.answered)
        return;
    m_snmpAnswered = true;
    QList<DeviceEvidence> found;
    for (const char *field : { "sysDescr", "sysObjectID", "sysName" }) {
        const QString value = verdict.field(QLatin1String(field));
        if (!value.isEmpty())
            found.append(DeviceEvidence::make(QStringLiteral("snmp"), QLatin1String(field), value));
    }
    add(found);
}

void HostEvidence::openTcp(Tcp kind, quint16 port, const QByteArray &request)
{
    auto *exchange = new Exchange;
    exchange->kind = kind;
    exchange->request = request;
    exchange->socket = new QTcpSocket(this);
    m_exchanges.append(exchange);
    QTcpSocket *socket = exchange->socket;
    connect(socket, &QTcpSocket::connected, this,
        [socket, exchange] { socket->write(exchange->request); });
    connect(socket, &QTcpSocket::readyRead, this, [this, exchange] { onTcpData(exchange); });
    connect(socket, &QTcpSocket::disconnected, this, [this, exchange] { onTcpEnded(exchange); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, exchange] { onTcpEnded(exchange); });
    socket->connectToHost(m_address, port);
}

void HostEvidence::onTcpData(Exchange *exchange)
{
    QTcpSocket *socket = exchange->socket;
    exchange->received += socket->read(maxTcpBytes + 1 - exchange->received.size());
    // A device that never stops talking costs no more than maxTcpBytes. onTcpEnded
    // disconnects before it aborts (an abort's signals would re-enter) and may end
    // this host: exchange is not touched after it.
    if (exchange->received.size() > maxTcpBytes
        || (exchange->kind == Tcp::Smb && readSmb(exchange)))
        onTcpEnded(exchange);
}

bool HostEvidence::readSmb(Exchange *exchange)
{
    const qsizetype length = SmbIdentity::framedLength(exchange->received);
    if (length < 0)
        return true; // not SMB: give up on it
    if (length == 0)
        return false;
    const QByteArray message = exchange->received.left(length);
    exchange->received.remove(0, length);
    if (exchange->smbStep == 0) {
        if (!SmbIdentity::isSmb2Response(message, 0x0000))
            return true;
        exchange->smbStep = 1;
        exchange->socket->write(SmbIdentity::sessionSetupRequest());
        return false;
    }
    SmbIdentity::Challenge challenge;
    if (SmbIdentity::isSmb2Response(message, 0x0001)
        && SmbIdentity::readChallenge(message, &challenge))
        add(SmbIdentity::evidence(challenge));
    return true; // the session is never completed: no credentials are sent
}

void HostEvidence::onTcpEnded(Exchange *exchange)
{
    if (!exchange->socket)
        return;
    if (exchange->socket->isOpen())
        exchange->received += exchange->socket->read(maxTcpBytes + 1 - exchange->received.size());
    if (exchange->kind == Tcp::Description) {
        UpnpDescription::Device device;
        QString error;
        if (UpnpDescription::parse(httpBody(exchange->received), &device, &error))
            add(UpnpDescription::evidence(device));
    } else if (exchange->kind == Tcp::Ipp) {
        QList<DeviceEvidence> found;
        if (IppPrinter::readResponse(exchange->received, m_token, &found))
            add(found);
    }
    exchange->socket->disconnect(this);
    exchange->socket->abort();
    exchange->socket->deleteLater();
    exchange->socket = nullptr;
    maybeFinish();
}

void HostEvidence::add(const QList<DeviceEvidence> &evidence)
{
    for (const DeviceEvidence &e : evidence) {
        if (!m_evidence.contains(e) && m_evidence.size() < 64)
            m_evidence.append(e);
    }
}

void HostEvidence::maybeFinish()
{
    if (m_done || !m_started)
        return;
    for (const Exchange *e : std::as_const(m_exchanges)) {
        if (e->socket)
            return;
    }
    const bool snmpDone = m_snmpAnswered || m_options.snmpCommunity.isEmpty();
    if (m_ssdpAnswered && m_mdnsRound >= 3 && snmpDone)
        finish(); // everything answered: no need to wait for the deadline
}

void HostEvidence::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_udp.close();
    if (m_mdnsRound > 0 && m_mdnsRound < 3)
        add(DnsSdIdentity::evidence(m_dnssd)); // what the rounds so far said
    for (Exchange *e : std::as_const(m_exchanges)) {
        if (e->socket) {
            e->socket->disconnect(this);
            e->socket->abort();
            e->socket->deleteLater();
        }
        delete e;
    }
    m_exchanges.clear();
    Q_EMIT finished();
}
