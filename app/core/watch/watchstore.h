#pragma once

#include <QList>
#include <QString>

#include "core/watch/watch.h"
#include "core/watch/watchdiff.h"

class HistoryStore;

// The watches, their memory of the devices and their events, in the history
// database, on the connection of an open HistoryStore (same thread). The window
// and portolan-cli (the systemd timer) share the file: a run is claimed in one
// statement, so a watch never runs twice at once, and a run's events, memory
// and times are written in one transaction, so none is lost or written twice.
class WatchStore final
{
public:
    explicit WatchStore(const HistoryStore &history);

    // A new watch (its id in watch->id), this scanner's unless watch->scanner says;
    // false when the name is taken or bad.
    bool add(Watch *watch, QString *error);
    // Changes what a watch scans and how it alerts (by id); its memory stays.
    bool update(const Watch &watch, QString *error);
    bool setPaused(const QString &name, bool paused, QString *error);
    bool remove(const QString &name, QString *error);
    // Every watch, or the history's scanner filter's.
    bool list(QList<Watch> *watches, QString *error) const;
    bool get(const QString &name, Watch *watch, QString *error) const;
    // The names of this scanner's watches (HistoryStore::scanner()) not paused
    // whose next run has come: in a shared store each site runs its own.
    bool due(const QDateTime &now, QStringList *names, QString *error) const;

    // Claims the run of a watch for this process: false in *claimed when another
    // process runs it (or, with dueOnly, when its time has not come or it is
    // paused). A claim left by a process that no longer exists is taken over.
    // Another scanner's watch is not run here: false with *error.
    bool claim(const QString &name, bool dueOnly, const QDateTime &now, Watch *watch, bool *claimed,
        QString *error);
    bool state(qint64 watchId, WatchDiff::State *state, QString *error) const;
    // A run that went to its end: its events (given their ids), the watch's new
    // memory, its times.
    bool finish(const Watch &watch, const QDateTime &ranAt, qint64 scanId,
        QList<WatchEvent> *events, const WatchDiff::State &state, QString *error);
    // The run stands, but its alert failed: said with the watch, never retried.
    bool noteAlertFailure(qint64 watchId, const QString &why, QString *error);
    // A run that failed: the error kept, the claim given up, the next run in one
    // interval (never at once again, so a failing watch cannot spin).
    bool fail(const Watch &watch, const QDateTime &ranAt, const QString &why, QString *error);

    // Events, oldest first: of one watch (empty: all), since a time (null: all);
    // with the history's scanner filter, that scanner's runs' only.
    bool events(const QString &watch, const QDateTime &since, QList<WatchEvent> *events,
        QString *error) const;
    bool acknowledge(const QList<qint64> &ids, QString *error);

    static bool validName(const QString &name);

private:
    QString m_connection;
    QString m_scanner; // HistoryStore::scanner(): runs and records as
    QString m_only; // HistoryStore::scannerFilter(): lists only
};
