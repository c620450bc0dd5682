#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The system's table of service names for TCP and UDP ports (/etc/services on POSIX).
namespace ServiceDatabase {

struct Entry
{
    quint16 port = 0;
    QString name;
    QStringList aliases;
};

// Every TCP entry, in the order of the system's table.
QList<Entry> tcpEntries();
// Every UDP entry, in the order of the system's table.
QList<Entry> udpEntries();

} // namespace ServiceDatabase
