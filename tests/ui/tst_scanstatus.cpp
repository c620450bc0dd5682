#include "scanstatus.h"

#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTest>

// The status bar and progress bar as a scan drives them: counts, the phases after
// the probes (UDP confirmation, service detection) and the summary line.
class TestScanStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tcpCountsUnchanged();
    void confirmingSaysHowLongLeft();
    void confirmingWithoutEstimate();
    void summaryNamesOpenFiltered();

private:
    // The English plural comes from portolan_en.ts, which this test does not load (and
    // which gains the new strings when translations are filled): "port", "ports" or "port(s)".
    static QRegularExpression plural(const QString &pattern)
    {
        return QRegularExpression(QLatin1Char('^')
            + QString(pattern).replace(QLatin1String("(s)"), QLatin1String("(?:s|\\(s\\))?"))
            + QLatin1Char('$'));
    }
    QLabel *label(const char *name) const
    {
        return m_statusBar->findChild<QLabel *>(QString::fromLatin1(name));
    }

    std::unique_ptr<QWidget> m_window;
    QStatusBar *m_statusBar = nullptr;
    QProgressBar *m_progressBar = nullptr;
    ScanStatus *m_status = nullptr;
};

void TestScanStatus::init()
{
    m_window = std::make_unique<QWidget>();
    m_statusBar = new QStatusBar(m_window.get());
    m_progressBar = new QProgressBar(m_window.get());
    m_progressBar->setRange(0, 1000);
    m_status
        = new ScanStatus(m_statusBar, m_progressBar, new QLabel(m_window.get()), m_window.get());
    m_status->start();
}

void TestScanStatus::cleanup()
{
    m_window.reset();
}

void TestScanStatus::tcpCountsUnchanged()
{
    ScanProgress p;
    p.total = 100;
    p.done = 50;
    p.open = 2;
    p.filtered = 1;
    p.closed = 47;
    m_status->showProgress(p);
    QCOMPARE(label("countsLabel")->text(), QStringLiteral("2 open, 1 filtered, 47 closed"));
    QCOMPARE(m_progressBar->format(), QStringLiteral("%p%"));
    QCOMPARE(m_progressBar->value(), 500);
}

void TestScanStatus::confirmingSaysHowLongLeft()
{
    // Every probe sent, 24 ports waiting on the host's ICMP allowance.
    ScanProgress p;
    p.total = p.done = 1000;
    p.open = 1;
    p.openFiltered = 3;
    p.closed = 972;
    p.confirming = 24;
    p.confirmEtaMs = 17200;
    m_status->showProgress(p);
    const QRegularExpression expected
        = plural(QStringLiteral("Confirming 24 closed UDP port(s) \\(about 18 s left\\)"));
    QVERIFY2(
        expected.match(m_progressBar->format()).hasMatch(), qPrintable(m_progressBar->format()));
    QCOMPARE(m_statusBar->currentMessage(), m_progressBar->format());
    QCOMPARE(label("etaLabel")->text(), m_progressBar->format());
    QCOMPARE(label("countsLabel")->text(),
        QStringLiteral("1 open, 0 filtered, 3 open|filtered, 972 closed"));
    // Longer waits read as a clock.
    p.confirming = 1;
    p.confirmEtaMs = 125000;
    m_status->showProgress(p);
    QVERIFY2(plural(QStringLiteral("Confirming 1 closed UDP port(s) \\(about 2:05 left\\)"))
                 .match(m_progressBar->format())
                 .hasMatch(),
        qPrintable(m_progressBar->format()));
    // Confirmed: the bar goes back to its percentage and the message goes.
    p.confirming = 0;
    p.confirmEtaMs = -1;
    m_status->showProgress(p);
    QCOMPARE(m_progressBar->format(), QStringLiteral("%p%"));
    QVERIFY(m_statusBar->currentMessage().isEmpty());
    QVERIFY(!label("etaLabel")->text().contains(QLatin1String("Confirming")));
}

void TestScanStatus::confirmingWithoutEstimate()
{
    ScanProgress p;
    p.total = 10;
    p.done = 4;
    p.confirming = 2;
    m_status->showProgress(p);
    QVERIFY2(plural(QStringLiteral("Confirming 2 closed UDP port(s)"))
                 .match(m_progressBar->format())
                 .hasMatch(),
        qPrintable(m_progressBar->format()));
}

void TestScanStatus::summaryNamesOpenFiltered()
{
    ScanProgress p;
    p.total = p.done = 4;
    p.open = 1;
    p.openFiltered = 2;
    p.closed = 1;
    p.confirming = 2; // stopped while confirming: nothing goes on after the end
    p.confirmEtaMs = 5000;
    m_status->showProgress(p);
    ScanSummary summary;
    summary.progress = p;
    summary.hostCount = 1;
    summary.portCount = 4;
    summary.cancelled = true;
    m_status->finish(summary);
    const QString message = m_statusBar->currentMessage();
    QVERIFY2(message.contains(QLatin1String("1 open, 0 filtered, 2 open|filtered, 1 closed")),
        qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1String("(stopped)")), qPrintable(message));
    QCOMPARE(m_progressBar->format(), QStringLiteral("%p%"));
    // A TCP scan's summary reads as it always did.
    summary.progress.openFiltered = 0;
    summary.cancelled = false;
    m_status->finish(summary);
    QVERIFY2(
        m_statusBar->currentMessage().endsWith(QLatin1String(": 1 open, 0 filtered, 1 closed")),
        qPrintable(m_statusBar->currentMessage()));
}

QTEST_MAIN(TestScanStatus)
#include "tst_scanstatus.moc"
