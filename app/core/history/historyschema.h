#pragma once

#include <QList>
#include <QString>

class QSqlDatabase;

// The history database's schema: for each version, the statements that take a
// database from the version before to it. Version N is reached by running those
// of 1..N in order; a version once released never changes (databases made by it
// exist), a change is a new version.
//
// The statements are written in SQLite's words; forEngine() gives them in
// PostgreSQL's, for a store shared by several scanners (issue 22).
namespace HistorySchema {

enum class Engine { Sqlite, Postgresql };

const QList<QList<const char *>> &migrations();

// A statement of migrations() as engine takes it. For PostgreSQL: an id that the
// database numbers is an identity column; every INTEGER is a BIGINT (SQLite's
// integers are 64-bit: counts of ports of many hosts exceed 32 bits); REAL, a float
// of 8 bytes in SQLite, is DOUBLE PRECISION; BLOB is BYTEA; WITHOUT ROWID, a storage
// choice PostgreSQL does not have, goes.
QString forEngine(const char *statement, Engine engine);

// The schema version of an open database (SQLite's user_version; PostgreSQL's
// table portolan_schema, 0 without it); -1 with *error when it cannot be read.
int version(QSqlDatabase &db, Engine engine, QString *error);
// Takes the database from version from to version to: in SQLite a version per
// transaction; in PostgreSQL one transaction under an advisory lock, the version
// read again inside it, so that scanners starting at once migrate it once. Rows
// from before version 8 recorded no scanner: they become scanner's. Version 9
// makes device_ports anew; on a secured PostgreSQL store its policies and grants
// come back with it (StoreRoles::restoreTable).
bool migrate(
    QSqlDatabase &db, Engine engine, int from, int to, const QString &scanner, QString *error);

} // namespace HistorySchema
