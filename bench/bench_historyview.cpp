// The History view with 1,000 saved scans: the time from the user's Ctrl+H (the
// dock shown, the list asked of the worker thread) until the list is in the view
// and painted, and the worst gap of a 5 ms timer in the GUI thread meanwhile.
// The scans (a /24 each: 10 hosts up, 3 open ports) are saved first, outside the
// timing, into a history of its own ($XDG_DATA_HOME set to a temporary directory).
//
//   QT_QPA_PLATFORM=offscreen bench_historyview [SCANS]
//
// Prints one "measure value" line per figure (bench/run_app_benchmarks.py reads them).
#include "benchreport.h"
#include "dialogs.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "scanarchive.h"

#include <algorithm>
#include <cstdio>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include "core/history/historystore.h"
#include "core/settings/appsettings.h"

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    const int scans = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    {
        HistoryStore store;
        QString notice;
        QString error;
        if (!store.open(HistoryStore::defaultPath(), &notice, &error))
            qFatal("%s", qPrintable(error));
        ScanReport small = smallBlockScan();
        for (int i = 0; i < scans; ++i) {
            qint64 id = 0;
            small.started = small.started.addSecs(60);
            if (!store.save(small, &id, &error))
                qFatal("%s", qPrintable(error));
        }
    }
    MainWindow window(std::make_unique<AppSettings>(dir.filePath(QStringLiteral("bench.ini"))),
        std::make_unique<Dialogs>());
    window.show();
    QApplication::processEvents();
    HistoryPanel *panel = window.archive()->panel();
    auto *view = panel->findChild<QTableView *>(QStringLiteral("historyView"));

    QElapsedTimer sinceTick;
    qint64 worstGapMs = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        worstGapMs = std::max(worstGapMs, sinceTick.elapsed());
        sinceTick.restart();
    });
    QEventLoop loop;
    int listed = -1;
    QObject::connect(panel, &HistoryPanel::listShown, &loop, [&](int count) {
        listed = count;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    sinceTick.start();
    tick.start();
    timer.start();
    panel->toggleViewAction()->trigger(); // what Ctrl+H does
    loop.exec();
    view->viewport()->repaint(); // painted, not just listed
    const double openMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    tick.stop();
    std::printf("scans %d\nlisted %d\nopen_ms %.1f\nworst_gap_ms %lld\n", scans, listed, openMs,
        static_cast<long long>(worstGapMs));
    return listed == scans ? 0 : 1;
}
