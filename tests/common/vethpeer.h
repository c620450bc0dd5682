#pragma once

#include <QString>
#include <QStringList>

// A real Ethernet link for tests: a veth pair from the test's network namespace
// to a second one of its own (ip netns add: root), whose end has a chosen MAC,
// so that ARP and neighbour discovery fill our neighbour table. Its kernel
// answers pings, and refuses connects. Removed again by the destructor.
class VethPeer final
{
public:
    VethPeer() = default;
    ~VethPeer();
    VethPeer(const VethPeer &) = delete;
    VethPeer &operator=(const VethPeer &) = delete;

    // Our end at ours, theirs at theirs, both with prefix ("/24", "/64"); false
    // and *why when the namespace or the link cannot be made.
    bool start(const QString &ours, const QString &theirs, const QString &prefix,
        const QString &mac, QString *why);
    // Their end moves to another address (as DHCP would move it), and our table
    // forgets the neighbours it had.
    bool moveTo(const QString &theirs);

private:
    bool ip(const QStringList &args) const;
    bool inPeer(const QStringList &args) const;

    QString m_namespace;
    QString m_theirs;
    QString m_prefix;
};
