// The probe scheduler's state machine, driven by a fake poller and a fake clock:
// no sockets, no network, no waiting.
#include "fakeprobeio.h"
#include <set>

#include <functional>
#include <memory>

#include <QTest>

#include "core/engine/probescheduler.h"
#include "core/engine/scanshared.h"
#include "core/engine/workloop.h"

namespace {

using Outcome = ConnectOutcome;

struct Rig
{
    FakePoller poller;
    FakeClock clock;
    FakeBannerReader banners;
    std::unique_ptr<ScanShared> shared;
    std::unique_ptr<ProbeScheduler> scheduler;

    explicit Rig(const QString &ports, int window = 8,
        const std::function<void(ScanOptions &)> &tweak = {}, bool fedByDiscovery = false,
        int hostCount = 1)
    {
        ScanOptions o;
        QString error;
        if (!PortSpec::parse(ports, &o.ports, &error))
            qFatal("bad ports: %s", qPrintable(error));
        o.timeoutMs = 1000;
        o.retries = 1;
        if (tweak)
            tweak(o);
        HostTable hosts;
        for (int i = 1; i <= hostCount; ++i)
            hosts.appendAddress(
                QStringLiteral("lab"), QHostAddress(QStringLiteral("198.18.0.%1").arg(i)));
        shared = std::make_unique<ScanShared>(o, std::move(hosts));
        if (!fedByDiscovery) {
            shared->source.add(0, shared->total);
            shared->source.close();
        }
        scheduler = std::make_unique<ProbeScheduler>(*shared, poller, clock, &banners, window);
    }

    void end(quint16 port, Outcome outcome)
    {
        poller.end(poller.tokenFor(port), outcome);
        scheduler->handle(poller.collect());
    }
    void at(int ms)
    {
        clock.advance(ms);
        scheduler->sweep(clock.now());
    }
    int startsTo(const QString &address) const
    {
        int n = 0;
        for (const FakePoller::Start &s : poller.starts)
            n += s.address == QHostAddress(address) ? 1 : 0;
        return n;
    }
    // Every connect in progress ends with outcome.
    void endAll(Outcome outcome)
    {
        const std::set<quint64> tokens = poller.inProgress;
        for (quint64 token : tokens)
            poller.end(token, outcome);
        scheduler->handle(poller.collect());
    }
    // "port state reason" of every listed result handed over so far.
    QStringList results()
    {
        scheduler->flush();
        QStringList out;
        const ScanShared::Pending pending = shared->pending();
        for (const ScanResult &r : pending.results)
            out.append(QStringLiteral("%1 %2 %3")
                           .arg(r.port)
                           .arg(portStateName(r.state), portReasonName(r.reason)));
        out.sort();
        return out;
    }
};

// Answers from and to (exclusive) of host arriving every step, 40 ms after their
// probes went out; every dropEvery-th of them comes only to a retry.
void feedAnswers(
    HostPacer &pacer, quint64 host, int from, int to, std::chrono::microseconds step, int dropEvery)
{
    using namespace std::chrono_literals;
    const HostPacer::TimePoint t { std::chrono::hours(1) };
    for (int i = from; i < to; ++i) {
        const HostPacer::TimePoint now = t + i * step;
        pacer.answered(host, i % dropEvery == 0 ? 1 : 0, now - 40ms, now - 140ms, now);
    }
}

} // namespace

class TestProbeScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsUpToTheWindow();
    void fillStopsAfterASlice();
    void outcomesBecomeStatesAndReasons();
    void outcomeInsideStartUsesNoSlot();
    void earlyRetryAndTimeout();
    void retryAnswerWinsAndDropsTheFirstAttempt();
    void noRetries();
    void lateSweepStillRetries();
    void selfConnectIsRetriedThenClosed();
    void shortageShrinksTheWindowAndBacksOff();
    void stalledShortageStopsTheScan();
    void shortageReportedLaterIsRetried();
    void bannerRead();
    void bannerDeadline();
    void bannerReaderRefuses();
    void staleCompletionsAreIgnored();
    void pauseAndCancel();
    void cancelledResultsAreNotHandedOver();
    void allDoneOnlyWhenEverythingSettled();
    void nearHostGetsShortTimeouts();
    void farHostIsGivenTime();
    void userTimeoutIsTheMost();
    void fixedTimeoutWithoutFloor();
    void scanDelayPacesConnects();
    void droppingHostIsSlowedAndRetried();
    void otherHostsAreNotSlowed();
    void slowedHostTakesTurnsAndLetsOthersGo();
    void slowedToALittleAboveTheRateItAnswersAt();
    void randomLossDoesNotSlow();
    void waitsForHostsFoundUp();
    void answerWhileOffTheCpuIsNotTimedOut();
};

void TestProbeScheduler::waitsForHostsFoundUp()
{
    // Discovery feeds the source: nothing to probe yet is not the end of the scan.
    Rig rig(QStringLiteral("1-10"), 8, {}, true);
    QCOMPARE(rig.scheduler->fill(), false);
    QVERIFY(rig.poller.starts.empty());
    QVERIFY(!rig.scheduler->allDone());
    // The host is found up with port 3 settled by discovery: the other nine go out.
    rig.shared->source.add(0, 2);
    rig.shared->source.add(3, 10);
    rig.scheduler->fill();
    QCOMPARE(rig.poller.starts.size(), size_t(8));
    QCOMPARE(rig.poller.startsFor(3), 0);
    for (quint16 port : { 1, 2, 4, 5, 6, 7, 8, 9 })
        rig.end(port, Outcome::Refused);
    rig.scheduler->fill();
    rig.end(10, Outcome::Connected);
    QVERIFY(!rig.scheduler->allDone()); // discovery may still find more
    rig.shared->source.close();
    rig.scheduler->fill();
    QVERIFY(rig.scheduler->allDone());
    QCOMPARE(rig.results(), QStringList { QStringLiteral("10 open syn-ack") });
    // The host is up at its first answer, reported once.
    QCOMPARE(rig.shared->pending().hosts.size(), 1);
    QCOMPARE(rig.shared->pending().hosts[0].status, HostStatus::Up);
    QCOMPARE(rig.shared->pending().hosts[0].reason, HostReason::ConnRefused);
}

void TestProbeScheduler::fillsUpToTheWindow()
{
    Rig rig(QStringLiteral("1-10"), 4);
    QCOMPARE(rig.scheduler->fill(), false);
    QCOMPARE(rig.poller.starts.size(), size_t(4));
    QCOMPARE(rig.scheduler->inflight(), 4);
    QCOMPARE(rig.poller.pending(), 4);
    rig.end(1, Outcome::Refused);
    QCOMPARE(rig.scheduler->inflight(), 3);
    rig.scheduler->fill();
    QCOMPARE(rig.poller.starts.size(), size_t(5));
    QCOMPARE(rig.poller.starts.back().port, quint16(5));
    QCOMPARE(rig.poller.starts.back().address, QHostAddress(QStringLiteral("198.18.0.1")));
}

void TestProbeScheduler::fillStopsAfterASlice()
{
    Rig rig(QStringLiteral("1-100"), 100);
    QCOMPARE(rig.scheduler->fill(16), true);
    QCOMPARE(rig.poller.starts.size(), size_t(16));
    QCOMPARE(rig.scheduler->fill(1000), false);
    QCOMPARE(rig.poller.starts.size(), size_t(100));
}

void TestProbeScheduler::outcomesBecomeStatesAndReasons()
{
    Rig rig(QStringLiteral("1-7"));
    rig.scheduler->fill();
    rig.end(1, Outcome::Connected);
    rig.end(2, Outcome::Refused);
    rig.end(3, Outcome::HostUnreachable);
    rig.end(4, Outcome::NetUnreachable);
    rig.end(5, Outcome::Prohibited);
    rig.end(6, Outcome::TimedOut);
    rig.end(7, Outcome::LocalError);
    QCOMPARE(rig.results(),
        QStringList({ "1 open syn-ack", "3 filtered host-unreach", "4 filtered net-unreach",
            "5 filtered admin-prohibited", "6 filtered no-response", "7 filtered local-error" }));
    // Closed ports are counted per host, not listed; a connected socket is closed.
    QCOMPARE(rig.shared->counts().closed, quint64(1));
    QCOMPARE(rig.shared->pending().closed.value(0), quint64(1));
    QCOMPARE(rig.shared->counts().open, quint64(1));
    QCOMPARE(rig.shared->counts().filtered, quint64(5));
    QCOMPARE(rig.shared->counts().done, quint64(7));
    QCOMPARE(rig.poller.abandoned, std::vector<quint64>({ rig.poller.tokenFor(1) }));
    QVERIFY(rig.scheduler->allDone());
}

void TestProbeScheduler::outcomeInsideStartUsesNoSlot()
{
    Rig rig(QStringLiteral("1-3"), 1, [](ScanOptions &o) { o.keepClosed = true; });
    rig.poller.immediate = [](quint16 port) -> std::optional<Outcome> {
        return port == 2 ? std::optional(Outcome::Refused) : std::nullopt;
    };
    rig.scheduler->fill();
    QCOMPARE(rig.poller.starts.size(), size_t(1));
    rig.end(1, Outcome::Refused);
    rig.scheduler->fill(); // port 2 is refused inside start() and port 3 takes the slot
    QCOMPARE(rig.poller.starts.size(), size_t(3));
    QCOMPARE(rig.scheduler->inflight(), 1);
    QCOMPARE(rig.results(), QStringList({ "1 closed conn-refused", "2 closed conn-refused" }));
}

void TestProbeScheduler::earlyRetryAndTimeout()
{
    Rig rig(QStringLiteral("80"));
    rig.scheduler->fill();
    rig.at(499);
    rig.scheduler->fill();
    QCOMPARE(rig.poller.startsFor(80), 1);
    // At timeout / (retries + 1) the retry goes out while the first attempt waits on.
    rig.at(1);
    rig.scheduler->fill();
    QCOMPARE(rig.poller.startsFor(80), 2);
    QCOMPARE(rig.scheduler->inflight(), 2);
    rig.at(500); // the first attempt times out: the retry is still out
    QCOMPARE(rig.scheduler->inflight(), 1);
    QCOMPARE(rig.poller.abandoned.size(), size_t(1));
    QVERIFY(rig.results().isEmpty());
    rig.at(499);
    QVERIFY(rig.results().isEmpty());
    rig.at(1); // the retry gets its full timeout too
    QCOMPARE(rig.results(), QStringList({ "80 filtered no-response" }));
    QCOMPARE(rig.shared->counts().done, quint64(1));
    QVERIFY(rig.scheduler->allDone());
}

void TestProbeScheduler::retryAnswerWinsAndDropsTheFirstAttempt()
{
    Rig rig(QStringLiteral("80"));
    rig.scheduler->fill();
    const quint64 first = rig.poller.tokenFor(80);
    rig.at(600);
    rig.scheduler->fill();
    QCOMPARE(rig.poller.startsFor(80), 2);
    rig.end(80, Outcome::Refused);
    QCOMPARE(rig.scheduler->inflight(), 0);
    QCOMPARE(rig.poller.abandoned, std::vector<quint64>({ first }));
    rig.at(2000);
    QCOMPARE(rig.shared->counts().done, quint64(1));
    QCOMPARE(rig.shared->counts().closed, quint64(1));
    QVERIFY(rig.results().isEmpty());
    QVERIFY(rig.scheduler->allDone());
}

void TestProbeScheduler::noRetries()
{
    Rig rig(QStringLiteral("80"), 8, [](ScanOptions &o) { o.retries = 0; });
    rig.scheduler->fill();
    rig.at(999);
    rig.scheduler->fill();
    QCOMPARE(rig.poller.startsFor(80), 1);
    QVERIFY(rig.results().isEmpty());
    rig.at(1);
    QCOMPARE(rig.results(), QStringList({ "80 filtered no-response" }));
    QCOMPARE(rig.poller.startsFor(80), 1);
}

void TestProbeScheduler::lateSweepStillRetries()
{
    // No sweep ran before the deadline: the retry goes out after the timeout.
    Rig rig(QStringLiteral("80"));
    rig.scheduler->fill();
    rig.at(1000);
    QVERIFY(rig.results().isEmpty());
    rig.scheduler->fill();
    QCOMPARE(rig.poller.startsFor(80), 2);
    rig.end(80, Outcome::Connected);
    QCOMPARE(rig.results(), QStringList({ "80 open syn-ack" }));
}

void TestProbeScheduler::selfConnectIsRetriedThenClosed()
{
    Rig rig(QStringLiteral("40000"), 8, [](ScanOptions &o) { o.keepClosed = true; });
    rig.scheduler->fill();
    for (int i = 0; i < ProbeScheduler::maxSelfConnects; ++i) {
        rig.end(40000, Outcome::SelfConnect);
        QVERIFY(rig.results().isEmpty());
        rig.scheduler->fill();
        QCOMPARE(rig.poller.startsFor(40000), i + 2);
    }
    rig.end(40000, Outcome::SelfConnect);
    QCOMPARE(rig.results(), QStringList({ "40000 closed conn-refused" }));
    QVERIFY(rig.scheduler->allDone());
}

void TestProbeScheduler::shortageShrinksTheWindowAndBacksOff()
{
    Rig rig(QStringLiteral("1-20"), 4);
    bool short3 = true;
    rig.poller.immediate = [&short3](quint16 port) -> std::optional<Outcome> {
        return port == 3 && short3 ? std::optional(Outcome::Shortage) : std::nullopt;
    };
    rig.scheduler->fill();
    QCOMPARE(rig.poller.starts.size(), size_t(3)); // 1, 2, then 3 ran short
    QCOMPARE(rig.scheduler->window(), 2);
    QVERIFY(rig.scheduler->backingOff());
    rig.end(1, Outcome::Refused);
    rig.scheduler->fill(); // still backing off until the next sweep
    QCOMPARE(rig.poller.starts.size(), size_t(3));
    short3 = false;
    rig.at(10);
    QVERIFY(!rig.scheduler->backingOff());
    rig.scheduler->fill();
    QCOMPARE(rig.poller.starts.back().port, quint16(3)); // the short probe goes first
    QCOMPARE(rig.scheduler->inflight(), 2);
    // The window grows back by one for every window's worth of settled probes.
    for (quint16 port : { 2, 3 })
        rig.end(port, Outcome::Refused);
    QCOMPARE(rig.scheduler->window(), 3);
    QCOMPARE(rig.shared->error(), QString());
}

void TestProbeScheduler::stalledShortageStopsTheScan()
{
    Rig rig(QStringLiteral("1-5"), 4);
    rig.poller.immediate = [](quint16) -> std::optional<Outcome> { return Outcome::Shortage; };
    rig.scheduler->fill();
    QCOMPARE(rig.scheduler->inflight(), 0);
    for (int i = 0; i < 10; ++i) {
        rig.at(1000);
        rig.scheduler->fill();
    }
    QVERIFY(!rig.shared->cancelled.load());
    rig.at(1001);
    QVERIFY(rig.shared->cancelled.load());
    QVERIFY(rig.shared->error().contains(QLatin1String("file descriptors")));
}

void TestProbeScheduler::shortageReportedLaterIsRetried()
{
    // A connect can also run short after it started (no local port for that peer).
    Rig rig(QStringLiteral("1-3"), 3);
    rig.scheduler->fill();
    rig.end(2, Outcome::Shortage);
    QCOMPARE(rig.scheduler->window(), 2);
    QVERIFY(rig.scheduler->backingOff());
    QVERIFY(rig.results().isEmpty());
    QCOMPARE(rig.shared->counts().done, quint64(0));
    rig.at(10);
    rig.scheduler->fill(); // the window (2) is full: ports 1 and 3 are still out
    QCOMPARE(rig.poller.startsFor(2), 1);
    rig.end(1, Outcome::Refused);
    rig.scheduler->fill();
    QCOMPARE(rig.poller.startsFor(2), 2);
    rig.end(2, Outcome::Connected);
    QCOMPARE(rig.results(), QStringList({ "2 open syn-ack" }));
}

void TestProbeScheduler::bannerRead()
{
    Rig rig(QStringLiteral("22"), 8, [](ScanOptions &o) { o.grabBanners = true; });
    rig.scheduler->fill();
    const quint64 token = rig.poller.tokenFor(22);
    rig.end(22, Outcome::Connected);
    QCOMPARE(rig.poller.detached, std::vector<quint64>({ token }));
    QCOMPARE(rig.banners.reading.count(token), size_t(1));
    QCOMPARE(rig.scheduler->bannersReading(), 1);
    QCOMPARE(rig.scheduler->inflight(), 1); // a banner being read holds its slot
    QVERIFY(!rig.scheduler->allDone());
    rig.scheduler->bannerRead(token, "SSH-2.0-lab\r\n");
    QCOMPARE(rig.scheduler->bannersReading(), 0);
    rig.scheduler->flush();
    QCOMPARE(rig.shared->pending().results.size(), 1);
    QCOMPARE(rig.shared->pending().results[0].banner, QByteArray("SSH-2.0-lab\r\n"));
    QCOMPARE(rig.shared->pending().results[0].state, PortState::Open);
    QVERIFY(rig.scheduler->allDone());
}

void TestProbeScheduler::bannerDeadline()
{
    Rig rig(QStringLiteral("25"), 8, [](ScanOptions &o) { o.grabBanners = true; });
    rig.banners.partial = "220 mail";
    rig.scheduler->fill();
    const quint64 token = rig.poller.tokenFor(25);
    rig.end(25, Outcome::Connected);
    rig.at(ScanOptions::bannerTimeoutMs - 1);
    QVERIFY(rig.banners.ended.empty());
    rig.at(1);
    QCOMPARE(rig.banners.ended, std::vector<quint64>({ token }));
    QCOMPARE(rig.shared->pending().results.size(), 1);
    QCOMPARE(rig.shared->pending().results[0].banner, QByteArray("220 mail"));
    QVERIFY(rig.scheduler->allDone());
}

void TestProbeScheduler::bannerReaderRefuses()
{
    Rig rig(QStringLiteral("22"), 8, [](ScanOptions &o) { o.grabBanners = true; });
    rig.banners.accept = false;
    rig.scheduler->fill();
    rig.end(22, Outcome::Connected);
    QCOMPARE(rig.scheduler->inflight(), 0);
    QCOMPARE(rig.scheduler->bannersReading(), 0);
    QCOMPARE(rig.results(), QStringList({ "22 open syn-ack" }));
}

void TestProbeScheduler::staleCompletionsAreIgnored()
{
    Rig rig(QStringLiteral("1-2"), 1);
    rig.scheduler->fill();
    const quint64 old = rig.poller.tokenFor(1);
    rig.end(1, Outcome::Refused);
    rig.scheduler->fill(); // port 2 reuses slot 0 under a new generation
    QCOMPARE(rig.poller.tokenFor(2) & 0xffffffffu, old & 0xffffffffu);
    QVERIFY(rig.poller.tokenFor(2) != old);
    // A late report for the old attempt must not settle port 2; a connected
    // socket it names is closed.
    rig.poller.connected.insert(old);
    rig.scheduler->handle({ Poller::Completion { old, Outcome::Connected } });
    QCOMPARE(rig.scheduler->inflight(), 1);
    QCOMPARE(rig.poller.abandoned, std::vector<quint64>({ old }));
    QCOMPARE(rig.shared->counts().done + 0, quint64(0));
    rig.scheduler->flush();
    QCOMPARE(rig.shared->counts().done, quint64(1));
}

void TestProbeScheduler::pauseAndCancel()
{
    Rig rig(QStringLiteral("1-10"), 4);
    rig.shared->paused = true;
    rig.scheduler->fill();
    QVERIFY(rig.poller.starts.empty());
    rig.shared->paused = false;
    rig.scheduler->fill();
    QCOMPARE(rig.poller.starts.size(), size_t(4));
    rig.shared->cancelled = true;
    rig.end(1, Outcome::Refused);
    rig.scheduler->fill();
    QCOMPARE(rig.poller.starts.size(), size_t(4));
    rig.scheduler->abortAll();
    QCOMPARE(rig.scheduler->inflight(), 0);
    QCOMPARE(rig.poller.pending(), 0);
    QCOMPARE(rig.poller.abandoned.size(), size_t(3));
}

void TestProbeScheduler::cancelledResultsAreNotHandedOver()
{
    Rig rig(QStringLiteral("1-2"));
    rig.scheduler->fill();
    rig.end(1, Outcome::Connected);
    rig.shared->cancelled = true;
    rig.scheduler->flush();
    QVERIFY(rig.shared->pending().results.isEmpty());
    QCOMPARE(rig.shared->counts().done, quint64(1)); // still counted
}

void TestProbeScheduler::allDoneOnlyWhenEverythingSettled()
{
    Rig rig(QStringLiteral("1-130"), 200);
    QVERIFY(!rig.scheduler->allDone());
    rig.scheduler->fill(1000);
    QCOMPARE(rig.poller.starts.size(), size_t(130)); // claimed in chunks until empty
    QVERIFY(!rig.scheduler->allDone());
    for (quint16 port = 1; port <= 130; ++port)
        rig.end(port, Outcome::Refused);
    QVERIFY(rig.scheduler->allDone());
    rig.scheduler->flush();
    QCOMPARE(rig.shared->counts().done, quint64(130));
    QCOMPARE(rig.shared->counts().closed, quint64(130));
}

namespace {

// Answers ports first..last of the rig's host with a reset after rttMs each, one at a time.
void teach(Rig &rig, quint16 first, quint16 last, int rttMs)
{
    for (quint16 port = first; port <= last; ++port) {
        rig.scheduler->fill(1);
        rig.clock.advance(rttMs);
        rig.end(port, Outcome::Refused);
    }
}

} // namespace

void TestProbeScheduler::nearHostGetsShortTimeouts()
{
    // A host that answers in 2 ms: a silent port is given up at the floor (100 ms),
    // not at the user's 1000 ms.
    Rig rig(QStringLiteral("1-11"), 1, [](ScanOptions &o) { o.retries = 0; });
    teach(rig, 1, 10, 2);
    QCOMPARE(rig.scheduler->timeoutFor(0), std::chrono::microseconds(100000));
    rig.scheduler->fill();
    rig.at(99);
    QVERIFY(rig.results().isEmpty());
    rig.at(1);
    QCOMPARE(rig.results(), QStringList({ "11 filtered no-response" }));
}

void TestProbeScheduler::farHostIsGivenTime()
{
    // A host 300 ms away is not declared filtered at 100 ms: SRTT + 4 RTTVAR = 900 ms.
    Rig rig(QStringLiteral("1-2"), 1, [](ScanOptions &o) { o.retries = 0; });
    teach(rig, 1, 1, 300);
    rig.scheduler->fill();
    rig.at(899);
    QVERIFY(rig.results().isEmpty());
    rig.end(2, Outcome::Connected); // answered late, still in time
    QCOMPARE(rig.results(), QStringList({ "2 open syn-ack" }));
}

void TestProbeScheduler::userTimeoutIsTheMost()
{
    Rig rig(QStringLiteral("1-2"), 1, [](ScanOptions &o) {
        o.retries = 0;
        o.timeoutMs = 400;
    });
    teach(rig, 1, 1, 300); // would ask for 900 ms
    rig.scheduler->fill();
    rig.at(399);
    QVERIFY(rig.results().isEmpty());
    rig.at(1);
    QCOMPARE(rig.results(), QStringList({ "2 filtered no-response" }));
}

void TestProbeScheduler::fixedTimeoutWithoutFloor()
{
    Rig rig(QStringLiteral("1-11"), 1, [](ScanOptions &o) {
        o.retries = 0;
        o.floorTimeoutMs = 0; // adaptive timing off
    });
    teach(rig, 1, 10, 2);
    QCOMPARE(rig.scheduler->timeoutFor(0), std::chrono::microseconds(1000000));
    rig.scheduler->fill();
    rig.at(999);
    QVERIFY(rig.results().isEmpty());
    rig.at(1);
    QCOMPARE(rig.results(), QStringList({ "11 filtered no-response" }));
}

void TestProbeScheduler::scanDelayPacesConnects()
{
    // -T2 and below: one connect, then nothing until the delay has passed.
    Rig rig(QStringLiteral("1-3"), 8, [](ScanOptions &o) { o.scanDelayMs = 400; });
    rig.scheduler->fill();
    QCOMPARE(rig.poller.starts.size(), size_t(1));
    rig.end(1, Outcome::Refused);
    rig.clock.advance(399);
    rig.scheduler->fill();
    QCOMPARE(rig.poller.starts.size(), size_t(1));
    rig.clock.advance(1);
    rig.scheduler->fill();
    QCOMPARE(rig.poller.starts.size(), size_t(2));
    rig.clock.advance(400);
    rig.scheduler->fill();
    QCOMPARE(rig.poller.starts.size(), size_t(3)); // pacing does not wait for answers
}

void TestProbeScheduler::droppingHostIsSlowedAndRetried()
{
    // Ports 1-10 answer at once; 11-16 drop their first attempt (a host that limits
    // its resets); 17 never answers. The answers to retries slow the host down and
    // give its silent port a third attempt before it counts as filtered.
    Rig rig(QStringLiteral("1-17"), 32, [](ScanOptions &o) { o.floorTimeoutMs = 0; });
    rig.scheduler->fill(1000);
    QCOMPARE(rig.poller.starts.size(), size_t(17));
    for (quint16 port = 1; port <= 10; ++port)
        rig.end(port, Outcome::Refused);
    rig.at(500); // retries for 11-17 go out
    rig.scheduler->fill(1000);
    QCOMPARE(rig.poller.starts.size(), size_t(24));
    for (quint16 port = 11; port <= 16; ++port)
        rig.end(port, Outcome::Refused); // answered on attempt 1: drops
    QVERIFY(rig.scheduler->pacer().delay(0) > std::chrono::microseconds(0));
    QCOMPARE(rig.scheduler->pacer().retriesFor(0, 1), HostPacer::droppingRetries);
    rig.at(500); // port 17's first attempt times out; its retry is still out
    QVERIFY(rig.results().isEmpty());
    rig.at(500); // the retry times out: a third attempt, not a verdict
    QVERIFY(rig.results().isEmpty());
    // The third attempt is paced: it starts when the host's delay allows, not at once.
    for (int i = 0; i < 100 && rig.poller.startsFor(17) < 3; ++i) {
        rig.scheduler->fill(1000);
        rig.clock.advance(1);
    }
    QCOMPARE(rig.poller.startsFor(17), 3);
    // It gets the retries of a host that drops probes, then its verdict.
    for (int i = 0; i < 100 && !rig.scheduler->allDone(); ++i) {
        rig.scheduler->fill(1000);
        rig.at(100);
    }
    QCOMPARE(rig.poller.startsFor(17), HostPacer::droppingRetries + 1);
    QCOMPARE(rig.results(), QStringList({ "17 filtered no-response" }));
    QCOMPARE(rig.shared->counts().closed, quint64(16));
    QVERIFY(rig.scheduler->allDone());
    QCOMPARE(rig.scheduler->pacer().reports().size(), 1);
}

void TestProbeScheduler::otherHostsAreNotSlowed()
{
    using namespace std::chrono_literals;
    HostPacer pacer;
    HostPacer::TimePoint t { std::chrono::hours(1) };
    // Two retries answered whose first tries went out at the current pace: slow down.
    pacer.answered(7, 1, t + 5ms, t, t + 50ms);
    pacer.answered(7, 1, t + 6ms, t + 1ms, t + 51ms);
    QCOMPARE(pacer.delay(7), HostPacer::firstDelay);
    // Evidence about probes sent before the change does not slow it further.
    for (int i = 0; i < 10; ++i)
        pacer.answered(7, 1, t + 5ms, t + 2ms, t + 52ms);
    QCOMPARE(pacer.delay(7), HostPacer::firstDelay);
    // Drops at the new pace do.
    pacer.answered(7, 1, t + 20ms, t + 10ms, t + 70ms);
    pacer.answered(7, 1, t + 21ms, t + 11ms, t + 71ms);
    QCOMPARE(pacer.delay(7), 2 * HostPacer::firstDelay);
    QCOMPARE(pacer.delay(8), std::chrono::microseconds(0));
    HostPacer::TimePoint next {};
    QVERIFY(pacer.take(8, t, &next));
    QVERIFY(pacer.take(8, t, &next));
    // Host 7: one probe per delay; turns it did not use (up to burstCredit) at once.
    const HostPacer::TimePoint later = t + 100ms;
    int turns = 0;
    while (turns < 100 && pacer.take(7, later, &next))
        ++turns;
    QCOMPARE(turns, 5); // the turn due and four of 2 ms
    QCOMPARE(next, later + pacer.delay(7));
    QVERIFY(!pacer.take(7, next - 1us, &next));
    QVERIFY(pacer.take(7, next, &next));
    // A worker back late catches up on a few turns, not on all it missed.
    const HostPacer::TimePoint late = later + 1s;
    turns = 0;
    while (turns < 100 && pacer.take(7, late, &next))
        ++turns;
    QCOMPARE(turns, 5);
    // Answers on the first try at the current pace ease it off again.
    for (int i = 0; i < 1000; ++i)
        pacer.answered(7, 0, later + std::chrono::milliseconds(i), {},
            later + std::chrono::milliseconds(i + 50));
    QCOMPARE(pacer.delay(7), std::chrono::microseconds(0));
    QCOMPARE(pacer.retriesFor(8, 1), 1);
    QCOMPARE(pacer.retriesFor(7, 1), HostPacer::droppingRetries);
    QCOMPARE(pacer.reports().size(), 1);
}

void TestProbeScheduler::slowedHostTakesTurnsAndLetsOthersGo()
{
    // Two hosts of 2000 ports; the first one drops probes and is slowed to one a
    // millisecond. Its probes wait for their turns (a thousand at most per worker);
    // the rest of its run goes back to the source, so the second host's go at once.
    Rig rig(QStringLiteral("1-2000"), 4096, {}, false, 2);
    const auto t = rig.clock.now();
    rig.shared->pacer.answered(0, 1, t, t, t);
    rig.shared->pacer.answered(0, 1, t, t, t);
    QCOMPARE(rig.shared->pacer.delay(0), HostPacer::firstDelay);
    rig.scheduler->fill(100000); // one start, 1024 waiting, the rest put back
    QCOMPARE(rig.startsTo(QStringLiteral("198.18.0.2")), 0);
    rig.scheduler->fill(100000);
    QCOMPARE(rig.startsTo(QStringLiteral("198.18.0.2")), 2000);
    QCOMPARE(rig.startsTo(QStringLiteral("198.18.0.1")), 1);
    QCOMPARE(rig.scheduler->nextTurn(), t + HostPacer::firstDelay);
    rig.clock.advance(1);
    rig.scheduler->fill(100000);
    QCOMPARE(rig.startsTo(QStringLiteral("198.18.0.1")), 2);
    // Back 10 ms late: the turn due and four more (burstCredit), not all ten missed.
    rig.clock.advance(11);
    rig.scheduler->fill(100000);
    QCOMPARE(rig.startsTo(QStringLiteral("198.18.0.1")), 7);
    // Every port of both hosts is probed once and settled, one turn at a time.
    rig.endAll(Outcome::Refused);
    for (int i = 0; i < 3000 && !rig.scheduler->allDone(); ++i) {
        rig.clock.advance(1);
        rig.scheduler->fill(100000);
        rig.endAll(Outcome::Refused);
    }
    QVERIFY(rig.scheduler->allDone());
    QCOMPARE(rig.startsTo(QStringLiteral("198.18.0.1")), 2000);
    rig.scheduler->flush();
    QCOMPARE(rig.shared->counts().closed, quint64(4000));
}

void TestProbeScheduler::slowedToALittleAboveTheRateItAnswersAt()
{
    using namespace std::chrono_literals;
    // A host that answers 200 probes a second, sent a probe every 2 ms: every
    // other answer comes only to a retry.
    HostPacer pacer;
    feedAnswers(pacer, 3, 0, 200, 5ms, 2);
    // Its rate is known: one answer per 5 ms, probed 15 % faster than that.
    const auto target = std::chrono::microseconds(5000) * 100 / HostPacer::overRate;
    QVERIFY2(qAbs(pacer.delay(3).count() - target.count()) < 100,
        qPrintable(QString::number(pacer.delay(3).count())));
    // Drops go on at that pace, by design: no slower.
    feedAnswers(pacer, 3, 200, 400, 5ms, 8);
    QVERIFY2(qAbs(pacer.delay(3).count() - target.count()) < 100,
        qPrintable(QString::number(pacer.delay(3).count())));
    QCOMPARE(pacer.retriesFor(3, 1), HostPacer::droppingRetries);
}

void TestProbeScheduler::randomLossDoesNotSlow()
{
    using namespace std::chrono_literals;
    // One answer in fifty comes only to a retry: loss, which retries cover.
    HostPacer pacer;
    feedAnswers(pacer, 4, 0, 1000, 1ms, 50);
    QCOMPARE(pacer.delay(4), std::chrono::microseconds(0));
    QCOMPARE(pacer.retriesFor(4, 1), 2); // one more than it needed
    QVERIFY(pacer.reports().isEmpty());
}

void TestProbeScheduler::answerWhileOffTheCpuIsNotTimedOut()
{
    // The worker's loop: the handshake completes after the wait that would have
    // reported it returned, while the thread was off the CPU until past the port's
    // deadline. The sweep must not call the port filtered.
    Rig rig(QStringLiteral("80"), 8, [](ScanOptions &o) {
        o.timeoutMs = 300;
        o.floorTimeoutMs = 0;
        o.retries = 0;
    });
    struct Steps
    {
        Rig &rig;
        int turns = 0;

        bool fill() { return rig.scheduler->fill(); }
        bool allDone() const { return rig.scheduler->allDone(); }
        static ScanClock::TimePoint nextTurn() { return ScanClock::TimePoint::max(); }
        static int capWait(int ms) { return ms; }
        void handle(const std::vector<Poller::Completion> &completions)
        {
            rig.scheduler->handle(completions);
            rig.clock.advance(1); // bounded: without an answer the port times out
            if (++turns == 1) {
                rig.clock.advance(400);
                rig.poller.end(rig.poller.tokenFor(80), Outcome::Connected);
            }
        }
        void sweep(ScanClock::TimePoint lookedAt) { rig.scheduler->sweep(lookedAt); }
        static void afterTurn() { }
        void finish()
        {
            rig.scheduler->abortAll();
            rig.scheduler->flush();
        }
    } steps { rig };
    const std::atomic<bool> cancelled { false };
    runWorkLoop(rig.clock, cancelled, std::chrono::milliseconds(6), rig.poller, steps);
    QCOMPARE(rig.results(), QStringList { QStringLiteral("80 open syn-ack") });
    QCOMPARE(rig.poller.startsFor(80), 1);
}

QTEST_APPLESS_MAIN(TestProbeScheduler)
#include "tst_probescheduler.moc"
