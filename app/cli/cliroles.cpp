#include "cli/cliroles.h"

#include <sys/stat.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>

#include "cli/clihistory.h"
#include "cli/clioptions.h"
#include "core/history/historystore.h"
#include "core/history/storeroles.h"
#include "core/history/storeurl.h"

namespace CliRoles {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliRoles", text);
}

int fail(const QString &message, int code = CliOptions::usageExit)
{
    return CliOptions::fail(QStringLiteral("store"), message, code);
}

// The password: the file's first line. A file other users may read is refused,
// as libpq refuses such a ~/.pgpass: the password would not be a secret.
bool readPassword(const QString &path, QString *password, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    struct stat st
    {
    };
    if (::fstat(file.handle(), &st) == 0 && (st.st_mode & 077) != 0) {
        *error = tr("%1 can be read by other users: chmod 600 it first").arg(path);
        return false;
    }
    *password = QString::fromUtf8(file.readLine(4096)).remove(QLatin1Char('\n'));
    password->remove(QLatin1Char('\r'));
    if (password->isEmpty()) {
        *error = tr("%1 holds no password (its first line is empty)").arg(path);
        return false;
    }
    return true;
}

bool openStore(HistoryStore *store, QString *error)
{
    StoreUrl url;
    if (!StoreUrl::parse(HistoryStore::defaultLocation(), &url, error))
        return false;
    if (!url.isPostgresql()) {
        *error = tr("roles are a shared store's: give --store postgresql://OWNER@HOST/DB");
        return false;
    }
    QString notice;
    return store->open(HistoryStore::defaultLocation(), &notice, error);
}

int list()
{
    HistoryStore store;
    QString error;
    if (!openStore(&store, &error))
        return fail(error, CliHistory::exitFor(store, error));
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    QList<StoreRoles::Role> roles;
    if (!StoreRoles::list(db, &roles, &error))
        return fail(error, CliHistory::exitFor(store, error));
    QString out;
    for (const StoreRoles::Role &r : std::as_const(roles))
        out += QStringLiteral("%1  %2\n")
                   .arg(r.name, -24)
                   .arg(r.kind == StoreRoles::Kind::Viewer ? tr("viewer (reads everything)")
                                                           : tr("scanner (writes its own rows)"));
    if (roles.isEmpty())
        out = tr("This store has no roles of its own: whoever logs in as its owner may do "
                 "everything.\n");
    CliOptions::print(out.toUtf8());
    return 0;
}

} // namespace

bool handles(const QString &command)
{
    return command == QLatin1String("add-scanner") || command == QLatin1String("add-viewer")
        || command == QLatin1String("remove-role") || command == QLatin1String("roles");
}

int run(const QStringList &args)
{
    const QString command = args.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The login roles of a shared PostgreSQL store, run with the owner's --store URL.\n"
           "  add-scanner NAME  a role that writes only scanner NAME's rows\n"
           "  add-viewer NAME   a role that reads everything and writes nothing\n"
           "  remove-role NAME  drop a role this store made (its scans stay)\n"
           "  roles             the roles this store made\n"
           "Without --password-file a role logs in only by a client certificate whose\n"
           "name (CN) is NAME (pg_hba.conf: hostssl ... cert)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("the command and its NAME"),
        QStringLiteral("add-scanner|add-viewer|remove-role NAME|roles"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        tr("The new role's password: the first line of FILE (mode 600)."), QStringLiteral("FILE"));
    parser.addOption(passwordFile);
    if (const auto exit = CliOptions::parse(&parser, QStringLiteral("store"), args))
        return *exit;
    const QStringList words = parser.positionalArguments();
    if (command == QLatin1String("roles")) {
        if (words.size() != 1 || parser.isSet(passwordFile))
            return fail(tr("roles takes no argument"));
        return list();
    }
    if (words.size() != 2)
        return fail(tr("%1 needs the role's NAME").arg(command));
    const QString &name = words.at(1);
    QString error;
    if (!StoreRoles::validName(name, &error))
        return fail(tr("NAME: %1").arg(error));
    const bool adding = command != QLatin1String("remove-role");
    if (!adding && parser.isSet(passwordFile))
        return fail(tr("remove-role takes no --password-file"));
    QString password;
    if (parser.isSet(passwordFile) && !readPassword(parser.value(passwordFile), &password, &error))
        return fail(error);
    HistoryStore store;
    if (!openStore(&store, &error))
        return fail(error, CliHistory::exitFor(store, error));
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    if (!adding) {
        if (!StoreRoles::remove(db, name, &error))
            return fail(error, error.contains(QLatin1String("store roles")) ? 2 : 1);
        CliOptions::print(tr("Role %1 removed; its scans stay in the store.\n").arg(name).toUtf8());
        return 0;
    }
    const auto kind = command == QLatin1String("add-viewer") ? StoreRoles::Kind::Viewer
                                                             : StoreRoles::Kind::Scanner;
    if (!StoreRoles::add(db, kind, name, password, &error))
        return fail(error, CliHistory::exitFor(store, error));
    QString out = kind == StoreRoles::Kind::Viewer
        ? tr("Role %1 added: it reads the whole store and writes nothing.\n").arg(name)
        : tr("Role %1 added: it writes only scanner %1's scans, watches and events, and "
             "records what it sees of shared devices.\n")
              .arg(name);
    if (password.isEmpty())
        out += tr("It has no password: it logs in with a client certificate whose name is %1.\n")
                   .arg(name);
    CliOptions::print(out.toUtf8());
    return 0;
}

} // namespace CliRoles
