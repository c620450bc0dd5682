#include "watchcenter.h"

#include "dialogs.h"
#include "dockviews.h"
#include "eventspanel.h"
#include "icons.h"
#include "scanview.h"

#include <QAction>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/history/scannername.h"
#include "core/settings/appsettings.h"
#include "core/spec/scanoptionsjson.h"
#include "core/watch/desktopnotifier.h"
#include "core/watch/watchstore.h"

namespace {

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                       : QStringLiteral("-");
}

QTableWidget *table(QWidget *parent, const char *name, int columns)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool bold = false)
{
    auto *item = new QTableWidgetItem(text);
    if (bold) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    return item;
}

} // namespace

WatchCenter::WatchCenter(QMainWindow *window, ScanView *view, const Menus &menus,
    AppSettings *settings, Dialogs *dialogs, const QString &historyPath, int keep)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_settings(settings)
    , m_dialogs(dialogs)
    , m_service(new WatchService(historyPath, keep))
    , m_notifier(new DesktopNotifier(this))
{
    m_thread.setObjectName(QStringLiteral("watches"));
    m_service->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    m_thread.start();
    connect(m_service, &WatchService::listed, this, &WatchCenter::onListed);
    connect(m_service, &WatchService::eventsListed, this, &WatchCenter::onEvents);
    connect(
        m_service, &WatchService::changed, this, [this](const QString &name, const QString &error) {
            if (!error.isEmpty())
                m_dialogs->warn(m_window, tr("Watches"), tr("%1: %2").arg(name, error));
            refresh();
        });
    connect(m_service, &WatchService::runStarted, this, [this](const QString &name) {
        Q_EMIT statusMessage(tr("Watch %1 is running…").arg(name));
        Q_EMIT runStarted(name);
    });
    connect(m_service, &WatchService::runFinished, this, &WatchCenter::onRunFinished);
    connect(m_service, &WatchService::notice, this,
        [this](const QString &text) { m_dialogs->warn(m_window, tr("History"), text); });
    connect(m_notifier, &DesktopNotifier::activated, this, [this] { showEvents(); });
    connect(m_notifier, &DesktopNotifier::failed, this,
        [this](const QString &title, const QString &body, const QString &) {
            if (m_tray && m_tray->isVisible())
                m_tray->showMessage(title, body);
        });

    m_watchAction = new QAction(m_window);
    m_watchAction->setObjectName(QStringLiteral("watchScanAction"));
    m_watchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    menus.scan->addAction(m_watchAction);
    connect(m_watchAction, &QAction::triggered, this, &WatchCenter::watchThisScan);
    m_optionsMenu = menus.options;
    m_trayAction = new QAction(m_window);
    m_trayAction->setObjectName(QStringLiteral("watchInTrayAction"));
    m_trayAction->setCheckable(true);
    m_trayAction->setChecked(m_settings->watchInTray());
    m_trayAction->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    menus.options->addAction(m_trayAction);
    connect(m_trayAction, &QAction::toggled, this, [this](bool on) {
        m_settings->setWatchInTray(on);
        updateTray();
    });
    buildWatchesDock(menus);
    buildEventsDock(menus);
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &WatchCenter::tick);
    m_timer.start();
    retranslate();
    refresh();
    tick(); // what came due while no Portolan ran
}

WatchCenter::~WatchCenter()
{
    m_timer.stop();
    QMetaObject::invokeMethod(m_service, &WatchService::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename F> void WatchCenter::call(F f)
{
    QMetaObject::invokeMethod(m_service, std::move(f), Qt::QueuedConnection);
}

void WatchCenter::setClock(WatchService::Clock clock)
{
    m_service->setClock(std::move(clock));
}

void WatchCenter::tick()
{
    call([s = m_service] { s->tick(); });
}

void WatchCenter::refresh()
{
    call([s = m_service] {
        s->list();
        s->listEvents();
    });
}

void WatchCenter::buildWatchesDock(const Menus &menus)
{
    m_watchesDock = new QDockWidget(m_window);
    m_watchesDock->setObjectName(QStringLiteral("watchesDock"));
    auto *body = new QWidget(m_watchesDock);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_watchesTable = table(body, "watchesView", 8);
    m_watchesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    {
        const QFontMetrics metrics = m_watchesTable->fontMetrics();
        const QString sample = shortTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)));
        QHeaderView *header = m_watchesTable->horizontalHeader();
        header->resizeSection(
            2, metrics.horizontalAdvance(QStringLiteral("192.168.100.0/24 (common)")) + 20);
        header->resizeSection(4, metrics.horizontalAdvance(sample) + 20);
        header->resizeSection(5, metrics.horizontalAdvance(sample) + 20);
    }
    layout->addWidget(m_watchesTable, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    const auto button = [&](const char *name) {
        auto *b = new QPushButton(body);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    m_runNow = button("watchRunNowButton");
    m_pause = button("watchPauseButton");
    m_edit = button("watchEditButton");
    m_remove = button("watchRemoveButton");
    layout->addLayout(buttons);
    m_watchesDock->setWidget(body);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_watchesDock);
    m_watchesDock->hide();
    DockViews::raiseOnToggle(m_watchesDock);
    QAction *toggle = m_watchesDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("watchesAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    menus.view->addAction(toggle);
    connect(m_watchesDock, &QDockWidget::visibilityChanged, this, [this](bool on) {
        if (on)
            refresh();
    });
    connect(m_runNow, &QPushButton::clicked, this, [this] {
        const QString name = selectedWatch();
        if (!name.isEmpty())
            call([s = m_service, name] { s->runNow(name); });
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        const QString name = selectedWatch();
        for (const Watch &w : std::as_const(m_watches)) {
            if (w.name == name)
                call([s = m_service, name, paused = !w.paused] { s->setPaused(name, paused); });
        }
    });
    connect(m_edit, &QPushButton::clicked, this, &WatchCenter::editSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = selectedWatch();
        if (!name.isEmpty()
            && m_dialogs->confirm(m_window, tr("Remove Watch"),
                tr("Remove the watch %1? Its events go with it.").arg(name)))
            call([s = m_service, name] { s->remove(name); });
    });
    connect(m_watchesTable, &QTableWidget::itemSelectionChanged, this, &WatchCenter::updateButtons);
}

void WatchCenter::buildEventsDock(const Menus &menus)
{
    m_eventsDock = new EventsPanel(m_dialogs, m_window);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_eventsDock);
    m_window->tabifyDockWidget(m_watchesDock, m_eventsDock);
    m_eventsDock->hide();
    DockViews::raiseOnToggle(m_eventsDock);
    QAction *toggle = m_eventsDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("eventsAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    menus.view->addAction(toggle);
    connect(m_eventsDock, &EventsPanel::acknowledgeRequested, this,
        [this](const QList<qint64> &ids) { call([s = m_service, ids] { s->acknowledge(ids); }); });
    connect(m_eventsDock, &EventsPanel::statusMessage, this, &WatchCenter::statusMessage);
    connect(m_eventsDock, &EventsPanel::listed, this, &WatchCenter::eventsListed);
}

void WatchCenter::retranslate()
{
    m_watchAction->setText(tr("&Watch This Scan…"));
    m_watchAction->setToolTip(tr("Run this scan again every interval and say what changed"));
    m_trayAction->setText(tr("Keep Watching in the &Tray"));
    m_optionsMenu->setTitle(tr("&Options"));
    m_trayAction->setToolTip(QSystemTrayIcon::isSystemTrayAvailable()
            ? tr("After the window closes, the watches go on from the tray")
            : tr("This desktop has no tray: the watches run while the window is open, and the "
                 "systemd timer runs them without it"));
    m_watchesDock->setWindowTitle(tr("Watches"));
    m_watchesDock->toggleViewAction()->setText(tr("&Watches"));
    m_eventsDock->retranslate();
    m_eventsDock->toggleViewAction()->setText(tr("&Events"));
    m_runNow->setText(tr("&Run Now"));
    m_pause->setText(tr("&Pause"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("Re&move"));
    m_watchesTable->setHorizontalHeaderLabels({ tr("Name"), tr("Scanner"), tr("Targets (ports)"),
        tr("Every"), tr("Last run"), tr("Next run"), tr("Changes"), tr("Status") });
    updateButtons();
}

void WatchCenter::updateButtons()
{
    const QString name = selectedWatch();
    for (QPushButton *b : { m_runNow, m_pause, m_edit, m_remove })
        b->setEnabled(!name.isEmpty());
    // Another scanner's watch runs at its own site only (WatchStore::claim).
    QString owner;
    for (const Watch &w : std::as_const(m_watches))
        owner = w.name == name && w.scanner != ScannerName::current() ? w.scanner : owner;
    m_runNow->setEnabled(!name.isEmpty() && owner.isEmpty());
    m_runNow->setToolTip(owner.isEmpty()
            ? tr("Run the selected watch now")
            : tr("Scanner %1 runs this watch, from its own network").arg(owner));
}

QString WatchCenter::selectedWatch() const
{
    const QModelIndexList rows = m_watchesTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_watchesTable->item(rows.first().row(), 0)->text();
}

void WatchCenter::watchThisScan()
{
    Watch w;
    ScanOptions options;
    if (!m_view->formScan(&w.targets, &w.ports, &options))
        return;
    w.options = ScanOptionsJson::toJson(options);
    w.everySeconds = 3600;
    QStringList taken;
    for (const Watch &existing : std::as_const(m_watches))
        taken.append(existing.name);
    w.name = w.targets.left(40);
    if (!WatchStore::validName(w.name))
        w.name = tr("Watch %1").arg(m_watches.size() + 1);
    if (!m_dialogs->editWatch(m_window, &w, taken, false))
        return;
    call([s = m_service, w] { s->add(w); });
    m_watchesDock->show();
    m_watchesDock->raise();
    Q_EMIT statusMessage(
        tr("Watch %1 added: its first run (the baseline) starts now.").arg(w.name));
    tick();
}

void WatchCenter::editSelected()
{
    const QString name = selectedWatch();
    for (const Watch &existing : std::as_const(m_watches)) {
        if (existing.name != name)
            continue;
        Watch w = existing;
        if (m_dialogs->editWatch(m_window, &w, {}, true))
            call([s = m_service, w] { s->update(w); });
        return;
    }
}

void WatchCenter::onListed(const QList<Watch> &watches, const QString &error)
{
    const QString keep = selectedWatch();
    m_watches = watches;
    m_watchesTable->setRowCount(0);
    bool elsewhere = false; // another scanner's watch (a shared store)
    for (const Watch &w : watches) {
        const int row = m_watchesTable->rowCount();
        m_watchesTable->insertRow(row);
        QString status = w.paused ? tr("Paused") : tr("Watching");
        if (w.runningSince.isValid())
            status = tr("Running");
        if (!w.lastError.isEmpty())
            status += QStringLiteral(" (%1)").arg(w.lastError);
        elsewhere = elsewhere || w.scanner != ScannerName::current();
        const QStringList cells { w.name, w.scanner,
            QStringLiteral("%1 (%2)").arg(w.targetFile.isEmpty()
                    ? w.targets
                    : w.targets + QStringLiteral(" -iL ") + w.targetFile,
                w.ports),
            Watch::intervalText(w.everySeconds), shortTime(w.lastRun),
            w.paused ? QStringLiteral("-") : shortTime(w.nextRun), QString::number(w.lastChanges),
            status };
        for (int c = 0; c < cells.size(); ++c)
            m_watchesTable->setItem(row, c, cell(cells.at(c)));
        if (w.name == keep)
            m_watchesTable->selectRow(row);
    }
    m_watchesTable->setColumnHidden(1, !elsewhere);
    QStringList names;
    for (const Watch &w : watches)
        names.append(w.name);
    m_eventsDock->setWatchNames(names);
    if (!error.isEmpty())
        Q_EMIT statusMessage(tr("Watches: %1").arg(error));
    updateTray();
    Q_EMIT watchesListed(static_cast<int>(watches.size()));
}

void WatchCenter::onEvents(const QList<WatchEvent> &events, const QString &error)
{
    m_eventsDock->setEvents(events, error);
}

void WatchCenter::showEvents()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    m_eventsDock->show();
    m_eventsDock->raise();
}

void WatchCenter::onRunFinished(const WatchRunner::Result &r)
{
    if (!r.ran && r.error.isEmpty())
        return; // not due after all, or run by another Portolan
    refresh();
    if (!r.error.isEmpty())
        Q_EMIT statusMessage(tr("Watch %1 failed: %2").arg(r.watch, r.error));
    else if (r.ran && r.baseline)
        Q_EMIT statusMessage(tr("Watch %1: first run done, the baseline.").arg(r.watch));
    else if (r.ran)
        Q_EMIT statusMessage(
            tr("Watch %1: %n change(s).", nullptr, static_cast<int>(r.events.size())).arg(r.watch));
    if (!r.alerted.isEmpty()) {
        const QString title
            = tr("%1: %n change(s)", nullptr, static_cast<int>(r.alerted.size())).arg(r.watch);
        QStringList lines;
        for (const WatchEvent &e : r.alerted.mid(0, 8))
            lines.append(e.text());
        m_lastChange
            = QStringLiteral("%1 (%2)").arg(lines.first(), shortTime(r.alerted.first().time));
        bool notify = false;
        for (const Watch &w : std::as_const(m_watches))
            notify = notify || (w.name == r.watch && w.notify);
        // Without waiting on the bus: where no notification can be shown, the tray
        // says it (failed()).
        if (notify)
            m_notifier->show(title, lines.join(QLatin1Char('\n')));
        updateTray();
    }
    Q_EMIT runFinished(r);
}

bool WatchCenter::keepsRunningInTray() const
{
    return m_tray && m_tray->isVisible() && m_settings->watchInTray() && !m_watches.isEmpty();
}

void WatchCenter::updateTray()
{
    const bool wanted = QSystemTrayIcon::isSystemTrayAvailable() && m_settings->watchInTray()
        && !m_watches.isEmpty();
    if (!wanted) {
        if (m_tray)
            m_tray->hide();
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(Icons::application(), this);
        auto *menu = new QMenu(m_window);
        menu->addAction(tr("Show Portolan"), this, [this] {
            m_window->showNormal();
            m_window->activateWindow();
        });
        menu->addAction(tr("Events"), this, [this] { showEvents(); });
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { showEvents(); });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { showEvents(); });
    }
    QStringList names;
    for (const Watch &w : std::as_const(m_watches))
        names.append(w.name);
    m_tray->setToolTip(tr("Portolan watches %1").arg(names.join(QStringLiteral(", ")))
        + (m_lastChange.isEmpty() ? QString() : tr("\nLast change: %1").arg(m_lastChange)));
    m_tray->show();
}
