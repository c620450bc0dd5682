#include "launchoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

// Options QGuiApplication, QApplication and the xcb platform take for themselves
// (Qt's documentation of QGuiApplication and QApplication): a plain QCoreApplication
// leaves them in the arguments, and QCommandLineParser would read "-style" as
// five short options and "-platform xcb" as the ports "latform" and the target "xcb".
const QStringList &qtOptionsWithValue()
{
    static const QStringList options { QStringLiteral("platform"),
        QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qmljsdebugger"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("session"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("display"), QStringLiteral("geometry"),
        QStringLiteral("title"), QStringLiteral("icon"), QStringLiteral("name"),
        QStringLiteral("visual"), QStringLiteral("font") };
    return options;
}

const QStringList &qtFlags()
{
    static const QStringList flags { QStringLiteral("reverse"), QStringLiteral("widgetcount"),
        QStringLiteral("testability"), QStringLiteral("sync"), QStringLiteral("nograb"),
        QStringLiteral("dograb") };
    return flags;
}

// The arguments without Qt's options (and their values). Qt accepts each with
// one dash or two, and the ones with a value also as "-option=value".
QStringList withoutQtOptions(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || !argument.startsWith(QLatin1Char('-')) || argument.size() < 2) {
            kept.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) { // the rest are targets
            kept.append(arguments.mid(i));
            break;
        }
        QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals > 0 && qtOptionsWithValue().contains(name.left(equals)))
            continue;
        if (qtOptionsWithValue().contains(name)) {
            ++i; // its value
            continue;
        }
        if (!qtFlags().contains(name))
            kept.append(argument);
    }
    return kept;
}

} // namespace

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Portolan TCP and UDP port scanner."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("targets"),
        QCoreApplication::translate("main", "Hosts to fill in."), QStringLiteral("[TARGET...]"));
    const QCommandLineOption ports({ QStringLiteral("p"), QStringLiteral("ports") },
        QCoreApplication::translate(
            "main", "Ports to fill in; U:53,161 for UDP ports, T:22 for TCP."),
        QStringLiteral("PORTS"));
    const QCommandLineOption start(
        QStringLiteral("start"), QCoreApplication::translate("main", "Start the scan at once."));
    parser.addOptions({ ports, start });

    LaunchOptions options;
    if (!parser.parse(withoutQtOptions(arguments))) {
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
