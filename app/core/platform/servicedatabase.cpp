#include "core/platform/servicedatabase.h"

#include <netdb.h>

#include <cstring>
#include <netinet/in.h>

namespace ServiceDatabase {

namespace {

QList<Entry> entriesFor(const char *protocol)
{
    QList<Entry> entries;
    setservent(1);
    while (const servent *s = getservent()) {
        if (std::strcmp(s->s_proto, protocol) != 0)
            continue;
        Entry entry;
        entry.port = ntohs(static_cast<quint16>(s->s_port));
        entry.name = QString::fromLatin1(s->s_name);
        for (char **alias = s->s_aliases; alias && *alias; ++alias)
            entry.aliases.append(QString::fromLatin1(*alias));
        entries.append(std::move(entry));
    }
    endservent();
    return entries;
}

} // namespace

QList<Entry> tcpEntries()
{
    return entriesFor("tcp");
}

QList<Entry> udpEntries()
{
    return entriesFor("udp");
}

} // namespace ServiceDatabase
