// The scan history at scale: saving and reading back scans of 100,000 and
// 1,000,000 result rows (time, and RSS growth while reading), and listing 1,000
// saved scans, the query the History view runs when it opens.
//
//   bench_history [DIR]    (a temporary directory by default; the files are removed)
//
// Prints one "measure value" line per figure; bench/run_app_benchmarks.py runs it
// and writes the table.

#include "benchreport.h"
#include "benchutil.h"

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include "core/history/historystore.h"

namespace {

// A scan of hosts x 65535 ports' worth of listed rows (filtered, as a firewall gives).
ScanReport scanOf(int rows)
{
    ScanReport r;
    r.targets = QStringLiteral("198.18.0.0/16");
    r.ports = QStringLiteral("1-65535");
    r.started = QDateTime::currentDateTimeUtc();
    r.results.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        const auto host = static_cast<quint32>(i / 65535);
        const QHostAddress address(0xc6120000u + host);
        r.results.append(
            ScanResult::make(host, address.toString(), address, static_cast<quint16>(1 + i % 65535),
                PortState::Filtered, PortReason::NoResponse, -1.0));
    }
    r.summary.progress.filtered = static_cast<quint64>(rows);
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();
    QString notice;
    QString error;
    for (const int rows : { 100000, 1000000 }) {
        const QString path = QStringLiteral("%1/bench-%2.sqlite").arg(dir).arg(rows);
        QFile::remove(path);
        ScanReport report = scanOf(rows);
        qint64 id = 0;
        double saveMs = 0;
        {
            HistoryStore store;
            if (!store.open(path, &notice, &error))
                qFatal("%s", qPrintable(error));
            QElapsedTimer timer;
            timer.start();
            if (!store.save(report, &id, &error))
                qFatal("%s", qPrintable(error));
            saveMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        }
        report = ScanReport();
        const long before = rssKb();
        HistoryStore store;
        store.open(path, &notice, &error);
        QElapsedTimer timer;
        timer.start();
        ScanReport back;
        if (!store.load(id, &back, &error))
            qFatal("%s", qPrintable(error));
        const double loadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        // One "measure value" line each, as bench/run_app_benchmarks.py reads them.
        std::printf("save_ms_%d %.0f\nload_ms_%d %.0f\nload_rss_mib_%d %.1f\nfile_mib_%d %.1f\n",
            rows, saveMs, rows, loadMs, rows, (rssKb() - before) / 1024.0, rows,
            static_cast<double>(QFile(path).size()) / (1 << 20));
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    // 1,000 saved scans of a /24 (10 hosts up, 3 ports open each), then the list.
    const QString path = dir + QStringLiteral("/bench-list.sqlite");
    QFile::remove(path);
    HistoryStore store;
    store.open(path, &notice, &error);
    const ScanReport small = smallBlockScan();
    QElapsedTimer fill;
    fill.start();
    for (int i = 0; i < 1000; ++i) {
        qint64 id = 0;
        if (!store.save(small, &id, &error))
            qFatal("%s", qPrintable(error));
    }
    const double fillMs = static_cast<double>(fill.nsecsElapsed()) / 1e6;
    QElapsedTimer timer;
    timer.start();
    QList<HistoryStore::Entry> entries;
    store.list({}, &entries, &error);
    const double listMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    store.list(QStringLiteral("198.18.0.7"), &entries, &error);
    const double searchMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    std::printf("save_1000_scans_ms %.0f\nlist_1000_scans_ms %.1f\nlisted %lld\n"
                "search_by_address_ms %.1f\n",
        fillMs, listMs, static_cast<long long>(entries.size()), searchMs);
    return 0;
}
