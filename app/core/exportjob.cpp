#include "core/exportjob.h"

#include <QtConcurrent/QtConcurrentRun>

#include "core/nmapxml.h"
#include "core/reportwriter.h"

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

void ExportJob::start(
    const QString &path, Format format, const ScanReport &header, ScanResultModel::Snapshot rows)
{
    if (isRunning())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    m_watcher.setFuture(
        QtConcurrent::run([this, cancel, path, format, header, rows = std::move(rows)] {
            const qsizetype total = rows.size();
            const ReportWriter::Rows source { total, [&rows](qsizetype i) { return rows.at(i); } };
            const ReportWriter::Progress progress = [&](qsizetype written) {
                // The destructor waits for this thread, so this outlives the call.
                QMetaObject::invokeMethod(
                    this, [this, written, total] { Q_EMIT progressChanged(written, total); });
                return !cancel->load();
            };
            Outcome outcome;
            outcome.rows = total;
            outcome.ok = ReportWriter::writeFile(
                path,
                [&](QIODevice *out) {
                    switch (format) {
                    case Format::Json:
                        return ReportWriter::writeJson(out, header, source, progress);
                    case Format::Xml: {
                        // nmap's format groups ports by host: the report is whole first.
                        ScanReport report = header;
                        report.results.reserve(total);
                        for (qsizetype i = 0; i < total; ++i) {
                            report.results.append(rows.at(i));
                            if (i % 4096 == 4095 && !progress(i + 1))
                                return false;
                        }
                        return NmapXml::write(out, report) && progress(total);
                    }
                    case Format::Csv:
                        break;
                    }
                    return ReportWriter::writeCsv(out, source, progress);
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
