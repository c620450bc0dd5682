#pragma once

#include <QStringList>

// "portolan-cli watch add|list|remove|pause|resume|run|events": scans that run
// again every interval and say what changed (core/watch). "watch run" exits 0
// when nothing changed, 3 when something did, 2 on error or bad input (one line
// on stderr).
namespace CliWatch {

constexpr int changedExit = 3;

// args: what follows "watch" on the command line.
int run(const QStringList &args);

} // namespace CliWatch
