#include "core/engine/names/localnames.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>

#include "core/engine/names/mdnsname.h"
#include "core/engine/names/netbiosname.h"

namespace {

constexpr int tickMs = 100;
constexpr int maxDatagram = 9000;

} // namespace

LocalNames::LocalNames(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &LocalNames::onTick);
    connect(&m_v4, &QUdpSocket::readyRead, this, [this] { onReadable(&m_v4); });
    connect(&m_v6, &QUdpSocket::readyRead, this, [this] { onReadable(&m_v6); });
    m_clock.start();
    m_nextId = static_cast<quint16>(QRandomGenerator::global()->bounded(0x10000));
}

void LocalNames::ask(quint32 hostId, const QHostAddress &address)
{
    m_queue.append({ hostId, address });
    settle();
}

void LocalNames::clear()
{
    m_queue.clear();
    m_questions.clear();
    m_asking.clear();
    m_tick.stop();
    closeSockets();
}

void LocalNames::closeSockets()
{
    // Answers that come later have nobody to go to; no descriptor is kept idle.
    m_v4.close();
    m_v6.close();
}

QString LocalNames::keyOf(const QHostAddress &address, quint16 port)
{
    QHostAddress plain = address;
    plain.setScopeId(QString());
    bool isV4 = false;
    const quint32 v4 = plain.toIPv4Address(&isV4);
    return (isV4 ? QHostAddress(v4).toString() : plain.toString()) + QLatin1Char('/')
        + QString::number(port);
}

QUdpSocket *LocalNames::socketFor(const QHostAddress &address)
{
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    QUdpSocket *socket = v4 ? &m_v4 : &m_v6;
    if (socket->state() != QAbstractSocket::BoundState)
        socket->bind(
            v4 ? QHostAddress(QHostAddress::AnyIPv4) : QHostAddress(QHostAddress::AnyIPv6));
    return socket->state() == QAbstractSocket::BoundState ? socket : nullptr;
}

void LocalNames::pump()
{
    while (m_asking.size() < maxHosts && !m_queue.isEmpty()) {
        const auto [hostId, address] = m_queue.takeFirst();
        QList<quint16> ports { MdnsName::port };
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            ports.append(NetbiosName::port);
        for (const quint16 port : ports) {
            const QString key = keyOf(address, port);
            if (m_questions.contains(key))
                continue; // the same address twice in one scan: asked once
            Question q;
            q.hostId = hostId;
            q.address = address;
            q.port = port;
            q.id = m_nextId++;
            q.firstSentMs = m_clock.elapsed();
            send(&q);
            if (q.sent == 0)
                continue; // no socket for this family
            m_questions.insert(key, q);
            ++m_asking[hostId];
        }
    }
    if (!m_questions.isEmpty() && !m_tick.isActive())
        m_tick.start();
}

void LocalNames::send(Question *q)
{
    QUdpSocket *socket = socketFor(q->address);
    if (!socket)
        return;
    const QByteArray packet = q->port == MdnsName::port ? MdnsName::query(q->id, q->address)
                                                        : NetbiosName::statusQuery(q->id);
    // A send that fails (no route) is as good as a lost datagram: the question is
    // given up in time.
    socket->writeDatagram(packet, q->address, q->port);
    ++q->sent;
}

void LocalNames::onReadable(QUdpSocket *socket)
{
    bool answered = false;
    while (socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram(maxDatagram);
        const auto found = m_questions.find(
            keyOf(datagram.senderAddress(), static_cast<quint16>(datagram.senderPort())));
        if (found == m_questions.end())
            continue; // not asked, or given up already
        const Question q = *found;
        const bool mdns = q.port == MdnsName::port;
        const QStringList names = mdns ? MdnsName::parseResponse(datagram.data(), q.id, q.address)
                                       : NetbiosName::parseStatus(datagram.data(), q.id);
        if (names.isEmpty())
            continue; // not an answer to the question: wait for one
        m_questions.erase(found);
        if (--m_asking[q.hostId] <= 0)
            m_asking.remove(q.hostId);
        QList<HostName> named;
        for (const QString &name : names)
            named.append({ name, mdns ? HostNames::mdns : HostNames::netbios });
        Q_EMIT hostNamed(q.hostId, named);
        answered = true;
    }
    if (answered)
        settle();
}

void LocalNames::onTick()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_questions.begin(); it != m_questions.end();) {
        Question &q = *it;
        if (now - q.firstSentMs >= giveUpMs) {
            if (--m_asking[q.hostId] <= 0)
                m_asking.remove(q.hostId);
            it = m_questions.erase(it);
            continue;
        }
        if (q.sent == 1 && now - q.firstSentMs >= resendMs)
            send(&q);
        ++it;
    }
    settle();
}

void LocalNames::settle()
{
    pump();
    if (m_questions.isEmpty() && m_queue.isEmpty()) {
        m_tick.stop();
        closeSockets();
        Q_EMIT done();
    }
}
