// Window responsiveness: scans 127.0.0.1 ports 1-65535 with closed ports listed
// (65535 rows) through the real window, offscreen, and reports the worst gap
// of a 10 ms timer in the GUI thread and the scan's own time.
// Run it inside a private network namespace (bench/run-benchmarks.sh does).
#include "dialogs.h"
#include "mainwindow.h"

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include "core/appsettings.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    MainWindow window(std::make_unique<AppSettings>(dir.filePath(QStringLiteral("bench.ini"))),
        std::make_unique<Dialogs>());
    window.show();
    window.setTargets(QStringLiteral("127.0.0.1"));
    window.setPorts(QStringLiteral("1-65535"));
    window.findChild<QCheckBox *>(QStringLiteral("showClosedCheckBox"))->setChecked(true);

    QElapsedTimer sinceTick;
    qint64 worstGapMs = 0;
    QTimer probe;
    probe.setInterval(10);
    QElapsedTimer scan;
    QTableView *table = window.findChild<QTableView *>(QStringLiteral("resultsView"));
    QList<QString> longGaps;
    QObject::connect(&probe, &QTimer::timeout, &window, [&] {
        const qint64 gap = sinceTick.elapsed();
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
