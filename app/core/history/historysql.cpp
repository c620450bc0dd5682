#include "core/history/historysql.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

namespace HistorySql {

QString describe(const QSqlError &e)
{
    const QString native = e.nativeErrorCode();
    // SQLite's codes: 5 busy, 6 locked, 13 full.
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        return QCoreApplication::translate("HistoryStore",
            "the history database is busy (another Portolan is writing to it); try again");
    if (native == QLatin1String("13"))
        return QCoreApplication::translate(
            "HistoryStore", "the disk is full: the scan is not in the history");
    if (native.toInt() % 256 == 10) // an I/O error: a write that failed
        return QCoreApplication::translate(
            "HistoryStore", "writing failed (%1): the scan is not in the history")
            .arg(e.databaseText());
    return e.text();
}

QVariant bindable(const QVariant &value)
{
    // Flags are stored as integers; PostgreSQL's driver would write true or false.
    if (value.typeId() == QMetaType::Bool)
        return QVariant(value.toBool() ? 1 : 0);
    return value;
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QSqlError *failure)
{
    // Without values, run as it is: PostgreSQL prepares only queries and changes of
    // rows, not CREATE or ALTER.
    if (values.isEmpty() ? q.exec(sql) : [&] {
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(bindable(v));
            return q.exec();
        }())
        return true;
    *failure = q.lastError();
    return false;
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlError failure;
    if (exec(q, sql, values, &failure))
        return true;
    *error = describe(failure);
    return false;
}

bool isRefusal(const QString &message)
{
    // libpq's and the server's own words (English, as the tests pin them; a client in
    // another language has libpq's translated, and such a failure counts as an outage,
    // as every failure did before).
    static const QStringList refusals { QStringLiteral("authentication failed"),
        QStringLiteral("no pg_hba.conf entry"), QStringLiteral("pg_hba.conf rejects"),
        QStringLiteral("no password supplied"), QStringLiteral("certificate"),
        QStringLiteral("ssl error"), QStringLiteral("does not support ssl"),
        QStringLiteral("permission denied"), QStringLiteral("row-level security"),
        QStringLiteral("must be owner"), QStringLiteral("private key"),
        QStringLiteral("portolan role") };
    const QString text = message.toLower();
    if (text.contains(QLatin1String("ssl syscall error")))
        return false; // a connection that broke: an outage
    if (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist")))
        return true;
    return std::any_of(refusals.cbegin(), refusals.cend(),
        [&text](const QString &word) { return text.contains(word); });
}

bool lostToAnother(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("23505") || code == QLatin1String("40001")
        || code == QLatin1String("40P01");
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    return exec(q, sql, {}, error);
}

bool beginWrite(QSqlDatabase &db, QString *error)
{
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    return run(db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), error);
}

// Switches a SQLite file to WAL. When another connection is writing to it then,
// SQLite says busy at once rather than wait (the switch starts as a read and
// cannot wait for a lock while holding one), so this waits here: up to 5 s.
bool switchToWal(QSqlDatabase &db, QString *error)
{
    constexpr int attempts = 250;
    for (int attempt = 1;; ++attempt) {
        QSqlQuery q(db);
        QSqlError failure;
        if (exec(q, QStringLiteral("PRAGMA journal_mode = WAL"), {}, &failure))
            return true;
        const int code = failure.nativeErrorCode().toInt() & 0xff;
        if ((code != 5 && code != 6) || attempt == attempts) { // busy, locked
            *error = describe(failure);
            return false;
        }
        q.finish();
        QThread::msleep(20);
    }
}

} // namespace HistorySql
