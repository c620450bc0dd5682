#pragma once

#include <thread>

#include <atomic>
#include <utility>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/skip.h"
#include "common/vethpeer.h"

// A UDP peer whose kernel rate-limits its ICMP errors (loopback is exempt): VethPeer's
// namespace, 198.18.0.2 and 2001:db8::2 there, 198.18.0.1 and 2001:db8::1 here; iptables
// and ip6tables rules there on chosen ports; and a responder thread of the test that
// entered the namespace (setns), so that it ends with the test whatever ends it.
class UdpPeerLab final
{
public:
    // What a port's rule does: REJECT with admin-prohibited, REJECT with host (IPv6:
    // address) unreachable, or DROP; on IPv4 and IPv6 alike.
    enum class Rule { Prohibited, Unreachable, Dropped };

    struct Config
    {
        QList<std::pair<quint16, Rule>> rules;
        quint16 echoPort = 7000; // the responder listens here and answers from here
        quint16 alsoFrom = 0; // and, when set, again from this port (a TFTP server's way)
        QByteArray answer; // what it answers; empty: the datagram itself
    };

    explicit UdpPeerLab(Config config);
    ~UdpPeerLab();
    UdpPeerLab(const UdpPeerLab &) = delete;
    UdpPeerLab &operator=(const UdpPeerLab &) = delete;

    // False and *why when it needs what the machine lacks (root, iptables) or a
    // step fails; the destructor undoes whatever was done.
    bool start(QString *why);
    // Runs argv in the peer namespace; its exit code, its output in *output.
    int inPeer(const QStringList &argv, QString *output = nullptr) const;
    // A kernel counter of the peer (nstat), e.g. IcmpOutRateLimitHost; -1 when unread.
    qint64 peerCounter(const QString &name) const;

private:
    bool addAddresses(QString *why);
    bool addRules(QString *why);
    static void respond(
        const QString &name, const Config &config, std::atomic_bool *stop, std::atomic_int *state);

    VethPeer m_veth; // first member: it goes last, after the responder has left
    Config m_config;
    QString m_namespace;
    std::atomic_bool m_stop { false };
    std::atomic_int m_state { 0 }; // 0 starting, 1 answering, -1 failed
    std::thread m_responder;
};

// Starts a lab in a test function of an IsolatedTest; a skip that says why where it
// cannot run (no private namespace, no root, no second namespace or iptables).
#define PORTOLAN_START_UDP_PEER_LAB(lab)                                                           \
    do {                                                                                           \
        if (!m_isolated)                                                                           \
            PORTOLAN_SKIP(m_why);                                                                  \
        QString labWhy;                                                                            \
        if (!(lab).start(&labWhy))                                                                 \
            PORTOLAN_SKIP(labWhy);                                                                 \
    } while (false)
