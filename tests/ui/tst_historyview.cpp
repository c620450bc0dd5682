// The window's scan history: every scan kept (off the GUI thread), the History
// dock (list, search, open read-only, delete, rescan), comparing two scans and
// "Rescan and Compare", opening Portolan JSON and nmap XML files, exporting nmap
// XML, and the history's on/off switch and size limit.
#include "comparedialog.h"
#include "devicespanel.h"
#include "eventspanel.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "resultactions.h"
#include "scanarchive.h"
#include "scripteddialogs.h"
#include "storedialog.h"
#include "watchcenter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "common/isolatedtest.h"
#include "common/listeners.h"
#include "common/netns.h"
#include "common/pgserver.h"
#include "common/samplereport.h"
#include "common/skip.h"
#include "core/history/devicelistmodel.h"
#include "core/history/historyjob.h"
#include "core/history/historylistmodel.h"
#include "core/history/historystore.h"
#include "core/history/pendingscans.h"
#include "core/history/scannername.h"
#include "core/history/storeurl.h"
#include "core/models/hostlistmodel.h"
#include "core/settings/appsettings.h"
#include "core/watch/watchstore.h"

class TestHistoryView : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void scansAreKeptAndListed();
    void searchFindsHostsAndPorts();
    void openSavedScanReadOnly();
    void deleteAsksFirst();
    void rescanAndCompareShowsWhatChanged();
    void compareTwoFromHistory();
    void exportXmlAndOpenFilesBack();
    void badFileKeepsTheTable();
    void historyOffAndLimit();
    void unusableHistoryIsKeptAside();
    void devicesListedAndLabelled();
    void devicesKnownAndForgotten();
    void watchRunsOnAFakeClock();
    void storeSetting();
    void storeTlsFilesInTheUrl();
    void storeCertificateNeedsItsKey();
    void storeIdentityLine();
    void scannersShownWhereShared();
    void sharedStoreAwayTellsOnce();
    void eventsSayTheirScanner();
    void anotherScannersWatchIsNotRunHere();

private:
    // A new window; on the default store (this test's SQLite file) unless told.
    void createWindow(bool defaultStore = true);
    template <typename T> T *find(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    // Scans targets and ports from the form and waits until the history has it.
    bool scanAndKeep(const QString &targets, const QString &ports);
    bool scan(const QString &targets, const QString &ports);
    // Shows the History dock and waits for its list.
    int showHistory();
    int refreshHistory();
    QStringList historyColumn(int column) const;
    QStringList shownRows() const;
    void selectHistoryRows(const QList<int> &rows);
    void settle();
    // Shows the Devices dock (Ctrl+D) and waits for its list.
    int showDevices();
    int refreshDevices();
    void selectDevice(const QString &address);
    // The Label column of the results table and of the hosts pane, by address.
    QString tableLabel(const QString &address) const;
    QString hostsLabel(const QString &address) const;

    Listeners m_listeners;
    QTemporaryDir m_dir;
    QString m_dataDir;
    ScriptedDialogs *m_dialogs = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

void TestHistoryView::initTestCase()
{
    if (!m_isolated)
        return;
    QVERIFY(m_listeners.listen(QHostAddress(QStringLiteral("127.0.0.1")), 28001));
    QVERIFY(m_listeners.listen(QHostAddress(QStringLiteral("127.0.0.2")), 28002));
}

void TestHistoryView::init()
{
    if (!m_isolated)
        PORTOLAN_SKIP(QStringLiteral("scans loopback in a private network namespace: ") + m_why);
    // Each test its own history ($XDG_DATA_HOME/portolan/history.sqlite) and settings.
    m_dataDir = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    qputenv("XDG_DATA_HOME", m_dataDir.toLocal8Bit());
    createWindow();
}

void TestHistoryView::cleanup()
{
    m_window.reset();
    m_dialogs = nullptr;
}

void TestHistoryView::createWindow(bool defaultStore)
{
    auto dialogs = std::make_unique<ScriptedDialogs>();
    m_dialogs = dialogs.get();
    auto settings = std::make_unique<AppSettings>(m_dataDir + QStringLiteral("/settings.ini"));
    // The lab's listeners say nothing: detection would only wait out its budget.
    settings->setDetectServices(false);
    m_window = std::make_unique<MainWindow>(std::move(settings), std::move(dialogs));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (defaultStore)
        QCOMPARE(m_window->archive()->history()->path(),
            m_dataDir + QStringLiteral("/portolan/history.sqlite"));
}

bool TestHistoryView::scan(const QString &targets, const QString &ports)
{
    m_window->setTargets(targets);
    m_window->setPorts(ports);
    QSignalSpy finished(m_window.get(), &MainWindow::scanFinished);
    if (!m_window->startScan())
        return false;
    return finished.wait(30000) && !m_window->isScanning();
}

bool TestHistoryView::scanAndKeep(const QString &targets, const QString &ports)
{
    QSignalSpy saved(m_window->archive(), &ScanArchive::saved);
    const bool scanned = scan(targets, ports);
    if (scanned && saved.wait(10000))
        return true;
    // Say why: a save that failed says so on the status bar.
    qWarning("scan of %s %s, not kept: %s", qPrintable(targets),
        scanned ? "finished" : "did not finish",
        qPrintable(m_window->statusBar()->currentMessage()));
    return false;
}

int TestHistoryView::showHistory()
{
    QSignalSpy listed(m_window->archive()->panel(), &HistoryPanel::listShown);
    // The window's shortcut, as the user presses it (after a dialog had the focus).
    QApplication::setActiveWindow(m_window.get());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_H));
    if (!m_window->archive()->panel()->isVisible() || !listed.wait(10000))
        return -1;
    return listed.last().first().toInt();
}

int TestHistoryView::refreshHistory()
{
    QSignalSpy listed(m_window->archive()->panel(), &HistoryPanel::listShown);
    m_window->archive()->panel()->refresh();
    if (!listed.wait(10000))
        return -1;
    return listed.last().first().toInt();
}

QStringList TestHistoryView::historyColumn(int column) const
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("historyView"));
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out.append(view->model()->index(r, column).data().toString());
    return out;
}

QStringList TestHistoryView::shownRows() const
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("resultsView"));
    QAbstractItemModel *model = view->model();
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows.append(
            QStringLiteral("%1 %2 %3")
                .arg(model->index(r, 1).data().toString(), model->index(r, 2).data().toString(),
                    model->index(r, 4).data().toString()));
    rows.sort();
    return rows;
}

void TestHistoryView::selectHistoryRows(const QList<int> &rows)
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("historyView"));
    view->clearSelection();
    for (int row : rows)
        view->selectionModel()->select(
            view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestHistoryView::scansAreKeptAndListed()
{
    QCOMPARE(showHistory(), 0);
    QCOMPARE(find<QLabel>("historyCountLabel")->text(), QStringLiteral("0 scans"));
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1"), QStringLiteral("28001,28003")));
    QCOMPARE(refreshHistory(), 1);
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.2"), QStringLiteral("28001-28002")));
    QCOMPARE(refreshHistory(), 2);
    // Newest first, with what each scan was and found.
    QCOMPARE(historyColumn(HistoryListModel::Targets),
        (QStringList { QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.1") }));
    QCOMPARE(historyColumn(HistoryListModel::Ports),
        (QStringList { QStringLiteral("28001-28002"), QStringLiteral("28001,28003") }));
    QCOMPARE(historyColumn(HistoryListModel::HostsUp),
        (QStringList { QStringLiteral("1"), QStringLiteral("1") }));
    QCOMPARE(historyColumn(HistoryListModel::Open),
        (QStringList { QStringLiteral("1"), QStringLiteral("1") }));
    QCOMPARE(find<QLabel>("historyCountLabel")->text(), QStringLiteral("2 scans"));
    // What the history holds is the whole scan, hosts included.
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY2(
        store.open(m_window->archive()->history()->path(), &notice, &error), qPrintable(error));
    QList<HistoryStore::Entry> entries;
    QVERIFY(store.list(QString(), &entries, &error));
    ScanReport report;
    QVERIFY(store.load(entries.first().id, &report, &error));
    QCOMPARE(report.results.size(), 1);
    QCOMPARE(report.results.first().port, quint16(28002));
    QCOMPARE(report.hostStates.size(), 1);
    QCOMPARE(report.hostStates.first().status, HostStatus::Up);
    QCOMPARE(report.hosts.value(0).closed, 1u); // 28001 on 127.0.0.2
}

void TestHistoryView::searchFindsHostsAndPorts()
{
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1"), QStringLiteral("28001")));
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.2"), QStringLiteral("28002")));
    QCOMPARE(showHistory(), 2);
    auto *search = find<QLineEdit>("historySearchLineEdit");
    // A list asked for before the search (after the last save) may still come in
    // first: wait for the searched one.
    QTest::keyClicks(search, QStringLiteral("127.0.0.2"));
    QTRY_COMPARE_WITH_TIMEOUT(historyColumn(HistoryListModel::Targets),
        QStringList { QStringLiteral("127.0.0.2") }, 5000);
    QCOMPARE(find<QLabel>("historyCountLabel")->text(), QStringLiteral("1 scan matches"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("28001"));
    QTRY_COMPARE_WITH_TIMEOUT(historyColumn(HistoryListModel::Targets),
        QStringList { QStringLiteral("127.0.0.1") }, 5000);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("127.0.0.99"));
    QTRY_COMPARE_WITH_TIMEOUT(historyColumn(HistoryListModel::Targets), QStringList(), 5000);
    QCOMPARE(find<QLabel>("historyCountLabel")->text(), QStringLiteral("0 scans match"));
}

void TestHistoryView::openSavedScanReadOnly()
{
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1, 127.0.0.2"), QStringLiteral("28001-28002")));
    const QStringList first = shownRows();
    QCOMPARE(first,
        (QStringList {
            QStringLiteral("127.0.0.1 28001 open"), QStringLiteral("127.0.0.2 28002 open") }));
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.3"), QStringLiteral("28001")));
    QCOMPARE(shownRows(), QStringList());
    QCOMPARE(showHistory(), 2);
    selectHistoryRows({ 1 }); // the older one
    QSignalSpy opened(m_window->archive(), &ScanArchive::scanOpened);
    find<QPushButton>("historyOpenButton")->click();
    QVERIFY(opened.wait(5000));
    QCOMPARE(shownRows(), first);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("read-only")));
    QVERIFY(m_window->archive()->showsSavedScan());
    // The opened scan's hosts pane is back too.
    auto *hosts = m_window->findChild<QTreeView *>(QStringLiteral("hostsView"));
    QCOMPARE(hosts->model()->rowCount(), 2);
    // Opening does not make a new history entry.
    QCOMPARE(refreshHistory(), 2);
}

void TestHistoryView::deleteAsksFirst()
{
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1"), QStringLiteral("28001")));
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.2"), QStringLiteral("28001")));
    QCOMPARE(showHistory(), 2);
    selectHistoryRows({ 0 });
    m_dialogs->confirmAnswer = false;
    find<QPushButton>("historyDeleteButton")->click();
    QCOMPARE(m_dialogs->asked.size(), 1);
    QVERIFY(m_dialogs->asked.first().contains(QStringLiteral("1 scan")));
    QCOMPARE(refreshHistory(), 2);
    m_dialogs->confirmAnswer = true;
    // The Delete key does what the button does. (A list asked for earlier may still
    // come first under load: wait for the one without the deleted scan.)
    auto *view = find<QTableView>("historyView");
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(historyColumn(HistoryListModel::Targets),
        QStringList { QStringLiteral("127.0.0.1") }, 5000);
}

void TestHistoryView::rescanAndCompareShowsWhatChanged()
{
    // 28010 is closed now; a service starts there before the rescan.
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1"), QStringLiteral("28001,28010")));
    Listeners later;
    QVERIFY(later.listen(QHostAddress(QStringLiteral("127.0.0.1")), 28010));
    m_window->setTargets(QStringLiteral("something else")); // the rescan uses the scan's own
    QSignalSpy compared(m_window->archive(), &ScanArchive::compared);
    QSignalSpy saved(m_window->archive(), &ScanArchive::saved);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QVERIFY(m_window->isScanning());
    QVERIFY(compared.wait(30000));
    const ScanDiff diff = compared.first().first().value<ScanDiff>();
    QCOMPARE(diff.changeCount(), 1);
    QCOMPARE(diff.hosts.first().ports.first().port, quint16(28010));
    QCOMPARE(diff.hosts.first().ports.first().change, ScanDiff::Port::Change::Opened);
    // The dialog's table, filtered by kind of change and by text, and exported.
    CompareDialog *dialog = m_window->archive()->compareDialog();
    QVERIFY(dialog && dialog->isVisible());
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("compareView"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, CompareDialog::Port).data().toInt(), 28010);
    QCOMPARE(
        table->model()->index(0, CompareDialog::Protocol).data().toString(), QStringLiteral("tcp"));
    QCOMPARE(table->model()->index(0, CompareDialog::Change).data().toString(),
        QStringLiteral("opened"));
    QCOMPARE(table->model()->index(0, CompareDialog::Before).data().toString(),
        QStringLiteral("closed (conn-refused)"));
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("compareKindComboBox"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("closed")));
    QCOMPARE(table->model()->rowCount(), 0);
    kind->setCurrentIndex(kind->findData(QStringLiteral("opened")));
    QCOMPARE(table->model()->rowCount(), 1);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("compareSearchLineEdit")),
        QStringLiteral("2801"));
    QCOMPARE(table->model()->rowCount(), 1);
    m_dialogs->saveAnswer = m_dir.filePath(QStringLiteral("diff.json"));
    QVERIFY(dialog->exportDiff());
    QFile file(m_dialogs->saveAnswer);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), diff.toJson());
    // The rescan is in the history too, with the scan's own targets.
    QVERIFY(saved.size() == 1 || saved.wait(5000));
    QCOMPARE(showHistory(), 2);
    QCOMPARE(historyColumn(HistoryListModel::Targets),
        (QStringList { QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1") }));
}

void TestHistoryView::compareTwoFromHistory()
{
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1, 127.0.0.2"), QStringLiteral("28001")));
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1"), QStringLiteral("28001")));
    QCOMPARE(showHistory(), 2);
    auto *compareButton = find<QPushButton>("historyCompareButton");
    selectHistoryRows({ 0 });
    QVERIFY(!compareButton->isEnabled()); // two scans are compared
    selectHistoryRows({ 0, 1 });
    QVERIFY(compareButton->isEnabled());
    QCOMPARE(refreshHistory(), 2); // a new list keeps the selection
    QVERIFY(compareButton->isEnabled());
    QSignalSpy compared(m_window->archive(), &ScanArchive::compared);
    compareButton->click();
    QVERIFY(compared.wait(10000));
    const ScanDiff diff = compared.first().first().value<ScanDiff>();
    // 127.0.0.2 (up by its refused connect) is not in the newer scan.
    QCOMPARE(diff.changeCount(), 1);
    QCOMPARE(diff.hosts.first().address, QStringLiteral("127.0.0.2"));
    QCOMPARE(diff.hosts.first().change, ScanDiff::Host::Change::Gone);
    QVERIFY(diff.oldTitle.startsWith(QStringLiteral("127.0.0.1, 127.0.0.2")));
}

void TestHistoryView::exportXmlAndOpenFilesBack()
{
    QVERIFY(scan(QStringLiteral("127.0.0.1, 127.0.0.2"), QStringLiteral("28001-28003")));
    const QStringList rows = shownRows();
    QCOMPARE(rows.size(), 2);
    auto *actions = m_window->findChild<ResultActions *>();
    for (const QString &name : { QStringLiteral("scan.xml"), QStringLiteral("scan.json") }) {
        m_dialogs->saveAnswer = m_dir.filePath(name);
        QSignalSpy exported(actions, &ResultActions::exportFinished);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(exported.wait(10000));
        QVERIFY(exported.first().first().toBool());
    }
    // The XML is nmap's: it validates against nmap's DTD (scanner set aside).
    QFile xmlFile(m_dir.filePath(QStringLiteral("scan.xml")));
    QVERIFY(xmlFile.open(QIODevice::ReadOnly));
    QByteArray xml = xmlFile.readAll();
    QVERIFY(xml.contains("scanner=\"portolan\""));
    QVERIFY(xml.contains("portid=\"28002\""));
    QCOMPARE(xml.count("<state state=\"open\""), 2);
    xml.replace("scanner=\"portolan\"", "scanner=\"nmap\"");
    const QString forDtd = m_dir.filePath(QStringLiteral("for-dtd.xml"));
    QFile out(forDtd);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(xml);
    out.close();
    QString output;
    QCOMPARE(TestNet::run({ QStringLiteral("xmllint"), QStringLiteral("--noout"),
                              QStringLiteral("--dtdvalid"),
                              QStringLiteral("/usr/share/nmap/nmap.dtd"), forDtd },
                 &output),
        0);
    // Both files open back into the table, read-only, with the same rows and hosts.
    for (const QString &name : { QStringLiteral("scan.xml"), QStringLiteral("scan.json") }) {
        QVERIFY(scan(QStringLiteral("127.0.0.3"), QStringLiteral("28001"))); // something else shown
        QCOMPARE(shownRows(), QStringList());
        m_dialogs->openAnswer = m_dir.filePath(name);
        QSignalSpy opened(m_window->archive(), &ScanArchive::scanOpened);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QVERIFY2(opened.wait(10000), qPrintable(m_dialogs->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(shownRows(), rows);
        QVERIFY(m_window->windowTitle().startsWith(name));
        auto *hosts = m_window->findChild<QTreeView *>(QStringLiteral("hostsView"));
        QCOMPARE(hosts->model()->rowCount(), 2);
    }
    QVERIFY(m_dialogs->warnings.isEmpty());
}

void TestHistoryView::badFileKeepsTheTable()
{
    QVERIFY(scan(QStringLiteral("127.0.0.1"), QStringLiteral("28001")));
    const QStringList rows = shownRows();
    QCOMPARE(rows.size(), 1);
    const QString bad = m_dir.filePath(QStringLiteral("bad.xml"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><nmaprun>&a;</nmaprun>");
    file.close();
    m_dialogs->openAnswer = bad;
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QTRY_COMPARE_WITH_TIMEOUT(m_dialogs->warnings.size(), 1, 10000);
    QVERIFY2(m_dialogs->warnings.first().startsWith(QStringLiteral("bad.xml: ")),
        qPrintable(m_dialogs->warnings.first()));
    QCOMPARE(shownRows(), rows);
    QVERIFY(!m_window->archive()->showsSavedScan());
}

void TestHistoryView::historyOffAndLimit()
{
    find<QToolButton>("optionsToggleButton")->click();
    auto *keep = find<QCheckBox>("keepHistoryCheckBox");
    auto *limit = find<QSpinBox>("historyLimitSpinBox");
    QVERIFY(keep->isChecked()); // on by default
    QCOMPARE(limit->value(), AppSettings::defaultHistoryLimit);
    limit->setValue(2);
    for (const QString &host :
        { QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3") })
        QVERIFY(scanAndKeep(host, QStringLiteral("28001")));
    QCOMPARE(showHistory(), 2); // the oldest went
    QCOMPARE(historyColumn(HistoryListModel::Targets),
        (QStringList { QStringLiteral("127.0.0.3"), QStringLiteral("127.0.0.2") }));
    keep->setChecked(false);
    QVERIFY(!limit->isEnabled());
    QSignalSpy saved(m_window->archive()->history(), &HistoryJob::saved);
    QVERIFY(scan(QStringLiteral("127.0.0.4"), QStringLiteral("28001")));
    QVERIFY(!saved.wait(1000));
    QCOMPARE(refreshHistory(), 2);
    // Remembered.
    m_window.reset();
    createWindow();
    find<QToolButton>("optionsToggleButton")->click();
    QVERIFY(!find<QCheckBox>("keepHistoryCheckBox")->isChecked());
    QCOMPARE(find<QSpinBox>("historyLimitSpinBox")->value(), 2);
}

void TestHistoryView::unusableHistoryIsKeptAside()
{
    m_window.reset();
    const QString path = m_dataDir + QStringLiteral("/portolan/history.sqlite");
    QVERIFY(QDir().mkpath(m_dataDir + QStringLiteral("/portolan")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    createWindow();
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1"), QStringLiteral("28001")));
    QCOMPARE(shownRows().size(), 1); // the scan stands
    QCOMPARE(m_dialogs->warnings.size(), 1);
    QVERIFY2(m_dialogs->warnings.first().contains(QStringLiteral(".unusable-")),
        qPrintable(m_dialogs->warnings.first()));
    QDir dir(m_dataDir + QStringLiteral("/portolan"));
    const QStringList aside
        = dir.entryList({ QStringLiteral("history.sqlite.unusable-*") }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile old(dir.filePath(aside.first()));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray(8192, 'x')); // kept as it was
    QCOMPARE(showHistory(), 1);
}

void TestHistoryView::storeSetting()
{
    // Options > History Store: a shared PostgreSQL store chosen, tested from the
    // dialog, kept in the settings without its password (which goes to the
    // PGPASSFILE, the user's only), and used from the next start.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("storeAction")));
    PgServer server;
    QString why;
    if (!server.start(&why))
        PORTOLAN_SKIP(why);
    const QString pgpass = m_dataDir + QStringLiteral("/pgpass");
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    const auto restore = qScopeGuard([] {
        qunsetenv("PGPASSFILE");
        HistoryStore::setLocation(QString());
        ScannerName::set(QString());
    });
    AppSettings settings(m_dataDir + QStringLiteral("/store.ini"));
    ScriptedDialogs dialogs;
    StoreDialog dialog(&settings, &dialogs);
    dialog.show();
    const auto field = [&dialog](const char *name) {
        auto *w = dialog.findChild<QLineEdit *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    };
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("storeStatusLabel"));
    dialog.findChild<QRadioButton *>(QStringLiteral("storeServerRadio"))->setChecked(true);
    // A server without a host: refused, the field marked, the dialog open.
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(field("storeHostLineEdit")->styleSheet().contains(QLatin1String("border")));
    QVERIFY2(status->text().contains(QLatin1String("host")), qPrintable(status->text()));

    field("storeHostLineEdit")->setText(server.socketDirectory());
    field("storeDatabaseLineEdit")->setText(PgServer::database());
    field("storeUserLineEdit")->setText(PgServer::user());
    field("storePasswordLineEdit")->setText(QStringLiteral("s3cret:word"));
    field("storeScannerLineEdit")->setText(QStringLiteral("lab-a"));
    dialog.findChild<QCheckBox *>(QStringLiteral("storeRememberCheckBox"))->setChecked(true);
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("storeTestButton")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        status->text().startsWith(QLatin1String("Connected")), qPrintable(status->text()), 30000);
    // Over the Unix socket: the role it logged in as, and no TLS (none is needed there).
    QVERIFY2(status->text().contains(PgServer::user()), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("Not encrypted (this computer only)")),
        qPrintable(status->text()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString expected
        = QStringLiteral("postgresql://%1@localhost/%2?host=%3")
              .arg(PgServer::user(), PgServer::database(), server.socketDirectory());
    QCOMPARE(settings.storeLocation(), expected);
    QCOMPARE(settings.scannerName(), QStringLiteral("lab-a"));
    settings.sync();
    QFile ini(m_dataDir + QStringLiteral("/store.ini"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("s3cret"));
    QFile file(pgpass);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("localhost:5432:postgres:portolan:s3cret\\:word\n"));
    QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
        QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(dialogs.warnings.size(), 1);
    QVERIFY2(dialogs.warnings.first().contains(QLatin1String("next start")),
        qPrintable(dialogs.warnings.first()));
    // At the next start, the window opens that store as that scanner.
    StoreDialog::apply(settings);
    QCOMPARE(HistoryStore::defaultLocation(), expected);
    QCOMPARE(ScannerName::current(), QStringLiteral("lab-a"));

    // A scanner name that cannot be: marked, nothing saved.
    StoreDialog again(&settings, &dialogs);
    again.findChild<QLineEdit *>(QStringLiteral("storeScannerLineEdit"))
        ->setText(QStringLiteral("a\tb"));
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Rejected));
    QCOMPARE(settings.scannerName(), QStringLiteral("lab-a"));
}

namespace {

template <typename T> T *dialogChild(const QWidget &dialog, const char *name)
{
    T *w = dialog.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

// The server option chosen and its fields filled, host as given, no password.
void fillServer(StoreDialog &dialog, const QString &host)
{
    dialogChild<QRadioButton>(dialog, "storeServerRadio")->setChecked(true);
    dialogChild<QLineEdit>(dialog, "storeHostLineEdit")->setText(host);
    dialogChild<QLineEdit>(dialog, "storeDatabaseLineEdit")->setText(QStringLiteral("inventory"));
    dialogChild<QLineEdit>(dialog, "storeUserLineEdit")->setText(QStringLiteral("scanner"));
}

} // namespace

void TestHistoryView::storeTlsFilesInTheUrl()
{
    // A CA file (chosen with Browse...) and a client certificate and key (typed):
    // the URL the dialog saves carries them, no password is asked for, and the
    // dialog shows them again from the setting. 198.18.0.5 is only typed, never
    // reached.
    AppSettings settings(m_dataDir + QStringLiteral("/store.ini"));
    ScriptedDialogs dialogs;
    StoreDialog dialog(&settings, &dialogs);
    dialog.show();
    fillServer(dialog, QStringLiteral("198.18.0.5"));
    const QString ca = m_dataDir + QStringLiteral("/tls/ca.crt");
    dialogs.openAnswer = ca;
    QTest::mouseClick(dialogChild<QPushButton>(dialog, "storeCaFileBrowseButton"), Qt::LeftButton);
    QCOMPARE(dialogs.asked, QStringList { QStringLiteral("CA File") });
    QCOMPARE(dialogChild<QLineEdit>(dialog, "storeCaFileLineEdit")->text(), ca);
    QTest::keyClicks(dialogChild<QLineEdit>(dialog, "storeClientCertLineEdit"),
        QStringLiteral("/home/scan ner/lab-a.crt"));
    QTest::keyClicks(dialogChild<QLineEdit>(dialog, "storeClientKeyLineEdit"),
        QStringLiteral("/home/scan ner/lab-a.key"));
    QVERIFY(dialogChild<QLineEdit>(dialog, "storePasswordLineEdit")
                ->placeholderText()
                .contains(QLatin1String("client certificate")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QString saved = settings.storeLocation();
    QVERIFY2(saved.contains(QLatin1String("sslrootcert="))
            && saved.contains(QLatin1String("sslcert="))
            && saved.contains(QLatin1String("sslkey=")),
        qPrintable(saved));
    StoreUrl url;
    QString error;
    QVERIFY2(StoreUrl::parse(saved, &url, &error), qPrintable(error));
    QCOMPARE(url.host, QStringLiteral("198.18.0.5"));
    QCOMPARE(url.password, QString());
    QCOMPARE(url.sslRootCert, ca);
    QCOMPARE(url.sslCert, QStringLiteral("/home/scan ner/lab-a.crt"));
    QCOMPARE(url.sslKey, QStringLiteral("/home/scan ner/lab-a.key"));
    QCOMPARE(url.effectiveSslMode(), QStringLiteral("verify-full"));

    StoreDialog again(&settings, &dialogs);
    QVERIFY(dialogChild<QRadioButton>(again, "storeServerRadio")->isChecked());
    QCOMPARE(dialogChild<QLineEdit>(again, "storeCaFileLineEdit")->text(), ca);
    QCOMPARE(dialogChild<QLineEdit>(again, "storeClientCertLineEdit")->text(), url.sslCert);
    QCOMPARE(dialogChild<QLineEdit>(again, "storeClientKeyLineEdit")->text(), url.sslKey);
}

void TestHistoryView::storeCertificateNeedsItsKey()
{
    // A client certificate without its key, or a key without its certificate:
    // refused, the missing one marked, nothing saved.
    AppSettings settings(m_dataDir + QStringLiteral("/store.ini"));
    ScriptedDialogs dialogs;
    StoreDialog dialog(&settings, &dialogs);
    dialog.show();
    fillServer(dialog, QStringLiteral("198.18.0.5"));
    auto *cert = dialogChild<QLineEdit>(dialog, "storeClientCertLineEdit");
    auto *key = dialogChild<QLineEdit>(dialog, "storeClientKeyLineEdit");
    auto *status = dialogChild<QLabel>(dialog, "storeStatusLabel");
    const auto marked = [](const QLineEdit *field) {
        return field->styleSheet().contains(QLatin1String("border"));
    };
    cert->setText(QStringLiteral("/etc/portolan/lab-a.crt"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(marked(key));
    QVERIFY(!marked(cert));
    QVERIFY2(status->text().contains(QLatin1String("key")), qPrintable(status->text()));

    cert->clear();
    key->setText(QStringLiteral("/etc/portolan/lab-a.key"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(marked(cert));
    QVERIFY(!marked(key));
    QVERIFY2(status->text().contains(QLatin1String("certificate")), qPrintable(status->text()));
    QCOMPARE(settings.storeLocation(), QString());
    QVERIFY(dialogs.warnings.isEmpty());

    // Both: taken.
    cert->setText(QStringLiteral("/etc/portolan/lab-a.crt"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!marked(cert));
    QVERIFY(!marked(key));
}

void TestHistoryView::storeIdentityLine()
{
    // Whether the server's identity will be checked, said as the fields change:
    // the warning for a server on the network without a CA file, a positive line
    // with one, nothing for a Unix socket, this computer, or no server.
    AppSettings settings(m_dataDir + QStringLiteral("/store.ini"));
    ScriptedDialogs dialogs;
    StoreDialog dialog(&settings, &dialogs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *line = dialogChild<QLabel>(dialog, "storeIdentityLabel");
    auto *host = dialogChild<QLineEdit>(dialog, "storeHostLineEdit");
    auto *ca = dialogChild<QLineEdit>(dialog, "storeCaFileLineEdit");
    QVERIFY(!line->isVisible());
    fillServer(dialog, QString());
    QVERIFY(!line->isVisible());
    QTest::keyClicks(host, QStringLiteral("198.18.0.5"));
    StoreUrl network;
    network.kind = StoreUrl::Kind::Postgresql;
    network.host = QStringLiteral("198.18.0.5");
    QVERIFY(!network.identityWarning().isEmpty());
    QTRY_VERIFY(line->isVisible());
    QCOMPARE(line->text(), network.identityWarning());
    QCOMPARE(line->textFormat(), Qt::PlainText);

    QTest::keyClicks(ca, QStringLiteral("/etc/portolan/ca.crt"));
    QTRY_VERIFY(line->isVisible());
    QVERIFY2(!line->text().contains(QLatin1String("not checked")), qPrintable(line->text()));
    QVERIFY2(line->text().contains(QLatin1String("checked")), qPrintable(line->text()));
    ca->clear();
    QTRY_COMPARE(line->text(), network.identityWarning());

    for (const QString &local : { QStringLiteral("/run/postgresql"), QStringLiteral("127.0.0.1"),
             QStringLiteral("localhost") }) {
        host->setText(local);
        QTRY_VERIFY2(!line->isVisible(), qPrintable(local));
    }
    host->setText(QStringLiteral("db.example.org"));
    QTRY_VERIFY(line->isVisible());
    dialogChild<QRadioButton>(dialog, "storeLocalRadio")->setChecked(true);
    QTRY_VERIFY(!line->isVisible());
}

void TestHistoryView::scannersShownWhereShared()
{
    // A store this window alone writes to: no Scanner column. One another site
    // writes to as well: the History and Devices lists say which scanner made
    // each scan and saw each device last, and the history's search finds a
    // scanner's scans by its name.
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1"), QStringLiteral("28001")));
    QCOMPARE(showDevices(), 1);
    auto *devices = find<QTableView>("devicesView");
    QVERIFY(devices->isColumnHidden(DeviceListModel::Scanner));
    // Both docks open (the shortcut of the second would go to the first's view).
    m_window->archive()->panel()->setVisible(true);
    QCOMPARE(refreshHistory(), 1);
    auto *history = find<QTableView>("historyView");
    QVERIFY(history->isColumnHidden(HistoryListModel::Scanner));

    const QString site = QStringLiteral("branch-office");
    QVERIFY(ScannerName::current() != site);
    {
        HistoryStore other;
        QString notice;
        QString error;
        QVERIFY2(
            other.open(m_window->archive()->history()->path(), &notice, &error), qPrintable(error));
        ScanReport report = SampleReport::sample();
        qint64 id = 0;
        QVERIFY2(other.saveAs(report, site, &id, &error), qPrintable(error));
    }
    QCOMPARE(refreshHistory(), 2);
    QVERIFY(!history->isColumnHidden(HistoryListModel::Scanner));
    QStringList scanners = historyColumn(HistoryListModel::Scanner);
    scanners.sort();
    QStringList expected { ScannerName::current(), site };
    expected.sort();
    QCOMPARE(scanners, expected);
    QCOMPARE(history->model()->headerData(HistoryListModel::Scanner, Qt::Horizontal).toString(),
        QStringLiteral("Scanner"));
    // The search: the other site's scans by its name.
    QSignalSpy listed(m_window->archive()->panel(), &HistoryPanel::listShown);
    find<QLineEdit>("historySearchLineEdit")->setText(site);
    QVERIFY(listed.wait(10000));
    QCOMPARE(historyColumn(HistoryListModel::Scanner), QStringList { site });

    QCOMPARE(refreshDevices(), 3); // 127.0.0.1 here, two hosts up there
    QVERIFY(!devices->isColumnHidden(DeviceListModel::Scanner));
    QStringList seenBy;
    for (int r = 0; r < devices->model()->rowCount(); ++r) {
        seenBy.append(devices->model()->index(r, DeviceListModel::Address).data().toString()
            + QLatin1Char(' ')
            + devices->model()->index(r, DeviceListModel::Scanner).data().toString());
    }
    seenBy.sort();
    QCOMPARE(seenBy,
        (QStringList { QStringLiteral("127.0.0.1 ") + ScannerName::current(),
            QStringLiteral("198.18.0.1 ") + site, QStringLiteral("2001:db8::5 ") + site }));
}

void TestHistoryView::sharedStoreAwayTellsOnce()
{
    // The window on a shared PostgreSQL store that goes away: each scan is kept
    // on this machine; the first says so in a dialog, the next on the status line
    // only. When the server is back the next scan writes the kept ones first.
    PgServer server;
    QString why;
    if (!server.start(&why))
        PORTOLAN_SKIP(why);
    const auto restore = qScopeGuard([] { HistoryStore::setLocation(QString()); });
    HistoryStore::setLocation(
        QStringLiteral("postgresql://%1@localhost/%2?host=%3")
            .arg(PgServer::user(), PgServer::database(), server.socketDirectory()));
    m_window.reset();
    createWindow(false);
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1"), QStringLiteral("28001")));
    settle();
    QVERIFY2(m_dialogs->warnings.isEmpty(), qPrintable(m_dialogs->warnings.join(u'\n')));

    QVERIFY2(server.stop(&why), qPrintable(why));
    QSignalSpy said(m_window->archive(), &ScanArchive::statusMessage);
    for (int n = 1; n <= 2; ++n) {
        QVERIFY(scan(QStringLiteral("127.0.0.1"), QStringLiteral("28001")));
        settle();
        QTRY_COMPARE_WITH_TIMEOUT(PendingScans::files().size(), n, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 10000);
        const QString line = said.takeLast().first().toString();
        QVERIFY2(line.contains(QLatin1String("portolan-cli store flush")), qPrintable(line));
        said.clear();
        QCOMPARE(m_dialogs->warnings.size(), 1); // the first time only
    }
    QVERIFY2(m_dialogs->warnings.first().contains(PendingScans::folder()),
        qPrintable(m_dialogs->warnings.first()));

    QVERIFY2(server.resume(&why), qPrintable(why));
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1"), QStringLiteral("28001")));
    settle();
    QCOMPARE(PendingScans::files().size(), 0);
    QCOMPARE(m_dialogs->warnings.size(), 2);
    QVERIFY2(m_dialogs->warnings.last().startsWith(QLatin1String("2 scans kept")),
        qPrintable(m_dialogs->warnings.last()));
    QCOMPARE(refreshHistory(), 4);
}

void TestHistoryView::eventsSayTheirScanner()
{
    // The Events list of a store other sites write to: a Scanner column says
    // whose watch found each change; with only this scanner's, it is hidden.
    ScriptedDialogs dialogs;
    EventsPanel panel(&dialogs);
    WatchEvent here;
    here.id = 1;
    here.watch = QStringLiteral("lan");
    here.kind = QStringLiteral("device-new");
    here.address = QStringLiteral("198.18.0.5");
    here.time = QDateTime::currentDateTimeUtc();
    here.scanner = ScannerName::current();
    panel.setEvents({ here }, QString());
    auto *view = panel.findChild<QTableWidget *>(QStringLiteral("eventsView"));
    QCOMPARE(view->rowCount(), 1);
    QVERIFY(view->isColumnHidden(2));
    WatchEvent there = here;
    there.id = 2;
    there.watch = QStringLiteral("branch-lan");
    there.scanner = QStringLiteral("branch-office");
    there.time = here.time.addSecs(60);
    panel.setEvents({ here, there }, QString());
    QCOMPARE(view->rowCount(), 2);
    QVERIFY(!view->isColumnHidden(2));
    QCOMPARE(view->horizontalHeaderItem(2)->text(), QStringLiteral("Scanner"));
    QCOMPARE(view->item(0, 2)->text(), QStringLiteral("branch-office")); // newest first
    QCOMPARE(view->item(1, 2)->text(), ScannerName::current());
    QCOMPARE(view->item(0, 1)->text(), QStringLiteral("branch-lan"));
}

void TestHistoryView::anotherScannersWatchIsNotRunHere()
{
    // A watch another site runs, in the store this window shares: listed with its
    // scanner, and Run Now is off for it (it would scan that site's network).
    {
        HistoryStore store;
        QString notice;
        QString error;
        QVERIFY2(
            store.open(m_window->archive()->history()->path(), &notice, &error), qPrintable(error));
        WatchStore watches(store);
        Watch w;
        w.name = QStringLiteral("branch lan");
        w.scanner = QStringLiteral("branch-office");
        w.targets = QStringLiteral("198.18.0.0/24");
        w.ports = QStringLiteral("22");
        w.everySeconds = 3600;
        w.created = QDateTime::currentDateTimeUtc();
        QVERIFY2(watches.add(&w, &error), qPrintable(error));
    }
    WatchCenter *center = m_window->watches();
    center->refresh(); // after the window's first list, which may still be on its way
    auto *view = find<QTableWidget>("watchesView");
    QTRY_COMPARE_WITH_TIMEOUT(view->rowCount(), 1, 10000);
    QVERIFY(!view->isColumnHidden(1));
    QCOMPARE(view->horizontalHeaderItem(1)->text(), QStringLiteral("Scanner"));
    QCOMPARE(view->item(0, 1)->text(), QStringLiteral("branch-office"));
    view->selectRow(0);
    auto *runNow = find<QPushButton>("watchRunNowButton");
    QVERIFY(!runNow->isEnabled());
    QVERIFY2(
        runNow->toolTip().contains(QLatin1String("branch-office")), qPrintable(runNow->toolTip()));
    QVERIFY(find<QPushButton>("watchPauseButton")->isEnabled());
}

int main(int argc, char *argv[])
{
    QString why;
    const bool isolated = TestNet::enterPrivateNamespace(&why);
    QApplication app(argc, argv);
    TestHistoryView test(isolated, why);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historyview.moc"

int TestHistoryView::showDevices()
{
    DevicesPanel *panel = m_window->archive()->devicesPanel();
    if (panel->isVisible()) // as the last window left it (the layout is remembered)
        return refreshDevices();
    settle();
    QSignalSpy listed(panel, &DevicesPanel::listShown);
    QApplication::setActiveWindow(m_window.get());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_D));
    if (!panel->isVisible() || !listed.wait(10000))
        return -1;
    settle();
    return listed.last().first().toInt();
}

int TestHistoryView::refreshDevices()
{
    settle();
    QSignalSpy listed(m_window->archive()->devicesPanel(), &DevicesPanel::listShown);
    m_window->archive()->devicesPanel()->refresh();
    if (!listed.wait(10000))
        return -1;
    return listed.last().first().toInt();
}

void TestHistoryView::settle()
{
    // Every list or change asked of the history so far has run, and its answer
    // has been delivered: a spy made after this sees only what comes next.
    m_window->archive()->history()->waitForDone();
    QCoreApplication::processEvents();
}

void TestHistoryView::selectDevice(const QString &address)
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("devicesView"));
    view->clearSelection();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, DeviceListModel::Address).data().toString() == address)
            view->selectionModel()->select(view->model()->index(r, 0),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QString TestHistoryView::tableLabel(const QString &address) const
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("resultsView"));
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, ScanResultModel::Address).data().toString() == address)
            return view->isColumnHidden(ScanResultModel::Label)
                ? QStringLiteral("(hidden)")
                : model->index(r, ScanResultModel::Label).data().toString();
    }
    return QStringLiteral("(no row)");
}

QString TestHistoryView::hostsLabel(const QString &address) const
{
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("hostsView"));
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, HostListModel::Address).data().toString() == address)
            return view->isColumnHidden(HostListModel::Label)
                ? QStringLiteral("(hidden)")
                : model->index(r, HostListModel::Label).data().toString();
    }
    return QStringLiteral("(no row)");
}

void TestHistoryView::devicesListedAndLabelled()
{
    QCOMPARE(showDevices(), 0);
    QVERIFY2(find<QLabel>("devicesCountLabel")->text().startsWith(QStringLiteral("No devices")),
        qPrintable(find<QLabel>("devicesCountLabel")->text()));
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1-2"), QStringLiteral("28001-28002")));
    QCOMPARE(refreshDevices(), 2); // the save asked for the list too; this one is after it
    auto *view = find<QTableView>("devicesView");
    QStringList addresses;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        addresses.append(view->model()->index(r, DeviceListModel::Address).data().toString());
    addresses.sort();
    QCOMPARE(addresses, (QStringList { QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2") }));
    QCOMPARE(find<QLabel>("devicesCountLabel")->text(), QStringLiteral("2 devices, 2 new"));
    // No labels yet: the Label columns stay hidden.
    QCOMPARE(tableLabel(QStringLiteral("127.0.0.1")), QStringLiteral("(hidden)"));
    QCOMPARE(hostsLabel(QStringLiteral("127.0.0.1")), QStringLiteral("(hidden)"));

    // Label... on the selected device (F2 in the view).
    selectDevice(QStringLiteral("127.0.0.1"));
    m_dialogs->editAnswers = QStringList { QStringLiteral("Build server") };
    QSignalSpy listed(m_window->archive()->devicesPanel(), &DevicesPanel::listShown);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(m_dialogs->asked.contains(QStringLiteral("Label")));
    QVERIFY(listed.wait(10000)); // kept, then listed again
    QCOMPARE(tableLabel(QStringLiteral("127.0.0.1")), QStringLiteral("Build server"));
    QCOMPARE(hostsLabel(QStringLiteral("127.0.0.1")), QStringLiteral("Build server"));
    QCOMPARE(tableLabel(QStringLiteral("127.0.0.2")), QString());

    // Edited in place: the Label column takes what is typed.
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, DeviceListModel::Address).data() == QStringLiteral("127.0.0.2"))
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex labelCell = view->model()->index(row, DeviceListModel::Label);
    QVERIFY(view->model()->flags(labelCell) & Qt::ItemIsEditable);
    QVERIFY(!(view->model()->flags(view->model()->index(row, DeviceListModel::Address))
        & Qt::ItemIsEditable));
    QVERIFY(view->model()->setData(labelCell, QStringLiteral("Printer upstairs")));
    QVERIFY(listed.wait(10000));
    QCOMPARE(tableLabel(QStringLiteral("127.0.0.2")), QStringLiteral("Printer upstairs"));

    // Kept in the database: a new window (and the CLI) sees them, and a new scan
    // shows them beside the addresses from its first rows.
    m_window.reset();
    createWindow();
    QVERIFY(scan(QStringLiteral("127.0.0.1-2"), QStringLiteral("28001-28002")));
    QTRY_COMPARE(tableLabel(QStringLiteral("127.0.0.2")), QStringLiteral("Printer upstairs"));
    QCOMPARE(hostsLabel(QStringLiteral("127.0.0.1")), QStringLiteral("Build server"));
    // The search finds a device by its label.
    QCOMPARE(showDevices(), 2);
    find<QLineEdit>("devicesSearchLineEdit")->setText(QStringLiteral("printer"));
    QTRY_COMPARE(find<QTableView>("devicesView")->model()->rowCount(), 1);
    QCOMPARE(find<QTableView>("devicesView")
                 ->model()
                 ->index(0, DeviceListModel::Address)
                 .data()
                 .toString(),
        QStringLiteral("127.0.0.2"));
}

void TestHistoryView::devicesKnownAndForgotten()
{
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.1-2"), QStringLiteral("28001-28002")));
    QCOMPARE(showDevices(), 2);
    auto *view = find<QTableView>("devicesView");
    auto *onlyNew = find<QCheckBox>("devicesNewCheckBox");
    onlyNew->setChecked(true);
    QCOMPARE(view->model()->rowCount(), 2);
    selectDevice(QStringLiteral("127.0.0.1"));
    QSignalSpy listed(m_window->archive()->devicesPanel(), &DevicesPanel::listShown);
    find<QPushButton>("devicesKnownButton")->click();
    QVERIFY(listed.wait(10000));
    QCOMPARE(view->model()->rowCount(), 1); // the known one is filtered out
    QCOMPARE(view->model()->index(0, DeviceListModel::Address).data().toString(),
        QStringLiteral("127.0.0.2"));
    QCOMPARE(
        find<QLabel>("devicesCountLabel")->text(), QStringLiteral("2 devices, 1 new (1 shown)"));
    onlyNew->setChecked(false);
    QCOMPARE(view->model()->rowCount(), 2);
    // Down only: both are up.
    find<QCheckBox>("devicesDownCheckBox")->setChecked(true);
    QCOMPARE(view->model()->rowCount(), 0);
    find<QCheckBox>("devicesDownCheckBox")->setChecked(false);

    // Forget asks first; no means nothing happens.
    selectDevice(QStringLiteral("127.0.0.2"));
    m_dialogs->confirmAnswer = false;
    QSignalSpy changed(m_window->archive()->history(), &HistoryJob::deviceChanged);
    find<QPushButton>("devicesForgetButton")->click();
    QVERIFY(m_dialogs->asked.last().startsWith(QStringLiteral("Forget 1 device")));
    m_window->archive()->history()->waitForDone(); // whatever was asked has run
    QCoreApplication::processEvents(); // and its answers have come
    QCOMPARE(changed.count(), 0);
    QCOMPARE(view->model()->rowCount(), 2);
    m_dialogs->confirmAnswer = true;
    find<QPushButton>("devicesForgetButton")->click();
    QVERIFY(listed.wait(10000));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, DeviceListModel::Address).data().toString(),
        QStringLiteral("127.0.0.1"));
    // Seen again by the next scan: a new device.
    QVERIFY(scanAndKeep(QStringLiteral("127.0.0.2"), QStringLiteral("28002")));
    QCOMPARE(refreshDevices(), 2);
    QCOMPARE(find<QLabel>("devicesCountLabel")->text(), QStringLiteral("2 devices, 1 new"));
}

void TestHistoryView::watchRunsOnAFakeClock()
{
    // The window's clock is the test's: a watch runs when that clock says so.
    auto now = std::make_shared<QDateTime>(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    WatchCenter *center = m_window->watches();
    center->setClock([now] { return *now; });
    QSignalSpy started(center, &WatchCenter::runStarted);
    QSignalSpy finished(center, &WatchCenter::runFinished);
    const auto listed = [&] {
        // Whatever was asked of the service before has been done once its list comes.
        QSignalSpy spy(center, &WatchCenter::watchesListed);
        center->refresh();
        return spy.wait(10000) ? spy.last().first().toInt() : -1;
    };
    m_window->setTargets(QStringLiteral("127.0.0.1"));
    m_window->setPorts(QStringLiteral("28001,28009"));
    m_dialogs->watchName = QStringLiteral("lab");
    find<QAction>("watchScanAction")->trigger();
    QCOMPARE(m_dialogs->offeredWatch.targets, QStringLiteral("127.0.0.1"));
    QCOMPARE(m_dialogs->offeredWatch.ports, QStringLiteral("28001,28009"));
    QVERIFY(finished.wait(30000)); // the baseline, at once
    auto result = finished.last().first().value<WatchRunner::Result>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.ran && result.baseline);
    QCOMPARE(listed(), 1);
    auto *watches = find<QTableWidget>("watchesView");
    QCOMPARE(watches->item(0, 0)->text(), QStringLiteral("lab"));
    QCOMPARE(watches->item(0, 3)->text(), QStringLiteral("15m"));
    QCOMPARE(watches->horizontalHeaderItem(3)->text(), QStringLiteral("Every"));
    QVERIFY(watches->isColumnHidden(1)); // this scanner's own: no Scanner column

    // 10 minutes on: not due, nothing runs.
    Listeners later;
    QVERIFY(later.listen(QHostAddress(QStringLiteral("127.0.0.1")), 28009));
    *now = now->addSecs(600);
    center->tick();
    QCOMPARE(listed(), 1);
    QCOMPARE(started.size(), 1);
    // 15 minutes on: it runs and finds the port.
    *now = now->addSecs(300);
    center->tick();
    QVERIFY(finished.wait(30000));
    result = finished.last().first().value<WatchRunner::Result>();
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events.first().kind, QStringLiteral("port-opened"));
    QCOMPARE(result.events.first().time, *now);
    QCOMPARE(result.alerted.size(), 1);
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("1 change")),
        qPrintable(m_window->statusBar()->currentMessage()));
    // The Events dock lists it, not yet acknowledged.
    QSignalSpy events(center, &WatchCenter::eventsListed);
    center->refresh();
    QVERIFY(events.wait(10000));
    auto *view = find<QTableWidget>("eventsView");
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->item(0, 3)->text(), QStringLiteral("port-opened"));
    QVERIFY(view->item(0, 5)->text().contains(QStringLiteral("port 28009 opened")));
    QVERIFY(view->isColumnHidden(2)); // this scanner's own: no Scanner column
    QVERIFY(view->item(0, 0)->font().bold());
    QVERIFY(find<QLabel>("eventsCountLabel")->text().contains(QStringLiteral("not acknowledged")));
    find<QPushButton>("eventsAcknowledgeButton")->click();
    QTRY_VERIFY(view->rowCount() == 1 && !view->item(0, 0)->font().bold());
    QVERIFY(!find<QLabel>("eventsCountLabel")->text().contains(QStringLiteral("not acknowledged")));
    // Filtered by kind: none of another kind.
    auto *kinds = find<QComboBox>("eventsKindComboBox");
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("device-gone")));
    QCOMPARE(view->rowCount(), 0);
    kinds->setCurrentIndex(0);
    QCOMPARE(view->rowCount(), 1);
    // Exported as JSON.
    m_dialogs->saveAnswer = m_dataDir + QStringLiteral("/events.json");
    find<QPushButton>("eventsExportButton")->click();
    QFile exported(m_dialogs->saveAnswer);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(exported.readAll()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array[0][QStringLiteral("port")].toInt(), 28009);
    // Paused: its time comes and goes, nothing runs.
    watches->selectRow(0);
    find<QPushButton>("watchPauseButton")->click();
    QCOMPARE(listed(), 1);
    QTRY_COMPARE(find<QTableWidget>("watchesView")->item(0, 7)->text(), QStringLiteral("Paused"));
    *now = now->addDays(1);
    center->tick();
    QCOMPARE(listed(), 1);
    QCOMPARE(started.size(), 2);
    // The run was kept in the history like any scan.
    QCOMPARE(refreshHistory(), 2);
    // No tray here (Xvfb, offscreen): the option says why and closing quits.
    auto *inTray = find<QAction>("watchInTrayAction");
    QCOMPARE(inTray->isEnabled(), QSystemTrayIcon::isSystemTrayAvailable());
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        QVERIFY(inTray->toolTip().contains(QStringLiteral("no tray")));
        QVERIFY(!center->keepsRunningInTray());
    }
}
