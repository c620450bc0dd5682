#pragma once

#include <QString>
#include <QStringList>

class HistoryStore;
struct ScanReport;

// Scans that could not reach a shared store (a PostgreSQL server away or
// refusing): kept as files on this machine, one per scan, in Portolan's JSON with
// the scanner that made them, until "portolan-cli store flush" (or the next save
// that reaches the store) writes them there. A scan is never lost because the
// server was down when it ended.
namespace PendingScans {

// $XDG_DATA_HOME/portolan/pending
QString folder();
// The kept scans' files, oldest first.
QStringList files();

enum class Outcome {
    Saved, // in the store, *id its id
    Kept, // the store is away: kept here, *notice says where and how it gets there
    KeptRefused, // the store refused this scanner (credentials, certificate, rights):
                 // kept here all the same; *error names the cause and where it is kept
    Failed, // neither worked: *error
};

// Saves report into the store at location and trims it to keep scans (0: no
// trim). When that store is PostgreSQL and cannot take it, the scan is kept here
// instead. Scans kept earlier go first when the store is reachable again.
Outcome saveOrKeep(const QString &location, const ScanReport &report, int keep, qint64 *id,
    QString *notice, QString *error);

// Keeps report, made by scanner, as a file here; its path in *path.
bool keep(const ScanReport &report, const QString &scanner, QString *path, QString *error);

// Writes the kept scans into store (open), oldest first, each file removed once
// its scan is saved; stops at the first that fails (false, *error), the rest
// kept. *written: scans written.
bool flush(HistoryStore *store, int keep, int *written, QString *error);

} // namespace PendingScans
