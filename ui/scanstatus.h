#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "core/results/scanresult.h"

class QLabel;
class QProgressBar;
class QStatusBar;

// How a running scan shows itself: the progress bar, the ticking elapsed time,
// and counts, rate and ETA in the status bar; the summary line when it ends.
class ScanStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanStatus)

public:
    ScanStatus(QStatusBar *statusBar, QProgressBar *progressBar, QLabel *elapsedLabel,
        QObject *parent = nullptr);

    void start();
    void showProgress(const ScanProgress &progress);
    void finish(const ScanSummary &summary);

private:
    // m:ss, or h:mm:ss from an hour on.
    static QString clockText(qint64 ms);
    // "3 open, 1 filtered, 9 closed", with open|filtered when there are any.
    static QString countsText(quint64 open, quint64 filtered, quint64 openFiltered, quint64 closed);
    // What goes on after the probes that the bar and status must say (confirming
    // UDP ports, detecting services); empty while probing.
    static QString phaseText(const ScanProgress &progress);
    void onTick();

    QStatusBar *m_statusBar;
    QProgressBar *m_progressBar;
    QLabel *m_elapsedLabel;
    QLabel *m_rateLabel;
    QLabel *m_etaLabel;
    QLabel *m_countsLabel;
    QTimer m_tick;
    QElapsedTimer m_elapsed;
    bool m_phaseShown = false; // the bar and the status say what goes on (phaseText())
};
