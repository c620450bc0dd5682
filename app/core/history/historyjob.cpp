#include "core/history/historyjob.h"

#include "core/history/devicestore.h"
#include "core/history/pendingscans.h"

HistoryJob::HistoryJob(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    qRegisterMetaType<QList<HistoryStore::Entry>>();
    qRegisterMetaType<ScanReport>();
    qRegisterMetaType<QList<Device>>();
    m_pool.setMaxThreadCount(1); // one at a time, in order
}

HistoryJob::~HistoryJob()
{
    m_pool.waitForDone();
}

void HistoryJob::waitForDone()
{
    m_pool.waitForDone();
}

template <typename Work> void HistoryJob::run(Work work)
{
    const QString path = m_path;
    // The pool's destructor waits for the task, so `this` outlives it; answers go
    // through the event loop of the job's thread.
    m_pool.start([this, path, work = std::move(work)] {
        HistoryStore store;
        QString notice;
        QString error;
        const bool open = store.open(path, &notice, &error);
        if (!notice.isEmpty())
            QMetaObject::invokeMethod(this, [this, notice] { Q_EMIT this->notice(notice); });
        work(open ? &store : nullptr, error);
    });
}

void HistoryJob::save(const ScanReport &header, ScanResultModel::Snapshot rows, int keep)
{
    // A shared store that cannot take it now: kept on this machine, and said.
    m_pool.start([this, path = m_path, header, rows = std::move(rows), keep] {
        ScanReport report = header;
        report.results = rows.results();
        qint64 id = 0;
        QString notice;
        QString error;
        const PendingScans::Outcome outcome
            = PendingScans::saveOrKeep(path, report, keep, &id, &notice, &error);
        if (outcome == PendingScans::Outcome::KeptRefused) {
            // Kept here, and the cause is for the user to put right: said as the notice.
            notice = error;
            error.clear();
        }
        if (outcome == PendingScans::Outcome::Kept || outcome == PendingScans::Outcome::KeptRefused)
            QMetaObject::invokeMethod(this, [this, notice] { Q_EMIT keptHere(notice); });
        else if (!notice.isEmpty())
            QMetaObject::invokeMethod(this, [this, notice] { Q_EMIT this->notice(notice); });
        QMetaObject::invokeMethod(this, [this, id, error] { Q_EMIT saved(id, error); });
    });
}

void HistoryJob::list(const QString &search)
{
    run([this, search](HistoryStore *store, QString error) {
        QList<HistoryStore::Entry> entries;
        if (store)
            store->list(search, &entries, &error);
        QMetaObject::invokeMethod(this, [this, entries, error] { Q_EMIT listed(entries, error); });
    });
}

void HistoryJob::load(qint64 id)
{
    run([this, id](HistoryStore *store, QString error) {
        ScanReport report;
        if (store)
            store->load(id, &report, &error);
        QMetaObject::invokeMethod(this,
            [this, id, report = std::move(report), error] { Q_EMIT loaded(id, report, error); });
    });
}

void HistoryJob::remove(qint64 id)
{
    run([this, id](HistoryStore *store, QString error) {
        if (store)
            store->remove(id, &error);
        QMetaObject::invokeMethod(this, [this, id, error] { Q_EMIT removed(id, error); });
    });
}

void HistoryJob::listDevices()
{
    run([this](HistoryStore *store, QString error) {
        QList<Device> devices;
        if (store)
            DeviceStore(*store).list({}, &devices, &error);
        QMetaObject::invokeMethod(this,
            [this, devices = std::move(devices), error] { Q_EMIT devicesListed(devices, error); });
    });
}

void HistoryJob::changeDevice(qint64 id, DeviceChange change, const QString &text)
{
    run([this, id, change, text](HistoryStore *store, QString error) {
        if (store) {
            DeviceStore devices(*store);
            switch (change) {
            case DeviceChange::Label:
                devices.setLabel(id, text, &error);
                break;
            case DeviceChange::Notes:
                devices.setNotes(id, text, &error);
                break;
            case DeviceChange::Known:
            case DeviceChange::Unknown:
                devices.setKnown(id, change == DeviceChange::Known, &error);
                break;
            case DeviceChange::Forget:
                devices.forget(id, &error);
                break;
            }
        }
        QMetaObject::invokeMethod(this, [this, id, error] { Q_EMIT deviceChanged(id, error); });
    });
}
