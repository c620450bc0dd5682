#pragma once

#include <QStringList>

// "portolan-cli [options] TARGET...": one scan, its report to standard output or
// a file. Exit status 0, 1 when the scan failed, 2 on bad input (one line on
// stderr).
namespace CliScan {

// args: the command line without the program's name.
int run(const QStringList &args);

} // namespace CliScan
