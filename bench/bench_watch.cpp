// A watch left running for a year, compressed: a watch of the /24 lab (20 hosts
// up, the empty addresses reported unreachable like a LAN's failed ARP) run
// RUNS times, 15 minutes apart on the watch's clock, while ports open and close
// and a host comes and goes, so that every run records events. The history keeps
// KEEP scans; the watch's events go with the scans they came from. Reports the
// database's size and rows and this process's memory after the first tenth of
// the runs and at the end: both should be flat.
//
//   bench_watch [RUNS] [KEEP]      (1000 and 100 by default; root, in a private
//                                   network namespace: the lab is a TUN device)
//
// Prints one "measure value" line per figure; bench/run_app_benchmarks.py runs it.

#include "benchutil.h"

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "common/tunlab.h"
#include "core/history/historystore.h"
#include "core/spec/scanoptionsjson.h"
#include "core/watch/watchrunner.h"
#include "core/watch/watchstore.h"

namespace {

std::vector<TunLab::Host> labHosts(int run)
{
    std::vector<TunLab::Host> hosts;
    for (quint16 offset = 1; offset <= 20; ++offset) {
        TunLab::Host h;
        h.offset = offset;
        h.open = { 22, 80 };
        // One host a run opens 8080, and closes it again 20 runs later.
        if ((run / 20) % 2 == 0 ? offset <= run % 20 : offset > run % 20)
            h.open.insert(8080);
        hosts.push_back(h);
    }
    if ((run / 10) % 2 == 1) { // a laptop: here for ten runs, away for ten
        TunLab::Host laptop;
        laptop.offset = 200;
        laptop.open = { 443 };
        hosts.push_back(laptop);
    }
    return hosts;
}

qint64 count(const QString &path, const QString &table)
{
    qint64 n = -1;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

double fileKib(const QString &path)
{
    return static_cast<double>(
               QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size())
        / 1024.0;
}

void print(const char *key, double value)
{
    std::printf("%s %.1f\n", key, value);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::clamp(QByteArray(argv[1]).toInt(), 20, 100000) : 1000;
    const int keep = argc > 2 ? std::clamp(QByteArray(argv[2]).toInt(), 1, 100000) : 100;
    TunLab lab;
    TunLab::Options options;
    options.unreachableMs = 2;
    QString why;
    if (!lab.start(labHosts(0), options, &why)) {
        std::fprintf(stderr, "bench_watch: no lab: %s\n", qPrintable(why));
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QString error;
    {
        HistoryStore history;
        QString notice;
        Watch w;
        w.name = QStringLiteral("lab");
        w.targets = QStringLiteral("198.18.0.0/24");
        w.ports = QStringLiteral("22,80,443,8080");
        ScanOptions o;
        o.timeoutMs = 200;
        o.reverseDns = false;
        w.options = ScanOptionsJson::toJson(o);
        w.everySeconds = 900;
        if (!history.open(path, &notice, &error) || !WatchStore(history).add(&w, &error)) {
            std::fprintf(stderr, "bench_watch: %s\n", qPrintable(error));
            return 1;
        }
    }
    WatchRunner runner(path, keep);
    runner.setNotify(false);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    qint64 events = 0;
    QList<qint64> runMs;
    const int early = runs / 10;
    for (int i = 0; i < runs; ++i) {
        lab.setHosts(labHosts(i));
        QSignalSpy finished(&runner, &WatchRunner::finished);
        QElapsedTimer took;
        took.start();
        runner.run(QStringLiteral("lab"), false, t0.addSecs(900LL * i));
        if (finished.isEmpty() && !finished.wait(60000)) {
            std::fprintf(stderr, "bench_watch: run %d did not end\n", i + 1);
            return 1;
        }
        runMs.append(took.elapsed());
        const auto r = finished.first().first().value<WatchRunner::Result>();
        if (!r.error.isEmpty() || !r.ran) {
            std::fprintf(stderr, "bench_watch: run %d: %s\n", i + 1, qPrintable(r.error));
            return 1;
        }
        events += r.events.size();
        if (i + 1 == early) {
            print("early_run", early);
            print("early_db_kib", fileKib(path));
            print("early_rss_mib", rssKb() / 1024.0);
            print("early_scans", static_cast<double>(count(path, QStringLiteral("scans"))));
            print("early_events", static_cast<double>(count(path, QStringLiteral("watch_events"))));
        }
    }
    std::sort(runMs.begin(), runMs.end());
    print("runs", runs);
    print("keep", keep);
    print("events_recorded", static_cast<double>(events));
    print("end_db_kib", fileKib(path));
    print("end_rss_mib", rssKb() / 1024.0);
    print("end_scans", static_cast<double>(count(path, QStringLiteral("scans"))));
    print("end_events", static_cast<double>(count(path, QStringLiteral("watch_events"))));
    print("median_run_ms", static_cast<double>(runMs.at(runMs.size() / 2)));
    return 0;
}
