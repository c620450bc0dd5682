#pragma once

#include "scanview.h"

#include <memory>
#include <optional>

#include <QDateTime>
#include <QMainWindow>

#include "core/engine/scanjob.h"
#include "core/results/scanreport.h"
#include "core/settings/translator.h"

namespace Ui {
class MainWindow;
}
class AppSettings;
struct LaunchOptions;
class Dialogs;
class LanguageMenu;
class OptionsPanel;
class QLabel;
class QMenu;
class ResultActions;
class ScanArchive;
class WatchCenter;
class ResultsPane;
class ScanForm;
class ScanStatus;
class ResultFilterModel;
class ScanResultModel;

// Portolan's window: collects targets, ports and options, drives a ScanJob and
// shows its results live in a sortable, filterable table beside a hosts pane.
class MainWindow final : public QMainWindow, public ScanView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<AppSettings> settings, std::unique_ptr<Dialogs> dialogs,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    void setTargets(const QString &targets);
    void setPorts(const QString &ports);
    // Starts a scan of what the form holds (or finds its live hosts only); false
    // when the input is invalid or declined.
    bool startScan(bool discoveryOnly = false);
    bool isScanning() const override { return m_job.isRunning(); }
    // Fills the form from the command line and starts the scan when asked to.
    void applyLaunchOptions(const LaunchOptions &options);

    // The scan the table shows (run here or opened): its report header, with its
    // hosts, and the table's rows.
    ShownScan currentScan() const override;
    // Shows a saved scan in the table and hosts pane, read-only; source names it.
    void showReport(const ScanReport &report, const QString &source) override;
    // Runs a scan again with the targets, ports, timeout, retries and banners of
    // parameters; false when it does not start.
    bool rescan(const ScanReport &parameters) override;
    void setDeviceLabels(const QHash<QString, QString> &labels) override;
    bool formScan(QString *targets, QString *ports, ScanOptions *options) override;
    WatchCenter *watches() const { return m_watches; }
    ScanArchive *archive() const { return m_archive; }
    // Names of live hosts still being looked up after a scan (DNS, mDNS, NetBIOS).
    int pendingNames() const { return m_job.pendingNames(); }

    // Scans above this many probes ask for confirmation first.
    static constexpr quint64 confirmAbove = 1000000;

Q_SIGNALS:
    // A scan ended (finished, stopped or failed) and the window shows its summary.
    void scanFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupViews();
    void restoreSettings();
    void saveSettings();
    bool validateInput(ScanOptions *options = nullptr);
    void updateControls();
    void retranslate();

    void onStartButtonClicked();
    void onStopButtonClicked();
    void onPauseButtonClicked();
    void onLoadTargetsClicked();
    void onResultsReady(const ScanBatch &batch);
    void onProgressChanged(const ScanProgress &progress);
    void onScanFinished(const ScanSummary &summary);
    void onTargetFailed(const QString &target, const QString &message);
    void showShortcutsInToolTips();
    ScanReport reportHeader() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<AppSettings> m_settings;
    Translator m_translator;
    LanguageMenu *m_languages = nullptr;
    std::unique_ptr<Dialogs> m_dialogs;
    ScanJob m_job;
    ScanResultModel *m_results = nullptr;
    ResultFilterModel *m_filter = nullptr;
    ResultActions *m_actions = nullptr;
    ResultsPane *m_pane = nullptr;
    ScanStatus *m_status = nullptr;
    OptionsPanel *m_optionsPanel = nullptr;
    ScanForm *m_form = nullptr;
    ScanArchive *m_archive = nullptr;
    WatchCenter *m_watches = nullptr;
    std::optional<ScanReport> m_sameAs; // a rescan's parameters, for startScan()
    ScanOptions m_lastOptions;
    QString m_lastTargets;
    QString m_lastPorts;
    QDateTime m_lastStarted;
    ScanSummary m_lastSummary;
    QStringList m_targetErrors;
};
