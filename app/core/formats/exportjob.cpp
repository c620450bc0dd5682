#include "core/formats/exportjob.h"

#include <QtConcurrent/QtConcurrentRun>

#include "core/formats/atomicfile.h"

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this,
        [this] { Q_EMIT finished(m_watcher.result()); });
}

ExportJob::~ExportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ExportJob::start(const QString &path, ReportFormat format, const ScanReport &header,
    ScanResultModel::Snapshot rows)
{
    if (isRunning())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    m_watcher.setFuture(
        QtConcurrent::run([this, cancel, path, format, header, rows = std::move(rows)] {
            const qsizetype total = rows.size();
            const ReportRows source { total, [&rows](qsizetype i) { return rows.at(i); } };
            const ReportProgress progress = [&](qsizetype written) {
                // The destructor waits for this thread, so this outlives the call.
                QMetaObject::invokeMethod(
                    this, [this, written, total] { Q_EMIT progressChanged(written, total); });
                return !cancel->load();
            };
            Outcome outcome;
            outcome.rows = total;
            outcome.ok = AtomicFile::write(
                path,
                [&](QIODevice *out) {
                    return ReportFormats::write(out, format, header, source, progress);
                },
                &outcome.error);
            outcome.cancelled = !outcome.ok && cancel->load() && outcome.error.isEmpty();
            return outcome;
        }));
}

void ExportJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}
