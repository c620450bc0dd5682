#include "scanarchive.h"

#include "comparedialog.h"
#include "devicespanel.h"
#include "dialogs.h"
#include "dockviews.h"
#include "historypanel.h"
#include "icons.h"

#include <utility>

#include <QAction>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QtConcurrent/QtConcurrentRun>

#include "core/formats/scanfile.h"
#include "core/settings/appsettings.h"

ScanArchive::ScanArchive(QMainWindow *window, ScanView *view, const Menus &menus,
    AppSettings *settings, Dialogs *dialogs, const QString &historyPath)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_settings(settings)
    , m_dialogs(dialogs)
    , m_history(historyPath)
{
    m_panel = new HistoryPanel(&m_history, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_panel);
    m_panel->hide(); // restoreState() shows it again if it was open
    DockViews::raiseOnToggle(m_panel);
    QAction *toggle = m_panel->toggleViewAction();
    toggle->setObjectName(QStringLiteral("historyAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    toggle->setIcon(Icons::action("document-open-recent", "open"));
    menus.view->addAction(toggle);
    connect(m_panel, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_panel->refresh();
    });

    addActions(menus);
    addDevices(menus);

    connectHistory();
    connect(m_panel, &HistoryPanel::openRequested, this, [this](qint64 id) {
        m_pending.insert(id, Pending::Open);
        m_history.load(id);
    });
    connect(m_panel, &HistoryPanel::rescanRequested, this, [this](qint64 id) {
        if (m_view->isScanning())
            return;
        m_pending.insert(id, Pending::Rescan);
        m_history.load(id);
    });
    connect(m_panel, &HistoryPanel::compareRequested, this, [this](qint64 older, qint64 newer) {
        m_compareOlder.reset();
        m_pending.insert(older, Pending::CompareOlder);
        m_pending.insert(newer, Pending::CompareNewer);
        m_history.load(older); // in order: the older one comes back first
        m_history.load(newer);
    });
    connect(m_panel, &HistoryPanel::deleteRequested, this, &ScanArchive::removeScans);
    connect(&m_diffWatcher, &QFutureWatcher<ScanDiff>::finished, this,
        [this] { showDiff(m_diffWatcher.result()); });
    connect(&m_fileWatcher, &QFutureWatcher<FileRead>::finished, this, [this] {
        const FileRead read = m_fileWatcher.result();
        const QString name = QFileInfo(read.path).fileName();
        if (!read.ok) {
            m_dialogs->warn(m_window, tr("Open Scan"), tr("%1: %2").arg(name, read.error));
            return;
        }
        const QString notes = read.notes.isEmpty()
            ? QString()
            : tr(" Skipped: %1").arg(read.notes.join(QStringLiteral("; ")));
        if (read.compare) {
            compareLater(ShownScan { read.report, {} }, m_view->currentScan());
        } else {
            m_view->showReport(read.report, name);
            m_showsSaved = true;
            Q_EMIT statusMessage(tr("Opened %1 (read-only).").arg(name) + notes);
            Q_EMIT scanOpened();
        }
    });
    retranslate();
}

void ScanArchive::addDevices(const Menus &menus)
{
    m_devices = new DevicesPanel(&m_history, m_dialogs, m_window);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_devices);
    m_window->tabifyDockWidget(m_panel, m_devices);
    m_devices->hide(); // restoreState() shows it again if it was open
    DockViews::raiseOnToggle(m_devices);
    QAction *toggle = m_devices->toggleViewAction();
    toggle->setObjectName(QStringLiteral("devicesAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    toggle->setIcon(Icons::action("computer", "devices"));
    menus.view->addAction(toggle);
    connect(m_devices, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_devices->refresh();
    });
    connect(m_devices, &DevicesPanel::labelsChanged, this,
        [this](const QHash<QString, QString> &labels) { m_view->setDeviceLabels(labels); });
    // The labels for the table from the start, whether the view is open or not.
    m_devices->refresh();
}

void ScanArchive::addActions(const Menus &menus)
{
    m_openAction = new QAction(m_window);
    m_openAction->setObjectName(QStringLiteral("openScanAction"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openAction->setIcon(Icons::action("document-open", "open"));
    m_compareFileAction = new QAction(m_window);
    m_compareFileAction->setObjectName(QStringLiteral("compareWithFileAction"));
    menus.file->insertAction(menus.fileAnchor, m_openAction);
    menus.file->insertAction(menus.fileAnchor, m_compareFileAction);
    menus.file->insertSeparator(menus.fileAnchor);
    m_rescanAction = new QAction(m_window);
    m_rescanAction->setObjectName(QStringLiteral("rescanCompareAction"));
    m_rescanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    menus.scan->addSeparator();
    menus.scan->addAction(m_rescanAction);
    connect(m_openAction, &QAction::triggered, this, &ScanArchive::openFile);
    connect(m_compareFileAction, &QAction::triggered, this, &ScanArchive::compareWithFile);
    connect(m_rescanAction, &QAction::triggered, this, &ScanArchive::rescanAndCompare);
}

void ScanArchive::connectHistory()
{
    connect(&m_history, &HistoryJob::loaded, this, &ScanArchive::onLoaded);
    connect(&m_history, &HistoryJob::saved, this, [this](qint64 id, const QString &error) {
        if (id == 0) {
            // No error: kept on this machine until the shared store is back (said).
            if (!error.isEmpty())
                Q_EMIT statusMessage(tr("The scan was not kept in the history: %1").arg(error));
            return;
        }
        m_panel->select(id);
        m_panel->refresh();
        m_devices->refresh(); // what the scan saw of each device
        Q_EMIT saved(id);
    });
    connect(&m_history, &HistoryJob::removed, this, [this](qint64, const QString &error) {
        if (!error.isEmpty())
            Q_EMIT statusMessage(tr("Could not delete from the history: %1").arg(error));
        m_panel->refresh();
    });
    connect(&m_history, &HistoryJob::notice, this,
        [this](const QString &text) { m_dialogs->warn(m_window, tr("History"), text); });
    // The shared store away: said in full once, then on the status line for each
    // scan kept here (a scan a minute must not bring a dialog a minute).
    connect(&m_history, &HistoryJob::keptHere, this, [this](const QString &text) {
        Q_EMIT statusMessage(text);
        if (!std::exchange(m_toldKeptHere, true))
            m_dialogs->warn(m_window, tr("History"), text);
    });
}

void ScanArchive::refreshLists()
{
    m_panel->refresh();
    m_devices->refresh();
}

ScanArchive::~ScanArchive()
{
    m_diffWatcher.waitForFinished();
    m_fileWatcher.waitForFinished();
    m_history.waitForDone();
}

void ScanArchive::retranslate()
{
    m_panel->retranslate();
    m_panel->toggleViewAction()->setText(tr("&History"));
    m_devices->retranslate();
    m_devices->toggleViewAction()->setText(tr("&Devices"));
    m_openAction->setText(tr("&Open Scan…"));
    m_openAction->setToolTip(tr("Open a saved scan (Portolan JSON or nmap XML), read-only"));
    m_compareFileAction->setText(tr("Compare &With File…"));
    m_compareFileAction->setToolTip(
        tr("Show what changed between a saved scan and the one in the table"));
    m_rescanAction->setText(tr("&Rescan and Compare"));
    m_rescanAction->setToolTip(tr("Run the shown scan again and show what changed"));
}

void ScanArchive::updateActions(bool scanning, bool haveScan)
{
    m_openAction->setEnabled(!scanning);
    m_compareFileAction->setEnabled(!scanning && haveScan);
    m_rescanAction->setEnabled(!scanning && haveScan);
}

void ScanArchive::scanEnded(bool failed)
{
    m_showsSaved = false;
    std::optional<ShownScan> older = std::move(m_rescanBase);
    m_rescanBase.reset();
    const bool keep = m_settings->keepHistory();
    if (failed || (!keep && !older))
        return;
    ShownScan scan = m_view->currentScan();
    if (keep)
        m_history.save(scan.report, scan.rows, m_settings->historyLimit());
    if (older)
        compareLater(std::move(*older), std::move(scan));
}

void ScanArchive::rescanAndCompare()
{
    if (m_view->isScanning())
        return;
    ShownScan base = m_view->currentScan();
    if (base.report.targets.isEmpty())
        return;
    const ScanReport parameters = base.report;
    m_rescanBase = std::move(base);
    if (!m_view->rescan(parameters))
        m_rescanBase.reset();
}

void ScanArchive::onLoaded(qint64 id, const ScanReport &report, const QString &error)
{
    const Pending what = m_pending.take(id);
    if (what == Pending::None)
        return;
    if (!error.isEmpty()) {
        m_compareOlder.reset();
        m_dialogs->warn(m_window, tr("History"), error);
        return;
    }
    switch (what) {
    case Pending::Open:
        if (m_view->isScanning())
            return;
        m_view->showReport(report, tr("the scan of %1").arg(report.targets));
        m_showsSaved = true;
        Q_EMIT statusMessage(
            tr("Showing the saved scan of %1 from %2 (read-only).")
                .arg(report.targets, QLocale().toString(report.started, QLocale::ShortFormat)));
        Q_EMIT scanOpened();
        break;
    case Pending::Rescan:
        m_rescanBase = ShownScan { report, {} };
        if (!m_view->rescan(report))
            m_rescanBase.reset();
        break;
    case Pending::CompareOlder:
        m_compareOlder = ShownScan { report, {} };
        break;
    case Pending::CompareNewer:
        if (m_compareOlder) {
            ShownScan older = std::move(*m_compareOlder);
            m_compareOlder.reset();
            compareLater(std::move(older), ShownScan { report, {} });
        }
        break;
    case Pending::None:
        break;
    }
}

void ScanArchive::openFile()
{
    if (m_view->isScanning())
        return;
    const QString path
        = m_dialogs->openFileName(m_window, tr("Open Scan"), m_settings->lastDirectory(),
            tr("Scans (*.json *.xml);;Portolan JSON (*.json);;nmap XML (*.xml);;All files (*)"));
    if (!path.isEmpty())
        readFile(path, false);
}

void ScanArchive::compareWithFile()
{
    const QString path
        = m_dialogs->openFileName(m_window, tr("Compare With File"), m_settings->lastDirectory(),
            tr("Scans (*.json *.xml);;Portolan JSON (*.json);;nmap XML (*.xml);;All files (*)"));
    if (!path.isEmpty())
        readFile(path, true);
}

void ScanArchive::readFile(const QString &path, bool compare)
{
    if (m_fileWatcher.isRunning())
        return;
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    Q_EMIT statusMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_fileWatcher.setFuture(QtConcurrent::run([path, compare] {
        FileRead read;
        read.path = path;
        read.compare = compare;
        read.ok = ScanFile::readFile(path, &read.report, &read.notes, &read.error);
        return read;
    }));
}

void ScanArchive::compareLater(ShownScan older, ShownScan newer)
{
    if (m_diffWatcher.isRunning())
        m_diffWatcher.waitForFinished();
    // The earlier scan is the old one, whichever way they were picked.
    if (older.report.started.isValid() && newer.report.started.isValid()
        && newer.report.started < older.report.started)
        std::swap(older, newer);
    Q_EMIT statusMessage(tr("Comparing…"));
    m_diffWatcher.setFuture(QtConcurrent::run([older = std::move(older), newer = std::move(newer)] {
        return ScanDiff::compare(older.whole(), newer.whole());
    }));
}

void ScanArchive::showDiff(const ScanDiff &diff)
{
    if (!m_compare)
        m_compare = new CompareDialog(m_dialogs, m_settings, m_window);
    m_compare->setDiff(diff);
    m_compare->show();
    m_compare->raise();
    const int n = diff.changeCount();
    Q_EMIT statusMessage(
        n == 0 ? tr("Compared: no changes.") : tr("Compared: %n change(s).", nullptr, n));
    Q_EMIT compared(diff);
}

void ScanArchive::removeScans(const QList<qint64> &ids)
{
    if (ids.isEmpty()
        || !m_dialogs->confirm(m_window, tr("Delete Scans"),
            tr("Delete %n scan(s) from the history? This cannot be undone.", nullptr,
                static_cast<int>(ids.size()))))
        return;
    for (qint64 id : ids)
        m_history.remove(id);
}
