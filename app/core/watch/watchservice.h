#pragma once

#include <functional>

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include "core/watch/watch.h"
#include "core/watch/watchrunner.h"

// The window's side of the watches: lives on a thread of its own (the window
// moves it there), where it opens the history, lists and changes watches and
// events, and runs the watches whose time has come, one at a time, with a
// WatchRunner. Every call is queued to that thread; answers come as signals.
// The clock is the window's to give (tests give a fake one).
class WatchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchService)

public:
    using Clock = std::function<QDateTime()>;

    WatchService(const QString &historyPath, int keep, QObject *parent = nullptr);

    // Thread-safe: the time as the service reads it.
    void setClock(Clock clock);

public Q_SLOTS:
    void list();
    void add(const Watch &watch);
    void update(const Watch &watch);
    void remove(const QString &name);
    void setPaused(const QString &name, bool paused);
    // Runs a watch now, due or not (queued behind a run under way).
    void runNow(const QString &name);
    // Runs every watch whose time has come (by the clock), one after another.
    void tick();
    void listEvents();
    void acknowledge(const QList<qint64> &ids);
    void stop(); // cancels a run under way; nothing more starts

Q_SIGNALS:
    void listed(const QList<Watch> &watches, const QString &error);
    // An add, update, remove or pause was made (error empty) or not.
    void changed(const QString &name, const QString &error);
    void runStarted(const QString &name); // claimed: it runs
    // Every run asked for, claimed or not (ran false: not due, or run elsewhere).
    void runFinished(const WatchRunner::Result &result);
    void eventsListed(const QList<WatchEvent> &events, const QString &error);
    // An unusable history file was kept aside and a new one started.
    void notice(const QString &text);

private:
    template <typename Work> void withStores(Work work);
    void next();

    QString m_path;
    int m_keep;
    Clock m_clock;
    WatchRunner *m_runner = nullptr;
    struct Queued
    {
        QString name;
        bool dueOnly = false; // run only if its time has come (the tick's)
    };
    // Queues name unless it is queued already; whether it was.
    bool queue(const QString &name, bool dueOnly);

    QList<Queued> m_queue; // watches to run, in order
    bool m_stopped = false;
};

Q_DECLARE_METATYPE(QList<Watch>)
Q_DECLARE_METATYPE(QList<WatchEvent>)
