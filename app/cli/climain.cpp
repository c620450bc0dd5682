#include <cstdio>

#include <QCoreApplication>

#include "cli/clidevices.h"
#include "cli/clidiff.h"
#include "cli/clihistory.h"
#include "cli/cliscan.h"
#include "cli/clistore.h"
#include "cli/cliwatch.h"
#include "core/history/historystore.h"
#include "core/history/scannername.h"
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
    // For every command: --store URL, where the history, devices and watches are;
    // --scanner NAME, which scanner this is (a listing shows only its rows).
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        QString option;
        for (const char *name : { "--store", "--scanner" }) {
            const QLatin1String n(name);
            if (a == n || a.startsWith(n + QLatin1Char('=')))
                option = n;
        }
        if (option.isEmpty())
            continue;
        QString value = a.mid(option.size() + 1);
        if (a == option)
            value = i + 1 < arguments.size() ? arguments.takeAt(i + 1) : QString();
        arguments.removeAt(i--);
        StoreUrl url;
        QString error;
        const bool ok = option == QLatin1String("--store") ? StoreUrl::parse(value, &url, &error)
                                                           : ScannerName::valid(value, &error);
        if (!ok) {
            std::fprintf(stderr, "portolan-cli: %s: %s\n", qPrintable(option), qPrintable(error));
            return 2;
        }
        if (option == QLatin1String("--store"))
            HistoryStore::setLocation(value);
        else
            ScannerName::set(value);
    }
    const QString command = arguments.value(0);
    if (command == QLatin1String("diff"))
        return CliDiff::run(arguments.mid(1));
    if (command == QLatin1String("devices"))
        return CliDevices::run(arguments.mid(1));
    if (command == QLatin1String("history"))
        return CliHistory::run(arguments.mid(1));
    if (command == QLatin1String("store"))
        return CliStore::run(arguments.mid(1));
    if (command == QLatin1String("watch"))
        return CliWatch::run(arguments.mid(1));
    return CliScan::run(arguments);
}
