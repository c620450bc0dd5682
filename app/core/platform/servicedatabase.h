#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The system's table of service names for TCP ports (/etc/services on POSIX).
namespace ServiceDatabase {

struct Entry
{
    quint16 port = 0;
    QString name;
    QStringList aliases;
};

// Every TCP entry, in the order of the system's table.
QList<Entry> tcpEntries();

} // namespace ServiceDatabase
