#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

#include "core/results/hostname.h"

// Asks live hosts themselves for their names, over UDP, in the background: mDNS
// (MdnsName, IPv4 and IPv6) and NetBIOS node status (NetbiosName, IPv4). A few
// hosts at a time, each question sent twice at most and given up after a second:
// a host that does not answer costs little. Unprivileged: two sockets on
// ephemeral ports, one per address family, whatever the number of hosts.
class LocalNames final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalNames)

public:
    static constexpr int maxHosts = 64; // asked at once
    static constexpr int resendMs = 400;
    static constexpr int giveUpMs = 1000;

    explicit LocalNames(QObject *parent = nullptr);

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
    };

    void pump();
    void send(Question *q);
    QUdpSocket *socketFor(const QHostAddress &address);
    void onReadable(QUdpSocket *socket);
    void onTick();
    void settle();
    void closeSockets();
    static QString keyOf(const QHostAddress &address, quint16 port);

    QList<std::pair<quint32, QHostAddress>> m_queue;
    QHash<QString, Question> m_questions; // by address and port asked
    QHash<quint32, int> m_asking; // host -> its questions not yet answered or given up
    QUdpSocket m_v4;
    QUdpSocket m_v6;
    QTimer m_tick;
    QElapsedTimer m_clock;
    quint16 m_nextId = 0;
};
