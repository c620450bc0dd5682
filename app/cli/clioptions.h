#pragma once

#include <optional>

#include <QByteArray>
#include <QCommandLineParser>
#include <QStringList>

// What every portolan-cli command shares: reading its arguments (--help
// answered), one clear line on stderr for bad input, numbers in a range,
// formats by name, and writing to standard output.
namespace CliOptions {

// Exit status for bad input.
constexpr int usageExit = 2;

// "portolan-cli COMMAND: message" (or "portolan-cli: message" for the scan) on
// stderr; returns code.
int fail(const QString &command, const QString &message, int code = usageExit);

// Parses args (what follows the command's name) with parser. Returns an exit
// status when the command ends here: 0 after printing --help or --version, 2
// after a bad option; nothing when the command goes on.
std::optional<int> parse(
    QCommandLineParser *parser, const QString &command, const QStringList &args);

// The option's value as a whole number from min to max, else false and *error.
bool number(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max,
    int *value, QString *error);

// Writes data to standard output and flushes it.
void print(const QByteArray &data);

} // namespace CliOptions
