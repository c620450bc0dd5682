#include <sys/resource.h>

#include <QTest>

#include "common/listeners.h"
#include "common/netns.h"
#include "core/scanharness.h"

// With only 64 file descriptors, the scan must shrink its window and still be exact.
class TestFdLimit : public QObject
{
    Q_OBJECT

public:
    TestFdLimit(bool isolated, QString why)
        : m_isolated(isolated)
        , m_why(std::move(why))
    {
    }

private Q_SLOTS:
    void exactWithSixtyFourDescriptors();

private:
    bool m_isolated;
    QString m_why;
};

void TestFdLimit::exactWithSixtyFourDescriptors()
{
    if (!m_isolated)
        QSKIP(qPrintable(m_why));
    Listeners l;
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 30005));
    QVERIFY(l.listen(QHostAddress(QStringLiteral("127.0.0.1")), 33333));
    QVERIFY(l.listenFull(QHostAddress(QStringLiteral("127.0.0.1")), 31000));
    // Lower both limits: the engine raises soft to hard at start.
    const rlimit small { 64, 64 };
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &small), 0);
    for (int concurrency : { 0, 1000 }) {
        ScanOptions o = makeOptions(QStringLiteral("127.0.0.1"), QStringLiteral("30000-34000"));
        o.timeoutMs = 300;
        o.concurrency = concurrency; // 1000 forces running out of descriptors
        const ScanRun run = runScan(o);
        QVERIFY(run.finished);
        QVERIFY2(run.summary.error.isEmpty(), qPrintable(run.summary.error));
        QCOMPARE(run.lines(), (QStringList { "127.0.0.1 30005 open syn-ack", "127.0.0.1 31000 filtered no-response",
                                  "127.0.0.1 33333 open syn-ack" }));
        QCOMPARE(run.closedByAddress.value(QStringLiteral("127.0.0.1")), 4001u - 3u);
    }
}

PORTOLAN_NETNS_TEST_MAIN(TestFdLimit)
#include "tst_fdlimit.moc"
