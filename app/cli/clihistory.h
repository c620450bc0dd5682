#pragma once

#include <QStringList>

#include "core/history/pendingscans.h"

class HistoryStore;
struct ScanReport;

// "portolan-cli history list|show ID|delete ID": the scans kept in the history
// (HistoryStore::defaultPath(), where the window will keep its scans too). Exit
// status 0, or 2 on bad input or an id not there (one line on stderr), 1 when the
// history cannot be read.
namespace CliHistory {

// args: what follows "history" on the command line.
int run(const QStringList &args);

// Opens the default history for the CLI, saying on stderr what open() noticed.
bool open(HistoryStore *store, QString *error);
// The exit status for a failure of store: 2 where the store refused this scanner
// (its credentials, certificate or rights: the user has to put that right), 1
// where it could not be used (an outage, a damaged file).
int exitFor(const HistoryStore &store, const QString &error);
// The same for a failure of a store that was opened.
int exitFor(const QString &error);
// Saves a finished scan (the CLI's, unless --no-history), or keeps it here while
// a shared store is away (said on stderr). Failed, or KeptRefused (the store
// refused this scanner), with *error: the scan stands, the caller says why.
PendingScans::Outcome save(const ScanReport &report, QString *error);
// A scan by its id in the history, for "diff".
bool load(qint64 id, ScanReport *report, QString *error);

} // namespace CliHistory
