#pragma once

#include <memory>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QProcess;

// A PostgreSQL server of the test's own (Debian's postgresql package): a cluster
// made by initdb in a temporary directory, listening on a Unix socket in that
// directory only (no TCP port, no network), trust authentication for its one user.
// As root, the cluster belongs to the postgres account the package made (PostgreSQL
// refuses to run as root); otherwise to the user running the test. The server runs
// under a keeper, PID 1 of a PID namespace of its own that holds a pipe from this
// process: however this process ends (returns, crashes, is killed), the pipe closes
// and the kernel kills every process of the server. Removed when the object goes.
class PgServer final
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Makes and starts the cluster; false with *why when it cannot (no server
    // installed, initdb or start failed: the server's log is in *why).
    bool start(QString *why);
    // The same, listening also on TCP (port 5432 of every address this process's
    // network namespace has: call it only in a namespace of the test's own) with TLS
    // (certificate, key and the CA that client certificates must come from, copied
    // into the cluster) and these pg_hba.conf lines after "local all all trust".
    struct Tls
    {
        QString certFile;
        QString keyFile;
        QString caFile;
        QStringList hba;
    };
    bool startWithTls(const Tls &tls, QString *why);
    // Runs SQL as the superuser over the Unix socket (psql); false with *why.
    bool psql(const QString &database, const QString &sql, QString *why) const;
    // Stops the server (a fast shutdown: its clients see it gone) and waits until
    // none of its processes is left; resume starts it again.
    bool stop(QString *why);
    bool resume(QString *why);
    // Creates an empty database on the running server (psql); false with *why.
    bool createDatabase(const QString &name, QString *why) const;
    // Where the socket is: the host for a connection (QPSQL, libpq).
    QString socketDirectory() const { return m_dir.path(); }
    static QString user() { return QStringLiteral("portolan"); }
    static QString database() { return QStringLiteral("postgres"); }

private:
    bool run(const QStringList &command, QString *output) const;

    bool make(QString *why);
    // Closes the keeper's stdin and waits (bounded) for it to end, killing it when it
    // does not: once unshare has ended, so has every process of its namespace. Empty,
    // or what went wrong (a timeout, a status other than 0).
    QString endKeeper(int waitMs);
    QString logTail() const;

    QTemporaryDir m_dir;
    QString m_bin; // the server's bin directory
    QStringList m_listen; // extra server options (TCP and TLS), empty for the socket only
    bool m_asPostgres = false;
    std::unique_ptr<QProcess> m_keeper; // while the server runs
};
