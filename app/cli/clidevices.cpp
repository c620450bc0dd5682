#include "cli/clidevices.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include "cli/clihistory.h"
#include "cli/clioptions.h"
#include "core/formats/deviceformat.h"
#include "core/history/devicestore.h"
#include "core/history/historystore.h"

namespace CliDevices {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliDevices", text);
}

int fail(const QString &message, int code = CliOptions::usageExit)
{
    return CliOptions::fail(QStringLiteral("devices"), message, code);
}

// How many words each command takes after its name.
int wordsOf(const QString &command)
{
    if (command == QLatin1String("list"))
        return 0;
    if (command == QLatin1String("label") || command == QLatin1String("notes"))
        return 2;
    if (command == QLatin1String("known") || command == QLatin1String("unknown")
        || command == QLatin1String("forget") || command == QLatin1String("import"))
        return 1;
    return -1;
}

int list(const DeviceStore &devices, const QString &search, const QString &kind)
{
    QList<Device> all;
    QString error;
    if (!devices.list(search, &all, &error))
        return fail(error, CliHistory::exitFor(error));
    if (kind == QLatin1String("json"))
        CliOptions::print(DeviceFormat::toJson(all));
    else if (kind == QLatin1String("csv"))
        CliOptions::print(DeviceFormat::toCsv(all));
    else
        CliOptions::print(DeviceFormat::toText(all));
    return 0;
}

int import(DeviceStore &devices, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    int count = 0;
    QString error;
    if (!devices.importLabels(file.readAll(), &count, &error))
        return fail(QStringLiteral("%1: %2").arg(path, error));
    CliOptions::print(QCoreApplication::translate(
        "CliDevices", "%n device(s) labelled from %1.\n", nullptr, count)
                          .arg(path)
                          .toUtf8());
    return 0;
}

// label, notes, known, unknown, forget: on the device words[1] names.
int change(DeviceStore &devices, const QStringList &words)
{
    const QString &command = words[0];
    qint64 id = 0;
    QString error;
    if (!devices.find(words[1], &id, &error))
        return fail(error);
    bool ok = false;
    QString done;
    if (command == QLatin1String("label")) {
        ok = devices.setLabel(id, words[2], &error);
        done = words[2].trimmed().isEmpty()
            ? tr("Label of %1 removed.\n").arg(words[1])
            : tr("%1 labelled \"%2\".\n").arg(words[1], words[2].trimmed());
    } else if (command == QLatin1String("notes")) {
        ok = devices.setNotes(id, words[2], &error);
        done = tr("Notes of %1 saved.\n").arg(words[1]);
    } else if (command == QLatin1String("forget")) {
        ok = devices.forget(id, &error);
        done = tr("%1 forgotten.\n").arg(words[1]);
    } else {
        const bool known = command == QLatin1String("known");
        ok = devices.setKnown(id, known, &error);
        done = (known ? tr("%1 marked known.\n") : tr("%1 marked new again.\n")).arg(words[1]);
    }
    if (!ok)
        return fail(error, CliHistory::exitFor(error));
    CliOptions::print(done.toUtf8());
    return 0;
}

} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The devices the scans kept in the history have seen (%1).\n"
           "  list                   every device (the default)\n"
           "  label DEVICE TEXT      give a device a label (\"\" removes it)\n"
           "  notes DEVICE TEXT      keep notes on a device\n"
           "  known DEVICE           mark a device known (no longer new)\n"
           "  unknown DEVICE         mark it new again\n"
           "  forget DEVICE          remove a device from the inventory\n"
           "  import FILE            labels from CSV: device,label[,notes] per line\n"
           "DEVICE is a MAC address or an address the device had.")
            .arg(HistoryStore::defaultLocationDisplay()));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("list, label, notes, known, unknown, forget or import"));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("Output format of list: text, csv or json (default text)."), QStringLiteral("FORMAT"),
        QStringLiteral("text"));
    const QCommandLineOption search(QStringLiteral("search"),
        tr("List only devices whose label, notes, names, addresses, MAC or vendor hold TEXT, or "
           "that had port TEXT open (a number of either protocol, or 53/udp)."),
        QStringLiteral("TEXT"));
    parser.addOptions({ format, search });
    if (const auto exit = CliOptions::parse(&parser, QStringLiteral("devices"), args))
        return *exit;
    QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        words.append(QStringLiteral("list"));
    const int wanted = wordsOf(words[0]);
    if (wanted < 0)
        return fail(tr("unknown command \"%1\": expected list, label, notes, known, unknown, "
                       "forget or import")
                        .arg(words[0]));
    if (words.size() != wanted + 1)
        return fail(wanted == 0 ? tr("list takes no argument (filter with --search)")
                                : (wanted == 2 ? tr("%1 needs a device and a text")
                                               : (words[0] == QLatin1String("import")
                                                       ? tr("%1 needs a file")
                                                       : tr("%1 needs a device (a MAC address or "
                                                            "an address)")))
                                      .arg(words[0]));
    const QString kind = parser.value(format).toLower();
    if (kind != QLatin1String("text") && kind != QLatin1String("csv")
        && kind != QLatin1String("json"))
        return fail(
            tr("invalid format \"%1\": expected text, csv or json").arg(parser.value(format)));
    HistoryStore store;
    QString error;
    if (!CliHistory::open(&store, &error))
        return fail(error, CliHistory::exitFor(store, error));
    DeviceStore devices(store);
    if (words[0] == QLatin1String("list"))
        return list(devices, parser.value(search), kind);
    if (words[0] == QLatin1String("import"))
        return import(devices, words[1]);
    return change(devices, words);
}

} // namespace CliDevices
