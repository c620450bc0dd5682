#pragma once

#include <QStringList>

// "portolan-cli store copy FROM TO": a whole store (history, inventory, watches)
// into another, empty one, SQLite or PostgreSQL (core/history/storecopy.h), and
// the rows of each table said. "store flush": the scans kept on this machine
// while a shared store was away (core/history/pendingscans.h) written to it.
// Exit status 0, 2 on bad input or a target that is not empty (one line on
// stderr), 1 when a store cannot be used.
namespace CliStore {

// args: what follows "store" on the command line.
int run(const QStringList &args);

} // namespace CliStore
