#include "cli/clistore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "cli/clihistory.h"
#include "cli/clioptions.h"
#include "cli/cliroles.h"
#include "core/history/historystore.h"
#include "core/history/pendingscans.h"
#include "core/history/scannername.h"
#include "core/history/storecopy.h"
#include "core/history/storestatus.h"
#include "core/history/storeurl.h"

namespace CliStore {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliStore", text, disambiguation, n);
}

int fail(const QString &message, int code = CliOptions::usageExit)
{
    return CliOptions::fail(QStringLiteral("store"), message, code);
}

int copy(const QString &fromText, const QString &toText)
{
    StoreUrl from;
    StoreUrl to;
    QString error;
    if (!StoreUrl::parse(fromText, &from, &error))
        return fail(tr("FROM: %1").arg(error));
    if (!StoreUrl::parse(toText, &to, &error))
        return fail(tr("TO: %1").arg(error));
    // A file that is not there is a mistake, not an empty history to copy.
    if (!from.isPostgresql() && !QFileInfo(from.path).isFile())
        return fail(tr("cannot read %1: there is no such file").arg(from.path));
    if (from.display() == to.display()
        || (!from.isPostgresql() && !to.isPostgresql()
            && QFileInfo(from.path).canonicalFilePath() == QFileInfo(to.path).canonicalFilePath()))
        return fail(tr("FROM and TO are the same store"));
    HistoryStore source;
    HistoryStore target;
    QString notice;
    if (!source.open(fromText, &notice, &error))
        return fail(error, CliHistory::exitFor(source, error));
    if (source.startedAnew())
        return fail(notice, 1); // a damaged source was set aside: nothing to copy
    if (!notice.isEmpty())
        QTextStream(stderr) << "portolan-cli: " << notice << '\n';
    if (!target.open(toText, &notice, &error))
        return fail(error, CliHistory::exitFor(target, error));
    if (!notice.isEmpty())
        QTextStream(stderr) << "portolan-cli: " << notice << '\n';
    QString held;
    if (!StoreCopy::contents(target, &held, &error))
        return fail(error, CliHistory::exitFor(target, error));
    if (!held.isEmpty())
        return fail(StoreCopy::notEmpty(target, held));
    QList<StoreCopy::Count> counts;
    if (!StoreCopy::copy(source, target, &counts, &error))
        return fail(error, CliHistory::exitFor(target, error));
    QString out = tr("Copied %1 to %2:\n").arg(from.display(), to.display());
    for (const StoreCopy::Count &c : std::as_const(counts))
        out += QStringLiteral("  %1 %2\n").arg(c.table, -17).arg(c.rows, 10);
    out += tr("Every table of the copy holds as many rows as the original's.\n");
    CliOptions::print(out.toUtf8());
    return 0;
}

int flush()
{
    const QStringList kept = PendingScans::files();
    if (kept.isEmpty()) {
        CliOptions::print(tr("No scans are waiting for the store.\n").toUtf8());
        return 0;
    }
    HistoryStore store;
    QString notice;
    QString error;
    if (!store.open(HistoryStore::defaultLocation(), &notice, &error))
        return fail(tr("%1 (%n scan(s) still kept in %2)", nullptr, kept.size())
                        .arg(error, PendingScans::folder()),
            1);
    if (!notice.isEmpty())
        QTextStream(stderr) << "portolan-cli: " << notice << '\n';
    int written = 0;
    const bool ok = PendingScans::flush(&store, HistoryStore::defaultKeep, &written, &error);
    CliOptions::print(
        tr("%n scan(s) written to %1.\n", nullptr, written).arg(store.path()).toUtf8());
    if (!ok)
        return fail(tr("%1 (%n scan(s) still kept in %2)", nullptr,
                        static_cast<int>(PendingScans::files().size()))
                        .arg(error, PendingScans::folder()),
            1);
    return 0;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QStringLiteral("-");
}

// How this scanner reaches a PostgreSQL store: the role, TLS, and whether the
// server's identity is checked.
QString connectionText(const HistoryStore &store)
{
    StoreStatus::Connection c;
    QString error;
    if (!StoreStatus::connection(store, &c, &error))
        return tr("Connection: cannot be read (%1)\n").arg(error);
    StoreUrl url;
    StoreUrl::parse(HistoryStore::defaultLocation(), &url, &error);
    QString out = c.encrypted ? tr("Connection: as %1, encrypted (%2)\n").arg(c.role, c.tlsVersion)
                              : tr("Connection: as %1, not encrypted\n").arg(c.role);
    const QString warning = url.identityWarning();
    if (!warning.isEmpty())
        out += tr("Warning: %1\n").arg(warning);
    else if (url.verifiesServer())
        out += tr("The server's certificate and name are checked (sslmode=verify-full).\n");
    return out;
}

QByteArray statusText(const HistoryStore &store, const QList<StoreStatus::Scanner> &scanners)
{
    const bool postgresql = store.engine() == HistorySchema::Engine::Postgresql;
    QString out = tr("Store: %1 (%2, schema %3)\n")
                      .arg(store.path(),
                          postgresql ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
                      .arg(HistoryStore::schemaVersion);
    out += tr("This scanner: %1\n").arg(store.scanner());
    if (postgresql)
        out += connectionText(store);
    qsizetype width = tr("SCANNER").size();
    for (const StoreStatus::Scanner &s : scanners)
        width = std::max(width, s.name.size());
    out += QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(tr("SCANNER"), -static_cast<int>(width))
               .arg(tr("SCANS"), 7)
               .arg(tr("LAST SCAN"), -19)
               .arg(tr("DEVICES"), 7)
               .arg(tr("WATCHES"), 7);
    for (const StoreStatus::Scanner &s : scanners)
        out += QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(s.name, -static_cast<int>(width))
                   .arg(s.scans, 7)
                   .arg(timeText(s.lastScan), -19)
                   .arg(s.devices, 7)
                   .arg(s.watches, 7);
    if (scanners.isEmpty())
        out += tr("No scanner has written to this store yet.\n");
    const int kept = static_cast<int>(PendingScans::files().size());
    if (postgresql || kept > 0)
        out += tr("%n scan(s) kept here, waiting for the store (%1).\n", nullptr, kept)
                   .arg(PendingScans::folder());
    return out.toUtf8();
}

QByteArray statusJson(const HistoryStore &store, const QList<StoreStatus::Scanner> &scanners)
{
    QJsonArray list;
    for (const StoreStatus::Scanner &s : scanners)
        list.append(QJsonObject { { QStringLiteral("name"), s.name },
            { QStringLiteral("scans"), s.scans },
            { QStringLiteral("last_scan"),
                s.lastScan.isValid() ? QJsonValue(s.lastScan.toUTC().toString(Qt::ISODateWithMs))
                                     : QJsonValue() },
            { QStringLiteral("devices"), s.devices }, { QStringLiteral("watches"), s.watches } });
    const bool postgresql = store.engine() == HistorySchema::Engine::Postgresql;
    QJsonObject tls;
    StoreStatus::Connection c;
    QString error;
    StoreUrl url;
    if (postgresql && StoreStatus::connection(store, &c, &error)
        && StoreUrl::parse(HistoryStore::defaultLocation(), &url, &error))
        tls = QJsonObject { { QStringLiteral("role"), c.role },
            { QStringLiteral("encrypted"), c.encrypted },
            { QStringLiteral("tls_version"), c.tlsVersion },
            { QStringLiteral("sslmode"), url.effectiveSslMode() },
            { QStringLiteral("server_verified"), c.encrypted && url.verifiesServer() },
            { QStringLiteral("warning"), url.identityWarning() } };
    QJsonObject o { { QStringLiteral("store"), store.path() },
        { QStringLiteral("engine"),
            postgresql ? QStringLiteral("postgresql") : QStringLiteral("sqlite") },
        { QStringLiteral("schema"), HistoryStore::schemaVersion },
        { QStringLiteral("this_scanner"), store.scanner() }, { QStringLiteral("scanners"), list },
        { QStringLiteral("kept_here"), static_cast<qint64>(PendingScans::files().size()) } };
    if (!tls.isEmpty())
        o.insert(QStringLiteral("connection"), tls);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int status(const QString &format)
{
    const QString kind = format.toLower();
    if (kind != QLatin1String("text") && kind != QLatin1String("json"))
        return fail(tr("invalid format \"%1\": expected text or json").arg(format));
    HistoryStore store;
    QString notice;
    QString error;
    if (!store.open(HistoryStore::defaultLocation(), &notice, &error))
        return fail(error, CliHistory::exitFor(store, error));
    if (!notice.isEmpty())
        QTextStream(stderr) << "portolan-cli: " << notice << '\n';
    QList<StoreStatus::Scanner> scanners;
    if (!StoreStatus::scanners(store, &scanners, &error))
        return fail(error, CliHistory::exitFor(store, error));
    CliOptions::print(
        kind == QLatin1String("json") ? statusJson(store, scanners) : statusText(store, scanners));
    return 0;
}

} // namespace

int run(const QStringList &args)
{
    if (CliRoles::handles(args.value(0)))
        return CliRoles::run(args);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The store itself: where the history, the devices and the watches are (%1).\n"
           "  copy FROM TO      copy a whole store into a new, empty one, and check it\n"
           "  flush             write the scans kept here while a shared store was away\n"
           "  status            each scanner's scans, last scan, devices and watches\n"
           "  add-scanner, add-viewer, remove-role, roles: the store's login roles\n"
           "                    (portolan-cli store add-scanner --help)\n"
           "FROM and TO: sqlite:PATH (or a path) or postgresql://USER@HOST[:PORT]/DB.")
            .arg(HistoryStore::defaultLocationDisplay()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("copy, flush or status"),
        QStringLiteral("copy FROM TO|flush|status"));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("Output format of status: text or json (default text)."), QStringLiteral("FORMAT"),
        QStringLiteral("text"));
    parser.addOption(format);
    if (const auto exit = CliOptions::parse(&parser, QStringLiteral("store"), args))
        return *exit;
    const QStringList words = parser.positionalArguments();
    const QString command = words.value(0);
    if (command == QLatin1String("copy")) {
        if (words.size() != 3)
            return fail(tr("copy needs FROM and TO (two stores)"));
        return copy(words[1], words[2]);
    }
    if (command == QLatin1String("flush")) {
        if (words.size() != 1)
            return fail(tr("flush takes no argument (the store is --store's)"));
        return flush();
    }
    if (command == QLatin1String("status")) {
        if (words.size() != 1)
            return fail(tr("status takes no argument (the store is --store's)"));
        return status(parser.value(format));
    }
    return fail(command.isEmpty()
            ? tr("give copy FROM TO, flush or status (try --help)")
            : tr("unknown command \"%1\": expected copy, flush or status").arg(command));
}

} // namespace CliStore
