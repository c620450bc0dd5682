#include "core/history/storestatus.h"

#include <map>

#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/history/historysql.h"
#include "core/history/historystore.h"

namespace StoreStatus {

bool scanners(const HistoryStore &store, QList<Scanner> *out, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    QSqlQuery q(db);
    std::map<QString, Scanner> byName;
    if (!HistorySql::exec(q,
            QStringLiteral("SELECT scanner, COUNT(*), MAX(started) FROM scans GROUP BY scanner"),
            {}, error))
        return false;
    while (q.next()) {
        Scanner &s = byName[q.value(0).toString()];
        s.scans = q.value(1).toLongLong();
        s.lastScan = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    }
    for (const auto &[table, count] : { std::pair { "devices", &Scanner::devices },
             std::pair { "watches", &Scanner::watches } }) {
        if (!HistorySql::exec(q,
                QStringLiteral("SELECT scanner, COUNT(*) FROM %1 GROUP BY scanner")
                    .arg(QLatin1String(table)),
                {}, error))
            return false;
        while (q.next())
            byName[q.value(0).toString()].*count = q.value(1).toLongLong();
    }
    out->clear();
    for (auto &[name, s] : byName) {
        s.name = name;
        out->append(s);
    }
    return true;
}

bool connection(const HistoryStore &store, Connection *out, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    QSqlQuery q(db);
    if (!HistorySql::exec(q,
            QStringLiteral("SELECT CAST(current_user AS TEXT), COALESCE(s.ssl, false), "
                           "COALESCE(s.version, '') FROM (SELECT 1) AS one LEFT JOIN pg_stat_ssl s "
                           "ON s.pid = pg_backend_pid()"),
            {}, error)
        || !q.next())
        return false;
    out->role = q.value(0).toString();
    out->encrypted = q.value(1).toBool();
    out->tlsVersion = out->encrypted ? q.value(2).toString() : QString();
    return true;
}

} // namespace StoreStatus
