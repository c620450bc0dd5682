#include "cli/clioptions.h"

#include <cstdio>

#include <QCoreApplication>
#include <QTextStream>

namespace CliOptions {

int fail(const QString &command, const QString &message, int code)
{
    QTextStream(stderr) << "portolan-cli"
                        << (command.isEmpty() ? QString() : QLatin1Char(' ') + command) << ": "
                        << message << '\n';
    return code;
}

std::optional<int> parse(
    QCommandLineParser *parser, const QString &command, const QStringList &args)
{
    const QString program = command.isEmpty() ? QStringLiteral("portolan-cli")
                                              : QStringLiteral("portolan-cli ") + command;
    if (!parser->parse(QStringList { program } + args))
        return fail(command, parser->errorText());
    if (parser->isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser->helpText()), stdout);
        return 0;
    }
    if (command.isEmpty() && parser->isSet(QStringLiteral("version"))) {
        std::printf("portolan-cli %s\n", PORTOLAN_VERSION);
        return 0;
    }
    return std::nullopt;
}

bool number(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max,
    int *value, QString *error)
{
    bool ok = false;
    const QString text = parser.value(option);
    *value = text.toInt(&ok);
    if (ok && *value >= min && *value <= max)
        return true;
    *error = QCoreApplication::translate(
        "portolan-cli", "invalid value \"%1\" for --%2: expected %3 to %4")
                 .arg(text, option.names().constLast())
                 .arg(min)
                 .arg(max);
    return false;
}

void print(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stdout);
    std::fflush(stdout);
}

} // namespace CliOptions
