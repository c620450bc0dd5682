#pragma once

#include <memory>

#include <QDateTime>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

#include "core/scanjob.h"
#include "core/scanreport.h"
#include "core/translator.h"

namespace Ui {
class MainWindow;
}
class AppSettings;
struct LaunchOptions;
class Dialogs;
class HostListModel;
class QActionGroup;
class QLabel;
class QMenu;
class ResultActions;
class ResultFilterModel;
class ScanResultModel;

// Portolan's window: collects targets, ports and options, drives a ScanJob and
// shows its results live in a sortable, filterable table beside a hosts pane.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<AppSettings> settings, std::unique_ptr<Dialogs> dialogs,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    void setTargets(const QString &targets);
    void setPorts(const QString &ports);
    // Starts a scan of what the form holds; false when the input is invalid or declined.
    bool startScan();
    bool isScanning() const { return m_job.isRunning(); }
    // Fills the form from the command line and starts the scan when asked to.
    void applyLaunchOptions(const LaunchOptions &options);

    // Scans above this many probes ask for confirmation first.
    static constexpr quint64 confirmAbove = 1000000;
    // How long typing in the search box must pause before the table is filtered.
    static constexpr int searchDelayMs = 200;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupLanguageMenu();
    void setupViews();
    void restoreSettings();
    void saveSettings();
    bool validateInput(ScanOptions *options = nullptr);
    QString currentPortsSpec() const;
    void updateControls();
    void updateRowCount();
    void retranslate();

    void onStartButtonClicked();
    void onStopButtonClicked();
    void onPauseButtonClicked();
    void onLoadTargetsClicked();
    void onResultsReady(const ScanBatch &batch);
    void onProgressChanged(const ScanProgress &progress);
    void onScanFinished(const ScanSummary &summary);
    void onTargetFailed(const QString &target, const QString &message);
    void onElapsedTick();
    void onHostSelectionChanged();
    void applySearch();
    void showShortcutsInToolTips();
    void updateHostColumn();
    ScanReport reportHeader() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<AppSettings> m_settings;
    Translator m_translator;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    std::unique_ptr<Dialogs> m_dialogs;
    ScanJob m_job;
    ScanResultModel *m_results = nullptr;
    ResultFilterModel *m_filter = nullptr;
    HostListModel *m_hosts = nullptr;
    ResultActions *m_actions = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_etaLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTimer m_elapsedTick;
    QTimer m_searchDelay;
    QElapsedTimer m_elapsed;
    ScanOptions m_lastOptions;
    QString m_lastTargets;
    QString m_lastPorts;
    QDateTime m_lastStarted;
    ScanSummary m_lastSummary;
    ScanProgress m_lastProgress;
    QStringList m_targetErrors;
};
