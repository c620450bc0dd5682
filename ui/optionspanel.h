#pragma once

#include <QObject>

#include "core/spec/scanoptions.h"

class AppSettings;
class QCheckBox;
class QComboBox;
class QSpinBox;

// The window's scan options: timing preset, timeout, retries, concurrency, host
// discovery, banners, service detection, every address of a name, closed rows; and whether and how
// many scans the history keeps. Restores and saves
// them, and fills ScanOptions from them. Choosing a timing preset fills the
// timeout, retries and concurrency beside it; a pace between connects (T0-T2)
// comes from the preset alone.
class OptionsPanel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPanel)

public:
    struct Widgets
    {
        QComboBox *timing = nullptr;
        QSpinBox *timeout = nullptr;
        QSpinBox *retries = nullptr;
        QSpinBox *concurrency = nullptr;
        QComboBox *discovery = nullptr;
        QCheckBox *banners = nullptr;
        QCheckBox *services = nullptr;
        QSpinBox *serviceTimeout = nullptr;
        QSpinBox *serviceConnections = nullptr;
        QCheckBox *resolveAll = nullptr;
        QCheckBox *showClosed = nullptr;
        QCheckBox *keepHistory = nullptr;
        QSpinBox *historyLimit = nullptr;
    };

    OptionsPanel(const Widgets &widgets, AppSettings *settings, QObject *parent = nullptr);

    void restore();
    void save() const;
    // Sets every option the panel holds; targets and ports are the caller's.
    void applyTo(ScanOptions *options) const;
    // Whether the scan has TCP ports: banners and detection's connections act on TCP
    // connections only, so a UDP-only scan greys them out and does not ask for them.
    void setTcpScanned(bool tcp);

private:
    void onTimingChosen(int level);
    void updateTcpOptions();

    Widgets m_w;
    AppSettings *m_settings;
    bool m_tcp = true;
};
