#pragma once

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include "core/watch/watchservice.h"

class AppSettings;
class DesktopNotifier;
class EventsPanel;
class Dialogs;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QPushButton;
class QSystemTrayIcon;
class QTableWidget;
class ScanView;

// The window's watches: Scan > Watch This Scan..., the Watches dock (name,
// targets, interval, last and next run, changes; Run Now, Pause, Edit, Remove),
// the Events dock (a timeline filtered by kind and watch; Acknowledge, Export),
// a WatchService on a thread of its own that runs the watches whose time has
// come while the window is open, and alerts: a desktop notification (opening
// the Events dock when activated), else the tray's message, else the status bar.
// With Options > Keep Watching in the Tray (where there is a tray), closing the
// window hides it and the watches go on.
class WatchCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchCenter)

public:
    struct Menus
    {
        QMenu *scan = nullptr;
        QMenu *view = nullptr;
        QMenu *options = nullptr; // Keep Watching in the Tray goes here
    };
    // How often the window looks for watches whose time has come.
    static constexpr int tickMs = 30000;

    WatchCenter(QMainWindow *window, ScanView *view, const Menus &menus, AppSettings *settings,
        Dialogs *dialogs, const QString &historyPath, int keep);
    ~WatchCenter() override;

    // The clock the watches run by (tests give a fake one); then tick() runs what is due.
    void setClock(WatchService::Clock clock);
    void tick();
    void refresh(); // lists watches and events again
    // Whether closing the window should only hide it (tray watching on and a tray there).
    bool keepsRunningInTray() const;
    QDockWidget *watchesDock() const { return m_watchesDock; }
    EventsPanel *eventsDock() const { return m_eventsDock; }
    void retranslate();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void runStarted(const QString &name);
    // A run ended (tests wait for it: a run that was not due or ran elsewhere
    // does not count), and the lists after it.
    void runFinished(const WatchRunner::Result &result);
    void watchesListed(int count);
    void eventsListed(int count);

private:
    void buildWatchesDock(const Menus &menus);
    void buildEventsDock(const Menus &menus);
    void watchThisScan();
    void editSelected();
    QString selectedWatch() const;
    // Run Now, Pause, Edit, Remove for the selected watch (Run Now: this scanner's only).
    void updateButtons();
    void onListed(const QList<Watch> &watches, const QString &error);
    void onEvents(const QList<WatchEvent> &events, const QString &error);
    void showEvents();
    void onRunFinished(const WatchRunner::Result &result);
    void updateTray();
    template <typename F> void call(F f);

    QMainWindow *m_window;
    ScanView *m_view;
    AppSettings *m_settings;
    Dialogs *m_dialogs;
    QThread m_thread;
    WatchService *m_service;
    QTimer m_timer;
    DesktopNotifier *m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_watchAction;
    QAction *m_trayAction;
    QMenu *m_optionsMenu;
    QDockWidget *m_watchesDock;
    QTableWidget *m_watchesTable;
    QPushButton *m_runNow;
    QPushButton *m_pause;
    QPushButton *m_edit;
    QPushButton *m_remove;
    EventsPanel *m_eventsDock;
    QList<Watch> m_watches;
    QString m_lastChange;
};
