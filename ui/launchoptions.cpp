#include "launchoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Portolan TCP port scanner."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("targets"),
        QCoreApplication::translate("main", "Hosts to fill in."), QStringLiteral("[TARGET...]"));
    const QCommandLineOption ports({ QStringLiteral("p"), QStringLiteral("ports") },
        QCoreApplication::translate("main", "Ports to fill in."), QStringLiteral("PORTS"));
    const QCommandLineOption start(
        QStringLiteral("start"), QCoreApplication::translate("main", "Start the scan at once."));
    parser.addOptions({ ports, start });

    LaunchOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.showHelp = parser.isSet(help);
    options.showVersion = parser.isSet(version);
    options.helpText = parser.helpText();
    options.targets = parser.positionalArguments().join(QLatin1Char(' '));
    options.ports = parser.value(ports);
    options.start = parser.isSet(start);
    return options;
}
