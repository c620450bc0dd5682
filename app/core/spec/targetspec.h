#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QtGlobal>

// What the user typed as targets: host names, IPv4/IPv6 addresses, CIDR blocks
// and IPv4 ranges, parsed but not expanded (a /16 stays one entry).

struct TargetEntry
{
    enum class Kind : quint8 { Name, Address, Range4, Block6 };

    Kind kind = Kind::Address;
    QString text; // the token as typed
    QHostAddress first; // Address, Range4 and Block6: the first address
    quint64 count = 1; // addresses in the entry; 1 for a name until it resolves
    bool fromFile = false; // read from a target file (-iL)

    // Whether its hosts are probed for before their ports: blocks, ranges and
    // target files are; a name or an address typed on its own is always scanned.
    bool discovers() const
    {
        return count > 1 || kind == Kind::Range4 || kind == Kind::Block6 || fromFile;
    }
};

class TargetSpec final
{
public:
    // The largest block accepted: 2^24 addresses (IPv4 /8, IPv6 /104).
    static constexpr quint64 maxBlockSize = quint64(1) << 24;

    // Targets separated by commas or white space. False and *error naming the bad token on failure.
    static bool parse(const QString &text, TargetSpec *spec, QString *error);
    // One or more targets per line; '#' starts a comment.
    static bool parseFile(const QString &path, TargetSpec *spec, QString *error);

    void append(const TargetSpec &other) { m_entries.append(other.m_entries); }
    // Marks every entry as read from a target file: its hosts are discovered first.
    void setFromFile()
    {
        for (TargetEntry &e : m_entries)
            e.fromFile = true;
    }
    const QList<TargetEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // Addresses to scan, counting a name as one.
    quint64 addressCount() const;

    // Which of a name's addresses to scan, like nmap: every one with all; else the
    // first of the preferred family (IPv4, or IPv6 with preferIpv6), or the first
    // of the other family when the name has none of the preferred one.
    static QList<QHostAddress> addressesForName(
        const QList<QHostAddress> &resolved, bool all, bool preferIpv6);

private:
    static bool parseToken(const QString &token, TargetEntry *entry, QString *error);
    // Parts of parseToken: t is the token without IPv6 brackets.
    static bool parseIPv6(
        const QString &token, const QString &t, TargetEntry *entry, QString *error);
    static bool parseIPv4Token(
        const QString &token, const QString &t, TargetEntry *entry, QString *error);
    static bool parseIPv4Range(
        const QString &token, const QString &t, quint32 *first, quint32 *last, QString *error);
    QList<TargetEntry> m_entries;
};

// The scan's hosts after name resolution, addressed by index without expanding
// ranges: host i of a /16 is computed, not stored.
class HostTable final
{
public:
    struct Host
    {
        QString name; // what the user typed for a name, else the address text
        QHostAddress address;
    };

    void appendAddress(const QString &name, const QHostAddress &address, bool discover = false);
    void appendRange(const QHostAddress &first, quint64 count, bool discover = true);

    quint64 count() const { return m_total; }
    // Whether host index is probed for before its ports.
    bool discovers(quint64 index) const;
    // Runs [first, end) of consecutive hosts that are (or are not) probed for.
    QList<std::pair<quint64, quint64>> runs(bool discover) const;
    // Sets every host's discovery (-Pn: none; -sn: all).
    void setDiscoverAll(bool discover);
    Host at(quint64 index) const;
    // The address alone: what a probe needs, without building a name.
    QHostAddress addressAt(quint64 index) const;

private:
    struct Segment
    {
        quint64 offset = 0;
        quint64 count = 0;
        QString name; // empty for ranges
        QHostAddress first;
        bool discover = false;
    };
    QList<Segment>::const_iterator segmentOf(quint64 index) const;
    QList<Segment> m_segments;
    quint64 m_total = 0;
};
