// The store on each engine (issue 22): one scan of 65,535 result rows saved and
// read back, 1,000 scans saved and listed, and ten scanners (threads, each its
// own connection, as ten machines would be) saving 20 scans each at once.
//
//   bench_store LOCATION    (an empty store: a path, sqlite:PATH or postgresql://...)
//
// Prints one "measure value" line per figure; bench/bench_store.py runs it on
// SQLite and on a PostgreSQL server of its own and writes the table.

#include "benchreport.h"

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

#include "core/history/historystore.h"

namespace {

// One host's 65,535 ports, listed (filtered, as a firewall gives).
ScanReport wholeRange()
{
    ScanReport r;
    r.targets = QStringLiteral("198.18.0.1");
    r.ports = QStringLiteral("1-65535");
    r.started = QDateTime::currentDateTimeUtc();
    const QHostAddress address(0xc6120001u);
    r.hostStates.append(
        HostState::make(0, address.toString(), address, HostStatus::Up, HostReason::SynAck, 1.0));
    for (int port = 1; port <= 65535; ++port)
        r.results.append(ScanResult::make(0, address.toString(), address,
            static_cast<quint16>(port), PortState::Filtered, PortReason::NoResponse, -1.0));
    r.summary.progress.filtered = 65535;
    return r;
}

double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

HistoryStore *open(const QString &location)
{
    auto *store = new HistoryStore;
    QString notice;
    QString error;
    if (!store->open(location, &notice, &error))
        qFatal("%s", qPrintable(error));
    return store;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        qFatal("usage: bench_store LOCATION");
    const QString location = QString::fromLocal8Bit(argv[1]);
    QString error;
    std::unique_ptr<HistoryStore> store(open(location));

    const ScanReport big = wholeRange();
    qint64 id = 0;
    QElapsedTimer timer;
    timer.start();
    if (!store->save(big, &id, &error))
        qFatal("%s", qPrintable(error));
    const double saveBig = msSince(timer);
    timer.restart();
    ScanReport back;
    if (!store->load(id, &back, &error) || back.results.size() != 65535)
        qFatal("load: %s", qPrintable(error));
    const double loadBig = msSince(timer);

    const ScanReport small = smallBlockScan();
    timer.restart();
    for (int i = 0; i < 999; ++i) {
        if (!store->save(small, &id, &error))
            qFatal("%s", qPrintable(error));
    }
    const double save999 = msSince(timer);
    QList<HistoryStore::Entry> entries;
    timer.restart();
    store->list({}, &entries, &error);
    const double list = msSince(timer);
    if (entries.size() != 1000)
        qFatal("listed %lld", static_cast<long long>(entries.size()));
    timer.restart();
    store->list(QStringLiteral("198.18.0.7"), &entries, &error);
    const double search = msSince(timer);

    // Ten scanners at once, each its own name and connection.
    constexpr int scanners = 10;
    constexpr int each = 20;
    QList<QThread *> threads;
    QStringList failures;
    QMutex failed;
    for (int s = 0; s < scanners; ++s) {
        threads.append(QThread::create([&, s] {
            std::unique_ptr<HistoryStore> mine(open(location));
            for (int i = 0; i < each; ++i) {
                qint64 saved = 0;
                QString why;
                if (!mine->saveAs(small, QStringLiteral("site-%1").arg(s), &saved, &why)) {
                    const QMutexLocker lock(&failed);
                    failures.append(why);
                }
            }
        }));
    }
    timer.restart();
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    const double together = msSince(timer);
    store->list({}, &entries, &error);
    std::printf("save_65535_rows_ms %.0f\nload_65535_rows_ms %.0f\nsave_999_scans_ms %.0f\n"
                "list_1000_scans_ms %.1f\nsearch_by_address_ms %.1f\n"
                "ten_scanners_200_scans_ms %.0f\nten_scanners_scans_per_s %.0f\n"
                "ten_scanners_failed %lld\nscans_after %lld\n",
        saveBig, loadBig, save999, list, search, together, scanners * each / (together / 1000.0),
        static_cast<long long>(failures.size()), static_cast<long long>(entries.size()));
    return failures.isEmpty() && entries.size() == 1000 + scanners * each ? 0 : 1;
}
