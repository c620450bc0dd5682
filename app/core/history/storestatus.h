#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class HistoryStore;

// What a store holds of each scanner that writes to it: how many scans and when
// the last one started, how many devices it saw last and how many watches it
// runs. An administrator of a shared store sees at a glance which site stopped
// reporting ("portolan-cli store status").
namespace StoreStatus {

struct Scanner
{
    QString name;
    qint64 scans = 0;
    QDateTime lastScan; // invalid: no scan yet
    qint64 devices = 0;
    qint64 watches = 0;
};

// How this scanner reaches the store: over TLS or not, and whether the server's
// identity is checked (StoreUrl::identityWarning() says when it is not).
struct Connection
{
    bool encrypted = false;
    QString tlsVersion; // "TLSv1.3"; empty when not encrypted
    QString role; // the PostgreSQL role logged in as
};

// For a PostgreSQL store; false with *error when it cannot be read.
bool connection(const HistoryStore &store, Connection *out, QString *error);

// Every scanner with a scan, a device or a watch in store, by name; false with
// *error when the store cannot be read.
bool scanners(const HistoryStore &store, QList<Scanner> *out, QString *error);

} // namespace StoreStatus
