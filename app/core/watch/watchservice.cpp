#include "core/watch/watchservice.h"

#include "core/history/historystore.h"
#include "core/watch/watchstore.h"

WatchService::WatchService(const QString &historyPath, int keep, QObject *parent)
    : QObject(parent)
    , m_path(historyPath)
    , m_keep(keep)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<QList<Watch>>();
    qRegisterMetaType<QList<WatchEvent>>();
    qRegisterMetaType<Watch>();
    qRegisterMetaType<QList<qint64>>();
}

void WatchService::setClock(Clock clock)
{
    // Read on the service's thread: set before the first call, or through it.
    QMetaObject::invokeMethod(
        this, [this, clock = std::move(clock)] { m_clock = clock; }, Qt::BlockingQueuedConnection);
}

template <typename Work> void WatchService::withStores(Work work)
{
    HistoryStore history;
    QString notice;
    QString error;
    const bool open = history.open(m_path, &notice, &error);
    if (!notice.isEmpty())
        Q_EMIT this->notice(notice);
    if (!open) {
        work(nullptr, error);
        return;
    }
    WatchStore store(history);
    work(&store, error);
}

void WatchService::list()
{
    withStores([this](WatchStore *store, QString error) {
        QList<Watch> all;
        if (store)
            store->list(&all, &error);
        Q_EMIT listed(all, error);
    });
}

void WatchService::add(const Watch &watch)
{
    withStores([&](WatchStore *store, QString error) {
        Watch w = watch;
        if (store) {
            w.created = m_clock();
            w.nextRun = w.created;
            store->add(&w, &error);
        }
        Q_EMIT changed(w.name, error);
    });
}

void WatchService::update(const Watch &watch)
{
    withStores([&](WatchStore *store, QString error) {
        if (store)
            store->update(watch, &error);
        Q_EMIT changed(watch.name, error);
    });
}

void WatchService::remove(const QString &name)
{
    withStores([&](WatchStore *store, QString error) {
        if (store)
            store->remove(name, &error);
        Q_EMIT changed(name, error);
    });
}

void WatchService::setPaused(const QString &name, bool paused)
{
    withStores([&](WatchStore *store, QString error) {
        if (store)
            store->setPaused(name, paused, &error);
        Q_EMIT changed(name, error);
    });
}

bool WatchService::queue(const QString &name, bool dueOnly)
{
    for (const Queued &q : std::as_const(m_queue)) {
        if (q.name == name)
            return false;
    }
    m_queue.append({ name, dueOnly });
    return true;
}

void WatchService::runNow(const QString &name)
{
    if (queue(name, false))
        next();
}

void WatchService::tick()
{
    QStringList due;
    withStores([&](WatchStore *store, QString error) {
        if (store)
            store->due(m_clock(), &due, &error);
    });
    for (const QString &name : std::as_const(due))
        queue(name, true);
    next();
}

void WatchService::next()
{
    if (m_stopped || (m_runner && m_runner->isRunning()) || m_queue.isEmpty())
        return;
    if (!m_runner) {
        m_runner = new WatchRunner(m_path, m_keep, this);
        m_runner->setNotify(false); // the window shows its own
        connect(m_runner, &WatchRunner::started, this, &WatchService::runStarted);
        connect(m_runner, &WatchRunner::finished, this, [this](const WatchRunner::Result &r) {
            Q_EMIT runFinished(r);
            // The next one after this call returns (the runner is done with it).
            QMetaObject::invokeMethod(this, &WatchService::next, Qt::QueuedConnection);
        });
    }
    const Queued q = m_queue.takeFirst();
    m_runner->run(q.name, q.dueOnly, m_clock());
}

void WatchService::listEvents()
{
    withStores([this](WatchStore *store, QString error) {
        QList<WatchEvent> events;
        if (store)
            store->events(QString(), QDateTime(), &events, &error);
        Q_EMIT eventsListed(events, error);
    });
}

void WatchService::acknowledge(const QList<qint64> &ids)
{
    withStores([&](WatchStore *store, QString error) {
        if (store)
            store->acknowledge(ids, &error);
    });
    listEvents();
}

void WatchService::stop()
{
    m_stopped = true;
    m_queue.clear();
    if (m_runner)
        m_runner->cancel();
}
