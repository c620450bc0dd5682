#include "core/watch/watchstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "core/history/historysql.h"
#include "core/history/historystore.h"
#include "core/platform/processes.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WatchStore", text);
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString jsonText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    // A lone string or number: wrapped, so that it reads back the same.
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact));
}

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return QJsonValue();
    const QJsonDocument d = QJsonDocument::fromJson(v.toString().toUtf8());
    if (d.isObject())
        return d.object();
    const QJsonArray a = d.array();
    return a.size() == 1 && !a.first().isObject() && !a.first().isArray() ? a.first()
                                                                          : QJsonValue(a);
}

const char *watchColumns = "id, name, targets, target_file, ports, options, every_s, on_change, "
                           "notify, gone_after, cert_days, alert_on, paused, created, last_run, "
                           "next_run, last_scan, runs, last_changes, last_error, running_since, "
                           "scanner";

Watch readWatch(const QSqlQuery &q)
{
    Watch w;
    w.id = q.value(0).toLongLong();
    w.name = q.value(1).toString();
    w.targets = q.value(2).toString();
    w.targetFile = q.value(3).toString();
    w.ports = q.value(4).toString();
    w.options = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    w.everySeconds = q.value(6).toInt();
    for (const auto &v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
        w.onChange.append(v.toString());
    w.notify = q.value(8).toBool();
    w.goneAfter = q.value(9).toInt();
    w.certificateDays = q.value(10).toInt();
    const QString alertOn = q.value(11).toString();
    w.alertOn = alertOn.isEmpty() ? QStringList() : alertOn.split(QLatin1Char(','));
    w.paused = q.value(12).toBool();
    w.created = timeOf(q.value(13));
    w.lastRun = timeOf(q.value(14));
    w.nextRun = timeOf(q.value(15));
    w.lastScan = q.value(16).toLongLong();
    w.runs = q.value(17).toInt();
    w.lastChanges = q.value(18).toInt();
    w.lastError = q.value(19).toString();
    w.runningSince = timeOf(q.value(20));
    w.scanner = q.value(21).toString();
    return w;
}

QString onChangeText(const QStringList &command)
{
    if (command.isEmpty())
        return QString();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(command)).toJson(QJsonDocument::Compact));
}

} // namespace

WatchStore::WatchStore(const HistoryStore &history)
    : m_connection(history.connectionName())
    , m_scanner(history.scanner())
    , m_only(history.scannerFilter())
{
}

bool WatchStore::validName(const QString &name)
{
    static const QRegularExpression good(
        QStringLiteral("^[\\w][\\w .@+-]{0,63}$"), QRegularExpression::UseUnicodePropertiesOption);
    return good.match(name).hasMatch() && name.trimmed() == name;
}

using HistorySql::exec;

bool WatchStore::add(Watch *w, QString *error)
{
    if (!validName(w->name)) {
        *error = tr("\"%1\" cannot name a watch: letters, digits, spaces and . @ + - _, 64 at most")
                     .arg(w->name);
        return false;
    }
    Watch existing;
    QString ignored;
    if (get(w->name, &existing, &ignored)) {
        *error = tr("there is a watch named \"%1\" already").arg(w->name);
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!w->created.isValid())
        w->created = now;
    if (!w->nextRun.isValid())
        w->nextRun = w->created; // the first run (the baseline) is due at once
    if (!exec(q,
            QStringLiteral(
                "INSERT INTO watches(name, targets, target_file, ports, options, "
                "every_s, on_change, notify, gone_after, cert_days, alert_on, paused, "
                "created, next_run, scanner) VALUES(?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, "
                "?, COALESCE(?, ''), ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?) RETURNING id"),
            { w->name, w->targets, w->targetFile, w->ports,
                QString::fromUtf8(QJsonDocument(w->options).toJson(QJsonDocument::Compact)),
                w->everySeconds, onChangeText(w->onChange), w->notify, w->goneAfter,
                w->certificateDays, w->alertOn.join(QLatin1Char(',')), w->paused,
                timeText(w->created), timeText(w->nextRun),
                w->scanner.isEmpty() ? m_scanner : w->scanner },
            error)
        || !q.next())
        return false;
    w->id = q.value(0).toLongLong();
    if (w->scanner.isEmpty())
        w->scanner = m_scanner;
    return true;
}

bool WatchStore::update(const Watch &w, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // A new interval counts from the last run.
    const QDateTime next = w.lastRun.isValid() ? w.lastRun.addSecs(w.everySeconds) : w.nextRun;
    if (!exec(q,
            QStringLiteral(
                "UPDATE watches SET targets = COALESCE(?, ''), "
                "target_file = COALESCE(?, ''), ports = ?, options = ?, every_s = ?, "
                "on_change = COALESCE(?, ''), notify = ?, gone_after = ?, cert_days = ?, "
                "alert_on = COALESCE(?, ''), paused = ?, next_run = ? WHERE id = ?"),
            { w.targets, w.targetFile, w.ports,
                QString::fromUtf8(QJsonDocument(w.options).toJson(QJsonDocument::Compact)),
                w.everySeconds, onChangeText(w.onChange), w.notify, w.goneAfter, w.certificateDays,
                w.alertOn.join(QLatin1Char(',')), w.paused, timeText(next), w.id },
            error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = tr("there is no watch \"%1\"").arg(w.name);
        return false;
    }
    return true;
}

bool WatchStore::setPaused(const QString &name, bool paused, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!exec(q, QStringLiteral("UPDATE watches SET paused = ? WHERE name = ?"), { paused, name },
            error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = tr("there is no watch \"%1\"").arg(name);
        return false;
    }
    return true;
}

bool WatchStore::remove(const QString &name, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!exec(q, QStringLiteral("DELETE FROM watches WHERE name = ?"), { name }, error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = tr("there is no watch \"%1\"").arg(name);
        return false;
    }
    return true;
}

bool WatchStore::list(QList<Watch> *watches, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!exec(q,
            QStringLiteral("SELECT %1 FROM watches%2 ORDER BY name")
                .arg(QLatin1String(watchColumns),
                    m_only.isEmpty() ? QString() : QStringLiteral(" WHERE scanner = ?")),
            m_only.isEmpty() ? QVariantList() : QVariantList { m_only }, error))
        return false;
    watches->clear();
    while (q.next())
        watches->append(readWatch(q));
    return true;
}

bool WatchStore::get(const QString &name, Watch *watch, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!exec(q,
            QStringLiteral("SELECT %1 FROM watches WHERE name = ?")
                .arg(QLatin1String(watchColumns)),
            { name }, error))
        return false;
    if (!q.next()) {
        *error = tr("there is no watch \"%1\" (see portolan-cli watch list)").arg(name);
        return false;
    }
    *watch = readWatch(q);
    return true;
}

bool WatchStore::due(const QDateTime &now, QStringList *names, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!exec(q,
            QStringLiteral("SELECT name FROM watches WHERE paused = 0 AND next_run <= ? "
                           "AND scanner = ? ORDER BY next_run, name"),
            { timeText(now), m_scanner }, error))
        return false;
    names->clear();
    while (q.next())
        names->append(q.value(0).toString());
    return true;
}

bool WatchStore::claim(const QString &name, bool dueOnly, const QDateTime &now, Watch *watch,
    bool *claimed, QString *error)
{
    *claimed = false;
    if (!get(name, watch, error))
        return false;
    // A watch scans from its own site: run from another, it would see another
    // network and report its hosts gone.
    if (watch->scanner != m_scanner) {
        *error = tr("the watch \"%1\" is scanner %2's: run it there, or as that scanner "
                    "(--scanner %2)")
                     .arg(name, watch->scanner);
        return false;
    }
    const qint64 pid = QCoreApplication::applicationPid();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    for (int attempt = 0; attempt < 2; ++attempt) {
        // One statement: of two processes that try at once, one changes the row.
        QString sql = QStringLiteral("UPDATE watches SET running_since = ?, running_pid = ? "
                                     "WHERE name = ? AND running_since IS NULL");
        QVariantList values { timeText(now), pid, name };
        if (dueOnly) {
            sql += QStringLiteral(" AND paused = 0 AND next_run <= ?");
            values.append(timeText(now));
        }
        if (!exec(q, sql, values, error))
            return false;
        if (q.numRowsAffected() == 1) {
            *claimed = true;
            return get(name, watch, error);
        }
        // Held: by a process that still exists, or left by one that died.
        if (!exec(q,
                QStringLiteral("SELECT running_pid, running_since FROM watches WHERE name = ?"),
                { name }, error))
            return false;
        if (!q.next() || q.value(1).isNull())
            return true; // not held: not due
        const qint64 holder = q.value(0).toLongLong();
        const QString since = q.value(1).toString();
        // A scanner's runs are its machine's: a holder that is no process here is gone.
        if (holder == pid || Processes::exists(holder))
            return true;
        if (!exec(q,
                QStringLiteral("UPDATE watches SET running_since = NULL, running_pid = NULL "
                               "WHERE name = ? AND running_pid = ? AND running_since = ?"),
                { name, holder, since }, error))
            return false;
    }
    return true;
}

bool WatchStore::state(qint64 watchId, WatchDiff::State *state, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!exec(q, QStringLiteral("SELECT key, state FROM watch_state WHERE watch_id = ?"),
            { watchId }, error))
        return false;
    state->clear();
    while (q.next())
        state->insert(q.value(0).toString(),
            WatchDiff::DeviceSeen::fromJson(
                QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()));
    return true;
}

bool WatchStore::finish(const Watch &w, const QDateTime &ranAt, qint64 scanId,
    QList<WatchEvent> *events, const WatchDiff::State &state, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    const auto fail = [&] {
        db.rollback();
        return false;
    };
    for (WatchEvent &e : *events) {
        if (!exec(q,
                QStringLiteral("INSERT INTO watch_events(watch_id, scan_id, time, kind, address, "
                               "port, mac, label, before, after, scanner, protocol) VALUES(?, ?, "
                               "?, ?, COALESCE(?, ''), ?, COALESCE(?, ''), COALESCE(?, ''), ?, "
                               "?, ?, ?) RETURNING id"),
                { w.id, scanId > 0 ? QVariant(scanId) : QVariant(), timeText(e.time), e.kind,
                    e.address, e.port >= 0 ? QVariant(e.port) : QVariant(), e.mac, e.label,
                    jsonText(e.before), jsonText(e.after), m_scanner,
                    static_cast<int>(e.protocol) },
                error)
            || !q.next())
            return fail();
        e.id = q.value(0).toLongLong();
        e.scanner = m_scanner;
    }
    if (!exec(q, QStringLiteral("DELETE FROM watch_state WHERE watch_id = ?"), { w.id }, error))
        return fail();
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        if (!exec(q,
                QStringLiteral("INSERT INTO watch_state(watch_id, key, state) VALUES(?, ?, ?)"),
                { w.id, it.key(),
                    QString::fromUtf8(QJsonDocument(it->toJson()).toJson(QJsonDocument::Compact)) },
                error))
            return fail();
    }
    if (!exec(q,
            QStringLiteral("UPDATE watches SET last_run = ?, next_run = ?, last_scan = ?, "
                           "runs = runs + 1, last_changes = ?, last_error = '', "
                           "running_since = NULL, running_pid = NULL WHERE id = ?"),
            { timeText(ranAt), timeText(ranAt.addSecs(w.everySeconds)),
                scanId > 0 ? QVariant(scanId) : QVariant(), static_cast<int>(events->size()),
                w.id },
            error))
        return fail();
    if (!db.commit()) {
        *error = db.lastError().text();
        return fail();
    }
    return true;
}

bool WatchStore::fail(const Watch &w, const QDateTime &ranAt, const QString &why, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return exec(q,
        QStringLiteral("UPDATE watches SET last_run = ?, next_run = ?, last_error = ?, "
                       "running_since = NULL, running_pid = NULL WHERE id = ?"),
        { timeText(ranAt), timeText(ranAt.addSecs(w.everySeconds)), why, w.id }, error);
}

bool WatchStore::events(
    const QString &watch, const QDateTime &since, QList<WatchEvent> *events, QString *error) const
{
    QString sql = QStringLiteral("SELECT e.id, w.name, e.time, e.kind, e.address, e.port, e.mac, "
                                 "e.label, e.before, e.after, e.acknowledged, e.scanner, "
                                 "e.protocol FROM "
                                 "watch_events e JOIN watches w ON w.id = e.watch_id WHERE 1 = 1");
    QVariantList values;
    if (!m_only.isEmpty()) {
        sql += QStringLiteral(" AND e.scanner = ?");
        values.append(m_only);
    }
    if (!watch.isEmpty()) {
        sql += QStringLiteral(" AND w.name = ?");
        values.append(watch);
    }
    if (since.isValid()) {
        sql += QStringLiteral(" AND e.time >= ?");
        values.append(timeText(since));
    }
    sql += QStringLiteral(" ORDER BY e.time, e.id");
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!exec(q, sql, values, error))
        return false;
    events->clear();
    while (q.next()) {
        WatchEvent e;
        e.id = q.value(0).toLongLong();
        e.watch = q.value(1).toString();
        e.time = timeOf(q.value(2));
        e.kind = q.value(3).toString();
        e.address = q.value(4).toString();
        e.port = q.value(5).isNull() ? -1 : q.value(5).toInt();
        e.mac = q.value(6).toString();
        e.label = q.value(7).toString();
        e.before = jsonOf(q.value(8));
        e.after = jsonOf(q.value(9));
        e.acknowledged = q.value(10).toBool();
        e.scanner = q.value(11).toString();
        // Events from before schema 9 are TCP's; a newer Portolan's protocol is not.
        if (const int protocol = q.value(12).toInt(); protocol <= static_cast<int>(Protocol::Udp))
            e.protocol = static_cast<Protocol>(protocol);
        else
            continue;
        events->append(std::move(e));
    }
    return true;
}

bool WatchStore::acknowledge(const QList<qint64> &ids, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    for (qint64 id : ids) {
        if (!exec(q, QStringLiteral("UPDATE watch_events SET acknowledged = 1 WHERE id = ?"),
                { id }, error))
            return false;
    }
    return true;
}

bool WatchStore::noteAlertFailure(qint64 watchId, const QString &why, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return exec(q, QStringLiteral("UPDATE watches SET last_error = ? WHERE id = ?"),
        { tr("alert: %1").arg(why), watchId }, error);
}
