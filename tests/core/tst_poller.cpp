// Each poller backend against listeners on the loopback of the test's own network
// namespace: connected, refused, abandoned and detached connects end as promised.
#include <csignal>

#include <sys/wait.h>
#include <unistd.h>

#include <QScopeGuard>
#include <QTcpSocket>
#include <QTest>

#include "common/isolatedtest.h"
#include "common/listeners.h"
#include "common/netns.h"
#include "common/skip.h"
#include "core/platform/descriptorpoller.h"
#include "core/platform/pollerfactory.h"

namespace {

// Waits (bounded) until the poller reports token, and returns its outcome.
std::optional<ConnectOutcome> waitFor(Poller *poller, quint64 token)
{
    for (int i = 0; i < 200; ++i) {
        std::vector<Poller::Completion> out;
        poller->wait(10, &out);
        for (const Poller::Completion &c : out) {
            if (c.token == token)
                return c.outcome;
        }
    }
    return std::nullopt;
}

ConnectOutcome connectOnce(Poller *poller, const QHostAddress &address, quint16 port, quint64 token)
{
    if (const auto now = poller->start(address, port, token))
        return *now;
    return waitFor(poller, token).value_or(ConnectOutcome::LocalError);
}

} // namespace

class TestPoller : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void kindFromEnvironment_data();
    void kindFromEnvironment();
    void backends_data();
    void connectedAndRefused();
    void connectedAndRefused_data() { backends_data(); }
    void abandonAndDetach();
    void abandonAndDetach_data() { backends_data(); }
    void manyAtOnce();
    void manyAtOnce_data() { backends_data(); }
    void staleReadinessIsNoConnection();
    void staleReadinessIsNoConnection_data() { backends_data(); }
};

void TestPoller::kindFromEnvironment_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::newRow("unset") << QByteArray() << true << int(Poller::Kind::Epoll);
    QTest::newRow("epoll") << QByteArray("epoll") << true << int(Poller::Kind::Epoll);
    QTest::newRow("poll") << QByteArray("poll") << true << int(Poller::Kind::Poll);
    QTest::newRow("case") << QByteArray(" Poll ") << true << int(Poller::Kind::Poll);
    QTest::newRow("unknown") << QByteArray("kqueue") << false << 0;
}

void TestPoller::kindFromEnvironment()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(int, kind);
    const QByteArray saved = qgetenv("PORTOLAN_POLLER");
    const bool wasSet = qEnvironmentVariableIsSet("PORTOLAN_POLLER");
    qputenv("PORTOLAN_POLLER", value);
    Poller::Kind got = Poller::Kind::Poll;
    QString error;
    const bool ok = PollerFactory::kindFromEnvironment(&got, &error);
    if (wasSet)
        qputenv("PORTOLAN_POLLER", saved);
    else
        qunsetenv("PORTOLAN_POLLER");
    QCOMPARE(ok, valid);
    if (valid)
        QCOMPARE(int(got), kind);
    else
        QVERIFY(error.contains(QLatin1String("kqueue")));
}

void TestPoller::backends_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("epoll") << int(Poller::Kind::Epoll);
    QTest::newRow("poll") << int(Poller::Kind::Poll);
}

void TestPoller::connectedAndRefused()
{
    if (!m_isolated)
        PORTOLAN_SKIP(m_why);
    QFETCH(int, kind);
    QString error;
    auto poller = PollerFactory::create(Poller::Kind(kind), 4, &error);
    QVERIFY2(poller, qPrintable(error));
    Listeners l;
    const QHostAddress v4(QStringLiteral("127.0.0.1"));
    const QHostAddress v6(QStringLiteral("::1"));
    const quint16 open4 = l.listen(v4);
    const quint16 open6 = l.listen(v6);
    QVERIFY(open4 && open6);
    QCOMPARE(connectOnce(poller.get(), v4, open4, 0), ConnectOutcome::Connected);
    poller->abandon(0);
    QCOMPARE(connectOnce(poller.get(), v6, open6, 1), ConnectOutcome::Connected);
    poller->abandon(1);
    // Port 1 is closed in the test's namespace.
    QCOMPARE(connectOnce(poller.get(), v4, 1, 2), ConnectOutcome::Refused);
    QCOMPARE(connectOnce(poller.get(), v6, 1, 3), ConnectOutcome::Refused);
    QCOMPARE(poller->pending(), 0);
    // A slot beyond the capacity is refused without a socket.
    QCOMPARE(poller->start(v4, open4, 4), std::optional(ConnectOutcome::LocalError));
    const int descriptors = TestNet::openDescriptorCount();
    QCOMPARE(connectOnce(poller.get(), v4, 1, 0), ConnectOutcome::Refused);
    QCOMPARE(TestNet::openDescriptorCount(), descriptors);
}

void TestPoller::abandonAndDetach()
{
    if (!m_isolated)
        PORTOLAN_SKIP(m_why);
    QFETCH(int, kind);
    QString error;
    auto poller = PollerFactory::create(Poller::Kind(kind), 2, &error);
    QVERIFY2(poller, qPrintable(error));
    Listeners l;
    const QHostAddress v4(QStringLiteral("127.0.0.1"));
    // A listener that never accepts: the test's descriptors are the client sockets alone.
    const quint16 quiet = l.listen(v4);
    const quint16 open = l.listenWithBanner(v4, 0, "hello\n");
    QVERIFY(quiet && open);
    const int descriptors = TestNet::openDescriptorCount();
    // Abandoning a connect in progress closes its socket.
    if (!poller->start(v4, quiet, 0)) {
        QCOMPARE(poller->pending(), 1);
        poller->abandon(0);
    }
    QCOMPARE(poller->pending(), 0);
    QCOMPARE(TestNet::openDescriptorCount(), descriptors);
    // A detached socket is the caller's, connected and readable.
    QCOMPARE(
        connectOnce(poller.get(), v4, open, (quint64(7) << 32) | 1), ConnectOutcome::Connected);
    QCOMPARE(poller->detach(quint64(8) << 32 | 1), qintptr(-1)); // wrong generation
    const qintptr fd = poller->detach((quint64(7) << 32) | 1);
    QVERIFY(fd >= 0);
    QCOMPARE(poller->detach((quint64(7) << 32) | 1), qintptr(-1)); // only once
    QTcpSocket socket;
    QVERIFY(socket.setSocketDescriptor(fd, QAbstractSocket::ConnectedState, QIODevice::ReadOnly));
    QVERIFY(socket.waitForReadyRead(5000));
    QCOMPARE(socket.readAll(), QByteArray("hello\n"));
    socket.abort();
    // The banner listener's thread closes its side of the connection on its own time.
    QTRY_COMPARE(TestNet::openDescriptorCount(), descriptors);
}

void TestPoller::manyAtOnce()
{
    if (!m_isolated)
        PORTOLAN_SKIP(m_why);
    QFETCH(int, kind);
    QString error;
    constexpr int capacity = 300;
    auto poller = PollerFactory::create(Poller::Kind(kind), capacity, &error);
    QVERIFY2(poller, qPrintable(error));
    Listeners l;
    const QHostAddress v4(QStringLiteral("127.0.0.1"));
    const quint16 open = l.listen(v4, 20000);
    QVERIFY(open);
    // Ports 20000..20299: one open, the rest closed; each reported exactly once.
    QMap<quint64, ConnectOutcome> outcomes;
    for (int slot = 0; slot < capacity; ++slot) {
        if (const auto now = poller->start(v4, quint16(20000 + slot), quint64(slot)))
            outcomes.insert(quint64(slot), *now);
    }
    for (int i = 0; i < 200 && poller->pending() > 0; ++i) {
        std::vector<Poller::Completion> out;
        poller->wait(10, &out);
        for (const Poller::Completion &c : out) {
            QVERIFY(!outcomes.contains(c.token));
            outcomes.insert(c.token, c.outcome);
        }
    }
    QCOMPARE(outcomes.size(), capacity);
    QCOMPARE(outcomes.value(0), ConnectOutcome::Connected);
    for (int slot = 1; slot < capacity; ++slot)
        QCOMPARE(outcomes.value(quint64(slot)), ConnectOutcome::Refused);
    poller->abandon(0);
}

void TestPoller::staleReadinessIsNoConnection()
{
    // A forked process (any QProcess started meanwhile) holds every descriptor
    // until it execs. A socket closed in that window stays registered with epoll,
    // under its slot; its descriptor number goes to the next connect, in the same
    // slot. When the old socket becomes ready, the event names the slot: the new
    // connect, still in progress, must not be taken for connected.
    if (!m_isolated)
        PORTOLAN_SKIP(m_why);
    QFETCH(int, kind);
    QString error;
    auto poller = PollerFactory::create(Poller::Kind(kind), 1, &error);
    QVERIFY2(poller, qPrintable(error));
    Listeners l;
    const QHostAddress v4(QStringLiteral("127.0.0.1"));
    const quint16 open = l.listen(v4);
    const quint16 full = l.listenFull(v4, 0); // SYNs dropped: a connect stays in progress
    QVERIFY(open && full);
    const quint64 first = (quint64(1) << 32) | 0;
    const quint64 second = (quint64(2) << 32) | 0;
    QVERIFY(!poller->start(v4, open, first)); // connects at once; its event not yet taken
    const pid_t holder = fork();
    if (holder == 0) {
        ::pause(); // holds the sockets until killed
        ::_exit(0);
    }
    QVERIFY(holder > 0);
    const auto reap = qScopeGuard([holder] {
        ::kill(holder, SIGKILL);
        ::waitpid(holder, nullptr, 0);
    });
    poller->abandon(first);
    QVERIFY(!poller->start(v4, full, second));
    QCOMPARE(poller->pending(), 1);
    for (int i = 0; i < 5; ++i) {
        std::vector<Poller::Completion> out;
        poller->wait(20, &out);
        for (const Poller::Completion &c : out)
            QVERIFY2(
                c.outcome != ConnectOutcome::Connected, "a connect in progress read as connected");
    }
    QCOMPARE(poller->pending(), 1);
    const auto *descriptors = dynamic_cast<const DescriptorPoller *>(poller.get());
    QVERIFY(descriptors);
    // With epoll the old socket's event did come (the case is real); poll watches
    // descriptors by number, so none.
    QCOMPARE(descriptors->spuriousReadiness(), Poller::Kind(kind) == Poller::Kind::Epoll ? 1 : 0);
    poller->abandon(second);
}

PORTOLAN_NETNS_TEST_MAIN(TestPoller)
#include "tst_poller.moc"
