#include "cli/clistore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include "cli/clioptions.h"
#include "core/history/historystore.h"
#include "core/history/pendingscans.h"
#include "core/history/storecopy.h"
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
        return fail(error, 1);
    if (!notice.isEmpty())
        return fail(notice, 1); // a damaged source was set aside: nothing to copy
    if (!target.open(toText, &notice, &error))
        return fail(error, 1);
    if (!notice.isEmpty())
        QTextStream(stderr) << "portolan-cli: " << notice << '\n';
    QString held;
    if (!StoreCopy::contents(target, &held, &error))
        return fail(error, 1);
    if (!held.isEmpty())
        return fail(StoreCopy::notEmpty(target, held));
    QList<StoreCopy::Count> counts;
    if (!StoreCopy::copy(source, target, &counts, &error))
        return fail(error, 1);
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

} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The store itself: where the history, the devices and the watches are (%1).\n"
           "  copy FROM TO      copy a whole store into a new, empty one, and check it\n"
           "  flush             write the scans kept here while a shared store was away\n"
           "FROM and TO: sqlite:PATH (or a path) or postgresql://USER@HOST[:PORT]/DB.")
            .arg(HistoryStore::defaultLocationDisplay()));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("copy or flush"), QStringLiteral("copy FROM TO|flush"));
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
    return fail(command.isEmpty()
            ? tr("give copy FROM TO or flush (try --help)")
            : tr("unknown command \"%1\": expected copy or flush").arg(command));
}

} // namespace CliStore
