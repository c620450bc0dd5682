#include "core/history/pendingscans.h"

#include <atomic>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include "core/formats/atomicfile.h"
#include "core/formats/jsonformat.h"
#include "core/history/historysql.h"
#include "core/history/historystore.h"
#include "core/history/scannername.h"
#include "core/history/storeurl.h"
#include "core/platform/privatefiles.h"

namespace PendingScans {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PendingScans", text);
}

// The file: {"portolan_pending": 1, "scanner": NAME, "report": {Portolan's JSON}}.
constexpr QLatin1String formatKey("portolan_pending");
constexpr QLatin1String scannerKey("scanner");
constexpr QLatin1String reportKey("report");

bool readFile(const QString &path, ScanReport *report, QString *scanner, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QStringList notes;
    if (root.value(formatKey).toInt() != 1
        || !JsonFormat::read(
            QJsonDocument(root.value(reportKey).toObject()).toJson(), report, &notes, error)) {
        *error = tr("%1 is not a scan kept by Portolan: %2").arg(path, *error);
        return false;
    }
    *scanner = root.value(scannerKey).toString();
    QString ignored;
    if (!ScannerName::valid(*scanner, &ignored))
        *scanner = ScannerName::current();
    return true;
}

} // namespace

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/portolan/pending");
}

QStringList files()
{
    const QDir dir(folder());
    QStringList out;
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

bool keep(const ScanReport &report, const QString &scanner, QString *path, QString *error)
{
    // Scans are the user's alone: Portolan's folder and this one 700, each file 600.
    QString narrowed;
    if (!PrivateFiles::makeFolder(QFileInfo(folder()).absolutePath(), &narrowed, error)
        || !PrivateFiles::makeFolder(folder(), &narrowed, error))
        return false;
    if (!narrowed.isEmpty())
        qWarning("%s", qUtf8Printable(narrowed));
    // Named by when it was kept, so that the oldest is written first.
    static std::atomic<int> counter { 0 };
    *path = QDir(folder()).filePath(
        QStringLiteral("%1-%2-%3.json")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz")))
            .arg(QCoreApplication::applicationPid())
            .arg(++counter));
    const QJsonObject root { { formatKey, 1 }, { scannerKey, scanner },
        { reportKey, QJsonDocument::fromJson(JsonFormat::toJson(report)).object() } };
    return AtomicFile::writeData(*path, QJsonDocument(root).toJson(QJsonDocument::Compact), error,
        AtomicFile::Access::OwnerOnly);
}

bool flush(HistoryStore *store, int trimTo, int *written, QString *error)
{
    *written = 0;
    for (const QString &path : files()) {
        ScanReport report;
        QString scanner;
        qint64 id = 0;
        if (!readFile(path, &report, &scanner, error)
            || !store->saveAs(report, scanner, &id, error))
            return false;
        if (!QFile::remove(path)) {
            // Saved, and must not be saved twice: said, and the flush stops.
            *error = tr("scan %1 was written, but %2 cannot be removed: remove it by hand")
                         .arg(id)
                         .arg(path);
            return false;
        }
        ++*written;
    }
    QString ignored;
    if (trimTo > 0 && *written > 0)
        store->trim(trimTo, &ignored); // the scans stand even if trimming fails
    return true;
}

Outcome saveOrKeep(const QString &location, const ScanReport &report, int trimTo, qint64 *id,
    QString *notice, QString *error)
{
    *id = 0;
    notice->clear();
    HistoryStore store;
    QString why;
    bool saved = store.open(location, notice, &why);
    // The store is back: the scans kept while it was away go first.
    if (saved && store.engine() == HistorySchema::Engine::Postgresql && !files().isEmpty()) {
        int written = 0;
        QString failed;
        *notice = flush(&store, 0, &written, &failed)
            ? QCoreApplication::translate("PendingScans",
                "%n scan(s) kept while %1 was away written there now.", nullptr, written)
                  .arg(store.path())
            : tr("scans kept while %1 was away could not be written yet: %2")
                  .arg(store.path(), failed);
    }
    saved = saved && store.save(report, id, &why);
    if (saved) {
        if (trimTo > 0)
            store.trim(trimTo, &why); // the scan is kept even if trimming fails
        return Outcome::Saved;
    }
    StoreUrl url;
    QString ignored;
    if (!StoreUrl::parse(location, &url, &ignored) || !url.isPostgresql()) {
        *error = why;
        return Outcome::Failed;
    }
    QString path;
    if (!keep(report, ScannerName::current(), &path, error)) {
        *error = tr("%1, and keeping the scan here failed too: %2").arg(why, *error);
        return Outcome::Failed;
    }
    if (HistorySql::isRefusal(why)) {
        *error = tr("%1 refused this scanner: %2; the scan is kept in %3 (\"portolan-cli store "
                    "flush\" writes it there once that is put right)")
                     .arg(url.display(), why, path);
        return Outcome::KeptRefused;
    }
    *notice = tr("%1; the scan is kept in %2 until \"portolan-cli store flush\" writes it to "
                 "%3")
                  .arg(why, path, url.display());
    return Outcome::Kept;
}

} // namespace PendingScans
