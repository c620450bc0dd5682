#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A name a host goes by, and where it came from.
struct HostName
{
    QString name;
    // "dns" (reverse lookup), "mdns" (the host's own responder), "netbios" (its
    // node status), "target" (as the user typed it; devices only).
    QString source;

    friend bool operator==(const HostName &a, const HostName &b)
    {
        return a.name == b.name && a.source == b.source;
    }
};

namespace HostNames {

inline const QString dns = QStringLiteral("dns");
inline const QString mdns = QStringLiteral("mdns");
inline const QString netbios = QStringLiteral("netbios");
inline const QString target = QStringLiteral("target");

// The names alone, each once, in order.
QStringList texts(const QList<HostName> &names);
// Adds name from source unless the list already has that name (case aside) or it
// is empty; whether it was added.
bool add(QList<HostName> *names, const QString &name, const QString &source);
// One text column of the history: a name per line, its source after a tab where
// it is not "dns" (a line without one, as older histories wrote, is a DNS name).
QString toText(const QList<HostName> &names);
QList<HostName> fromText(const QString &text);
// Names from a reverse DNS lookup (older files and histories hold only those).
QList<HostName> fromDns(const QStringList &names);

} // namespace HostNames
