#pragma once

#include <memory>

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "core/platform/datagramsocket.h"
#include "core/results/hostname.h"

class QSocketNotifier;

// Asks live hosts themselves for their names, over UDP, in the background: mDNS
// (MdnsName, IPv4 and IPv6) and NetBIOS node status (NetbiosName, IPv4). A few
// hosts at a time, each question on a socket of its own connected to the host, so
// that a host with nothing on the port says so at once (ICMP port unreachable,
// DatagramSocket::Read::Refused); a question is sent twice at most and given up after
// half a second: a host that does not answer costs little.
class LocalNames final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalNames)

public:
    static constexpr int maxHosts = 64; // asked at once
    static constexpr int resendMs = 200;
    static constexpr int giveUpMs = 500;

    explicit LocalNames(QObject *parent = nullptr);
    ~LocalNames() override;

    // Queues the questions for hostId at address.
    void ask(quint32 hostId, const QHostAddress &address);
    // Forgets every question queued or asked; answers to them are ignored.
    void clear();
    // Hosts queued or being asked.
    int pending() const { return static_cast<int>(m_queue.size()) + m_asking.size(); }

Q_SIGNALS:
    // A host answered one question with these names, from source (HostNames::mdns
    // or HostNames::netbios).
    void hostNamed(quint32 hostId, const QList<HostName> &names);
    // Nothing is left queued or being asked (emitted only after some questions).
    void done();

private:
    struct Question
    {
        quint32 hostId = 0;
        QHostAddress address;
        quint16 port = 0; // MdnsName::port or NetbiosName::port
        quint16 id = 0;
        int sent = 0;
        qint64 firstSentMs = 0;
        std::shared_ptr<DatagramSocket> socket;
        QSocketNotifier *notifier = nullptr; // its readability, owned by this
    };

    void pump();
    void open(Question q);
    void send(Question *q);
    void onReadable(int id);
    // Question id is over (answered, refused or given up).
    void end(int id);
    void onTick();
    void settle();
    static QString keyOf(const QHostAddress &address, quint16 port);

    QList<std::pair<quint32, QHostAddress>> m_queue;
    QHash<int, Question> m_questions; // by their socket's descriptor
    QSet<QString> m_asked; // address and port of every question in flight
    QHash<quint32, int> m_asking; // host -> its questions not yet over
    QTimer m_tick;
    QElapsedTimer m_clock;
    quint16 m_nextId = 0;
    bool m_busy = false; // asked since the last done()
};
