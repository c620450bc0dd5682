#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class QSqlDatabase;
class QSqlError;

// What every store of the history database shares: a statement prepared, bound
// and run in one call, and the database's failures said in words a user can act on.
namespace HistorySql {

// A value as the tables keep it: a flag (bool) as 0 or 1, in SQLite and PostgreSQL.
QVariant bindable(const QVariant &value);
// PostgreSQL's word that a transaction lost to another one running at once: a
// unique key another scanner inserted meanwhile, a serialization failure, a
// deadlock. Such a transaction is worth trying again from the start.
bool lostToAnother(const QSqlError &e);
// Whether a failure's text says the store refused this scanner (its password, its
// certificate or the server's, its rights) rather than being away: a refusal does
// not pass by itself, so it is said as an error, not waited out.
bool isRefusal(const QString &message);
// A failure as the user reads it: busy, a full disk, a failed write, or the driver's text.
QString describe(const QSqlError &e);
// Prepares sql on q, binds values in order and runs it; false with *error (described).
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error);
// The same, keeping the failed statement's error itself (for callers that describe later).
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QSqlError *failure);
// Runs one statement that takes no values; false with *error (described).
bool run(QSqlDatabase &db, const QString &sql, QString *error);
// Begins a transaction that reads before it writes. On SQLite it takes the write
// lock at once (BEGIN IMMEDIATE), waiting for another writer as a write waits:
// SQLite answers a read lock's later upgrade busy at once, without waiting.
bool beginWrite(QSqlDatabase &db, QString *error);

// Switches a SQLite file to WAL, waiting up to 5 s for another connection that
// is writing to it (SQLite itself says busy at once there).
bool switchToWal(QSqlDatabase &db, QString *error);

} // namespace HistorySql
