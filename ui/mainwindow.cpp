#include "mainwindow.h"

#include "dialogs.h"
#include "icons.h"
#include "languagemenu.h"
#include "launchoptions.h"
#include "optionspanel.h"
#include "resultactions.h"
#include "resultspane.h"
#include "scanarchive.h"
#include "scanform.h"
#include "scanstatus.h"
#include "storedialog.h"
#include "ui_mainwindow.h"
#include "watchcenter.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QLabel>
#include <QMenuBar>
#include <QStringListModel>

#include "core/history/historystore.h"
#include "core/models/hostlistmodel.h"
#include "core/models/resultfiltermodel.h"
#include "core/models/scanresultmodel.h"
#include "core/settings/appsettings.h"

MainWindow::MainWindow(
    std::unique_ptr<AppSettings> settings, std::unique_ptr<Dialogs> dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(std::move(settings))
    , m_dialogs(std::move(dialogs))
{
    m_translator.setLanguage(m_settings->language());
    m_ui->setupUi(this);
    setWindowIcon(Icons::application());
    m_form = new ScanForm({ m_ui->targetLineEdit, m_ui->targetErrorLabel, m_ui->portsComboBox,
                              m_ui->portsErrorLabel, m_ui->protocolComboBox, this },
        m_settings.get(), m_dialogs.get(), this);
    m_status = new ScanStatus(statusBar(), m_ui->progressBar, m_ui->elapsedLabel, this);

    setupViews();
    setupActions();
    m_archive = new ScanArchive(this, this,
        { m_ui->fileMenu, m_ui->scanMenu, m_ui->viewMenu, m_ui->exportAction }, m_settings.get(),
        m_dialogs.get(), HistoryStore::defaultLocation());
    connect(m_archive, &ScanArchive::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text); });
    auto *optionsMenu = new QMenu(this);
    optionsMenu->setObjectName(QStringLiteral("optionsMenu"));
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), optionsMenu);
    StoreDialog::addAction(optionsMenu, m_settings.get(), m_dialogs.get(), this);
    m_watches = new WatchCenter(this, this, { m_ui->scanMenu, m_ui->viewMenu, optionsMenu },
        m_settings.get(), m_dialogs.get(), HistoryStore::defaultLocation(),
        m_settings->historyLimit());
    connect(m_watches, &WatchCenter::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text); });
    // A watch's run is a scan in the history, and news for the devices.
    connect(m_watches, &WatchCenter::runFinished, m_archive, &ScanArchive::refreshLists);
    m_languages = new LanguageMenu(m_ui->viewMenu, m_settings.get(), &m_translator, this);

    connect(m_form, &ScanForm::edited, this, [this] { updateControls(); });
    connect(
        m_ui->targetLineEdit, &QLineEdit::returnPressed, this, &MainWindow::onStartButtonClicked);
    connect(m_ui->portsComboBox->lineEdit(), &QLineEdit::returnPressed, this,
        &MainWindow::onStartButtonClicked);
    connect(m_ui->startButton, &QPushButton::clicked, this, &MainWindow::onStartButtonClicked);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &MainWindow::onStopButtonClicked);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &MainWindow::onPauseButtonClicked);
    connect(
        m_ui->loadTargetsButton, &QPushButton::clicked, this, &MainWindow::onLoadTargetsClicked);
    connect(m_ui->optionsToggleButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->optionsGroupBox->setVisible(on);
        m_ui->optionsToggleButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    connect(&m_job, &ScanJob::resultsReady, this, &MainWindow::onResultsReady);
    connect(&m_job, &ScanJob::progressChanged, this, &MainWindow::onProgressChanged);
    connect(&m_job, &ScanJob::finished, this, [this](const ScanSummary &summary) {
        onScanFinished(summary);
        const bool failed = !summary.error.isEmpty() && m_results->rowCount() == 0;
        m_archive->scanEnded(failed);
    });
    connect(&m_job, &ScanJob::targetFailed, this, &MainWindow::onTargetFailed);
    connect(&m_job, &ScanJob::hostNamed, m_pane, &ResultsPane::setHostNames);

    connect(m_form, &ScanForm::tcpScannedChanged, m_optionsPanel, &OptionsPanel::setTcpScanned);
    restoreSettings();
    updateControls();
    m_pane->updateRowCount();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::setupViews()
{
    m_pane = new ResultsPane({ m_ui->resultsView, m_ui->hostsView, m_ui->searchLineEdit,
                                 m_ui->rowCountLabel, m_ui->openCheckBox, m_ui->filteredCheckBox,
                                 m_ui->openFilteredCheckBox, m_ui->closedCheckBox, m_ui->splitter },
        this);
    m_results = m_pane->results();
    m_optionsPanel = new OptionsPanel(
        { m_ui->timingComboBox, m_ui->timeoutSpinBox, m_ui->retriesSpinBox,
            m_ui->concurrencySpinBox, m_ui->discoveryComboBox, m_ui->bannersCheckBox,
            m_ui->servicesCheckBox, m_ui->serviceTimeoutSpinBox, m_ui->serviceConnectionsSpinBox,
            m_ui->resolveAllCheckBox, m_ui->showClosedCheckBox, m_ui->keepHistoryCheckBox,
            m_ui->historyLimitSpinBox },
        m_settings.get(), this);
    m_filter = m_pane->filter();
    m_actions
        = new ResultActions({ m_ui->resultsView, m_results, m_filter, m_dialogs.get(),
                                m_settings.get(), this, m_ui->copyAction, m_ui->copyAddressAction },
            this);
    connect(m_actions, &ResultActions::statusMessage, this,
        [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_ui->resultsView, &QWidget::customContextMenuRequested, m_actions,
        &ResultActions::showContextMenu);
}

void MainWindow::setupActions()
{
    m_ui->startAction->setIcon(Icons::action("media-playback-start", "scan"));
    m_ui->pauseAction->setIcon(Icons::action("media-playback-pause", "pause"));
    m_ui->stopAction->setIcon(Icons::action("process-stop", "stop"));
    m_ui->exportAction->setIcon(Icons::action("document-save-as", "export"));
    m_ui->loadTargetsAction->setIcon(Icons::action("document-open", "open"));
    m_ui->copyAction->setIcon(Icons::action("edit-copy", "copy"));
    showShortcutsInToolTips();
    m_ui->startButton->setIcon(m_ui->startAction->icon());
    m_ui->pauseButton->setIcon(m_ui->pauseAction->icon());
    m_ui->stopButton->setIcon(m_ui->stopAction->icon());
    m_ui->startAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_F5) });

    connect(m_ui->startAction, &QAction::triggered, this, &MainWindow::onStartButtonClicked);
    connect(m_ui->stopAction, &QAction::triggered, this, &MainWindow::onStopButtonClicked);
    connect(m_ui->pauseAction, &QAction::triggered, this, &MainWindow::onPauseButtonClicked);
    connect(m_ui->loadTargetsAction, &QAction::triggered, this, &MainWindow::onLoadTargetsClicked);
    connect(m_ui->findLiveHostsAction, &QAction::triggered, this, [this] { startScan(true); });
    connect(m_ui->showDownHostsAction, &QAction::toggled, m_pane, &ResultsPane::setShowDownHosts);
    connect(m_ui->exportAction, &QAction::triggered, this,
        [this] { m_actions->exportResults(false, reportHeader()); });
    connect(m_ui->exportShownAction, &QAction::triggered, this,
        [this] { m_actions->exportResults(true, reportHeader()); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->copyAction, &QAction::triggered, m_actions, &ResultActions::copyRows);
    connect(m_ui->copyAddressAction, &QAction::triggered, m_actions, &ResultActions::copyAddress);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });
    connect(m_ui->focusTargetsAction, &QAction::triggered, this, [this] {
        m_ui->targetLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->targetLineEdit->selectAll();
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        m_dialogs->about(this, tr("About Portolan"),
            tr("<h3>Portolan %1</h3><p>A fast, accurate TCP and UDP port scanner.</p>"
               "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
               "<p>Built with Qt %2, running on Qt %3.</p>"
               "<p>Scan only hosts you are allowed to test.</p>")
                .arg(QStringLiteral(PORTOLAN_VERSION), QStringLiteral(QT_VERSION_STR),
                    QString::fromLatin1(qVersion())));
    });
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    // Copy acts on the table only, so that Ctrl+C still copies text in the fields.
    m_ui->copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->copyAddressAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->resultsView->addAction(m_ui->copyAction);
    m_ui->resultsView->addAction(m_ui->copyAddressAction);
    m_ui->viewMenu->addAction(m_ui->showDownHostsAction);
    m_ui->viewMenu->addAction(m_ui->mainToolBar->toggleViewAction());
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    if (!m_settings->splitterState().isEmpty())
        m_ui->splitter->restoreState(m_settings->splitterState());
    m_pane->restoreHeaderState(m_settings->headerState());
    const QStringList history = m_settings->targetHistory();
    auto *completer = new QCompleter(history, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->targetLineEdit->setCompleter(completer);
    if (!history.isEmpty())
        m_ui->targetLineEdit->setText(history.first());
    setPorts(m_settings->ports());
    m_optionsPanel->restore();
    m_ui->showDownHostsAction->setChecked(m_settings->showDownHosts());
    m_pane->setShowDownHosts(m_settings->showDownHosts());
    m_ui->optionsToggleButton->setChecked(m_settings->optionsExpanded());
    m_ui->optionsGroupBox->setVisible(m_settings->optionsExpanded());
}

void MainWindow::saveSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_ui->splitter->saveState());
    m_settings->setHeaderState(m_pane->headerState());
    m_optionsPanel->save();
    m_settings->setShowDownHosts(m_ui->showDownHostsAction->isChecked());
    m_settings->setOptionsExpanded(m_ui->optionsToggleButton->isChecked());
    m_settings->sync();
}

void MainWindow::setTargets(const QString &targets)
{
    m_ui->targetLineEdit->setText(targets);
}

void MainWindow::setPorts(const QString &ports)
{
    m_form->setPorts(ports);
}

bool MainWindow::validateInput(ScanOptions *options)
{
    ScanOptions o;
    if (!m_form->validate(&o))
        return false;
    if (options) {
        m_optionsPanel->applyTo(&o);
        *options = std::move(o);
        m_lastPorts = m_form->recordedPorts();
    }
    return true;
}

void MainWindow::updateControls()
{
    const bool running = m_job.isRunning();
    const bool valid = validateInput();
    m_ui->startButton->setEnabled(valid && !running);
    m_ui->startAction->setEnabled(valid && !running);
    m_ui->findLiveHostsAction->setEnabled(valid && !running);
    m_ui->stopButton->setEnabled(running);
    m_ui->stopAction->setEnabled(running);
    m_ui->pauseButton->setEnabled(running);
    m_ui->pauseAction->setEnabled(running);
    const QString pauseText = m_job.isPaused() ? tr("Res&ume") : tr("P&ause");
    m_ui->pauseButton->setText(pauseText);
    m_ui->pauseAction->setText(pauseText);
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->targetLineEdit, m_ui->portsComboBox,
             m_ui->protocolComboBox, m_ui->loadTargetsButton, m_ui->optionsGroupBox })
        w->setEnabled(!running);
    m_ui->loadTargetsAction->setEnabled(!running);
    const bool haveResults = m_results->rowCount() > 0;
    m_ui->exportAction->setEnabled(haveResults);
    m_ui->exportShownAction->setEnabled(haveResults);
    m_archive->updateActions(running, !m_lastTargets.isEmpty());
}

void MainWindow::applyLaunchOptions(const LaunchOptions &options)
{
    if (!options.targets.isEmpty())
        setTargets(options.targets);
    if (!options.ports.isEmpty())
        setPorts(options.ports);
    if (options.start)
        startScan(); // invalid input shows its message and does not start
}

bool MainWindow::startScan(bool discoveryOnly)
{
    if (m_job.isRunning())
        return false;
    ScanOptions options;
    if (!validateInput(&options)) {
        statusBar()->showMessage(tr("Fix the marked field to start the scan."));
        return false;
    }
    if (discoveryOnly)
        options.discovery = ScanOptions::Discovery::Only;
    if (m_sameAs) {
        // A rescan: the saved scan's timing and banners, not the form's.
        if (m_sameAs->timeoutMs > 0)
            options.timeoutMs = m_sameAs->timeoutMs;
        options.retries = m_sameAs->retries;
        options.grabBanners = m_sameAs->banners;
        m_sameAs.reset();
    }
    const quint64 probes = options.targets.addressCount()
        * static_cast<quint64>(discoveryOnly ? 1 : options.ports.count());
    if (probes > confirmAbove
        && !m_dialogs->confirm(this, tr("Large scan"),
            tr("This scan sends %1 probes (%2 addresses x %3 ports). Start it?")
                .arg(QLocale().toString(probes), QLocale().toString(options.targets.addressCount()),
                    QLocale().toString(options.ports.count())))) {
        statusBar()->showMessage(tr("Scan not started."));
        return false;
    }
    m_lastTargets = m_ui->targetLineEdit->text().trimmed();
    m_settings->addTarget(m_lastTargets);
    m_settings->setPorts(m_lastPorts); // only a scan's: the command line's fill one run's form
    if (auto *model = qobject_cast<QStringListModel *>(m_ui->targetLineEdit->completer()->model()))
        model->setStringList(m_settings->targetHistory());
    saveSettings();

    m_pane->clear();
    setWindowTitle(QStringLiteral("Portolan"));
    m_targetErrors.clear();
    m_lastOptions = options;
    m_lastStarted = QDateTime::currentDateTime();
    m_lastSummary = ScanSummary {};
    m_status->start();
    m_job.start(options);
    statusBar()->showMessage(tr("Scanning %1...").arg(m_lastTargets));
    updateControls();
    return true;
}

void MainWindow::onStartButtonClicked()
{
    startScan();
}

void MainWindow::onStopButtonClicked()
{
    if (!m_job.isRunning())
        return;
    statusBar()->showMessage(tr("Stopping..."));
    m_job.cancel();
}

void MainWindow::onPauseButtonClicked()
{
    if (!m_job.isRunning())
        return;
    if (m_job.isPaused()) {
        m_job.resume();
        statusBar()->showMessage(tr("Scanning %1...").arg(m_lastTargets));
    } else {
        m_job.pause();
        statusBar()->showMessage(tr("Paused. Resume with Ctrl+P."));
    }
    updateControls();
}

void MainWindow::onLoadTargetsClicked()
{
    const QString message = m_form->loadTargets();
    if (!message.isEmpty())
        statusBar()->showMessage(message);
}

void MainWindow::onResultsReady(const ScanBatch &batch)
{
    m_pane->addBatch(batch);
    if (!m_ui->exportAction->isEnabled() && m_results->rowCount() > 0)
        updateControls();
}

void MainWindow::onProgressChanged(const ScanProgress &p)
{
    m_status->showProgress(p);
}

void MainWindow::onScanFinished(const ScanSummary &summary)
{
    m_lastSummary = summary;
    m_status->finish(summary);
    updateControls();
    Q_EMIT scanFinished();
}

void MainWindow::onTargetFailed(const QString &, const QString &message)
{
    m_targetErrors.append(message);
    statusBar()->showMessage(message);
}

void MainWindow::showShortcutsInToolTips()
{
    const QList<QAction *> actions = findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        const QString suffix
            = QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
        if (!action->toolTip().endsWith(suffix))
            action->setToolTip(action->toolTip() + suffix);
    }
    m_ui->startButton->setToolTip(m_ui->startAction->toolTip());
    m_ui->pauseButton->setToolTip(m_ui->pauseAction->toolTip());
    m_ui->stopButton->setToolTip(m_ui->stopAction->toolTip());
}

ScanReport MainWindow::reportHeader() const
{
    ScanReport report;
    report.targets = m_lastTargets;
    report.ports = m_lastPorts;
    report.timeoutMs = m_lastOptions.timeoutMs;
    report.retries = m_lastOptions.retries;
    report.concurrency = m_lastSummary.concurrency;
    report.banners = m_lastOptions.grabBanners;
    report.services = m_lastOptions.detectServices;
    report.started = m_lastStarted;
    report.summary = m_lastSummary;
    m_pane->hosts()->reportHosts(&report.hostStates, &report.hosts);
    return report;
}

ShownScan MainWindow::currentScan() const
{
    return { reportHeader(), m_results->snapshot() };
}

void MainWindow::showReport(const ScanReport &report, const QString &source)
{
    if (m_job.isRunning())
        return;
    m_pane->clear();
    m_pane->addBatch(ScanBatch { report.results, report.hosts, report.hostStates, {}, {} });
    m_lastTargets = report.targets;
    m_lastPorts = report.ports;
    m_lastOptions = ScanOptions {};
    m_lastOptions.timeoutMs = report.timeoutMs;
    m_lastOptions.retries = report.retries;
    m_lastOptions.grabBanners = report.banners;
    m_lastOptions.detectServices = report.services;
    m_lastStarted = report.started;
    m_lastSummary = report.summary;
    m_status->finish(report.summary);
    setWindowTitle(tr("%1 - Portolan (read-only)").arg(source));
    updateControls();
}

bool MainWindow::formScan(QString *targets, QString *ports, ScanOptions *options)
{
    if (!validateInput(options))
        return false;
    *targets = m_ui->targetLineEdit->text().trimmed();
    *ports = m_form->recordedPorts();
    return true;
}

void MainWindow::setDeviceLabels(const QHash<QString, QString> &labels)
{
    m_pane->setDeviceLabels(labels);
}

bool MainWindow::rescan(const ScanReport &parameters)
{
    if (m_job.isRunning())
        return false;
    setTargets(parameters.targets);
    setPorts(parameters.ports);
    m_sameAs = parameters;
    const bool started = startScan(parameters.summary.discoveryOnly);
    m_sameAs.reset();
    return started;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Stop the scan cleanly; ScanJob waits for its workers, which stop within a sweep.
    saveSettings();
    if (m_watches->keepsRunningInTray()) {
        // The watches go on; the tray icon brings the window back.
        hide();
        event->ignore();
        return;
    }
    if (m_job.isRunning())
        m_job.cancel();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // retranslateUi() resets the combo's edit text to the first item: keep what was typed.
    const QString ports = m_form->portsSpec();
    m_ui->retranslateUi(this);
    showShortcutsInToolTips();
    m_languages->retranslate();
    m_watches->retranslate();
    m_archive->retranslate();
    m_form->retranslate();
    m_form->setPortsSpec(ports);
    updateControls();
    m_pane->updateRowCount();
    if (!m_job.isRunning() && m_lastSummary.progress.total > 0)
        onScanFinished(m_lastSummary);
    else if (!m_job.isRunning())
        statusBar()->showMessage(tr("Ready"));
}
