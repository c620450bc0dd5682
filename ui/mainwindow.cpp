#include "mainwindow.h"

#include "dialogs.h"
#include "icons.h"
#include "launchoptions.h"
#include "resultactions.h"
#include "statedelegate.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCompleter>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QStringListModel>

#include "core/appsettings.h"
#include "core/hostlistmodel.h"
#include "core/reportwriter.h"
#include "core/resultfiltermodel.h"
#include "core/scanresultmodel.h"
#include "core/services.h"

namespace {

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void markInvalid(QWidget *field, QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // A red frame that works on light and dark palettes alike.
    field->setStyleSheet(
        message.isEmpty() ? QString() : QStringLiteral("border: 1px solid #d9534f;"));
}

} // namespace

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
    m_ui->portsComboBox->addItem(tr("Common ports"), QStringLiteral("common"));
    m_ui->portsComboBox->addItem(tr("Well-known (1-1024)"), QStringLiteral("well-known"));
    m_ui->portsComboBox->addItem(tr("All (1-65535)"), QStringLiteral("all"));
    for (QLabel *label : { m_ui->targetErrorLabel, m_ui->portsErrorLabel }) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText,
            p.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                        : QColor(0xb0, 0x1c, 0x1c));
        label->setPalette(p);
        label->hide();
    }
    m_rateLabel = new QLabel(this);
    m_etaLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    for (QLabel *label : { m_countsLabel, m_rateLabel, m_etaLabel }) {
        label->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(label);
    }
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_etaLabel->setObjectName(QStringLiteral("etaLabel"));

    setupViews();
    setupActions();
    setupLanguageMenu();

    connect(m_ui->targetLineEdit, &QLineEdit::textChanged, this, [this] { updateControls(); });
    connect(m_ui->portsComboBox, &QComboBox::editTextChanged, this, [this] { updateControls(); });
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
    connect(&m_job, &ScanJob::finished, this, &MainWindow::onScanFinished);
    connect(&m_job, &ScanJob::targetFailed, this, &MainWindow::onTargetFailed);
    m_elapsedTick.setInterval(250);
    connect(&m_elapsedTick, &QTimer::timeout, this, &MainWindow::onElapsedTick);

    restoreSettings();
    updateControls();
    updateRowCount();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::setupViews()
{
    m_results = new ScanResultModel(this);
    m_filter = new ResultFilterModel(this);
    m_filter->setResultModel(m_results);
    m_ui->resultsView->setModel(m_filter);
    m_ui->resultsView->setItemDelegate(new StateDelegate(m_ui->resultsView));
    m_ui->resultsView->verticalHeader()->hide();
    m_ui->resultsView->verticalHeader()->setDefaultSectionSize(
        m_ui->resultsView->fontMetrics().height() + 8);
    QHeaderView *header = m_ui->resultsView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    // Wide enough for the header (with its sort arrow) and for typical contents, at any font size.
    const QFontMetrics metrics = m_ui->resultsView->fontMetrics();
    const char *samples[] = { "localhost", "10.10.100.100", "65535", "tcp", "filtered",
        "postgresql", "host-unreach", "1000.00" };
    const int iconRoom
        = m_ui->resultsView->iconSize().isValid() ? m_ui->resultsView->iconSize().width() : 16;
    for (int c = 0; c < ScanResultModel::Banner; ++c) {
        const int headerWidth
            = metrics.horizontalAdvance(m_results->headerData(c, Qt::Horizontal).toString()) + 24;
        int contentWidth = metrics.horizontalAdvance(QLatin1String(samples[c])) + 12;
        if (c == ScanResultModel::State)
            contentWidth += iconRoom + 6;
        header->resizeSection(c, qMax(headerWidth, contentWidth));
    }
    m_ui->resultsView->sortByColumn(ScanResultModel::Host, Qt::AscendingOrder);

    m_hosts = new HostListModel(this);
    auto *hostsSorter = new QSortFilterProxyModel(this);
    hostsSorter->setSourceModel(m_hosts);
    hostsSorter->setSortRole(HostListModel::RawValueRole);
    m_ui->hostsView->setModel(hostsSorter);
    m_ui->hostsView->sortByColumn(HostListModel::Address, Qt::AscendingOrder);
    QHeaderView *hostsHeader = m_ui->hostsView->header();
    hostsHeader->setStretchLastSection(false);
    const QFontMetrics hostMetrics = m_ui->hostsView->fontMetrics();
    hostsHeader->resizeSection(
        HostListModel::Address, hostMetrics.horizontalAdvance(QStringLiteral("127.0.0.100")) + 14);
    hostsHeader->resizeSection(
        HostListModel::Name, hostMetrics.horizontalAdvance(QStringLiteral("localhost")) + 14);
    for (int c = HostListModel::Open; c < HostListModel::ColumnCount; ++c)
        hostsHeader->resizeSection(c,
            hostMetrics.horizontalAdvance(m_hosts->headerData(c, Qt::Horizontal).toString()) + 20);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({ 340, 860 });

    connect(m_ui->hostsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::onHostSelectionChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateRowCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateRowCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateRowCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateRowCount);
    const std::pair<QCheckBox *, PortState> stateBoxes[]
        = { { m_ui->openCheckBox, PortState::Open },
              { m_ui->filteredCheckBox, PortState::Filtered },
              { m_ui->closedCheckBox, PortState::Closed } };
    for (const auto &[box, state] : stateBoxes) {
        box->setIcon(Icons::state(state));
        connect(box, &QCheckBox::toggled, this, [this, s = state](bool on) {
            m_filter->setStateVisible(s, on);
            updateRowCount();
        });
    }
    // Filter once typing pauses, not on every keystroke; Enter filters at once.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &MainWindow::applySearch);
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
            tr("<h3>Portolan %1</h3><p>A fast, accurate TCP port scanner.</p>"
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
    m_ui->viewMenu->addAction(m_ui->mainToolBar->toggleViewAction());
}

void MainWindow::setupLanguageMenu()
{
    m_languageMenu = m_ui->viewMenu->addMenu(tr("&Language"));
    m_languageGroup = new QActionGroup(this);
    QList<Translator::Language> languages = Translator::languages();
    languages.prepend({ QString(), QString() }); // the system's language
    const QString current = m_settings->language();
    for (const Translator::Language &language : std::as_const(languages)) {
        QAction *action = m_languageMenu->addAction(
            language.code.isEmpty() ? tr("System Default") : language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        action->setChecked(language.code == current);
        m_languageGroup->addAction(action);
        if (language.code.isEmpty())
            m_languageMenu->addSeparator();
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        m_settings->setLanguage(code);
        m_translator.setLanguage(code); // LanguageChange reaches changeEvent()
    });
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    if (!m_settings->splitterState().isEmpty())
        m_ui->splitter->restoreState(m_settings->splitterState());
    if (!m_settings->headerState().isEmpty())
        m_ui->resultsView->horizontalHeader()->restoreState(m_settings->headerState());
    const QStringList history = m_settings->targetHistory();
    auto *completer = new QCompleter(history, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->targetLineEdit->setCompleter(completer);
    if (!history.isEmpty())
        m_ui->targetLineEdit->setText(history.first());
    setPorts(m_settings->ports());
    m_ui->timeoutSpinBox->setRange(ScanOptions::minTimeoutMs, ScanOptions::maxTimeoutMs);
    m_ui->retriesSpinBox->setRange(0, ScanOptions::maxRetries);
    m_ui->concurrencySpinBox->setRange(
        ScanOptions::automaticConcurrency, ScanOptions::maxConcurrency);
    m_ui->timeoutSpinBox->setValue(m_settings->timeoutMs());
    m_ui->retriesSpinBox->setValue(m_settings->retries());
    m_ui->concurrencySpinBox->setValue(m_settings->concurrency());
    m_ui->bannersCheckBox->setChecked(m_settings->grabBanners());
    m_ui->resolveAllCheckBox->setChecked(m_settings->resolveAll());
    m_ui->showClosedCheckBox->setChecked(m_settings->showClosed());
    m_ui->optionsToggleButton->setChecked(m_settings->optionsExpanded());
    m_ui->optionsGroupBox->setVisible(m_settings->optionsExpanded());
}

void MainWindow::saveSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_ui->splitter->saveState());
    // The Host column hides itself for address targets: remember the user's layout, not that.
    const bool hostHidden = m_ui->resultsView->isColumnHidden(ScanResultModel::Host);
    m_ui->resultsView->setColumnHidden(ScanResultModel::Host, false);
    m_settings->setHeaderState(m_ui->resultsView->horizontalHeader()->saveState());
    m_ui->resultsView->setColumnHidden(ScanResultModel::Host, hostHidden);
    m_settings->setPorts(currentPortsSpec());
    m_settings->setTimeoutMs(m_ui->timeoutSpinBox->value());
    m_settings->setRetries(m_ui->retriesSpinBox->value());
    m_settings->setConcurrency(m_ui->concurrencySpinBox->value());
    m_settings->setGrabBanners(m_ui->bannersCheckBox->isChecked());
    m_settings->setResolveAll(m_ui->resolveAllCheckBox->isChecked());
    m_settings->setShowClosed(m_ui->showClosedCheckBox->isChecked());
    m_settings->setOptionsExpanded(m_ui->optionsToggleButton->isChecked());
    m_settings->sync();
}

void MainWindow::setTargets(const QString &targets)
{
    m_ui->targetLineEdit->setText(targets);
}

void MainWindow::setPorts(const QString &ports)
{
    // Presets show by their label; anything else is free text.
    const int preset = m_ui->portsComboBox->findData(ports.trimmed().toLower());
    if (preset >= 0) {
        m_ui->portsComboBox->setCurrentIndex(preset);
    } else {
        m_ui->portsComboBox->setEditText(ports);
    }
}

QString MainWindow::currentPortsSpec() const
{
    const QString text = m_ui->portsComboBox->currentText().trimmed();
    const int preset = m_ui->portsComboBox->findText(text);
    return preset >= 0 ? m_ui->portsComboBox->itemData(preset).toString() : text;
}

bool MainWindow::validateInput(ScanOptions *options)
{
    ScanOptions o;
    QString error;
    const QString targets = m_ui->targetLineEdit->text();
    bool ok = true;
    if (targets.trimmed().isEmpty()) {
        markInvalid(m_ui->targetLineEdit, m_ui->targetErrorLabel, QString());
        ok = false;
    } else if (!TargetSpec::parse(targets, &o.targets, &error)) {
        markInvalid(m_ui->targetLineEdit, m_ui->targetErrorLabel, error);
        ok = false;
    } else {
        markInvalid(m_ui->targetLineEdit, m_ui->targetErrorLabel, QString());
    }
    const QString portsText = currentPortsSpec();
    if (!PortSpec::parse(portsText, &o.ports, &error)) {
        markInvalid(m_ui->portsComboBox, m_ui->portsErrorLabel, error);
        ok = false;
    } else {
        markInvalid(m_ui->portsComboBox, m_ui->portsErrorLabel, QString());
    }
    if (ok && options) {
        o.timeoutMs = m_ui->timeoutSpinBox->value();
        o.retries = m_ui->retriesSpinBox->value();
        o.concurrency = m_ui->concurrencySpinBox->value();
        o.grabBanners = m_ui->bannersCheckBox->isChecked();
        o.resolveAll = m_ui->resolveAllCheckBox->isChecked();
        o.keepClosed = m_ui->showClosedCheckBox->isChecked();
        *options = std::move(o);
        m_lastPorts = portsText;
    }
    return ok;
}

void MainWindow::updateControls()
{
    const bool running = m_job.isRunning();
    const bool valid = validateInput();
    m_ui->startButton->setEnabled(valid && !running);
    m_ui->startAction->setEnabled(valid && !running);
    m_ui->stopButton->setEnabled(running);
    m_ui->stopAction->setEnabled(running);
    m_ui->pauseButton->setEnabled(running);
    m_ui->pauseAction->setEnabled(running);
    const QString pauseText = m_job.isPaused() ? tr("Res&ume") : tr("P&ause");
    m_ui->pauseButton->setText(pauseText);
    m_ui->pauseAction->setText(pauseText);
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->targetLineEdit, m_ui->portsComboBox,
             m_ui->loadTargetsButton, m_ui->optionsGroupBox })
        w->setEnabled(!running);
    m_ui->loadTargetsAction->setEnabled(!running);
    const bool haveResults = m_results->rowCount() > 0;
    m_ui->exportAction->setEnabled(haveResults);
    m_ui->exportShownAction->setEnabled(haveResults);
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

bool MainWindow::startScan()
{
    if (m_job.isRunning())
        return false;
    ScanOptions options;
    if (!validateInput(&options)) {
        statusBar()->showMessage(tr("Fix the marked field to start the scan."));
        return false;
    }
    const quint64 probes
        = options.targets.addressCount() * static_cast<quint64>(options.ports.count());
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
    if (auto *model = qobject_cast<QStringListModel *>(m_ui->targetLineEdit->completer()->model()))
        model->setStringList(m_settings->targetHistory());
    saveSettings();

    m_results->clear();
    updateHostColumn();
    m_hosts->clear();
    m_targetErrors.clear();
    m_lastOptions = options;
    m_lastStarted = QDateTime::currentDateTime();
    m_lastSummary = ScanSummary {};
    m_ui->progressBar->setValue(0);
    m_elapsed.start();
    m_elapsedTick.start();
    m_job.start(options);
    statusBar()->showMessage(tr("Scanning %1...").arg(m_lastTargets));
    updateControls();
    onElapsedTick();
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
    const QString path = m_dialogs->openFileName(this, tr("Load Targets"),
        m_settings->lastDirectory(), tr("Target lists (*.txt *.lst *.list);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    TargetSpec spec;
    QString error;
    if (!TargetSpec::parseFile(path, &spec, &error)) {
        m_dialogs->warn(this, tr("Load Targets"), error);
        return;
    }
    QStringList tokens;
    for (const TargetEntry &e : spec.entries())
        tokens.append(e.text);
    m_ui->targetLineEdit->setText(tokens.join(QStringLiteral(", ")));
    statusBar()->showMessage(
        tr("Loaded %n target(s) from %1.", nullptr, static_cast<int>(tokens.size()))
            .arg(QFileInfo(path).fileName()));
}

void MainWindow::onResultsReady(const ScanBatch &batch)
{
    m_results->appendResults(batch.results);
    updateHostColumn();
    m_hosts->addBatch(batch);
    if (!m_ui->exportAction->isEnabled() && m_results->rowCount() > 0)
        updateControls();
}

void MainWindow::onProgressChanged(const ScanProgress &p)
{
    m_lastProgress = p;
    m_ui->progressBar->setValue(p.total == 0 ? 0 : static_cast<int>(p.done * 1000 / p.total));
    m_countsLabel->setText(
        tr("%1 open, %2 filtered, %3 closed").arg(p.open).arg(p.filtered).arg(p.closed));
    m_rateLabel->setText(tr("%1 probes/s").arg(QLocale().toString(qRound64(p.ratePerSecond))));
    m_etaLabel->setText(p.paused ? tr("paused")
            : p.etaMs < 0        ? tr("ETA --")
                                 : tr("ETA %1").arg(clockText(p.etaMs + 999)));
}

void MainWindow::onScanFinished(const ScanSummary &summary)
{
    m_elapsedTick.stop();
    m_lastSummary = summary;
    onProgressChanged(summary.progress);
    m_ui->elapsedLabel->setText(clockText(summary.progress.elapsedMs));
    m_etaLabel->clear();
    const ScanProgress &p = summary.progress;
    QString message = tr("Scanned %1 ports on %2 hosts in %3: %4 open, %5 filtered, %6 closed")
                          .arg(QLocale().toString(p.done), QLocale().toString(summary.hostCount),
                              ReportWriter::formatDuration(p.elapsedMs))
                          .arg(p.open)
                          .arg(p.filtered)
                          .arg(p.closed);
    if (summary.cancelled)
        message += tr(" (stopped)");
    if (!summary.error.isEmpty())
        message += tr(" - stopped by an error: %1").arg(summary.error);
    if (!summary.targetErrors.isEmpty())
        message += tr(" - not scanned: %1").arg(summary.targetErrors.join(QStringLiteral("; ")));
    statusBar()->showMessage(message);
    updateControls();
}

void MainWindow::onTargetFailed(const QString &, const QString &message)
{
    m_targetErrors.append(message);
    statusBar()->showMessage(message);
}

void MainWindow::onElapsedTick()
{
    m_ui->elapsedLabel->setText(clockText(m_elapsed.elapsed()));
}

void MainWindow::updateRowCount()
{
    m_ui->rowCountLabel->setText(tr("%1 of %2 rows")
                                     .arg(QLocale().toString(m_filter->rowCount()),
                                         QLocale().toString(m_results->rowCount())));
}

void MainWindow::updateHostColumn()
{
    // The Host column only repeats the Address column when targets were addresses.
    const bool hidden = !m_results->hasHostNames();
    if (m_ui->resultsView->isColumnHidden(ScanResultModel::Host) != hidden)
        m_ui->resultsView->setColumnHidden(ScanResultModel::Host, hidden);
}

void MainWindow::showShortcutsInToolTips()
{
    const QList<QAction *> actions = findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        const QString suffix = QStringLiteral(" (%1)").arg(
            action->shortcut().toString(QKeySequence::NativeText));
        if (!action->toolTip().endsWith(suffix))
            action->setToolTip(action->toolTip() + suffix);
    }
    m_ui->startButton->setToolTip(m_ui->startAction->toolTip());
    m_ui->pauseButton->setToolTip(m_ui->pauseAction->toolTip());
    m_ui->stopButton->setToolTip(m_ui->stopAction->toolTip());
}

void MainWindow::applySearch()
{
    m_searchDelay.stop();
    m_filter->setSearchText(m_ui->searchLineEdit->text());
    updateRowCount();
}

void MainWindow::onHostSelectionChanged()
{
    QSet<quint32> ids;
    const QModelIndexList rows = m_ui->hostsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.insert(index.data(HostListModel::HostIdRole).toUInt());
    m_filter->setHostIds(ids);
    updateRowCount();
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
    report.started = m_lastStarted;
    report.summary = m_lastSummary;
    return report;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Stop the scan cleanly; ScanJob waits for its workers, which stop within a sweep.
    if (m_job.isRunning())
        m_job.cancel();
    saveSettings();
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
    const QString ports = currentPortsSpec();
    m_ui->retranslateUi(this);
    showShortcutsInToolTips();
    m_languageMenu->setTitle(tr("&Language"));
    m_languageGroup->actions().constFirst()->setText(tr("System Default"));
    m_ui->portsComboBox->setItemText(0, tr("Common ports"));
    m_ui->portsComboBox->setItemText(1, tr("Well-known (1-1024)"));
    m_ui->portsComboBox->setItemText(2, tr("All (1-65535)"));
    setPorts(ports);
    updateControls();
    updateRowCount();
    if (!m_job.isRunning() && m_lastSummary.progress.total > 0)
        onScanFinished(m_lastSummary);
    else if (!m_job.isRunning())
        statusBar()->showMessage(tr("Ready"));
}
