#include "scanstatus.h"

#include <limits>

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

QString ScanStatus::countsText(quint64 open, quint64 filtered, quint64 openFiltered, quint64 closed)
{
    // open|filtered only where UDP found some: TCP scans read as they always did.
    if (openFiltered == 0)
        return tr("%1 open, %2 filtered, %3 closed")
            .arg(
                QLocale().toString(open), QLocale().toString(filtered), QLocale().toString(closed));
    return tr("%1 open, %2 filtered, %3 open|filtered, %4 closed")
        .arg(QLocale().toString(open), QLocale().toString(filtered),
            QLocale().toString(openFiltered), QLocale().toString(closed));
}

QString ScanStatus::phaseText(const ScanProgress &p)
{
    if (p.confirming > 0) {
        // A host that limits its ICMP errors answers a closed UDP port only as its
        // allowance returns: this can take a while, and the user should know why.
        const int ports
            = static_cast<int>(qMin<quint64>(p.confirming, std::numeric_limits<int>::max()));
        if (p.confirmEtaMs < 0)
            return tr("Confirming %n closed UDP port(s)", nullptr, ports);
        const qint64 seconds = (p.confirmEtaMs + 999) / 1000;
        const QString left = seconds < 60
            ? tr("about %n s left", nullptr, static_cast<int>(seconds))
            : tr("about %1 left").arg(clockText(p.confirmEtaMs + 999));
        return tr("Confirming %n closed UDP port(s) (%1)", nullptr, ports).arg(left);
    }
    // After the last probe, detection may still talk to the open ports for a while.
    if (p.detectingOnly())
        return tr(
            "Detecting services: %Ln port(s) left", nullptr, static_cast<int>(p.servicesLeft));
    return {};
}

void ScanStatus::showProgress(const ScanProgress &p)
{
    m_progressBar->setValue(p.total == 0 ? 0 : static_cast<int>(p.done * 1000 / p.total));
    QString counts = countsText(p.open, p.filtered, p.openFiltered, p.closed);
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
    if (const QString phase = phaseText(p); !phase.isEmpty()) {
        m_progressBar->setFormat(phase);
        m_etaLabel->setText(phase);
        m_statusBar->showMessage(phase);
        m_phaseShown = true;
    } else if (m_phaseShown) {
        m_progressBar->setFormat(QStringLiteral("%p%"));
        m_statusBar->clearMessage();
        m_phaseShown = false;
    }
}

void ScanStatus::finish(const ScanSummary &summary)
{
    m_tick.stop();
    m_progressBar->setFormat(QStringLiteral("%p%"));
    m_phaseShown = false;
    ScanProgress ended = summary.progress;
    ended.confirming = 0; // nothing goes on after the end, whatever was left
    ended.servicesLeft = 0;
    showProgress(ended);
    m_elapsedLabel->setText(clockText(summary.progress.elapsedMs));
    m_etaLabel->clear();
    const ScanProgress &p = summary.progress;
    const QString scanned = ResultText::portCount(summary.portsScanned(), true);
    const QString hosts = ResultText::hostCount(summary.hostsScanned(), true);
    const QString took = ResultText::formatDuration(p.elapsedMs);
    QString message;
    if (summary.discoveryOnly)
        message
            = tr("Found %Ln live host(s) of %1 in %2", nullptr, static_cast<int>(summary.hostsUp))
                  .arg(QLocale().toString(summary.hostCount), took);
    else if (p.openFiltered == 0) // TCP's line as it always was
        message = tr("Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed")
                      .arg(scanned, hosts, took)
                      .arg(QLocale().toString(p.open), QLocale().toString(p.filtered),
                          QLocale().toString(p.closed));
    else
        message = tr("Scanned %1 on %2 in %3: %4")
                      .arg(scanned, hosts, took,
                          countsText(p.open, p.filtered, p.openFiltered, p.closed));
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
