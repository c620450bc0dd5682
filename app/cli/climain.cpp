#include <cstdio>

#include <QCoreApplication>

#include "cli/clidevices.h"
#include "cli/clidiff.h"
#include "cli/clihistory.h"
#include "cli/cliscan.h"
#include "cli/cliwatch.h"
#include "core/history/historystore.h"
#include "core/history/storeurl.h"
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
    QStringList arguments = QCoreApplication::arguments().mid(1);
    // --store URL, for every command: where the history, devices and watches are.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        QString value;
        if (a == QLatin1String("--store") && i + 1 < arguments.size())
            value = arguments.takeAt(i + 1);
        else if (a.startsWith(QLatin1String("--store=")))
            value = a.mid(8);
        else if (a == QLatin1String("--store"))
            value = QStringLiteral(" "); // given without a value: refused below
        else
            continue;
        arguments.removeAt(i--);
        StoreUrl url;
        QString error;
        if (!StoreUrl::parse(value, &url, &error)) {
            std::fprintf(stderr, "portolan-cli: --store: %s\n", qPrintable(error));
            return 2;
        }
        HistoryStore::setLocation(value);
    }
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
