#pragma once

#include <QStringList>

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
// Saves a finished scan (the CLI's, unless --no-history); false and *error when
// it could not be saved, which never fails the scan.
bool save(const ScanReport &report, QString *error);
// A scan by its id in the history, for "diff".
bool load(qint64 id, ScanReport *report, QString *error);

} // namespace CliHistory
