#include "cli/clistore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include "cli/clioptions.h"
#include "core/history/historystore.h"
#include "core/history/storecopy.h"
#include "core/history/storeurl.h"

namespace CliStore {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliStore", text);
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

} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The store itself: where the history, the devices and the watches are.\n"
           "  copy FROM TO      copy a whole store into a new, empty one, and check it\n"
           "FROM and TO: sqlite:PATH (or a path) or postgresql://USER@HOST[:PORT]/DB."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("copy"), QStringLiteral("copy"));
    if (const auto exit = CliOptions::parse(&parser, QStringLiteral("store"), args))
        return *exit;
    const QStringList words = parser.positionalArguments();
    const QString command = words.value(0);
    if (command == QLatin1String("copy")) {
        if (words.size() != 3)
            return fail(tr("copy needs FROM and TO (two stores)"));
        return copy(words[1], words[2]);
    }
    return fail(command.isEmpty() ? tr("give copy FROM TO (try --help)")
                                  : tr("unknown command \"%1\": expected copy").arg(command));
}

} // namespace CliStore
