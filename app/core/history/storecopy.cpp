#include "core/history/storecopy.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include "core/history/historysql.h"
#include "core/history/historystore.h"

namespace StoreCopy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoreCopy", text);
}

using Engine = HistorySchema::Engine;

using HistorySql::run;

bool countOf(QSqlDatabase &db, const char *table, qint64 *rows, QString *error)
{
    QSqlQuery q(db);
    if (!HistorySql::exec(
            q, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)), {}, error)
        || !q.next())
        return false;
    *rows = q.value(0).toLongLong();
    return true;
}

// "INSERT INTO table(columns) VALUES (?, ...), ..." for rows rows.
QString insertOf(const char *table, const QStringList &columns, int rows)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values;
    values.fill(row, rows);
    return QStringLiteral("INSERT INTO %1(%2) VALUES %3")
        .arg(QLatin1String(table), columns.join(QStringLiteral(", ")),
            values.join(QStringLiteral(", ")));
}

// One table, streamed from source to target in statements of many rows.
bool copyTable(QSqlDatabase &source, Engine sourceEngine, QSqlDatabase &target, const char *table,
    QString *error)
{
    QStringList columns;
    const QSqlRecord record = source.record(QLatin1String(table));
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    if (columns.isEmpty()) {
        *error = tr("the source has no table %1").arg(QLatin1String(table));
        return false;
    }
    QStringList selected = columns;
    // Results saved before schema 7 have no seq: SQLite's rowid kept their order.
    if (sourceEngine == Engine::Sqlite && qstrcmp(table, "results") == 0)
        selected.replaceInStrings(
            QRegularExpression(QStringLiteral("^seq$")), QStringLiteral("COALESCE(seq, rowid)"));
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!HistorySql::exec(read,
            QStringLiteral("SELECT %1 FROM %2")
                .arg(selected.join(QStringLiteral(", ")), QLatin1String(table)),
            {}, error))
        return false;
    // SQLite takes at most 999 values to a statement in older builds.
    const int perStatement = std::max(1, 900 / static_cast<int>(columns.size()));
    QSqlQuery full(target);
    full.prepare(insertOf(table, columns, perStatement));
    QVariantList batch;
    const auto flush = [&](int rows) {
        QSqlQuery rest(target);
        QSqlQuery &q = rows == perStatement ? full : rest;
        if (rows != perStatement)
            q.prepare(insertOf(table, columns, rows));
        for (qsizetype i = 0; i < batch.size(); ++i)
            q.bindValue(static_cast<int>(i), batch.at(i));
        batch.clear();
        if (q.exec())
            return true;
        *error = HistorySql::describe(q.lastError());
        return false;
    };
    int rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            batch.append(read.value(i));
        if (++rows == perStatement) {
            if (!flush(rows))
                return false;
            rows = 0;
        }
    }
    if (read.lastError().isValid()) {
        *error = HistorySql::describe(read.lastError());
        return false;
    }
    return rows == 0 || flush(rows);
}

bool begin(QSqlDatabase &db, Engine engine, bool write, QString *error)
{
    if (write)
        return HistorySql::beginWrite(db, error);
    // The source: one snapshot, while its scanners may go on writing.
    return run(db,
        engine == Engine::Postgresql
            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            : QStringLiteral("BEGIN"),
        error);
}

} // namespace

const QList<const char *> &tables()
{
    static const QList<const char *> all { "scans", "hosts", "results", "devices",
        "device_addresses", "device_names", "device_ports", "watches", "watch_state",
        "watch_events" };
    return all;
}

bool contents(const HistoryStore &store, QString *held, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    QStringList parts;
    for (const char *table : { "scans", "devices", "watches" }) {
        qint64 rows = 0;
        if (!countOf(db, table, &rows, error))
            return false;
        if (rows > 0)
            parts.append(QStringLiteral("%1 %2").arg(QLatin1String(table)).arg(rows));
    }
    *held = parts.join(QStringLiteral(", "));
    return true;
}

QString notEmpty(const HistoryStore &store, const QString &held)
{
    return tr("%1 is not empty (%2): a store is copied into a new, empty one")
        .arg(store.path(), held);
}

bool copy(const HistoryStore &from, const HistoryStore &to, QList<Count> *counts, QString *error)
{
    QSqlDatabase source = QSqlDatabase::database(from.connectionName(), false);
    QSqlDatabase target = QSqlDatabase::database(to.connectionName(), false);
    // Only into an empty store: merging two inventories is not a copy.
    QString held;
    if (!contents(to, &held, error))
        return false;
    if (!held.isEmpty()) {
        *error = notEmpty(to, held);
        return false;
    }
    if (!begin(source, from.engine(), false, error))
        return false;
    if (!begin(target, to.engine(), true, error)) {
        QString ignored;
        run(source, QStringLiteral("ROLLBACK"), &ignored);
        return false;
    }
    const auto fail = [&] {
        QString ignored;
        run(target, QStringLiteral("ROLLBACK"), &ignored);
        run(source, QStringLiteral("ROLLBACK"), &ignored);
        return false;
    };
    counts->clear();
    for (const char *table : tables()) {
        if (!copyTable(source, from.engine(), target, table, error))
            return fail();
        Count c { QLatin1String(table), 0 };
        qint64 copied = 0;
        if (!countOf(source, table, &c.rows, error) || !countOf(target, table, &copied, error))
            return fail();
        if (copied != c.rows) {
            *error = tr("%1: %2 rows in the source, %3 in the copy; nothing was written")
                         .arg(QLatin1String(table))
                         .arg(c.rows)
                         .arg(copied);
            return fail();
        }
        counts->append(c);
    }
    // PostgreSQL numbers new rows from a sequence of its own: past the copied ids.
    if (to.engine() == Engine::Postgresql) {
        for (const char *table : { "scans", "devices", "watches", "watch_events" }) {
            if (!run(target,
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "COALESCE((SELECT max(id) FROM %1), 0) + 1, false)")
                        .arg(QLatin1String(table)),
                    error))
                return fail();
        }
    }
    if (!run(target, QStringLiteral("COMMIT"), error))
        return fail();
    QString ignored;
    run(source, QStringLiteral("ROLLBACK"), &ignored);
    return true;
}

} // namespace StoreCopy
