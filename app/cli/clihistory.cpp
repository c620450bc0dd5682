#include "cli/clihistory.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "cli/clioptions.h"
#include "core/formats/reportformat.h"
#include "core/history/historysql.h"
#include "core/history/historystore.h"
#include "core/history/pendingscans.h"
#include "core/history/scannername.h"
#include "core/results/resulttext.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliHistory", text);
}

int fail(const QString &message, int code = CliOptions::usageExit)
{
    return CliOptions::fail(QStringLiteral("history"), message, code);
}

QByteArray listText(const QList<HistoryStore::Entry> &entries)
{
    const QString scanner = QCoreApplication::translate("CliHistory", "SCANNER");
    qsizetype width = scanner.size();
    for (const HistoryStore::Entry &e : entries)
        width = std::max(width, e.scanner.size());
    QString out = QStringLiteral("%1  %2  %3 %4 %5  %6  %7\n")
                      .arg(QCoreApplication::translate("CliHistory", "ID"), 5)
                      .arg(QCoreApplication::translate("CliHistory", "STARTED"), -19)
                      .arg(QCoreApplication::translate("CliHistory", "DURATION"), 9)
                      .arg(QCoreApplication::translate("CliHistory", "UP"), 6)
                      .arg(QCoreApplication::translate("CliHistory", "OPEN"), 6)
                      .arg(scanner, -static_cast<int>(width))
                      .arg(QCoreApplication::translate("CliHistory", "TARGETS (PORTS)"));
    for (const HistoryStore::Entry &e : entries)
        out += QStringLiteral("%1  %2  %3 %4 %5  %6  %7 (%8)%9\n")
                   .arg(e.id, 5)
                   .arg(
                       e.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                   .arg(ResultText::formatDuration(e.elapsedMs), 9)
                   .arg(e.hostsUp, 6)
                   .arg(e.open, 6)
                   .arg(e.scanner, -static_cast<int>(width))
                   .arg(e.targets, e.ports)
                   .arg(e.cancelled ? QCoreApplication::translate("CliHistory", ", stopped")
                                    : QString());
    if (entries.isEmpty())
        out += QCoreApplication::translate("CliHistory", "No scans in the history.\n");
    return out.toUtf8();
}

QByteArray listJson(const QList<HistoryStore::Entry> &entries)
{
    QJsonArray array;
    for (const HistoryStore::Entry &e : entries)
        array.append(QJsonObject { { QStringLiteral("id"), e.id },
            { QStringLiteral("start_time"), e.started.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("elapsed_ms"), e.elapsedMs }, { QStringLiteral("targets"), e.targets },
            { QStringLiteral("ports"), e.ports },
            { QStringLiteral("hosts_up"), static_cast<qint64>(e.hostsUp) },
            { QStringLiteral("open"), static_cast<qint64>(e.open) },
            { QStringLiteral("results"), static_cast<qint64>(e.results) },
            { QStringLiteral("cancelled"), e.cancelled },
            { QStringLiteral("scanner"), e.scanner } });
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

} // namespace

namespace CliHistory {

bool open(HistoryStore *store, QString *error)
{
    QString notice;
    if (!store->open(HistoryStore::defaultLocation(), &notice, error))
        return false;
    if (ScannerName::isSet())
        store->setScannerFilter(ScannerName::current());
    if (!notice.isEmpty())
        QTextStream(stderr) << "portolan-cli: " << notice << '\n';
    return true;
}

int exitFor(const HistoryStore &store, const QString &error)
{
    return store.refused() ? CliOptions::usageExit : exitFor(error);
}

int exitFor(const QString &error)
{
    return HistorySql::isRefusal(error) ? CliOptions::usageExit : 1;
}

PendingScans::Outcome save(const ScanReport &report, QString *error)
{
    // A shared store that cannot take it now: kept on this machine, and said.
    qint64 id = 0;
    QString notice;
    const PendingScans::Outcome outcome = PendingScans::saveOrKeep(
        HistoryStore::defaultLocation(), report, HistoryStore::defaultKeep, &id, &notice, error);
    if (!notice.isEmpty())
        QTextStream(stderr) << "portolan-cli: " << notice << '\n';
    return outcome;
}

bool load(qint64 id, ScanReport *report, QString *error)
{
    HistoryStore store;
    return open(&store, error) && store.load(id, report, error);
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The scans kept in the history (%1).\n"
                                        "  list              the scans, newest first\n"
                                        "  show ID           one scan's report\n"
                                        "  delete ID         forget one scan")
                                         .arg(HistoryStore::defaultLocationDisplay()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("list, show or delete"),
        QStringLiteral("list|show ID|delete ID"));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("Output format: text or json for list; text, csv, json or xml for show (default "
           "text)."),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption search(QStringLiteral("search"),
        tr("List only scans of a host (address or name) or a port (number or service name, "
           "of either protocol; U:53 or 53/udp for one)."),
        QStringLiteral("TEXT"));
    parser.addOptions({ format, search });
    if (const auto exit = CliOptions::parse(&parser, QStringLiteral("history"), args))
        return *exit;
    const QStringList words = parser.positionalArguments();
    const QString command = words.value(0);
    const QString kind = parser.value(format).toLower();
    const bool list = command == QLatin1String("list");
    const QStringList kinds = list ? QStringList { QStringLiteral("text"), QStringLiteral("json") }
                                   : ReportFormats::names();
    if (!kinds.contains(kind))
        return fail(tr("invalid format \"%1\": expected %2")
                        .arg(parser.value(format), kinds.join(QStringLiteral(", "))));
    qint64 id = 0;
    if (list) {
        if (words.size() != 1)
            return fail(tr("list takes no argument"));
    } else if (command == QLatin1String("show") || command == QLatin1String("delete")) {
        if (words.size() != 2 || !parseId(words[1], &id))
            return fail(
                tr("%1 needs the id of a scan (see portolan-cli history list)").arg(command));
    } else {
        return fail(command.isEmpty()
                ? tr("give list, show ID or delete ID (try --help)")
                : tr("unknown command \"%1\": expected list, show or delete").arg(command));
    }

    HistoryStore store;
    QString error;
    if (!open(&store, &error))
        return fail(error, CliHistory::exitFor(store, error));
    if (list) {
        QList<HistoryStore::Entry> entries;
        if (!store.list(parser.value(search), &entries, &error))
            return fail(error, CliHistory::exitFor(store, error));
        CliOptions::print(kind == QLatin1String("json") ? listJson(entries) : listText(entries));
        return 0;
    }
    if (command == QLatin1String("delete")) {
        if (!store.remove(id, &error))
            return fail(error);
        CliOptions::print(tr("Scan %1 deleted from the history.\n").arg(id).toUtf8());
        return 0;
    }
    ScanReport report;
    if (!store.load(id, &report, &error))
        return fail(error);
    CliOptions::print(ReportFormats::toBytes(*ReportFormats::fromName(kind), report));
    return 0;
}

} // namespace CliHistory
