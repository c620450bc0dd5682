#include "common/pgserver.h"

#include <pwd.h>

#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {

// The newest server Debian installed: /usr/lib/postgresql/VERSION/bin.
QString serverBin()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
        [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = root.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

} // namespace

PgServer::~PgServer()
{
    if (m_started) {
        QString ignored;
        run({ m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") },
            &ignored);
    }
}

bool PgServer::run(const QStringList &command, QString *output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = command;
    QString program = args.takeFirst();
    if (m_asPostgres) {
        args.prepend(program);
        args
            = QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--") }
            + args;
        program = QStringLiteral("runuser");
    }
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    *output = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PgServer::start(QString *why)
{
    return make(why) && resume(why);
}

bool PgServer::startWithTls(const Tls &tls, QString *why)
{
    if (!make(why))
        return false;
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QList<std::pair<QString, QString>> files { { tls.certFile, QStringLiteral("server.crt") },
        { tls.keyFile, QStringLiteral("server.key") }, { tls.caFile, QStringLiteral("ca.crt") } };
    for (const auto &[from, name] : files) {
        const QString to = data + QLatin1Char('/') + name;
        if (!QFile::copy(from, to)
            || !QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner)) {
            *why = QStringLiteral("cannot copy %1 into the cluster").arg(from);
            return false;
        }
        if (m_asPostgres) {
            const passwd *account = ::getpwnam("postgres");
            if (!account
                || ::chown(QFile::encodeName(to).constData(), account->pw_uid, account->pw_gid)
                    != 0) {
                *why = QStringLiteral("cannot give %1 to postgres").arg(to);
                return false;
            }
        }
    }
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *why = QStringLiteral("cannot write pg_hba.conf");
        return false;
    }
    hba.write("local all all trust\n");
    hba.write(tls.hba.join(QLatin1Char('\n')).toUtf8() + '\n');
    hba.close();
    m_listen = QStringLiteral(" -c listen_addresses='*' -c port=5432 -c ssl=on "
                              "-c ssl_cert_file=server.crt -c ssl_key_file=server.key "
                              "-c ssl_ca_file=ca.crt -c password_encryption=scram-sha-256");
    return resume(why);
}

bool PgServer::psql(const QString &database, const QString &sql, QString *why) const
{
    QString out;
    if (!run({ m_bin + QStringLiteral("/psql"), QStringLiteral("-h"), m_dir.path(),
                 QStringLiteral("-U"), user(), QStringLiteral("-d"), database, QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qc"), sql },
            &out)) {
        *why = QStringLiteral("psql failed: ") + out.right(1000);
        return false;
    }
    return true;
}

bool PgServer::make(QString *why)
{
    m_bin = serverBin();
    if (m_bin.isEmpty()) {
        *why = QStringLiteral("no PostgreSQL server (Debian package postgresql) is installed");
        return false;
    }
    if (!m_dir.isValid()) {
        *why = QStringLiteral("cannot make a temporary directory");
        return false;
    }
    if (::geteuid() == 0) {
        const passwd *account = ::getpwnam("postgres");
        if (!account) {
            *why = QStringLiteral("running as root, and there is no postgres account to run "
                                  "the server as");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir.path()).constData(), account->pw_uid, account->pw_gid)
            != 0) {
            *why = QStringLiteral("cannot give the cluster's directory to postgres");
            return false;
        }
        m_asPostgres = true;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QString out;
    if (!run({ m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-U"),
                 user(), QStringLiteral("--auth=trust"), QStringLiteral("-E"),
                 QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8") },
            &out)) {
        *why = QStringLiteral("initdb failed: ") + out.right(2000);
        return false;
    }
    return true;
}

bool PgServer::createDatabase(const QString &name, QString *why) const
{
    QString out;
    if (!run({ m_bin + QStringLiteral("/psql"), QStringLiteral("-h"), m_dir.path(),
                 QStringLiteral("-U"), user(), QStringLiteral("-d"), database(),
                 QStringLiteral("-qc"), QStringLiteral("CREATE DATABASE %1").arg(name) },
            &out)) {
        *why = QStringLiteral("cannot create database %1: %2").arg(name, out.right(1000));
        return false;
    }
    return true;
}

bool PgServer::stop(QString *why)
{
    QString out;
    if (!run({ m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                 m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                 QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop") },
            &out)) {
        *why = QStringLiteral("the server did not stop: ") + out.right(1000);
        return false;
    }
    m_started = false;
    return true;
}

bool PgServer::resume(QString *why)
{
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QString out;
    const QString options
        = (m_listen.isEmpty() ? QStringLiteral("-c listen_addresses=''") : m_listen)
        + QStringLiteral(" -k %1 -c fsync=off").arg(m_dir.path());
    if (!run({ m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-o"),
                 options, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                 QStringLiteral("-w"), QStringLiteral("start") },
            &out)) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        *why = QStringLiteral("the server did not start: ") + out.right(1000)
            + (log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(2000))
                                             : QString());
        return false;
    }
    m_started = true;
    return true;
}
