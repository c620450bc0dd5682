#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUdpSocket>

// A host's own name services, standing in for avahi and Samba in tests that run
// in a private network namespace (they take the real ports, 5353 and 137). The
// answers are put together here byte by byte from RFC 1035 4.1, RFC 6762 6.7
// and RFC 1002 4.2.18, not with the code under test.
class NameStandIn final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Mdns, Netbios };

    // Answers questions to address on the kind's port with name (and, for
    // NetBIOS, a workgroup too, which must not be taken for the host's name).
    // False and *why when the port cannot be bound.
    bool listen(Kind kind, const QHostAddress &address, const QString &name, QString *why);
    // Each answer is preceded by one with the wrong ID, and one of garbage.
    void setJunkFirst(bool junk) { m_junkFirst = junk; }
    // Stays silent: counts the questions, answers none.
    void setSilent(bool silent) { m_silent = silent; }

    QList<QByteArray> questions; // every datagram received

private:
    void onReadable();
    QByteArray mdnsAnswer(const QByteArray &question, quint16 id) const;
    QByteArray netbiosAnswer(quint16 id) const;

    Kind m_kind = Kind::Mdns;
    QString m_name;
    QUdpSocket m_socket;
    bool m_junkFirst = false;
    bool m_silent = false;
};
