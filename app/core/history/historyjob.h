#pragma once

#include <QObject>
#include <QThreadPool>

#include "core/history/historystore.h"
#include "core/models/scanresultmodel.h"
#include "core/results/device.h"

// The window's way to the scan history: every operation runs on one worker
// thread of its own, in the order asked (a save before the list that follows it),
// with a HistoryStore opened there, so the GUI thread never waits for SQLite.
// Each answer comes back as a signal on the thread that owns the job.
class HistoryJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryJob)

public:
    explicit HistoryJob(const QString &path, QObject *parent = nullptr);
    ~HistoryJob() override;

    QString path() const { return m_path; }
    // Saves a scan (header plus the table's rows, turned into results on the worker)
    // and then keeps only the newest keep scans.
    void save(const ScanReport &header, ScanResultModel::Snapshot rows, int keep);
    void list(const QString &search);
    void load(qint64 id);
    void remove(qint64 id);
    // The inventory of devices, whole (the window filters it itself).
    void listDevices();
    // What the user says of a device; forget removes it.
    enum class DeviceChange { Label, Notes, Known, Unknown, Forget };
    void changeDevice(qint64 id, DeviceChange change, const QString &text = {});
    // Blocks until every operation asked so far has run (their signals are queued).
    void waitForDone();

Q_SIGNALS:
    void saved(qint64 id, const QString &error);
    void listed(const QList<HistoryStore::Entry> &entries, const QString &error);
    void loaded(qint64 id, const ScanReport &report, const QString &error);
    void removed(qint64 id, const QString &error);
    void devicesListed(const QList<Device> &devices, const QString &error);
    // A change asked with changeDevice() was made (error empty) or not.
    void deviceChanged(qint64 id, const QString &error);
    // An unusable file was kept aside and a new one started: what to tell the user.
    void notice(const QString &text);
    // A scan save() could not write to the shared store, kept on this machine
    // until the store is back: what to tell the user (where, and how it goes on).
    void keptHere(const QString &text);

private:
    // Runs work on the worker with an open store; false (and *error) when the
    // store cannot be opened.
    template <typename Work> void run(Work work);

    QString m_path;
    QThreadPool m_pool;
};
Q_DECLARE_METATYPE(HistoryStore::Entry)
Q_DECLARE_METATYPE(ScanReport)
Q_DECLARE_METATYPE(QList<Device>)
