// The Devices view with 10,000 devices: the time from the user's Ctrl+D (the dock
// shown, the inventory asked of the history's worker thread) until the list is in
// the view and painted, and the worst gap of a 5 ms timer in the GUI thread
// meanwhile. The devices (a scan of 10,000 hosts up, each with a MAC, a name and
// two open ports) are saved first, outside the timing, into a history of its own
// ($XDG_DATA_HOME set to a temporary directory).
//
//   QT_QPA_PLATFORM=offscreen bench_devicesview [DEVICES]
//
// Prints one "measure value" line per figure (bench/run_app_benchmarks.py reads them).
#include "devicespanel.h"
#include "dialogs.h"
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
    const int devices = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    {
        HistoryStore store;
        QString notice;
        QString error;
        if (!store.open(HistoryStore::defaultPath(), &notice, &error))
            qFatal("%s", qPrintable(error));
        ScanReport scan;
        scan.targets = QStringLiteral("198.18.0.0/16");
        scan.ports = QStringLiteral("22,80");
        scan.started = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < devices; ++i) {
            const auto id = static_cast<quint32>(i);
            const QHostAddress address(0xc6120000u + id + 1);
            HostState h = HostState::make(
                id, address.toString(), address, HostStatus::Up, HostReason::SynAck, 1.0);
            h.mac = QStringLiteral("02:00:00:%1:%2:%3")
                        .arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                        .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                        .arg(i & 0xff, 2, 16, QLatin1Char('0'));
            h.names = { { QStringLiteral("host-%1.lab").arg(i), HostNames::dns } };
            scan.hostStates.append(h);
            for (quint16 p : { 22, 80 })
                scan.results.append(ScanResult::make(
                    id, address.toString(), address, p, PortState::Open, PortReason::SynAck, 1.0));
        }
        qint64 id = 0;
        if (!store.save(scan, &id, &error))
            qFatal("%s", qPrintable(error));
    }
    MainWindow window(std::make_unique<AppSettings>(dir.filePath(QStringLiteral("bench.ini"))),
        std::make_unique<Dialogs>());
    window.show();
    // The window lists the devices once at start (for the labels): let that pass.
    DevicesPanel *panel = window.archive()->devicesPanel();
    {
        QEventLoop first;
        QObject::connect(panel, &DevicesPanel::listShown, &first, &QEventLoop::quit);
        QTimer::singleShot(60000, &first, &QEventLoop::quit);
        first.exec();
    }
    auto *view = panel->findChild<QTableView *>(QStringLiteral("devicesView"));

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
    QObject::connect(panel, &DevicesPanel::listShown, &loop, [&](int count) {
        listed = count;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    sinceTick.start();
    tick.start();
    timer.start();
    panel->toggleViewAction()->trigger(); // what Ctrl+D does
    loop.exec();
    view->viewport()->repaint(); // painted, not just listed
    const double openMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    tick.stop();
    std::printf("devices %d\nlisted %d\nopen_ms %.1f\nworst_gap_ms %lld\n", devices, listed, openMs,
        static_cast<long long>(worstGapMs));
    return listed == devices ? 0 : 1;
}
