#pragma once

#include <QStringList>

// "portolan-cli diff OLD NEW": what changed between two saved scans (Portolan
// JSON or nmap XML files). Exit status 0 when nothing changed, 3 when something
// did, 2 on bad input (one line on stderr).
namespace CliDiff {

constexpr int changedExit = 3;

// args: what follows "diff" on the command line.
int run(const QStringList &args);

} // namespace CliDiff
