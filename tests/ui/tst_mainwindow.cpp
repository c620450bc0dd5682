#include "dialogs.h"
#include "icons.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "resultactions.h"
#include "scanarchive.h"
#include "scripteddialogs.h"
#include "serviceopeners.h"
#include "statedelegate.h"
#include <csignal>

#include <algorithm>
#include <sys/resource.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUdpSocket>

#include "common/csvreader.h"
#include "common/isolatedtest.h"
#include "common/listeners.h"
#include "common/netns.h"
#include "common/skip.h"
#include "common/tunlab.h"
#include "core/history/historyjob.h"
#include "core/models/hostlistmodel.h"
#include "core/models/scanresultmodel.h"
#include "core/settings/appsettings.h"
#include "core/spec/portnames.h"

class TestMainWindow : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void scanShowsExactRows();
    void invalidInputDisablesScan();
    void enterStartsScan();
    void largeScanAsksFirst();
    void stopKeepsResults();
    void pauseAndResume();
    void sortAndFilter();
    void hostSelectionNarrowsTable();
    void exportCsvAndJson();
    void servicesInTheTable();
    void detectionAfterTheLastProbeSaysSo();
    void openersRunWithoutShell();
    void exportFailureKeepsOldFile();
    void exportSuggestsAName();
    void toolbarAndShortcutTips();
    void stateIconsAreMadeOnce();
    void hostColumnOnlyForNames();
    void hostsSortedByAddress();
    void copyRows();
    void settingsSurviveRestart();
    void closeDuringScan();
    void germanAndLiveSwitch();
    void networkTextStaysText();
    void commandLine();
    void qtOptionsAreQts_data();
    void qtOptionsAreQts();
    void commandLineFillsWithoutRemembering();
    void exportNameKeepsTargets_data();
    void exportNameKeepsTargets();
    void exportOffersTheWholeName();
    void viewShortcutsBringTheirViewForward();
    void scansLeaveNoGrowth();
    void downHostsHaveNoRows();
    void findLiveHostsOnly();
    void timingPresetFillsOptions();
    void loadedTargetsAreDiscovered();
    void protocolChoiceReachesScan();
    void protocolMismatchMarksPorts();
    void tcpOptionsGreyWithoutTcp();
    void recordedPortsShowAgain_data();
    void recordedPortsShowAgain();
    void protocolRememberedWhenScanStarts();
    void udpRowsInTheWindow();
    void udpScanOfLoopback();

private:
    void createWindow();
    template <typename T> T *find(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void typeInto(const char *lineEdit, const QString &text);
    void setPortsText(const QString &text);
    bool runScan(int timeoutMs = 30000);
    // Presses keys that start an export and waits for it to end; true if it succeeded.
    bool exportWith(const QKeySequence &keys);
    QStringList shownRows(int column = -1) const;

    Listeners m_listeners;
    TunLab m_lab;
    QString m_labProblem; // why the lab is not there, if it is not
    QTemporaryDir m_dir;
    QString m_settingsFile;
    ScriptedDialogs *m_dialogs = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // The window keeps its scans in the history: in this test's own directory.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
    if (!m_isolated)
        return;
    QVERIFY(m_listeners.listen(QHostAddress(QStringLiteral("127.0.0.1")), 27001));
    QVERIFY(m_listeners.listen(QHostAddress(QStringLiteral("127.0.0.1")), 27004));
    QVERIFY(m_listeners.listen(QHostAddress(QStringLiteral("127.0.0.2")), 27002));
    QVERIFY(m_listeners.listen(QHostAddress(QStringLiteral("::1")), 27003));
    QVERIFY(m_listeners.listenWithBanner(
        QHostAddress(QStringLiteral("127.0.0.1")), 27010, "<b>x</b><img src=x>\x07"));
    QVERIFY(m_listeners.listenWithBanner(
        QHostAddress(QStringLiteral("127.0.0.1")), 27011, "=HYPERLINK(\"http://e.example\")"));
    // Two live hosts on a simulated network; the other addresses stay silent.
    if (!m_lab.start(TunLab::Host::list({ QStringLiteral("offset=1,rtt=1,open=22"),
                         QStringLiteral("offset=9,rtt=2,open=80,ping=0") }),
            &m_labProblem))
        m_labProblem = QStringLiteral("no TUN lab here: ") + m_labProblem;
}

void TestMainWindow::init()
{
    // Tests that never reach the network run anywhere; the rest need the namespace.
    static const QSet<QByteArray> offline { "invalidInputDisablesScan", "largeScanAsksFirst",
        "toolbarAndShortcutTips", "stateIconsAreMadeOnce", "timingPresetFillsOptions",
        "openersRunWithoutShell", "qtOptionsAreQts", "commandLineFillsWithoutRemembering",
        "exportNameKeepsTargets", "exportOffersTheWholeName", "viewShortcutsBringTheirViewForward",
        "protocolChoiceReachesScan", "protocolMismatchMarksPorts", "udpRowsInTheWindow",
        "recordedPortsShowAgain", "tcpOptionsGreyWithoutTcp" };
    if (!m_isolated && !offline.contains(QTest::currentTestFunction()))
        PORTOLAN_SKIP(
            QStringLiteral("window tests scan loopback in a private network namespace: ") + m_why);
    m_settingsFile = m_dir.filePath(
        QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction())));
    // Service detection is on by default; most tests' listeners say nothing, so
    // detection would only wait out its budget there.
    if (qstrcmp(QTest::currentTestFunction(), "servicesInTheTable") != 0)
        AppSettings(m_settingsFile).setDetectServices(false);
    createWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dialogs = nullptr;
}

void TestMainWindow::createWindow()
{
    auto dialogs = std::make_unique<ScriptedDialogs>();
    m_dialogs = dialogs.get();
    m_window = std::make_unique<MainWindow>(
        std::make_unique<AppSettings>(m_settingsFile), std::move(dialogs));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::typeInto(const char *lineEdit, const QString &text)
{
    auto *edit = find<QLineEdit>(lineEdit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestMainWindow::setPortsText(const QString &text)
{
    auto *combo = find<QComboBox>("portsComboBox");
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), text);
}

bool TestMainWindow::exportWith(const QKeySequence &keys)
{
    auto *actions = m_window->findChild<ResultActions *>();
    if (!actions)
        return false;
    QSignalSpy done(actions, &ResultActions::exportFinished);
    QTest::keySequence(m_window.get(), keys);
    if (done.isEmpty() && !done.wait(20000))
        return false;
    return done.first().first().toBool();
}

bool TestMainWindow::runScan(int timeoutMs)
{
    auto *start = find<QPushButton>("startButton");
    if (!start->isEnabled())
        return false;
    QSignalSpy finished(m_window.get(), &MainWindow::scanFinished);
    QTest::mouseClick(start, Qt::LeftButton);
    if (!m_window->isScanning())
        return false;
    return finished.wait(timeoutMs) && !m_window->isScanning();
}

QStringList TestMainWindow::shownRows(int column) const
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("resultsView"));
    QAbstractItemModel *model = view->model();
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (column >= 0) {
            rows.append(model->index(r, column).data().toString());
            continue;
        }
        rows.append(
            QStringLiteral("%1 %2 %3 %4")
                .arg(model->index(r, 1).data().toString(), model->index(r, 2).data().toString(),
                    model->index(r, 4).data().toString(), model->index(r, 6).data().toString()));
    }
    return rows;
}

void TestMainWindow::servicesInTheTable()
{
    // On by default; the open row shows at once, its service when detection ends.
    find<QToolButton>("optionsToggleButton")->click();
    QVERIFY(find<QCheckBox>("servicesCheckBox")->isChecked());
    QCOMPARE(find<QSpinBox>("serviceTimeoutSpinBox")->value(), 5000);
    QCOMPARE(find<QSpinBox>("serviceConnectionsSpinBox")->value(), 4);
    QTcpServer ssh;
    QVERIFY(ssh.listen(QHostAddress::LocalHost, 27022));
    connect(&ssh, &QTcpServer::pendingConnectionAvailable, this, [&ssh] {
        while (QTcpSocket *s = ssh.nextPendingConnection()) {
            s->write("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n");
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("27022"));
    QVERIFY(runScan());
    QCOMPARE(shownRows(ScanResultModel::Service), QStringList { QStringLiteral("ssh") });
    QCOMPARE(shownRows(ScanResultModel::Version),
        QStringList { QStringLiteral("OpenSSH 9.2p1 (Debian-2+deb12u3; protocol 2.0)") });
    auto *view = find<QTableView>("resultsView");
    const QString tip
        = view->model()->index(0, ScanResultModel::Service).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("detected by what the port said")), qPrintable(tip));
    const QString hostTip
        = find<QTreeView>("hostsView")->model()->index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(hostTip.contains(QLatin1String("27022/tcp ssh OpenSSH 9.2p1")), qPrintable(hostTip));
    // Double-click on an SSH port: its ssh command line on the clipboard.
    QApplication::clipboard()->clear();
    const QRect cell = view->visualRect(view->model()->index(0, ScanResultModel::Port));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(QApplication::clipboard()->text(),
        QStringLiteral("ssh %1@127.0.0.1 -p 27022")
            .arg(qEnvironmentVariable("USER", QStringLiteral("user"))));
    // Search finds it by product; the CSV export carries it.
    typeInto("searchLineEdit", QStringLiteral("openssh"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    m_dialogs->saveAnswer = m_dir.filePath(QStringLiteral("services.csv"));
    QVERIFY(exportWith(QKeySequence(Qt::CTRL | Qt::Key_E)));
    QFile csv(m_dialogs->saveAnswer);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    QVERIFY(readCsv(csv.readAll(), &rows));
    QCOMPARE(rows.size(), 2);
    const QStringList header = rows[0];
    QCOMPARE(rows[1][header.indexOf(QStringLiteral("service_method"))], QStringLiteral("probed"));
    QCOMPARE(rows[1][header.indexOf(QStringLiteral("product"))], QStringLiteral("OpenSSH"));
    QCOMPARE(rows[1][header.indexOf(QStringLiteral("version"))], QStringLiteral("9.2p1"));
    // Off: no detection, the name from the port number's table.
    find<QCheckBox>("servicesCheckBox")->setChecked(false);
    QVERIFY(!find<QSpinBox>("serviceTimeoutSpinBox")->isEnabled());
    typeInto("searchLineEdit", QString());
    QVERIFY(runScan());
    QCOMPARE(shownRows(ScanResultModel::Version), QStringList { QString() });
}

void TestMainWindow::detectionAfterTheLastProbeSaysSo()
{
    // A port that accepts and never says a word: detection spends its whole budget
    // there after the last probe, and the bar and the status say what is going on.
    find<QToolButton>("optionsToggleButton")->click();
    find<QCheckBox>("servicesCheckBox")->setChecked(true);
    find<QSpinBox>("serviceTimeoutSpinBox")->setValue(1500);
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("27001"));
    QSignalSpy finished(m_window.get(), &MainWindow::scanFinished);
    QTest::mouseClick(find<QPushButton>("startButton"), Qt::LeftButton);
    QVERIFY(m_window->isScanning());
    const QString left = QStringLiteral("Detecting services: 1 port left");
    auto *bar = find<QProgressBar>("progressBar");
    QTRY_COMPARE_WITH_TIMEOUT(bar->format(), left, 5000);
    QVERIFY(finished.isEmpty());
    QCOMPARE(find<QLabel>("etaLabel")->text(), left);
    QCOMPARE(m_window->statusBar()->currentMessage(), left);
    QVERIFY(finished.wait(10000));
    QCOMPARE(bar->format(), QStringLiteral("%p%"));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Scanned ")));
}

void TestMainWindow::openersRunWithoutShell()
{
    auto *openers = m_window->findChild<ServiceOpeners *>();
    QVERIFY(openers);
    ScanResult web = ScanResult::make(0, QStringLiteral("lab"), QHostAddress(QStringLiteral("::1")),
        8080, PortState::Open, PortReason::SynAck, 0.1);
    auto http = std::make_shared<ServiceInfo>();
    http->name = QStringLiteral("http");
    http->method = ServiceInfo::Method::Probed;
    http->tunnel = true;
    web.service = http;
    QCOMPARE(ServiceOpeners::webUrl(web), QUrl(QStringLiteral("https://[::1]:8080/")));
    // The same port over UDP is no web server to browse, nor 22/udp an ssh server.
    ScanResult quic = web;
    quic.protocol = Protocol::Udp;
    QVERIFY(ServiceOpeners::webUrl(quic).isEmpty());
    ScanResult ssh = ScanResult::make(0, QStringLiteral("lab"), QHostAddress(QStringLiteral("::1")),
        22, PortState::Open, PortReason::SynAck, 0.1);
    QVERIFY(!ServiceOpeners::sshCommand(ssh, QStringLiteral("me")).isEmpty());
    ssh.protocol = Protocol::Udp;
    QVERIFY(ServiceOpeners::sshCommand(ssh, QStringLiteral("me")).isEmpty());
    QVERIFY(openers->openDefault(web));
    QCOMPARE(m_dialogs->opened, QList<QUrl> { QUrl(QStringLiteral("https://[::1]:8080/")) });
    // The user's openers: edited as text, a bad line refused with the text kept.
    m_dialogs->editAnswers = { QStringLiteral("Broken = nc {adress}"),
        QStringLiteral("Show = printf '%s %s' {host} {port}\n\nProbe = nc -v {address} {port}") };
    openers->editOpeners();
    QCOMPARE(m_dialogs->warnings.size(), 1);
    QVERIFY2(m_dialogs->warnings.first().contains(QLatin1String("{adress}")),
        qPrintable(m_dialogs->warnings.first()));
    QCOMPARE(AppSettings(m_settingsFile).openers(),
        (QStringList { QStringLiteral("Show\tprintf '%s %s' {host} {port}"),
            QStringLiteral("Probe\tnc -v {address} {port}") }));
    // A host name that looks like shell code is one argument, never a command.
    ScanResult odd = ScanResult::make(0, QStringLiteral("a;rm -rf ~ $(id)"),
        QHostAddress(QStringLiteral("127.0.0.1")), 7, PortState::Open, PortReason::SynAck, 0.1);
    QVERIFY(openers->openDefault(odd)); // not web, not ssh: the first opener
    const QList<QStringList> expected { { QStringLiteral("printf"), QStringLiteral("%s %s"),
        QStringLiteral("a;rm -rf ~ $(id)"), QStringLiteral("7") } };
    QCOMPARE(m_dialogs->started, expected);
    // The context menu offers them.
    QMenu menu;
    openers->addActions(&menu, odd);
    auto *with = menu.findChild<QMenu *>(QStringLiteral("openWithMenu"));
    QVERIFY(with);
    QStringList names;
    for (QAction *a : with->actions())
        names << a->text();
    QCOMPARE(names.mid(0, 2), (QStringList { QStringLiteral("Show"), QStringLiteral("Probe") }));
    with->actions().at(1)->trigger();
    QCOMPARE(m_dialogs->started.last(),
        (QStringList { QStringLiteral("nc"), QStringLiteral("-v"), QStringLiteral("127.0.0.1"),
            QStringLiteral("7") }));
    // Closed ports have nothing to open.
    odd.state = PortState::Closed;
    QVERIFY(!openers->openDefault(odd));
}

void TestMainWindow::scanShowsExactRows()
{
    auto *view = find<QTableView>("resultsView");
    QAbstractItemModelTester tester(
        view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *hosts = find<QTreeView>("hostsView");
    QAbstractItemModelTester hostsTester(
        hosts->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1, 127.0.0.2 ::1"));
    setPortsText(QStringLiteral("27000-27005"));
    QVERIFY(runScan());
    QStringList rows = shownRows();
    rows.sort();
    QCOMPARE(rows,
        (QStringList { "127.0.0.1 27001 open syn-ack", "127.0.0.1 27004 open syn-ack",
            "127.0.0.2 27002 open syn-ack", "::1 27003 open syn-ack" }));
    QCOMPARE(hosts->model()->rowCount(), 3);
    QCOMPARE(find<QProgressBar>("progressBar")->value(), 1000);
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(
        status.startsWith(QStringLiteral("Scanned 18 ports on 3 hosts in ")), qPrintable(status));
    QVERIFY2(
        status.endsWith(QStringLiteral(": 4 open, 0 filtered, 14 closed")), qPrintable(status));
    QCOMPARE(find<QLabel>("rowCountLabel")->text(), QStringLiteral("4 of 4 rows"));
    QVERIFY(!find<QLabel>("elapsedLabel")->text().isEmpty());
    QVERIFY(find<QPushButton>("startButton")->isEnabled());
    QVERIFY(!find<QPushButton>("stopButton")->isEnabled());
}

void TestMainWindow::invalidInputDisablesScan()
{
    setPortsText(QStringLiteral("27001"));
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1 10.0.0.300"));
    auto *start = find<QPushButton>("startButton");
    auto *targetError = find<QLabel>("targetErrorLabel");
    QVERIFY(!start->isEnabled());
    QVERIFY(targetError->isVisible());
    QVERIFY2(targetError->text().contains(QStringLiteral("\"10.0.0.300\"")),
        qPrintable(targetError->text()));
    QTest::keyClick(find<QLineEdit>("targetLineEdit"), Qt::Key_Return);
    QVERIFY(!m_window->isScanning());

    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    QVERIFY(!targetError->isVisible());
    QVERIFY(start->isEnabled());
    setPortsText(QStringLiteral("80,0"));
    auto *portsError = find<QLabel>("portsErrorLabel");
    QVERIFY(!start->isEnabled());
    QVERIFY(portsError->isVisible());
    QVERIFY2(portsError->text().contains(QStringLiteral("\"0\"")), qPrintable(portsError->text()));
    setPortsText(QStringLiteral("<b>x</b>"));
    QCOMPARE(portsError->textFormat(), Qt::PlainText);
    QVERIFY(portsError->text().contains(QStringLiteral("<b>x</b>")));
    QVERIFY(!m_window->startScan());
}

void TestMainWindow::enterStartsScan()
{
    setPortsText(QStringLiteral("27001"));
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    QTest::keyClick(find<QLineEdit>("targetLineEdit"), Qt::Key_Return);
    QVERIFY(m_window->isScanning());
    QTRY_VERIFY(!m_window->isScanning());
    QCOMPARE(shownRows(), QStringList { "127.0.0.1 27001 open syn-ack" });
}

void TestMainWindow::largeScanAsksFirst()
{
    typeInto("targetLineEdit", QStringLiteral("127.0.0.0/16"));
    setPortsText(QStringLiteral("1-16,27001"));
    m_dialogs->confirmAnswer = false;
    QTest::mouseClick(find<QPushButton>("startButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs->asked.size(), 1);
    QVERIFY2(m_dialogs->asked.first().contains(QLocale().toString(quint64(65536 * 17))),
        qPrintable(m_dialogs->asked.first()));
    QVERIFY(!m_window->isScanning());
    setPortsText(QStringLiteral("1-15"));
    QVERIFY(m_window->startScan()); // 983040 probes: below the limit, no question
    QCOMPARE(m_dialogs->asked.size(), 1);
    QVERIFY(m_window->isScanning());
    QTest::mouseClick(find<QPushButton>("stopButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isScanning());
}

void TestMainWindow::stopKeepsResults()
{
    find<QToolButton>("optionsToggleButton")->click();
    find<QCheckBox>("showClosedCheckBox")->setChecked(true);
    find<QSpinBox>("concurrencySpinBox")->setValue(1);
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("all"));
    QTest::mouseClick(find<QPushButton>("startButton"), Qt::LeftButton);
    QVERIFY(m_window->isScanning());
    auto *view = find<QTableView>("resultsView");
    QTRY_VERIFY(view->model()->rowCount() > 100);
    QSignalSpy finished(m_window.get(), &MainWindow::scanFinished);
    QTest::mouseClick(find<QPushButton>("stopButton"), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY(!m_window->isScanning());
    const int kept = view->model()->rowCount();
    QVERIFY(kept > 100 && kept < 65535);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("(stopped)")),
        qPrintable(m_window->statusBar()->currentMessage()));
    // Nothing arrives after the end: the events still queued are handled, no row is added.
    QCoreApplication::processEvents();
    QCOMPARE(view->model()->rowCount(), kept);
}

void TestMainWindow::pauseAndResume()
{
    find<QToolButton>("optionsToggleButton")->click();
    find<QCheckBox>("showClosedCheckBox")->setChecked(true);
    find<QSpinBox>("concurrencySpinBox")->setValue(1);
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("20001-40000"));
    auto *pause = find<QPushButton>("pauseButton");
    auto *view = find<QTableView>("resultsView");
    QTest::mouseClick(find<QPushButton>("startButton"), Qt::LeftButton);
    QTRY_VERIFY(view->model()->rowCount() > 0);
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(pause->text(), QStringLiteral("Res&ume"));
    // While paused, the table may take the probes that were in flight, then nothing.
    // Wait on the rows' own signal: no batch for a while means the pause holds.
    QSignalSpy rows(view->model(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 20 && rows.wait(300); ++i)
        rows.clear();
    const int frozen = view->model()->rowCount();
    QVERIFY(!rows.wait(500));
    QCOMPARE(view->model()->rowCount(), frozen);
    QVERIFY(frozen < 20000);
    QVERIFY(m_window->isScanning());
    QSignalSpy finished(m_window.get(), &MainWindow::scanFinished);
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(pause->text(), QStringLiteral("P&ause"));
    QVERIFY(finished.wait(60000));
    QCOMPARE(view->model()->rowCount(), 20000);
}

void TestMainWindow::sortAndFilter()
{
    find<QToolButton>("optionsToggleButton")->click();
    find<QCheckBox>("showClosedCheckBox")->setChecked(true);
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("26998-27001,27004,9"));
    QVERIFY(runScan());
    auto *view = find<QTableView>("resultsView");
    QCOMPARE(view->model()->rowCount(), 6);
    view->sortByColumn(2, Qt::DescendingOrder);
    QCOMPARE(shownRows(2), (QStringList { "27004", "27001", "27000", "26999", "26998", "9" }));
    QTest::mouseClick(find<QCheckBox>("closedCheckBox"), Qt::LeftButton, {}, QPoint(5, 5));
    QCOMPARE(shownRows(2), (QStringList { "27004", "27001" }));
    QCOMPARE(find<QLabel>("rowCountLabel")->text(), QStringLiteral("2 of 6 rows"));
    QTest::mouseClick(find<QCheckBox>("closedCheckBox"), Qt::LeftButton, {}, QPoint(5, 5));
    // The search filters once typing pauses, not on every keystroke.
    typeInto("searchLineEdit", QStringLiteral("CONN-refused"));
    QCOMPARE(view->model()->rowCount(), 6);
    QTRY_COMPARE(view->model()->rowCount(), 4);
    typeInto("searchLineEdit", QStringLiteral("27004"));
    QTest::keyClick(find<QLineEdit>("searchLineEdit"), Qt::Key_Return); // at once
    QCOMPARE(shownRows(), QStringList { "127.0.0.1 27004 open syn-ack" });
}

void TestMainWindow::hostSelectionNarrowsTable()
{
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1 127.0.0.2"));
    setPortsText(QStringLiteral("27001,27002"));
    QVERIFY(runScan());
    QCOMPARE(find<QTableView>("resultsView")->model()->rowCount(), 2);
    auto *hosts = find<QTreeView>("hostsView");
    QCOMPARE(hosts->model()->rowCount(), 2);
    int row2 = hosts->model()->index(0, 0).data().toString() == QLatin1String("127.0.0.2") ? 0 : 1;
    hosts->selectionModel()->select(hosts->model()->index(row2, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(shownRows(), QStringList { "127.0.0.2 27002 open syn-ack" });
    hosts->clearSelection();
    QCOMPARE(find<QTableView>("resultsView")->model()->rowCount(), 2);
}

void TestMainWindow::exportCsvAndJson()
{
    find<QToolButton>("optionsToggleButton")->click();
    find<QCheckBox>("showClosedCheckBox")->setChecked(true);
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1 ::1"));
    setPortsText(QStringLiteral("27001-27004"));
    QVERIFY(runScan());
    m_dialogs->saveAnswer = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(exportWith(QKeySequence(Qt::CTRL | Qt::Key_E)));
    QFile csv(m_dialogs->saveAnswer);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    QVERIFY(readCsv(csv.readAll(), &rows));
    QCOMPARE(rows.size(), 9);
    QCOMPARE(rows[0].join(QLatin1Char(',')),
        QStringLiteral("host,address,port,protocol,state,reason,service,latency_ms,banner,"
                       "service_method,confidence,product,version,extra,tls_subject,tls_sans,"
                       "tls_issuer,tls_not_after,tls_protocol,tls_cipher"));
    QStringList got;
    for (qsizetype i = 1; i < rows.size(); ++i)
        got.append(QStringLiteral("%1 %2 %3").arg(rows[i][1], rows[i][2], rows[i][4]));
    got.sort();
    QCOMPARE(got,
        (QStringList { "127.0.0.1 27001 open", "127.0.0.1 27002 closed", "127.0.0.1 27003 closed",
            "127.0.0.1 27004 open", "::1 27001 closed", "::1 27002 closed", "::1 27003 open",
            "::1 27004 closed" }));

    // Only the shown rows, as JSON.
    QTest::mouseClick(find<QCheckBox>("closedCheckBox"), Qt::LeftButton, {}, QPoint(5, 5));
    m_dialogs->saveAnswer = m_dir.filePath(QStringLiteral("shown"));
    m_dialogs->selectFilter = QStringLiteral("JSON files (*.json)");
    QVERIFY(exportWith(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)));
    m_dialogs->saveAnswer += QStringLiteral(".json"); // the chosen filter added the suffix
    QFile json(m_dialogs->saveAnswer);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(root[QStringLiteral("results")].toArray().size(), 3);
    QCOMPARE(root[QStringLiteral("parameters")][QStringLiteral("ports")].toString(),
        QStringLiteral("27001-27004"));
    QVERIFY(m_dialogs->warnings.isEmpty());
}

void TestMainWindow::exportFailureKeepsOldFile()
{
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("27001"));
    QVERIFY(runScan());
    // The scan is saved in the history first: the "full disk" below is the export's.
    m_window->archive()->history()->waitForDone();
    QCoreApplication::processEvents();
    const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("earlier export");
    old.close();
    m_dialogs->saveAnswer = path;
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved {};
    getrlimit(RLIMIT_FSIZE, &saved);
    const rlimit small { 8, saved.rlim_max };
    setrlimit(RLIMIT_FSIZE, &small);
    const bool ok = exportWith(QKeySequence(Qt::CTRL | Qt::Key_E));
    setrlimit(RLIMIT_FSIZE, &saved);
    QVERIFY(!ok);
    QCOMPARE(m_dialogs->warnings.size(), 1);
    QVERIFY2(m_dialogs->warnings.first().contains(path), qPrintable(m_dialogs->warnings.first()));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Export failed")));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("earlier export"));
}

void TestMainWindow::exportSuggestsAName()
{
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1 ::1"));
    setPortsText(QStringLiteral("27001"));
    QVERIFY(runScan());
    m_dialogs->saveAnswer.clear(); // the user cancels the dialog
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
    // First time: the documents folder, a name from the targets and the date.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString date = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    QVERIFY2(m_dialogs->suggested.startsWith(
                 documents + QStringLiteral("/portolan-127.0.0.1_1-") + date),
        qPrintable(m_dialogs->suggested));
    // After an export, the folder used last.
    m_dialogs->saveAnswer = m_dir.filePath(QStringLiteral("first.csv"));
    QVERIFY(exportWith(QKeySequence(Qt::CTRL | Qt::Key_E)));
    m_dialogs->saveAnswer.clear();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY2(m_dialogs->suggested.startsWith(m_dir.path() + QStringLiteral("/portolan-")),
        qPrintable(m_dialogs->suggested));
}

void TestMainWindow::toolbarAndShortcutTips()
{
    const QList<QAction *> bar = find<QToolBar>("mainToolBar")->actions();
    for (const char *name : { "startAction", "pauseAction", "stopAction", "exportAction" })
        QVERIFY2(bar.contains(find<QAction>(name)), name);
    QCOMPARE(
        find<QAction>("startAction")->toolTip(), QStringLiteral("Start the scan (Ctrl+Return)"));
    QCOMPARE(find<QAction>("stopAction")->toolTip(),
        QStringLiteral("Stop the scan, keeping what it found (Esc)"));
    QCOMPARE(find<QAction>("copyAction")->toolTip(), QStringLiteral("Copy Rows (Ctrl+C)"));
    QCOMPARE(find<QPushButton>("startButton")->toolTip(),
        QStringLiteral("Start the scan (Ctrl+Return)"));
    // A language switch retranslates the tips and adds each shortcut once.
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_window.get(), &change);
    QCOMPARE(
        find<QAction>("startAction")->toolTip(), QStringLiteral("Start the scan (Ctrl+Return)"));
}

void TestMainWindow::stateIconsAreMadeOnce()
{
    // The delegate asks for an icon for every painted cell: it must get the same one.
    for (PortState state :
        { PortState::Open, PortState::Closed, PortState::Filtered, PortState::OpenFiltered }) {
        const QIcon first = Icons::state(state);
        QVERIFY(!first.isNull());
        QVERIFY(!first.pixmap(16).isNull()); // the resource is there and draws
        QCOMPARE(Icons::state(state).cacheKey(), first.cacheKey());
    }
    QVERIFY(Icons::state(PortState::Open).cacheKey() != Icons::state(PortState::Closed).cacheKey());
    QVERIFY(Icons::state(PortState::OpenFiltered).cacheKey()
        != Icons::state(PortState::Filtered).cacheKey());
}

void TestMainWindow::hostColumnOnlyForNames()
{
    auto *view = find<QTableView>("resultsView");
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("27001"));
    QVERIFY(runScan());
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->isColumnHidden(0)); // it would only repeat the address
    typeInto("targetLineEdit", QStringLiteral("localhost"));
    QVERIFY(runScan());
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(!view->isColumnHidden(0));
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("localhost"));
}

void TestMainWindow::hostsSortedByAddress()
{
    // As numbers, not as text: .9 before .10, and IPv4 before IPv6.
    typeInto("targetLineEdit", QStringLiteral("::1 127.0.0.10 127.0.0.9 127.0.0.100"));
    setPortsText(QStringLiteral("27001"));
    find<QToolButton>("optionsToggleButton")->click();
    find<QCheckBox>("showClosedCheckBox")->setChecked(true);
    QVERIFY(runScan());
    const QAbstractItemModel *hosts = find<QTreeView>("hostsView")->model();
    QStringList order;
    for (int row = 0; row < hosts->rowCount(); ++row)
        order.append(hosts->index(row, 0).data().toString());
    QCOMPARE(order, QStringList({ "127.0.0.9", "127.0.0.10", "127.0.0.100", "::1" }));
}

void TestMainWindow::copyRows()
{
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("27001,27004"));
    QVERIFY(runScan());
    auto *view = find<QTableView>("resultsView");
    view->sortByColumn(2, Qt::AscendingOrder);
    view->setFocus();
    view->selectAll();
    QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::Key_C));
    const QStringList lines
        = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(
        lines[0].startsWith(QStringLiteral("127.0.0.1\t127.0.0.1\t27001\ttcp\topen\tsyn-ack\t")),
        qPrintable(lines[0]));
    QVERIFY(lines[1].contains(QStringLiteral("\t27004\t")));
    QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(
        QGuiApplication::clipboard()->text(), QStringLiteral("127.0.0.1:27001\n127.0.0.1:27004"));
}

void TestMainWindow::settingsSurviveRestart()
{
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("27001-27002"));
    find<QToolButton>("optionsToggleButton")->click();
    find<QSpinBox>("timeoutSpinBox")->setValue(750);
    find<QSpinBox>("retriesSpinBox")->setValue(3);
    find<QCheckBox>("bannersCheckBox")->setChecked(true);
    QVERIFY(runScan());
    typeInto("targetLineEdit", QStringLiteral("::1"));
    QVERIFY(runScan());
    find<QTableView>("resultsView")->horizontalHeader()->resizeSection(0, 222);
    m_window->resize(900, 650);
    m_window->close();
    m_window.reset();

    createWindow();
    QCOMPARE(find<QLineEdit>("targetLineEdit")->text(), QStringLiteral("::1"));
    QCOMPARE(find<QComboBox>("portsComboBox")->currentText(), QStringLiteral("27001-27002"));
    QCOMPARE(find<QSpinBox>("timeoutSpinBox")->value(), 750);
    QCOMPARE(find<QSpinBox>("retriesSpinBox")->value(), 3);
    QVERIFY(find<QCheckBox>("bannersCheckBox")->isChecked());
    QVERIFY(find<QToolButton>("optionsToggleButton")->isChecked());
    QCOMPARE(find<QTableView>("resultsView")->horizontalHeader()->sectionSize(0), 222);
    QCOMPARE(m_window->size(), QSize(900, 650));
    const QAbstractItemModel *history = find<QLineEdit>("targetLineEdit")->completer()->model();
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->index(0, 0).data().toString(), QStringLiteral("::1"));
    QCOMPARE(history->index(1, 0).data().toString(), QStringLiteral("127.0.0.1"));
}

void TestMainWindow::closeDuringScan()
{
    find<QToolButton>("optionsToggleButton")->click();
    find<QSpinBox>("concurrencySpinBox")->setValue(1);
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("all"));
    const int before = TestNet::openDescriptorCount();
    QTest::mouseClick(find<QPushButton>("startButton"), Qt::LeftButton);
    QVERIFY(m_window->isScanning());
    QTRY_VERIFY(find<QProgressBar>("progressBar")->value() > 0);
    QVERIFY(m_window->close());
    m_window.reset();
    QVERIFY(TestNet::openDescriptorCount() <= before);
}

void TestMainWindow::germanAndLiveSwitch()
{
    m_window.reset();
    {
        AppSettings settings(m_settingsFile);
        settings.setLanguage(QStringLiteral("de"));
    }
    createWindow();
    auto *start = find<QPushButton>("startButton");
    QCOMPARE(start->text(), QStringLiteral("&Scannen"));
    QCOMPARE(find<QAction>("storeAction")->text(), QStringLiteral("Verlauf&sspeicher..."));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Bereit"));
    typeInto("targetLineEdit", QStringLiteral("10.0.0.300"));
    QCOMPARE(find<QLabel>("targetErrorLabel")->text(),
        QStringLiteral("fehlerhafte IPv4-Adresse „10.0.0.300“"));

    // View > Language > English switches the running window at once.
    QAction *english = nullptr;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->data().toString() == QLatin1String("en"))
            english = action;
    }
    QVERIFY(english);
    english->trigger();
    QTRY_COMPARE(start->text(), QStringLiteral("&Scan")); // LanguageChange is a posted event
    QCOMPARE(find<QAction>("storeAction")->text(), QStringLiteral("History &Store..."));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Ready"));
    QCOMPARE(find<QLabel>("targetErrorLabel")->text(),
        QStringLiteral("malformed IPv4 address \"10.0.0.300\""));
    QCOMPARE(find<QLineEdit>("targetLineEdit")->text(), QStringLiteral("10.0.0.300"));
    QCOMPARE(AppSettings(m_settingsFile).language(), QStringLiteral("en"));
}

void TestMainWindow::networkTextStaysText()
{
    find<QToolButton>("optionsToggleButton")->click();
    find<QCheckBox>("bannersCheckBox")->setChecked(true);
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("27010,27011"));
    QVERIFY(runScan());
    auto *view = find<QTableView>("resultsView");
    view->sortByColumn(2, Qt::AscendingOrder);
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex html = model->index(0, 8);
    QCOMPARE(html.data().toString(), QStringLiteral("<b>x</b><img src=x>\\x07"));
    QCOMPARE(html.data(Qt::ToolTipRole).toString(), QStringLiteral("<b>x</b><img src=x>\\x07"));
    const QString tip = StateDelegate::toolTipHtml(html.data(Qt::ToolTipRole).toString());
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;&lt;img src=x&gt;"))
            && !tip.contains(QStringLiteral("<b>")),
        qPrintable(tip));
    QVERIFY(qobject_cast<StateDelegate *>(
        view->itemDelegate())); // ours: plain text cells, escaped tooltips
    QCOMPARE(find<QLabel>("countsLabel")->textFormat(), Qt::PlainText);

    // A copied banner that a spreadsheet would run as a formula is neutralised.
    view->setFocus();
    view->selectRow(1);
    QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::Key_C));
    const QStringList cells
        = QGuiApplication::clipboard()->text().trimmed().split(QLatin1Char('\t'));
    QCOMPARE(cells.value(2), QStringLiteral("27011"));
    QCOMPARE(cells.value(8), QStringLiteral("'=HYPERLINK(\"http://e.example\")"));
}

void TestMainWindow::commandLine()
{
    const LaunchOptions bad
        = LaunchOptions::parse({ QStringLiteral("portolan"), QStringLiteral("--frobnicate") });
    QVERIFY(bad.error.contains(QStringLiteral("frobnicate")));
    QVERIFY(!LaunchOptions::parse({ QStringLiteral("portolan"), QStringLiteral("-p") })
                 .error.isEmpty());
    QVERIFY(LaunchOptions::parse({ QStringLiteral("portolan"), QStringLiteral("--version") })
                .showVersion);

    const LaunchOptions fill
        = LaunchOptions::parse({ QStringLiteral("portolan"), QStringLiteral("127.0.0.1"),
            QStringLiteral("::1"), QStringLiteral("-p"), QStringLiteral("27001-27003") });
    QVERIFY(fill.error.isEmpty());
    m_window->applyLaunchOptions(fill);
    QCOMPARE(find<QLineEdit>("targetLineEdit")->text(), QStringLiteral("127.0.0.1 ::1"));
    QCOMPARE(find<QComboBox>("portsComboBox")->currentText(), QStringLiteral("27001-27003"));
    QVERIFY(!m_window->isScanning());

    const LaunchOptions run
        = LaunchOptions::parse({ QStringLiteral("portolan"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--ports"), QStringLiteral("27001,27004"), QStringLiteral("--start") });
    m_window->applyLaunchOptions(run);
    QVERIFY(m_window->isScanning());
    QTRY_VERIFY(!m_window->isScanning());
    QStringList rows = shownRows();
    rows.sort();
    QCOMPARE(
        rows, (QStringList { "127.0.0.1 27001 open syn-ack", "127.0.0.1 27004 open syn-ack" }));

    // Bad input from the command line does not start; it is marked like typed input.
    m_window->applyLaunchOptions(LaunchOptions::parse(
        { QStringLiteral("portolan"), QStringLiteral("300.1.1.1"), QStringLiteral("--start") }));
    QVERIFY(!m_window->isScanning());
    QVERIFY(find<QLabel>("targetErrorLabel")->text().contains(QStringLiteral("\"300.1.1.1\"")));
    // The ports of the scan started from the command line are remembered.
    QCOMPARE(AppSettings(m_settingsFile).ports(), QStringLiteral("27001,27004"));
}

void TestMainWindow::qtOptionsAreQts_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("targets");
    QTest::addColumn<QString>("ports");
    QTest::addColumn<bool>("bad");
    // Options QGuiApplication and QApplication document, with their values.
    QTest::newRow("-style") << QStringList { "-style", "Fusion" } << ""
                            << "" << false;
    QTest::newRow("-style=") << QStringList { "-style=Fusion", "127.0.0.1" } << "127.0.0.1"
                             << "" << false;
    QTest::newRow("-platform") << QStringList { "-platform", "xcb" } << ""
                               << "" << false;
    QTest::newRow("--platform") << QStringList { "--platform", "offscreen", "::1" } << "::1"
                                << "" << false;
    QTest::newRow("-platformtheme") << QStringList { "-platformtheme", "gtk3" } << ""
                                    << "" << false;
    QTest::newRow("-stylesheet") << QStringList { "-stylesheet", "a.qss", "-p", "22" } << ""
                                 << "22" << false;
    QTest::newRow("-widgetcount") << QStringList { "-widgetcount", "10.0.0.1" } << "10.0.0.1"
                                  << "" << false;
    QTest::newRow("-reverse") << QStringList { "-reverse" } << ""
                              << "" << false;
    QTest::newRow("-qmljsdebugger=") << QStringList { "-qmljsdebugger=port:1234,block" } << ""
                                     << "" << false;
    QTest::newRow("-session") << QStringList { "-session", "abc_1" } << ""
                              << "" << false;
    QTest::newRow("x11") << QStringList { "-display", ":0", "-geometry", "800x600+0+0", "-title",
        "T", "-name", "n", "-font", "Sans", "host.example" }
                         << "host.example"
                         << "" << false;
    QTest::newRow("-qwindowtitle")
        << QStringList { "-qwindowtitle", "T", "-qwindowicon", "i", "-qwindowgeometry", "1x1" }
        << ""
        << "" << false;
    QTest::newRow("ours around Qt's")
        << QStringList { "127.0.0.1", "-style", "Fusion", "-p", "22", "-reverse", "::1" }
        << "127.0.0.1 ::1"
        << "22" << false;
    QTest::newRow("unknown") << QStringList { "--frobnicate" } << ""
                             << "" << true;
    QTest::newRow("unknown short") << QStringList { "-stile", "x" } << ""
                                   << "" << true;
}

void TestMainWindow::qtOptionsAreQts()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, targets);
    QFETCH(QString, ports);
    QFETCH(bool, bad);
    const LaunchOptions options
        = LaunchOptions::parse(QStringList { QStringLiteral("portolan") } + arguments);
    QCOMPARE(!options.error.isEmpty(), bad);
    if (bad)
        return;
    QCOMPARE(options.targets, targets);
    QCOMPARE(options.ports, ports);
}

void TestMainWindow::commandLineFillsWithoutRemembering()
{
    m_window.reset();
    AppSettings(m_settingsFile).setPorts(QStringLiteral("22,80"));
    createWindow();
    const auto launch = [this](const QStringList &arguments) {
        m_window->applyLaunchOptions(
            LaunchOptions::parse(QStringList { QStringLiteral("portolan") } + arguments));
    };
    launch({ QStringLiteral("127.0.0.9"), QStringLiteral("-p"), QStringLiteral("latform") });
    QCOMPARE(find<QLineEdit>("targetLineEdit")->text(), QStringLiteral("127.0.0.9"));
    QCOMPARE(find<QComboBox>("portsComboBox")->currentText(), QStringLiteral("latform"));
    QVERIFY(m_window->close());
    QCOMPARE(AppSettings(m_settingsFile).ports(), QStringLiteral("22,80"));
    QVERIFY(AppSettings(m_settingsFile).targetHistory().isEmpty());

    // Valid ports too: they fill this run's form, not the next start's.
    createWindow();
    QCOMPARE(find<QComboBox>("portsComboBox")->currentText(), QStringLiteral("22,80"));
    launch({ QStringLiteral("127.0.0.9"), QStringLiteral("-p"), QStringLiteral("27001") });
    QVERIFY(m_window->close());
    QCOMPARE(AppSettings(m_settingsFile).ports(), QStringLiteral("22,80"));
}

void TestMainWindow::exportNameKeepsTargets_data()
{
    QTest::addColumn<QString>("targets");
    QTest::addColumn<QString>("expected");
    QTest::newRow("range") << "127.0.0.1-3"
                           << "portolan-127.0.0.1-3-2026-12-28-235907.csv";
    QTest::newRow("cidr") << "127.0.0.0/30"
                          << "portolan-127.0.0.0_30-2026-12-28-235907.csv";
    QTest::newRow("ipv6") << "::1"
                          << "portolan-_1-2026-12-28-235907.csv";
    QTest::newRow("two") << "127.0.0.1 ::1"
                         << "portolan-127.0.0.1_1-2026-12-28-235907.csv";
    QTest::newRow("name") << "scanme.example.org"
                          << "portolan-scanme.example.org-2026-12-28-235907.csv";
    QTest::newRow("bad characters") << "a\\b*c?d\"e<f>g|h\tj"
                                    << "portolan-a_b_c_d_e_f_g_h_j-2026-12-28-235907.csv";
    QTest::newRow("empty") << ""
                           << "portolan-2026-12-28-235907.csv";
}

void TestMainWindow::exportNameKeepsTargets()
{
    QFETCH(QString, targets);
    QFETCH(QString, expected);
    const QDateTime started(QDate(2026, 12, 28), QTime(23, 59, 7));
    QCOMPARE(ResultActions::suggestedFileName(targets, started), expected);

    // Many targets: a bounded name, still one per list of targets.
    QStringList many;
    for (int i = 0; i < 200; ++i)
        many.append(QStringLiteral("10.0.%1.0/24").arg(i));
    const QString longName = ResultActions::suggestedFileName(many.join(u' '), started);
    many.last() = QStringLiteral("10.0.199.0/25");
    const QString otherName = ResultActions::suggestedFileName(many.join(u' '), started);
    QVERIFY2(longName.size() <= 120, qPrintable(longName));
    QVERIFY(longName.startsWith(QStringLiteral("portolan-10.0.0.0_24_10.0.1.0_24")));
    QVERIFY(longName.endsWith(QStringLiteral("-2026-12-28-235907.csv")));
    QVERIFY2(longName != otherName, qPrintable(otherName));
}

void TestMainWindow::exportOffersTheWholeName()
{
    ScanReport report;
    report.targets = QStringLiteral("127.0.0.1-3");
    report.ports = QStringLiteral("22");
    report.started = QDateTime(QDate(2026, 12, 28), QTime(23, 59, 7));
    ScanResult open;
    open.host = QStringLiteral("127.0.0.2");
    open.address = QHostAddress(open.host);
    open.port = 22;
    open.state = PortState::Open;
    report.results = { open };
    m_window->showReport(report, QStringLiteral("a.json"));
    m_dialogs->saveAnswer.clear(); // the user cancels the dialog
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(m_dialogs->suggested,
        documents + QStringLiteral("/portolan-127.0.0.1-3-2026-12-28-235907.csv"));
    const QString first = m_dialogs->suggested;

    report.targets = QStringLiteral("127.0.0.0/30");
    report.started = report.started.addSecs(60);
    m_window->showReport(report, QStringLiteral("b.json"));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(m_dialogs->suggested,
        documents + QStringLiteral("/portolan-127.0.0.0_30-2026-12-29-000007.csv"));

    // The user picks JSON and accepts the name the dialog shows: the file is JSON.
    m_dialogs->selectFilter = QStringLiteral("JSON files (*.json)");
    m_dialogs->saveAnswer = m_dir.filePath(QFileInfo(first).completeBaseName() + ".json");
    QVERIFY(exportWith(QKeySequence(Qt::CTRL | Qt::Key_E)));
    QFile file(m_dialogs->saveAnswer);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(file.readAll()).isObject());
}

void TestMainWindow::viewShortcutsBringTheirViewForward()
{
    auto *history = m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"));
    auto *devices = m_window->findChild<QDockWidget *>(QStringLiteral("devicesDock"));
    auto *watches = m_window->findChild<QDockWidget *>(QStringLiteral("watchesDock"));
    auto *events = m_window->findChild<QDockWidget *>(QStringLiteral("eventsDock"));
    QVERIFY(history && devices && watches && events);
    // A dock is in front when its tab is the current one: it has a place on screen.
    const auto inFront
        = [](QDockWidget *dock) { return dock->isVisible() && !dock->visibleRegion().isEmpty(); };
    history->show();
    watches->show();
    m_window->tabifyDockWidget(history, watches);
    QTRY_VERIFY(inFront(watches) != inFront(history));
    QVERIFY(devices->isHidden() && events->isHidden());
    m_window->activateWindow(); // window shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_D));
    QTRY_VERIFY(inFront(devices));
    QVERIFY(find<QAction>("devicesAction")->isChecked());
    QTRY_VERIFY(devices->isAncestorOf(QApplication::focusWidget()));

    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    QTRY_VERIFY(inFront(events));
    QVERIFY(find<QAction>("eventsAction")->isChecked());
    // Events in front of Watches, in one group of tabs: Ctrl+J raises Watches.
    m_window->tabifyDockWidget(watches, events);
    events->raise();
    QTRY_VERIFY(inFront(events));
    QVERIFY(m_window->tabifiedDockWidgets(watches).contains(events));
    QTRY_VERIFY(!inFront(watches));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_J));
    QTRY_VERIFY(inFront(watches));
    QVERIFY(!watches->isHidden());
    QVERIFY(find<QAction>("watchesAction")->isChecked());
    // In front: the same shortcut hides it, and the menu says so.
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_J));
    QTRY_VERIFY(watches->isHidden());
    QVERIFY(!find<QAction>("watchesAction")->isChecked());
    QVERIFY(!events->isHidden());
}

void TestMainWindow::scansLeaveNoGrowth()
{
    find<QToolButton>("optionsToggleButton")->click();
    find<QCheckBox>("showClosedCheckBox")->setChecked(true);
    find<QCheckBox>("bannersCheckBox")->setChecked(true);
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1 ::1"));
    setPortsText(QStringLiteral("26000-28000"));
    // Twenty scans: descriptors after each as after the first, and resident memory
    // flat. Memory is noisy (worker threads' malloc arenas, SQLite's cache come and
    // go by a few MiB), so the lowest of four scans early is compared with the
    // lowest of the last four: a leak grows both the floor and the peaks.
    constexpr int scans = 20;
    int fdsAfterFirst = 0;
    QList<long> rss;
    for (int i = 0; i < scans; ++i) {
        QVERIFY(runScan());
        QCOMPARE(find<QTableView>("resultsView")->model()->rowCount(), 2 * 2001);
        // Each scan is saved in the history on a worker: count once that is done.
        m_window->archive()->history()->waitForDone();
        // And the hosts' names are in (their UDP sockets closed).
        QTRY_COMPARE_WITH_TIMEOUT(m_window->pendingNames(), 0, 10000);
        if (i == 0)
            fdsAfterFirst = TestNet::openDescriptorCount();
        else
            QVERIFY(TestNet::openDescriptorCount() <= fdsAfterFirst);
        rss.append(TestNet::residentKb());
    }
#if defined(__SANITIZE_ADDRESS__)
    // ASan keeps freed memory in quarantine, so resident memory grows by design;
    // LeakSanitizer checks for leaks in that build instead.
    qInfo("AddressSanitizer build: resident-memory growth not checked (LeakSanitizer does)");
#else
    const long early = *std::min_element(rss.cbegin() + 2, rss.cbegin() + 6);
    const long late = *std::min_element(rss.cend() - 4, rss.cend());
    QStringList series;
    for (long kb : std::as_const(rss))
        series.append(QString::number(kb / 1024));
    qInfo("resident MiB after each scan: %s", qPrintable(series.join(QLatin1Char(' '))));
    QVERIFY2(late - early < 4096,
        qPrintable(QStringLiteral("the floor of resident memory rose by %1 KiB over %2 scans")
                       .arg(late - early)
                       .arg(scans - 6)));
#endif
}

void TestMainWindow::downHostsHaveNoRows()
{
    if (!m_labProblem.isEmpty())
        PORTOLAN_SKIP(m_labProblem);
    typeInto("targetLineEdit", QStringLiteral("198.18.0.0/28"));
    setPortsText(QStringLiteral("22,80"));
    QVERIFY(runScan());
    QStringList rows = shownRows();
    rows.sort();
    QCOMPARE(rows, (QStringList { "198.18.0.1 22 open syn-ack", "198.18.0.9 80 open syn-ack" }));
    // The hosts pane lists the live hosts, with status and round trip...
    auto *hostsView = find<QTreeView>("hostsView");
    const QAbstractItemModel *hosts = hostsView->model();
    QCOMPARE(hosts->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(hosts->index(row, 2).data().toString(), QStringLiteral("up"));
        QVERIFY(!hosts->index(row, 3).data().toString().isEmpty());
        QVERIFY(hosts->index(row, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Host is up (")));
    }
    QVERIFY(m_window->statusBar()->currentMessage().contains(
        QStringLiteral("Hosts: 2 up, 14 down, 16 addresses in all")));
    // ...and the down ones only when asked, remembered across restarts.
    QAction *showDown = m_window->findChild<QAction *>(QStringLiteral("showDownHostsAction"));
    QVERIFY(showDown);
    showDown->trigger();
    QCOMPARE(hosts->rowCount(), 16);
    QCOMPARE(hosts->index(2, 0).data().toString(), QStringLiteral("198.18.0.2"));
    QCOMPARE(hosts->index(2, 2).data().toString(), QStringLiteral("down"));
    QVERIFY(hosts->index(2, 3).data().toString().isEmpty()); // no latency when nothing answered
    QCOMPARE(shownRows().size(), 2);
    m_window->close();
    m_window.reset();
    createWindow();
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("showDownHostsAction"))->isChecked());
}

void TestMainWindow::findLiveHostsOnly()
{
    if (!m_labProblem.isEmpty())
        PORTOLAN_SKIP(m_labProblem);
    typeInto("targetLineEdit", QStringLiteral("198.18.0.0/28"));
    setPortsText(QStringLiteral("22,80"));
    QAction *find = m_window->findChild<QAction *>(QStringLiteral("findLiveHostsAction"));
    QVERIFY(find && find->isEnabled());
    QSignalSpy finished(m_window.get(), &MainWindow::scanFinished);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    QVERIFY(m_window->isScanning());
    QVERIFY(finished.wait(30000));
    QVERIFY(shownRows().isEmpty()); // no ports probed
    const QAbstractItemModel *hosts = this->find<QTreeView>("hostsView")->model();
    QCOMPARE(hosts->rowCount(), 2);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Found 2 live hosts of 16 in")));
}

void TestMainWindow::timingPresetFillsOptions()
{
    // Choosing a preset fills the options beside it; the choice and the discovery
    // mode survive a restart.
    find<QToolButton>("optionsToggleButton")->click();
    auto *timing = find<QComboBox>("timingComboBox");
    QCOMPARE(timing->currentIndex(), 3);
    timing->setFocus();
    QTest::keyClick(timing, Qt::Key_Down); // Aggressive (T4)
    QCOMPARE(timing->currentIndex(), 4);
    QCOMPARE(find<QSpinBox>("timeoutSpinBox")->value(), 750);
    QCOMPARE(find<QSpinBox>("retriesSpinBox")->value(), 1);
    find<QComboBox>("discoveryComboBox")->setCurrentIndex(1);
    m_window->close();
    m_window.reset();
    createWindow();
    QCOMPARE(find<QComboBox>("timingComboBox")->currentIndex(), 4);
    QCOMPARE(find<QComboBox>("discoveryComboBox")->currentIndex(), 1);
    QCOMPARE(find<QSpinBox>("timeoutSpinBox")->value(), 750);
}

void TestMainWindow::loadedTargetsAreDiscovered()
{
    // Hosts from a target file are port-scanned only when up, in the window too:
    // the empty address gets no rows (typed by hand, it would get filtered ones).
    if (!m_labProblem.isEmpty())
        PORTOLAN_SKIP(m_labProblem);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("targets.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("198.18.0.1\n198.18.0.2\n");
    file.close();
    m_dialogs->openAnswer = path;
    find<QPushButton>("loadTargetsButton")->click();
    QCOMPARE(find<QLineEdit>("targetLineEdit")->text(), QStringLiteral("198.18.0.1, 198.18.0.2"));
    setPortsText(QStringLiteral("22"));
    find<QToolButton>("optionsToggleButton")->click();
    find<QSpinBox>("timeoutSpinBox")->setValue(300);
    QVERIFY(runScan());
    QCOMPARE(shownRows(), QStringList { QStringLiteral("198.18.0.1 22 open syn-ack") });
    // Edited by hand, the field is typed targets again: both are scanned.
    typeInto("targetLineEdit", QStringLiteral("198.18.0.1, 198.18.0.2 "));
    QVERIFY(runScan());
    QCOMPARE(shownRows().size(), 2);
}

void TestMainWindow::protocolChoiceReachesScan()
{
    // What a watch or a scan of the form gets: the ports of the protocol chosen, and
    // text recorded so that it means the same without the choice.
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("53,161"));
    auto *protocol = find<QComboBox>("protocolComboBox");
    QCOMPARE(protocol->currentText(), QStringLiteral("TCP"));
    QVERIFY(!protocol->toolTip().isEmpty());
    const auto form = [this](QString *ports) {
        QString targets;
        ScanOptions options;
        if (!m_window->formScan(&targets, ports, &options))
            qFatal("the form did not validate");
        // The recorded text re-parses, without a protocol choice, to the same ports.
        PortSpec again;
        QString error;
        if (!PortSpec::parse(*ports, &again, &error) || again.ports() != options.ports.ports()
            || again.udpPorts() != options.ports.udpPorts())
            qFatal("recorded ports %s do not re-parse to the scan's", qPrintable(*ports));
        return options.ports;
    };
    const QList<quint16> both { 53, 161 };
    QString recorded;
    PortSpec spec = form(&recorded);
    QCOMPARE(spec.ports(), both);
    QVERIFY(spec.udpPorts().isEmpty());
    QCOMPARE(recorded, QStringLiteral("53,161"));

    protocol->setFocus();
    QTest::keyClick(protocol, Qt::Key_Down);
    QCOMPARE(protocol->currentText(), QStringLiteral("UDP"));
    spec = form(&recorded);
    QVERIFY(spec.ports().isEmpty());
    QCOMPARE(spec.udpPorts(), both);
    QCOMPARE(recorded, QStringLiteral("U:53,161"));

    QTest::keyClick(protocol, Qt::Key_Down);
    QCOMPARE(protocol->currentText(), QStringLiteral("TCP and UDP"));
    spec = form(&recorded);
    QCOMPARE(spec.ports(), both);
    QCOMPARE(spec.udpPorts(), both);
    QCOMPARE(recorded, QStringLiteral("T:53,161,U:53,161"));
    // Prefixed ports keep their protocol.
    setPortsText(QStringLiteral("U:53,T:22"));
    spec = form(&recorded);
    QCOMPARE(spec.ports(), QList<quint16> { 22 });
    QCOMPARE(spec.udpPorts(), QList<quint16> { 53 });

    // The common preset is each protocol's own.
    auto *ports = find<QComboBox>("portsComboBox");
    ports->setCurrentIndex(ports->findData(QStringLiteral("common")));
    spec = form(&recorded);
    QCOMPARE(spec.ports(), PortNames::commonPorts(Protocol::Tcp));
    QCOMPARE(spec.udpPorts(), PortNames::commonPorts(Protocol::Udp));
    QCOMPARE(recorded, QStringLiteral("T:common,U:common"));
    QVERIFY(ports->itemData(0, Qt::ToolTipRole).toString().contains(QLatin1String("UDP")));
    QTest::keyClick(protocol, Qt::Key_Up);
    spec = form(&recorded);
    QVERIFY(spec.ports().isEmpty());
    QCOMPARE(spec.udpPorts(), PortNames::commonPorts(Protocol::Udp));
    QCOMPARE(recorded, QStringLiteral("U:common"));

    // A language change keeps the choice and the field.
    setPortsText(QStringLiteral("161"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_window.get(), &change);
    QCOMPARE(protocol->currentText(), QStringLiteral("UDP"));
    QCOMPARE(ports->currentText(), QStringLiteral("161"));

    // Alt+U reaches the choice from anywhere in the window.
    find<QLineEdit>("targetLineEdit")->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), protocol);
}

void TestMainWindow::protocolMismatchMarksPorts()
{
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    auto *protocol = find<QComboBox>("protocolComboBox");
    auto *start = find<QPushButton>("startButton");
    auto *portsError = find<QLabel>("portsErrorLabel");
    // UDP ports with only TCP chosen: the field says why and nothing starts.
    setPortsText(QStringLiteral("U:53"));
    QVERIFY(!start->isEnabled());
    QVERIFY(portsError->isVisible());
    QVERIFY2(portsError->text().contains(QLatin1String("U:53")), qPrintable(portsError->text()));
    QVERIFY(!m_window->startScan());
    QVERIFY(!m_window->isScanning());
    QVERIFY(!find<QComboBox>("portsComboBox")->styleSheet().isEmpty()); // framed red
    // Choosing UDP makes the same text good.
    protocol->setCurrentIndex(protocol->findText(QStringLiteral("UDP")));
    QVERIFY(start->isEnabled());
    QVERIFY(!portsError->isVisible());
    QVERIFY(find<QComboBox>("portsComboBox")->styleSheet().isEmpty());
    // And TCP ports with only UDP chosen are the mistake now.
    setPortsText(QStringLiteral("T:22"));
    QVERIFY(!start->isEnabled());
    QVERIFY2(portsError->text().contains(QLatin1String("T:22")), qPrintable(portsError->text()));
    // Bad UDP input is marked as any other, one line each.
    for (const QString &bad : { QStringLiteral("U:"), QStringLiteral("U:70000") }) {
        setPortsText(bad);
        QVERIFY(!start->isEnabled());
        QVERIFY(portsError->isVisible());
        QVERIFY2(portsError->text().contains(bad), qPrintable(portsError->text()));
        QVERIFY(!portsError->text().contains(QLatin1Char('\n')));
    }
    protocol->setCurrentIndex(protocol->findText(QStringLiteral("TCP and UDP")));
    setPortsText(QStringLiteral("U:53,T:22"));
    QVERIFY(start->isEnabled());
}

void TestMainWindow::tcpOptionsGreyWithoutTcp()
{
    // Banners and detection's connections act on TCP connections: a scan without TCP
    // ports greys them out, says why, and does not ask for banners.
    find<QToolButton>("optionsToggleButton")->click();
    auto *banners = find<QCheckBox>("bannersCheckBox");
    auto *connections = find<QSpinBox>("serviceConnectionsSpinBox");
    find<QCheckBox>("servicesCheckBox")->setChecked(true);
    banners->setChecked(true);
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("53"));
    QVERIFY(banners->isEnabled());
    QVERIFY(connections->isEnabled());
    auto *protocol = find<QComboBox>("protocolComboBox");
    protocol->setCurrentIndex(protocol->findText(QStringLiteral("UDP")));
    QVERIFY(!banners->isEnabled());
    QVERIFY(!connections->isEnabled());
    QVERIFY(!banners->toolTip().isEmpty());
    QVERIFY(banners->isChecked()); // kept for the next TCP scan
    QString targets;
    QString ports;
    ScanOptions options;
    QVERIFY(m_window->formScan(&targets, &ports, &options));
    QVERIFY(!options.grabBanners);
    // Both protocols: TCP again, unless every port is a UDP one.
    protocol->setCurrentIndex(protocol->findText(QStringLiteral("TCP and UDP")));
    QVERIFY(banners->isEnabled());
    QVERIFY(m_window->formScan(&targets, &ports, &options));
    QVERIFY(options.grabBanners);
    setPortsText(QStringLiteral("U:53"));
    QVERIFY(!banners->isEnabled());
    setPortsText(QStringLiteral("U:53,T:22"));
    QVERIFY(banners->isEnabled());
    // A window that opens on a UDP scan's ports starts greyed out.
    QVERIFY(m_window->close());
    m_window.reset();
    AppSettings(m_settingsFile).setPorts(QStringLiteral("U:53"));
    createWindow();
    QCOMPARE(find<QComboBox>("protocolComboBox")->currentText(), QStringLiteral("UDP"));
    QVERIFY(!find<QCheckBox>("bannersCheckBox")->isEnabled());
}

void TestMainWindow::recordedPortsShowAgain_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<QString>("shown");
    QTest::newRow("tcp") << "22, 80"
                         << "TCP"
                         << "22, 80"
                         << "22, 80";
    QTest::newRow("udp") << "53,161"
                         << "UDP"
                         << "U:53,161"
                         << "53,161";
    QTest::newRow("udp prefixed") << "U:53"
                                  << "UDP"
                                  << "U:53"
                                  << "53";
    QTest::newRow("both") << "common"
                          << "TCP and UDP"
                          << "T:common,U:common"
                          << "Common ports";
    QTest::newRow("mixed") << "U:53,T:22"
                           << "TCP and UDP"
                           << "U:53,T:22"
                           << "U:53,T:22";
    QTest::newRow("both and more udp") << "22,U:53"
                                       << "TCP and UDP"
                                       << "T:22,U:22,U:53"
                                       << "T:22,U:22,U:53";
}

void TestMainWindow::recordedPortsShowAgain()
{
    // A scan's recorded ports (history, Rescan, the settings) fill the form again with
    // the same ports and protocol, whatever the form held before.
    QFETCH(QString, typed);
    QFETCH(QString, protocol);
    QFETCH(QString, recorded);
    QFETCH(QString, shown);
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    auto *choice = find<QComboBox>("protocolComboBox");
    choice->setCurrentIndex(choice->findText(protocol));
    setPortsText(typed);
    QString targets;
    QString ports;
    ScanOptions first;
    QVERIFY(m_window->formScan(&targets, &ports, &first));
    QCOMPARE(ports, recorded);
    // Another choice in between: the recorded text sets it back.
    choice->setCurrentIndex((choice->currentIndex() + 1) % choice->count());
    setPortsText(QStringLiteral("1"));
    m_window->setPorts(recorded);
    QCOMPARE(choice->currentText(), protocol);
    QCOMPARE(find<QComboBox>("portsComboBox")->currentText(), shown);
    ScanOptions again;
    QVERIFY(m_window->formScan(&targets, &ports, &again));
    QCOMPARE(again.ports.ports(), first.ports.ports());
    QCOMPARE(again.ports.udpPorts(), first.ports.udpPorts());
    QCOMPARE(ports, recorded);
}

void TestMainWindow::protocolRememberedWhenScanStarts()
{
    // A choice alone is not remembered: only a scan's, as the ports are.
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("27001"));
    auto *protocol = find<QComboBox>("protocolComboBox");
    protocol->setCurrentIndex(protocol->findText(QStringLiteral("UDP")));
    QVERIFY(m_window->close());
    m_window.reset();
    createWindow();
    QCOMPARE(find<QComboBox>("protocolComboBox")->currentText(), QStringLiteral("TCP"));

    // A scan of both: the TCP listener answers, and the choice is remembered.
    protocol = find<QComboBox>("protocolComboBox");
    protocol->setCurrentIndex(protocol->findText(QStringLiteral("TCP and UDP")));
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    setPortsText(QStringLiteral("27001"));
    QVERIFY(runScan());
    QVERIFY(shownRows().contains(QStringLiteral("127.0.0.1 27001 open syn-ack")));
    const QStringList protocols = shownRows(ScanResultModel::Protocol);
    QVERIFY2(protocols.contains(QStringLiteral("tcp")), qPrintable(protocols.join(u' ')));
    QCOMPARE(m_window->currentScan().report.ports, QStringLiteral("T:27001,U:27001"));
    QCOMPARE(AppSettings(m_settingsFile).ports(), QStringLiteral("T:27001,U:27001"));
    QVERIFY(m_window->close());
    m_window.reset();
    createWindow();
    QCOMPARE(find<QComboBox>("protocolComboBox")->currentText(), QStringLiteral("TCP and UDP"));
    QCOMPARE(find<QComboBox>("portsComboBox")->currentText(), QStringLiteral("27001"));

    // The command line's ports show with their protocol, for this run only.
    m_window->applyLaunchOptions(LaunchOptions::parse(
        { QStringLiteral("portolan"), QStringLiteral("-p"), QStringLiteral("U:53,161") }));
    QCOMPARE(find<QComboBox>("protocolComboBox")->currentText(), QStringLiteral("UDP"));
    QCOMPARE(find<QComboBox>("portsComboBox")->currentText(), QStringLiteral("53,161"));
    QVERIFY(m_window->close());
    QCOMPARE(AppSettings(m_settingsFile).ports(), QStringLiteral("T:27001,U:27001"));
}

void TestMainWindow::udpRowsInTheWindow()
{
    // Rows as the engine will send them (made up here): the window shows their
    // protocol, finds them by "53/udp", filters open|filtered and counts it per host.
    ScanReport report;
    report.targets = QStringLiteral("198.18.0.2");
    report.ports = QStringLiteral("T:53,U:53,123,161");
    const QHostAddress address(QStringLiteral("198.18.0.2"));
    const auto row = [&](quint16 port, Protocol protocol, PortState state, PortReason reason) {
        ScanResult r = ScanResult::make(0, address.toString(), address, port, state, reason, 1.0);
        r.protocol = protocol;
        return r;
    };
    report.results = { row(53, Protocol::Tcp, PortState::Open, PortReason::SynAck),
        row(53, Protocol::Udp, PortState::Open, PortReason::UdpResponse),
        row(123, Protocol::Udp, PortState::Filtered, PortReason::HostUnreach),
        row(161, Protocol::Udp, PortState::OpenFiltered, PortReason::NoResponse) };
    report.results[2].reasonFrom = QHostAddress(QStringLiteral("198.18.0.1"));
    report.summary.progress.open = 2;
    report.summary.progress.filtered = 1;
    report.summary.progress.openFiltered = 1;
    report.summary.progress.total = report.summary.progress.done = 4;
    report.summary.hostCount = 1;
    report.summary.portCount = 4;
    report.hostStates = { HostState::make(
        0, address.toString(), address, HostStatus::Up, HostReason::UdpResponse, 1.0) };
    m_window->showReport(report, QStringLiteral("test"));

    auto *view = find<QTableView>("resultsView");
    view->sortByColumn(ScanResultModel::Port, Qt::AscendingOrder);
    const auto shown = [this] {
        const QStringList ports = shownRows(ScanResultModel::Port);
        const QStringList protocols = shownRows(ScanResultModel::Protocol);
        const QStringList states = shownRows(ScanResultModel::State);
        QStringList out;
        for (qsizetype i = 0; i < ports.size(); ++i)
            out.append(ports[i] + u'/' + protocols[i] + u' ' + states[i]);
        return out;
    };
    QCOMPARE(shown(),
        (QStringList {
            "53/tcp open", "53/udp open", "123/udp filtered", "161/udp open|filtered" }));
    // The router's ICMP error says who sent it.
    const QModelIndex reason = view->model()->index(2, ScanResultModel::Reason);
    QVERIFY(reason.data(Qt::ToolTipRole).toString().contains(QLatin1String("198.18.0.1")));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("1 open|filtered")),
        qPrintable(m_window->statusBar()->currentMessage()));

    typeInto("searchLineEdit", QStringLiteral("53/udp"));
    QTest::keyClick(find<QLineEdit>("searchLineEdit"), Qt::Key_Return);
    QCOMPARE(shown(), QStringList { "53/udp open" });
    typeInto("searchLineEdit", QStringLiteral("udp"));
    QTest::keyClick(find<QLineEdit>("searchLineEdit"), Qt::Key_Return);
    QCOMPARE(shown().size(), 3);
    find<QLineEdit>("searchLineEdit")->clear();
    QTest::keyClick(find<QLineEdit>("searchLineEdit"), Qt::Key_Return);

    auto *openFiltered = find<QCheckBox>("openFilteredCheckBox");
    QVERIFY(openFiltered->isChecked());
    QTest::mouseClick(openFiltered, Qt::LeftButton, {}, QPoint(4, openFiltered->height() / 2));
    QVERIFY(!openFiltered->isChecked());
    QCOMPARE(shown(), (QStringList { "53/tcp open", "53/udp open", "123/udp filtered" }));
    openFiltered->setChecked(true);
    QCOMPARE(shown().size(), 4);

    // The hosts pane counts open|filtered in a column of its own, shown for UDP only.
    auto *hosts = find<QTreeView>("hostsView");
    QVERIFY(!hosts->isColumnHidden(HostListModel::OpenFiltered));
    QCOMPARE(hosts->model()->index(0, HostListModel::OpenFiltered).data().toString(),
        QStringLiteral("1"));
    QCOMPARE(hosts->model()->index(0, HostListModel::Open).data().toString(), QStringLiteral("2"));
    // What the table shows goes out as it came in: export and history keep the protocol.
    const ShownScan current = m_window->currentScan();
    QCOMPARE(current.report.ports, report.ports);
    QList<ScanResult> rows = current.rows.results();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[1].protocol, Protocol::Udp);
    QCOMPARE(rows[2].reasonFrom, QHostAddress(QStringLiteral("198.18.0.1")));
    // A TCP scan shown after it has no such column.
    ScanReport tcp;
    tcp.targets = QStringLiteral("198.18.0.2");
    tcp.ports = QStringLiteral("53");
    tcp.results = { report.results.first() };
    m_window->showReport(tcp, QStringLiteral("tcp"));
    QVERIFY(hosts->isColumnHidden(HostListModel::OpenFiltered));
}

void TestMainWindow::udpScanOfLoopback()
{
    // A real UDP scan from the window: a DNS server that answers (open), a socket that
    // reads nothing (open|filtered) and a port nobody holds (closed: ICMP, which
    // loopback does not rate-limit).
    QUdpSocket dns;
    QVERIFY(dns.bind(QHostAddress(QStringLiteral("127.0.0.1")), 53));
    connect(&dns, &QUdpSocket::readyRead, &dns, [&dns] {
        while (dns.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            QByteArray query(static_cast<int>(dns.pendingDatagramSize()), '\0');
            query.resize(dns.readDatagram(query.data(), query.size(), &from, &port));
            if (query.size() < 12)
                continue;
            query[2] = static_cast<char>(query[2] | 0x80); // a response, same id
            query[3] = static_cast<char>((query[3] & 0x0f) | 0x80);
            dns.writeDatagram(query, from, port);
        }
    });
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress(QStringLiteral("127.0.0.1")), 161));
    typeInto("targetLineEdit", QStringLiteral("127.0.0.1"));
    auto *protocol = find<QComboBox>("protocolComboBox");
    protocol->setCurrentIndex(protocol->findText(QStringLiteral("UDP")));
    setPortsText(QStringLiteral("53,161,27099"));
    QVERIFY(runScan());
    auto *view = find<QTableView>("resultsView");
    view->sortByColumn(ScanResultModel::Port, Qt::AscendingOrder);
    QCOMPARE(shownRows(ScanResultModel::Protocol), (QStringList { "udp", "udp" }));
    QCOMPARE(shownRows(),
        (QStringList {
            "127.0.0.1 53 open udp-response", "127.0.0.1 161 open|filtered no-response" }));
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(QLatin1String("1 open, 0 filtered, 1 open|filtered, 1 closed")),
        qPrintable(status));
    auto *hosts = find<QTreeView>("hostsView");
    QVERIFY(!hosts->isColumnHidden(HostListModel::OpenFiltered));
    QCOMPARE(hosts->model()->index(0, HostListModel::OpenFiltered).data().toString(),
        QStringLiteral("1"));
    QCOMPARE(m_window->currentScan().report.ports, QStringLiteral("U:53,161,27099"));
}

int main(int argc, char *argv[])
{
    QString why;
    const bool isolated = TestNet::enterPrivateNamespace(&why);
    QApplication app(argc, argv);
    TestMainWindow test(isolated, why);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
