#include "common/pgserver.h"

#include <pwd.h>

#include <chrono>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace {

// How long the server may take to take connections, and to go.
constexpr int startSeconds = 60;
constexpr int stopMs = 60000;

// The keeper: sh as PID 1 of a PID and IPC namespace of its own (unshare --pid
// --ipc --fork --kill-child). It starts the server ("$@", in the foreground: no
// pg_ctl, no daemon) in the background, says "ready" once it takes connections or
// "failed: ..." when it exits or is not ready in time, then reads its stdin. A line
// "stop" is a fast shutdown: SIGINT to the postmaster, its own child in this
// namespace (no PID file: none can be stale). End of file (the test closed it, or
// ended however it ended) ends the keeper, and the kernel kills every process left
// in the namespace; the IPC namespace takes the server's System V memory with it.
constexpr char keeperScript[] = R"sh(
[ $$ = 1 ] || { echo "failed: the keeper must be PID 1 of a PID namespace of its own"; exit 2; }
dir=$1 isready=$2 user=$3 tries=$4
shift 4
"$@" </dev/null >>"$dir/server.log" 2>&1 &
pg=$!
n=0
until "$isready" -q -h "$dir" -U "$user" -t 5; do
    kill -0 $pg 2>/dev/null || { echo "failed: the server exited"; exit 1; }
    n=$((n + 1))
    [ $n -lt "$tries" ] || { echo "failed: the server took no connections within $((tries / 10)) s"; exit 1; }
    sleep 0.1
done
echo ready
while read -r line; do
    [ "$line" = stop ] && { kill -INT $pg; wait $pg; exit; }
done
)sh";

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

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    // End of file to the keeper: the kernel kills the server, as when the test crashes.
    endKeeper(stopMs);
}

QString PgServer::endKeeper(int waitMs)
{
    if (!m_keeper)
        return {};
    const std::unique_ptr<QProcess> keeper = std::move(m_keeper);
    QString trouble;
    if (keeper->state() != QProcess::NotRunning) {
        keeper->closeWriteChannel();
        if (!keeper->waitForFinished(waitMs)) {
            // unshare killed: --kill-child kills the keeper, and the kernel the rest.
            keeper->kill();
            keeper->waitForFinished(10000);
            trouble = QStringLiteral("still running after %1 s (killed). ").arg(waitMs / 1000);
        }
    }
    if (keeper->exitStatus() != QProcess::NormalExit || keeper->exitCode() != 0)
        trouble += QStringLiteral("The keeper ended with status %1: ").arg(keeper->exitCode());
    return trouble.isEmpty()
        ? trouble
        : trouble + QString::fromLocal8Bit(keeper->readAll()).trimmed() + QLatin1Char('\n');
}

QString PgServer::logTail() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(2000))
                                         : QString();
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
    for (const char *option :
        { "listen_addresses=*", "port=5432", "ssl=on", "ssl_cert_file=server.crt",
            "ssl_key_file=server.key", "ssl_ca_file=ca.crt", "password_encryption=scram-sha-256" })
        m_listen << QStringLiteral("-c") << QString::fromLatin1(option);
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
    if (!m_keeper) {
        *why = QStringLiteral("the server is not running");
        return false;
    }
    m_keeper->write("stop\n");
    m_keeper->waitForBytesWritten(5000);
    const QString trouble = endKeeper(stopMs);
    if (!trouble.isEmpty()) {
        *why = QStringLiteral("the server did not stop: ") + trouble + logTail();
        return false;
    }
    return true;
}

bool PgServer::resume(QString *why)
{
    if (m_keeper) {
        *why = QStringLiteral("the server is already running");
        return false;
    }
    // Dynamic shared memory in the data directory rather than /dev/shm, and the
    // cluster named after its directory, which every process's title then shows.
    QStringList server { m_bin + QStringLiteral("/postgres"), QStringLiteral("-D"),
        m_dir.filePath(QStringLiteral("data")), QStringLiteral("-k"), m_dir.path(),
        QStringLiteral("-c"), QStringLiteral("fsync=off"), QStringLiteral("-c"),
        QStringLiteral("dynamic_shared_memory_type=mmap"), QStringLiteral("-c"),
        QStringLiteral("cluster_name=") + m_dir.path() };
    server += m_listen.isEmpty()
        ? QStringList { QStringLiteral("-c"), QStringLiteral("listen_addresses=") }
        : m_listen;
    if (m_asPostgres) {
        // setpriv, unlike runuser, execs the server: the keeper's child is the postmaster.
        server = QStringList { QStringLiteral("setpriv"), QStringLiteral("--reuid=postgres"),
            QStringLiteral("--regid=postgres"), QStringLiteral("--init-groups"),
            QStringLiteral("--") }
            + server;
    }
    QStringList args;
    if (::geteuid() != 0)
        args << QStringLiteral("--map-current-user"); // namespaces without root need a user one
    args << QStringLiteral("--pid") << QStringLiteral("--ipc") << QStringLiteral("--fork")
         << QStringLiteral("--kill-child=SIGKILL") << QStringLiteral("sh") << QStringLiteral("-c")
         << QString::fromLatin1(keeperScript) << QStringLiteral("pgkeeper") << m_dir.path()
         << m_bin + QStringLiteral("/pg_isready") << user() << QString::number(startSeconds * 10)
         << server;
    m_keeper = std::make_unique<QProcess>();
    m_keeper->setProcessChannelMode(QProcess::MergedChannels);
    m_keeper->start(QStringLiteral("unshare"), args);
    QByteArray said;
    const QDeadlineTimer deadline(std::chrono::seconds(startSeconds + 10));
    while (!said.contains('\n') && !deadline.hasExpired()) {
        if (!m_keeper->waitForReadyRead(static_cast<int>(deadline.remainingTime()))
            && m_keeper->state() == QProcess::NotRunning)
            break;
        said += m_keeper->readAll();
    }
    if (said.startsWith("ready\n"))
        return true;
    const QString error = m_keeper->error() == QProcess::FailedToStart
        ? QStringLiteral("cannot run unshare: ") + m_keeper->errorString() + QLatin1Char('\n')
        : QString();
    endKeeper(10000); // nothing of the server is left when this returns
    *why = QStringLiteral("the server did not start: ") + error
        + (said.isEmpty()
                ? QStringLiteral("no word from its keeper within %1 s\n").arg(startSeconds + 10)
                : QString::fromLocal8Bit(said))
        + logTail();
    return false;
}
