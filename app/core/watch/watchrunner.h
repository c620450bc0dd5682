#pragma once

#include <QDateTime>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include "core/engine/scanrecorder.h"
#include "core/watch/watch.h"

class HistoryStore;

// Runs one watch once: claims it (so no other process runs it meanwhile), scans
// what it watches, keeps the scan in the history (and so the inventory), compares
// what it found with the watch's previous run, records the events and the new
// memory in one transaction, then alerts: the on-change command (no shell, the
// events as a JSON array on its standard input, a time limit) and a desktop
// notification where there is a session bus. The first run is the baseline:
// recorded, no event, no alert. Lives on one thread (its HistoryStore's).
class WatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchRunner)

public:
    // How long the on-change command may run before it is killed.
    static constexpr int commandTimeoutMs = 30000;

    struct Result
    {
        QString watch;
        bool ran = false; // claimed and scanned
        bool baseline = false;
        qint64 scanId = 0;
        QList<WatchEvent> events; // every event recorded
        QList<WatchEvent> alerted; // those the watch alerts on
        QString error; // the run failed (nothing recorded but the error)
        QString alertError; // the command or notification failed (the run stands)
        bool notified = false; // a desktop notification was shown
    };

    // historyPath: the database; keep: how many scans the history keeps.
    WatchRunner(const QString &historyPath, int keep, QObject *parent = nullptr);
    ~WatchRunner() override;

    // Runs the watch named name; with dueOnly only if its time (by now) has come
    // and it is not paused. finished() comes in every case (skipped: ran false and
    // no error). now is the run's time as the watch keeps it (tests give theirs).
    void run(const QString &name, bool dueOnly, const QDateTime &now);
    void cancel();
    bool isRunning() const { return m_running; }
    // Whether a run may show a desktop notification (off for the window, which
    // shows its own).
    void setNotify(bool on) { m_notify = on; }

Q_SIGNALS:
    // The run was claimed and its scan starts.
    void started(const QString &name);
    void finished(const WatchRunner::Result &result);

private:
    void scanned();
    bool record(QString *error);
    void alert();
    void done();
    void fail(const QString &why);
    bool buildOptions(ScanOptions *options, QString *error) const;

    QString m_path;
    int m_keep;
    bool m_notify = true;
    HistoryStore *m_store = nullptr;
    Watch m_watch;
    QDateTime m_now;
    Result m_result;
    ScanRecorder m_recorder;
    QProcess m_command;
    QTimer m_commandTimer;
    bool m_running = false;
};

Q_DECLARE_METATYPE(WatchRunner::Result)
