#pragma once

#include <QStringList>

#include "cli/clirunner.h"

// "portolan-cli [options] TARGET...": one scan, its report to standard output or
// a file. Exit status 0, 1 when the scan failed, 2 on bad input (one line on
// stderr).
namespace CliScan {

// args: the command line without the program's name.
int run(const QStringList &args);

// Reads a scan's options and targets as the scan command takes them (no --help)
// into *settings, for commands that keep a scan to run later ("watch add"); false
// with *error on bad input.
bool readScan(const QStringList &args, CliRunner::Settings *settings, QString *error);

} // namespace CliScan
