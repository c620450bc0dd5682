// Window responsiveness: scans 127.0.0.1 ports 1-65535 with closed ports listed
// (65535 rows) through the real window, offscreen, and reports the worst gap
// of a 10 ms timer in the GUI thread and the scan's own time.
// With TARGETS PORTS (bench_window 198.18.0.0/16 common), scans those instead, with
// down hosts shown in the hosts pane, and also reports the largest number of hosts
// the status bar showed as decided by discovery while the scan ran.
// Run it inside a private network namespace.
#include "dialogs.h"
#include "mainwindow.h"

#include <algorithm>
#include <cstdio>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include "core/settings/appsettings.h"

namespace {

// Says yes to "Large scan, start it?" (a /16 sends millions of probes).
class YesDialogs final : public Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &) override { return true; }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    MainWindow window(std::make_unique<AppSettings>(dir.filePath(QStringLiteral("bench.ini"))),
        std::make_unique<YesDialogs>());
    window.show();
    const QStringList args = QApplication::arguments();
    const bool custom = args.size() >= 3;
    window.setTargets(custom ? args[1] : QStringLiteral("127.0.0.1"));
    window.setPorts(custom ? args[2] : QStringLiteral("1-65535"));
    window.findChild<QCheckBox *>(QStringLiteral("showClosedCheckBox"))->setChecked(!custom);
    if (custom)
        window.findChild<QAction *>(QStringLiteral("showDownHostsAction"))->setChecked(true);
    QLabel *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    int discoveryShown = 0; // ticks on which the status bar showed discovery progress

    QElapsedTimer sinceTick;
    qint64 worstGapMs = 0;
    QTimer probe;
    probe.setInterval(10);
    QElapsedTimer scan;
    QTableView *table = window.findChild<QTableView *>(QStringLiteral("resultsView"));
    QList<QString> longGaps;
    QObject::connect(&probe, &QTimer::timeout, &window, [&] {
        const qint64 gap = sinceTick.elapsed();
        if (counts && counts->text().startsWith(QLatin1String("discovery ")))
            ++discoveryShown;
        worstGapMs = std::max(worstGapMs, gap);
        if (gap > 30)
            longGaps.append(QStringLiteral("%1ms@%2ms/%3rows")
                                .arg(gap)
                                .arg(scan.elapsed())
                                .arg(table->model()->rowCount()));
        sinceTick.restart();
    });
    QTimer watch;
    watch.setInterval(5);
    QObject::connect(&watch, &QTimer::timeout, &window, [&] {
        if (window.isScanning())
            return;
        const qint64 ms = scan.elapsed();
        const int rows
            = window.findChild<QTableView *>(QStringLiteral("resultsView"))->model()->rowCount();
        std::printf("scan_ms %lld\nrows %d\nworst_gap_ms %lld\n", static_cast<long long>(ms), rows,
            static_cast<long long>(worstGapMs));
        if (custom)
            std::printf("discovery_progress_ticks %d\nhosts_listed %d\n", discoveryShown,
                window.findChild<QTreeView *>(QStringLiteral("hostsView"))->model()->rowCount());
        if (!longGaps.isEmpty())
            std::printf("gaps_over_30ms %s\n", qPrintable(longGaps.join(QLatin1Char(' '))));
        QApplication::quit();
    });
    QTimer::singleShot(500, &window, [&] {
        sinceTick.start();
        probe.start();
        scan.start();
        window.startScan();
        watch.start();
    });
    return QApplication::exec();
}
