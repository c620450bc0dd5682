#include "core/engine/names/localnames.h"

#include <QRandomGenerator>
#include <QSocketNotifier>

#include "core/engine/names/mdnsname.h"
#include "core/engine/names/netbiosname.h"

namespace {

constexpr int tickMs = 50;

} // namespace

LocalNames::LocalNames(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &LocalNames::onTick);
    m_clock.start();
    m_nextId = static_cast<quint16>(QRandomGenerator::global()->bounded(0x10000));
}

LocalNames::~LocalNames()
{
    clear();
}

void LocalNames::ask(quint32 hostId, const QHostAddress &address)
{
    m_queue.append({ hostId, address });
    m_busy = true;
    settle();
}

void LocalNames::clear()
{
    m_queue.clear();
    for (const Question &q : std::as_const(m_questions))
        delete q.notifier;
    m_questions.clear();
    m_asked.clear();
    m_asking.clear();
    m_busy = false;
    m_tick.stop();
}

QString LocalNames::keyOf(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('/') + QString::number(port);
}

void LocalNames::pump()
{
    while (m_asking.size() < maxHosts && !m_queue.isEmpty()) {
        const auto [hostId, address] = m_queue.takeFirst();
        QList<quint16> ports { MdnsName::port };
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            ports.append(NetbiosName::port);
        for (const quint16 port : ports) {
            if (m_asked.contains(keyOf(address, port)))
                continue; // the same address twice in one scan: asked once
            Question q;
            q.hostId = hostId;
            q.address = address;
            q.port = port;
            q.id = m_nextId++;
            q.firstSentMs = m_clock.elapsed();
            open(q);
        }
    }
    if (!m_questions.isEmpty() && !m_tick.isActive())
        m_tick.start();
}

void LocalNames::open(Question q)
{
    q.socket = std::make_shared<DatagramSocket>();
    // Connected: the kernel then reports the host's ICMP port unreachable to it.
    if (!q.socket->open(q.address, q.port))
        return; // no route, or no socket for this family: nothing to ask
    const int id = q.socket->descriptor();
    q.notifier = new QSocketNotifier(static_cast<qintptr>(id), QSocketNotifier::Read, this);
    connect(q.notifier, &QSocketNotifier::activated, this, [this, id] { onReadable(id); });
    m_asked.insert(keyOf(q.address, q.port));
    ++m_asking[q.hostId];
    Question &asked = m_questions.insert(id, q).value();
    send(&asked);
}

void LocalNames::send(Question *q)
{
    const QByteArray packet = q->port == MdnsName::port ? MdnsName::query(q->id, q->address)
                                                        : NetbiosName::statusQuery(q->id);
    // A send that fails is as good as a lost datagram: the question is given up in time.
    q->socket->send(packet);
    ++q->sent;
}

void LocalNames::onReadable(int id)
{
    const auto found = m_questions.constFind(id);
    if (found == m_questions.cend())
        return;
    const Question &q = *found;
    const bool mdns = q.port == MdnsName::port;
    QByteArray datagram;
    for (;;) {
        const DatagramSocket::Read read = q.socket->receive(&datagram);
        if (read == DatagramSocket::Read::Nothing)
            return;
        if (read == DatagramSocket::Read::Refused) {
            end(id); // nothing on the port: no answer will come
            return;
        }
        const QStringList names = mdns ? MdnsName::parseResponse(datagram, q.id, q.address)
                                       : NetbiosName::parseStatus(datagram, q.id);
        if (names.isEmpty())
            continue; // not an answer to the question: wait for one
        QList<HostName> named;
        for (const QString &name : names)
            named.append({ name, mdns ? HostNames::mdns : HostNames::netbios });
        const quint32 hostId = q.hostId;
        Q_EMIT hostNamed(hostId, named); // before end(): done() must come after it
        end(id);
        return;
    }
}

void LocalNames::end(int id)
{
    const auto found = m_questions.find(id);
    if (found == m_questions.end())
        return; // over already
    const Question q = *found;
    m_questions.erase(found);
    m_asked.remove(keyOf(q.address, q.port));
    if (--m_asking[q.hostId] <= 0)
        m_asking.remove(q.hostId);
    // The notifier goes before its descriptor closes (with the last copy of q).
    q.notifier->setEnabled(false);
    q.notifier->deleteLater();
    settle();
}

void LocalNames::onTick()
{
    const qint64 now = m_clock.elapsed();
    QList<int> over;
    for (auto it = m_questions.begin(); it != m_questions.end(); ++it) {
        Question &q = *it;
        if (now - q.firstSentMs >= giveUpMs)
            over.append(it.key());
        else if (q.sent == 1 && now - q.firstSentMs >= resendMs)
            send(&q);
    }
    for (const int id : std::as_const(over))
        end(id);
    settle();
}

void LocalNames::settle()
{
    pump();
    if (m_busy && m_questions.isEmpty() && m_queue.isEmpty()) {
        m_busy = false;
        m_tick.stop();
        Q_EMIT done();
    }
}
