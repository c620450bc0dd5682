#include "optionspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>

#include "core/settings/appsettings.h"
#include "core/spec/timingpreset.h"

OptionsPanel::OptionsPanel(const Widgets &widgets, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_w(widgets)
    , m_settings(settings)
{
    m_w.timeout->setRange(ScanOptions::minTimeoutMs, ScanOptions::maxTimeoutMs);
    m_w.retries->setRange(0, ScanOptions::maxRetries);
    m_w.concurrency->setRange(ScanOptions::automaticConcurrency, ScanOptions::maxConcurrency);
    m_w.historyLimit->setRange(1, AppSettings::maxHistoryLimit);
    m_w.serviceTimeout->setRange(
        ScanOptions::minServiceTimeoutMs, ScanOptions::maxServiceTimeoutMs);
    m_w.serviceConnections->setRange(1, ScanOptions::maxServiceConnections);
    connect(m_w.services, &QCheckBox::toggled, this, &OptionsPanel::updateTcpOptions);
    connect(m_w.keepHistory, &QCheckBox::toggled, m_w.historyLimit, &QWidget::setEnabled);
    // activated: the user's choice only, not restore()'s.
    connect(m_w.timing, &QComboBox::activated, this, &OptionsPanel::onTimingChosen);
}

void OptionsPanel::restore()
{
    m_w.timing->setCurrentIndex(m_settings->timingLevel());
    m_w.timeout->setValue(m_settings->timeoutMs());
    m_w.retries->setValue(m_settings->retries());
    m_w.concurrency->setValue(m_settings->concurrency());
    m_w.discovery->setCurrentIndex(m_settings->skipDiscovery() ? 1 : 0);
    m_w.banners->setChecked(m_settings->grabBanners());
    m_w.services->setChecked(m_settings->detectServices());
    m_w.serviceTimeout->setValue(m_settings->serviceTimeoutMs());
    m_w.serviceConnections->setValue(m_settings->serviceConnections());
    updateTcpOptions();
    m_w.resolveAll->setChecked(m_settings->resolveAll());
    m_w.showClosed->setChecked(m_settings->showClosed());
    m_w.keepHistory->setChecked(m_settings->keepHistory());
    m_w.historyLimit->setValue(m_settings->historyLimit());
    m_w.historyLimit->setEnabled(m_settings->keepHistory());
}

void OptionsPanel::save() const
{
    m_settings->setTimingLevel(m_w.timing->currentIndex());
    m_settings->setTimeoutMs(m_w.timeout->value());
    m_settings->setRetries(m_w.retries->value());
    m_settings->setConcurrency(m_w.concurrency->value());
    m_settings->setSkipDiscovery(m_w.discovery->currentIndex() == 1);
    m_settings->setGrabBanners(m_w.banners->isChecked());
    m_settings->setDetectServices(m_w.services->isChecked());
    m_settings->setServiceTimeoutMs(m_w.serviceTimeout->value());
    m_settings->setServiceConnections(m_w.serviceConnections->value());
    m_settings->setResolveAll(m_w.resolveAll->isChecked());
    m_settings->setShowClosed(m_w.showClosed->isChecked());
    m_settings->setKeepHistory(m_w.keepHistory->isChecked());
    m_settings->setHistoryLimit(m_w.historyLimit->value());
}

void OptionsPanel::setTcpScanned(bool tcp)
{
    if (tcp == m_tcp)
        return;
    m_tcp = tcp;
    updateTcpOptions();
}

void OptionsPanel::updateTcpOptions()
{
    const bool detect = m_w.services->isChecked();
    m_w.serviceTimeout->setEnabled(detect);
    m_w.serviceConnections->setEnabled(detect && m_tcp);
    m_w.banners->setEnabled(m_tcp);
    // Greyed out, the box says why (it has no tooltip of its own).
    m_w.banners->setToolTip(
        m_tcp ? QString() : tr("Banners come from TCP connections: this scan has no TCP ports"));
}

void OptionsPanel::onTimingChosen(int level)
{
    TimingPreset preset;
    if (!TimingPreset::find(QString::number(level), &preset))
        return;
    m_w.timeout->setValue(preset.timeoutMs);
    m_w.retries->setValue(preset.retries);
    m_w.concurrency->setValue(preset.concurrency);
}

void OptionsPanel::applyTo(ScanOptions *o) const
{
    TimingPreset preset;
    if (TimingPreset::find(QString::number(m_w.timing->currentIndex()), &preset))
        preset.applyTo(o);
    o->timeoutMs = m_w.timeout->value();
    o->retries = m_w.retries->value();
    o->concurrency = m_w.concurrency->value();
    o->discovery = m_w.discovery->currentIndex() == 1 ? ScanOptions::Discovery::Skip
                                                      : ScanOptions::Discovery::Automatic;
    o->grabBanners = m_w.banners->isChecked() && m_tcp;
    o->detectServices = m_w.services->isChecked();
    o->serviceTimeoutMs = m_w.serviceTimeout->value();
    o->serviceConnections = m_w.serviceConnections->value();
    o->resolveAll = m_w.resolveAll->isChecked();
    o->keepClosed = m_w.showClosed->isChecked();
}
