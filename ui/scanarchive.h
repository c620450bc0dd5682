#pragma once

#include "scanview.h"

#include <QFutureWatcher>
#include <QObject>

#include "core/history/historyjob.h"
#include "core/models/scanresultmodel.h"
#include "core/results/scandiff.h"

class AppSettings;
class CompareDialog;
class DevicesPanel;
class Dialogs;
class HistoryPanel;
class QMainWindow;
class QAction;
class QMenu;

// The window's past scans: saves each scan that ends in the history (off the GUI
// thread), the History dock, opening a saved scan (from the history or a file,
// JSON or nmap XML) read-only in the table, comparing two scans, and "Rescan and
// Compare".
class ScanArchive final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanArchive)

public:
    struct Menus
    {
        QMenu *file = nullptr;
        QMenu *scan = nullptr;
        QMenu *view = nullptr;
        QAction *fileAnchor = nullptr; // the File menu's new actions go before it
    };

    // view is the window (it outlives this); window holds the History dock.
    ScanArchive(QMainWindow *window, ScanView *view, const Menus &menus, AppSettings *settings,
        Dialogs *dialogs, const QString &historyPath);
    ~ScanArchive() override;

    HistoryJob *history() { return &m_history; }
    HistoryPanel *panel() const { return m_panel; }
    DevicesPanel *devicesPanel() const { return m_devices; }
    CompareDialog *compareDialog() const { return m_compare; }
    // The window calls this when a scan it ran has ended; the scan is taken from
    // the window only when the history keeps it or a rescan compares it.
    void scanEnded(bool failed);
    // Whether the table shows a saved scan (opened), not one run here.
    bool showsSavedScan() const { return m_showsSaved; }
    void setShowsSavedScan(bool on) { m_showsSaved = on; }
    void openFile();
    void compareWithFile();
    // Runs the shown scan again with its parameters and shows what changed.
    void rescanAndCompare();
    void updateActions(bool scanning, bool haveScan);
    // Lists the history and the devices again (a scan was saved elsewhere).
    void refreshLists();
    void retranslate();

Q_SIGNALS:
    void statusMessage(const QString &text);
    // A saved scan reached the table (from the history or a file).
    void scanOpened();
    // A comparison is shown.
    void compared(const ScanDiff &diff);
    void saved(qint64 id);

private:
    void addActions(const Menus &menus);
    void addDevices(const Menus &menus);
    void connectHistory();
    enum class Pending { None, Open, Rescan, CompareOlder, CompareNewer };
    void onLoaded(qint64 id, const ScanReport &report, const QString &error);
    void readFile(const QString &path, bool compare);
    void compareLater(ShownScan older, ShownScan newer);
    void showDiff(const ScanDiff &diff);
    void removeScans(const QList<qint64> &ids);

    QMainWindow *m_window;
    ScanView *m_view;
    AppSettings *m_settings;
    Dialogs *m_dialogs;
    HistoryJob m_history;
    HistoryPanel *m_panel = nullptr;
    DevicesPanel *m_devices = nullptr;
    CompareDialog *m_compare = nullptr;
    QAction *m_openAction;
    QAction *m_compareFileAction;
    QAction *m_rescanAction;
    QHash<qint64, Pending> m_pending; // history loads asked for, and what for
    std::optional<ShownScan> m_compareOlder; // a history comparison's first half
    std::optional<ShownScan> m_rescanBase; // what the running rescan is compared with
    bool m_showsSaved = false;
    bool m_toldKeptHere = false; // a scan kept here while the shared store is away
    QFutureWatcher<ScanDiff> m_diffWatcher;
    struct FileRead
    {
        bool ok = false;
        ScanReport report;
        QStringList notes;
        QString error;
        QString path;
        bool compare = false;
    };
    QFutureWatcher<FileRead> m_fileWatcher;
};
