#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>

#include "core/appsettings.h"
#include "core/scanjob.h"
#include "dialogs.h"
#include "icons.h"
#include "mainwindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Portolan"));
    QApplication::setOrganizationDomain(QStringLiteral("portolan.invalid"));
    QApplication::setApplicationName(QStringLiteral("portolan"));
    QApplication::setApplicationDisplayName(QStringLiteral("Portolan"));
    QApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.portolan.Portolan"));
    QApplication::setWindowIcon(Icons::application());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Portolan TCP port scanner."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("targets"), QApplication::translate("main", "Hosts to fill in."),
        QStringLiteral("[TARGET...]"));
    const QCommandLineOption ports({ QStringLiteral("p"), QStringLiteral("ports") },
        QApplication::translate("main", "Ports to fill in."), QStringLiteral("PORTS"));
    const QCommandLineOption start(QStringLiteral("start"), QApplication::translate("main", "Start the scan at once."));
    parser.addOptions({ ports, start });
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "portolan: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("portolan %s\n", PORTOLAN_VERSION);
        return 0;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }

    ScanJob::raiseFileLimit();
    MainWindow window(std::make_unique<AppSettings>(), std::make_unique<Dialogs>());
    if (!parser.positionalArguments().isEmpty())
        window.setTargets(parser.positionalArguments().join(QLatin1Char(' ')));
    if (parser.isSet(ports))
        window.setPorts(parser.value(ports));
    window.show();
    if (parser.isSet(start))
        window.startScan();
    return QApplication::exec();
}
