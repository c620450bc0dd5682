#include "scanstatus.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

#include "core/results/resulttext.h"

ScanStatus::ScanStatus(
    QStatusBar *statusBar, QProgressBar *progressBar, QLabel *elapsedLabel, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_progressBar(progressBar)
    , m_elapsedLabel(elapsedLabel)
    , m_rateLabel(new QLabel(statusBar))
    , m_etaLabel(new QLabel(statusBar))
    , m_countsLabel(new QLabel(statusBar))
{
    for (QLabel *label : { m_countsLabel, m_rateLabel, m_etaLabel }) {
        label->setTextFormat(Qt::PlainText);
        m_statusBar->addPermanentWidget(label);
    }
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_etaLabel->setObjectName(QStringLiteral("etaLabel"));
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &ScanStatus::onTick);
}

QString ScanStatus::clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void ScanStatus::start()
{
    m_progressBar->setValue(0);
    m_elapsed.start();
    m_tick.start();
    onTick();
}

void ScanStatus::onTick()
{
    m_elapsedLabel->setText(clockText(m_elapsed.elapsed()));
}

void ScanStatus::showProgress(const ScanProgress &p)
{
    m_progressBar->setValue(p.total == 0 ? 0 : static_cast<int>(p.done * 1000 / p.total));
    QString counts = tr("%1 open, %2 filtered, %3 closed")
                         .arg(QLocale().toString(p.open), QLocale().toString(p.filtered),
                             QLocale().toString(p.closed));
    if (p.hostsToDiscover > 0) {
        // Discovery's own progress while it runs: a /16 spends most of its time there.
        const QString hosts = p.hostsDecided < p.hostsToDiscover
            ? tr("discovery %1 of %2 hosts, %3 up")
                  .arg(QLocale().toString(p.hostsDecided), QLocale().toString(p.hostsToDiscover),
                      QLocale().toString(p.hostsUp))
            : tr("%Ln host(s) up", nullptr, static_cast<int>(p.hostsUp));
        counts = hosts + QStringLiteral(" | ") + counts;
    }
    m_countsLabel->setText(counts);
    m_rateLabel->setText(tr("%1 probes/s").arg(QLocale().toString(qRound64(p.ratePerSecond))));
    m_etaLabel->setText(p.paused ? tr("paused")
            : p.etaMs < 0        ? tr("ETA --")
                                 : tr("ETA %1").arg(clockText(p.etaMs + 999)));
    // After the last probe, detection may still talk to the open ports for a while.
    if (p.detectingOnly()) {
        const QString left
            = tr("Detecting services: %Ln port(s) left", nullptr, static_cast<int>(p.servicesLeft));
        m_progressBar->setFormat(left);
        m_etaLabel->setText(left);
        m_statusBar->showMessage(left);
        m_detecting = true;
    } else if (m_detecting) {
        m_progressBar->setFormat(QStringLiteral("%p%"));
        m_statusBar->clearMessage();
        m_detecting = false;
    }
}

void ScanStatus::finish(const ScanSummary &summary)
{
    m_tick.stop();
    m_progressBar->setFormat(QStringLiteral("%p%"));
    m_detecting = false;
    showProgress(summary.progress);
    m_elapsedLabel->setText(clockText(summary.progress.elapsedMs));
    m_etaLabel->clear();
    const ScanProgress &p = summary.progress;
    QString message = summary.discoveryOnly
        ? tr("Found %Ln live host(s) of %1 in %2", nullptr, static_cast<int>(summary.hostsUp))
              .arg(QLocale().toString(summary.hostCount), ResultText::formatDuration(p.elapsedMs))
        : tr("Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed")
              .arg(ResultText::portCount(summary.portsScanned(), true),
                  ResultText::hostCount(summary.hostsScanned(), true),
                  ResultText::formatDuration(p.elapsedMs))
              .arg(QLocale().toString(p.open), QLocale().toString(p.filtered),
                  QLocale().toString(p.closed));
    if (summary.discovery && !summary.discoveryOnly)
        message += QStringLiteral(" - ") + ResultText::hostCountLine(summary);
    if (summary.cancelled)
        message += tr(" (stopped)");
    if (!summary.error.isEmpty())
        message += tr(" - stopped by an error: %1").arg(summary.error);
    if (!summary.targetErrors.isEmpty())
        message += tr(" - not scanned: %1").arg(summary.targetErrors.join(QStringLiteral("; ")));
    m_statusBar->showMessage(message);
}
