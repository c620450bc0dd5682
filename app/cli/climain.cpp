#include <QCoreApplication>

#include "cli/clidevices.h"
#include "cli/clidiff.h"
#include "cli/clihistory.h"
#include "cli/cliscan.h"
#include "cli/cliwatch.h"
#include "core/settings/translator.h"

// portolan-cli: a command per unit (cli/cli*.h); a first word that names no
// command starts a scan.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portolan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    Translator translator;
    translator.setLanguage(QString()); // the system's language
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.value(0);
    if (command == QLatin1String("diff"))
        return CliDiff::run(arguments.mid(1));
    if (command == QLatin1String("devices"))
        return CliDevices::run(arguments.mid(1));
    if (command == QLatin1String("history"))
        return CliHistory::run(arguments.mid(1));
    if (command == QLatin1String("watch"))
        return CliWatch::run(arguments.mid(1));
    return CliScan::run(arguments);
}
