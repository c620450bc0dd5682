// UdpScheduler on a fake clock against simulated hosts: each keeps an ICMP token
// bucket as Linux does (a burst, then one error per interval), answers from open
// ports, refuses closed ones while it has a token, and drops what a firewall drops.
#include "fakeprobeio.h"
#include <map>
#include <set>

#include <QTest>

#include "common/tokenbucket.h"
#include "core/engine/udpscheduler.h"
#include "core/services/udpprobetable.h"

using namespace std::chrono_literals;
using TimePoint = ScanClock::TimePoint;

namespace {

struct SimHost
{
    QHostAddress address;
    TokenBucket bucket;
    std::set<quint16> open;
    std::set<quint16> dropped; // everything else is closed
    int errorsDenied = 0; // datagrams to closed ports that found no token
};

// Runs the scheduler against the hosts until every port is decided (or a bound
// on simulated time), answering each datagram 1 ms after it went.
class Sim
{
public:
    Sim(std::vector<SimHost> hosts, int retries = 1)
        : m_hosts(std::move(hosts))
    {
        UdpScheduler::Config config;
        config.retries = retries;
        config.ceiling = 500ms;
        m_scheduler = std::make_unique<UdpScheduler>(m_table, m_estimator, m_clock, config);
    }

    void add(size_t host, quint16 first, quint16 last)
    {
        for (quint32 p = first; p <= last; ++p)
            m_scheduler->add(host, m_hosts[host].address, static_cast<quint16>(p));
    }
    // Runs for at most limit of simulated time, or until stopAt(this) says so.
    void run(std::chrono::milliseconds limit, const std::function<bool()> &stopAt = {})
    {
        const TimePoint end = m_clock.now() + limit;
        while (!m_scheduler->idle() && m_clock.now() < end && !(stopAt && stopAt())) {
            sendAll();
            m_clock.advance(1);
            deliver();
            m_scheduler->sweep();
            take();
            m_clock.advance(9);
        }
    }
    void take()
    {
        for (UdpScheduler::Decision &d : m_scheduler->takeDecisions())
            decisions[{ d.host, d.port }] = d;
    }
    QString state(size_t host, quint16 port) const
    {
        const auto it = decisions.find({ host, port });
        return it == decisions.end() ? QStringLiteral("undecided")
                                     : portStateName(it->second.state) + QLatin1Char(' ')
                + portReasonName(it->second.reason);
    }
    int count(const QString &text) const
    {
        int n = 0;
        for (const auto &[key, d] : decisions)
            n += state(key.first, key.second) == text ? 1 : 0;
        return n;
    }

    FakeClock m_clock;
    UdpProbeTable m_table;
    IcmpRateEstimator m_estimator;
    std::unique_ptr<UdpScheduler> m_scheduler;
    std::vector<SimHost> m_hosts;
    std::map<std::pair<quint64, quint16>, UdpScheduler::Decision> decisions;
    std::vector<UdpScheduler::Send> inFlight;
    int sends = 0;
    // How a host answers: by default as SimHost says.
    std::function<void(const UdpScheduler::Send &, Sim &)> answer;

private:
    void sendAll()
    {
        UdpScheduler::Send send;
        while (m_scheduler->next(&send)) {
            ++sends;
            inFlight.push_back(send);
        }
    }
    void deliver()
    {
        std::vector<UdpScheduler::Send> sent;
        sent.swap(inFlight);
        for (const UdpScheduler::Send &s : sent) {
            if (answer) {
                answer(s, *this);
                continue;
            }
            SimHost &h = hostAt(s.address);
            if (h.open.count(s.port)) {
                m_scheduler->reply(s.address, s.port, QByteArrayLiteral("here"));
            } else if (!h.dropped.count(s.port)) {
                if (h.bucket.take(m_clock.now()))
                    m_scheduler->icmp(error(s, IcmpError::Kind::PortUnreachable, s.address));
                else
                    ++h.errorsDenied;
            }
        }
    }

public:
    SimHost &hostAt(const QHostAddress &a)
    {
        for (SimHost &h : m_hosts) {
            if (h.address.isEqual(a))
                return h;
        }
        qFatal("no such host");
    }
    static IcmpError error(
        const UdpScheduler::Send &s, IcmpError::Kind kind, const QHostAddress &from)
    {
        IcmpError e;
        e.target = s.address;
        e.targetPort = s.port;
        e.kind = kind;
        e.sender = from;
        return e;
    }
};

SimHost host(const char *address, int burst = 6, int intervalMs = 1000)
{
    SimHost h;
    h.address = QHostAddress(QString::fromLatin1(address));
    h.bucket.burst = burst;
    h.bucket.interval = std::chrono::milliseconds(intervalMs);
    return h;
}

} // namespace

class TestUdpScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closedPortsAreConfirmed_data();
    void closedPortsAreConfirmed();
    void hostsGoInParallel();
    void stopLeavesUnconfirmedOpenFiltered();
    void repliesMustMatch();
    void routerErrorNamesItsSender();
    void tftpAnswersFromANewPort();
    void everyProbeOfAPortIsTried();
    void ourOwnPortIsClosed();
    void aDroppedPortInTheRushTeachesNothing();
};

void TestUdpScheduler::closedPortsAreConfirmed_data()
{
    QTest::addColumn<int>("burst");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("closed");
    QTest::addColumn<int>("open");
    QTest::addColumn<int>("dropped");
    QTest::newRow("Linux IPv4, all closed") << 6 << 1000 << 40 << 0 << 0;
    QTest::newRow("some open, some dropped") << 6 << 1000 << 30 << 5 << 5;
    QTest::newRow("mostly dropped") << 6 << 1000 << 10 << 0 << 30;
    QTest::newRow("faster than the prior") << 6 << 250 << 30 << 2 << 2;
    QTest::newRow("a small burst") << 2 << 1000 << 12 << 1 << 1;
    QTest::newRow("IPv6 on a /64 (25 ms)") << 6 << 25 << 40 << 2 << 2;
    QTest::newRow("IPv6 to a default route (6.25 ms, as 7)") << 6 << 7 << 40 << 2 << 2;
}

// Every closed port closed (none assumed open|filtered), at the host's pace: no
// confirmation found the bucket empty, and the whole scan took about what the
// limit sets (the errors beyond the burst, one interval each), not more.
void TestUdpScheduler::closedPortsAreConfirmed()
{
    QFETCH(int, burst);
    QFETCH(int, intervalMs);
    QFETCH(int, closed);
    QFETCH(int, open);
    QFETCH(int, dropped);
    SimHost h = host("198.18.0.2", burst, intervalMs);
    const quint16 first = 20000;
    // Open and dropped ports spread among the closed ones.
    const int all = closed + open + dropped;
    for (int i = 0; i < open; ++i)
        h.open.insert(quint16(first + (i * all) / open));
    for (int i = 0; i < dropped; ++i)
        h.dropped.insert(quint16(first + 1 + (i * all) / dropped));
    QCOMPARE(int(h.open.size()), open);
    QCOMPARE(int(h.dropped.size()), dropped);
    Sim sim({ h });
    sim.add(0, first, quint16(first + all - 1));
    const TimePoint start = sim.m_clock.now();
    sim.run(10min);
    QVERIFY(sim.m_scheduler->idle());
    QCOMPARE(sim.count(QStringLiteral("closed port-unreach")), closed);
    QCOMPARE(sim.count(QStringLiteral("open udp-response")), open);
    QCOMPARE(sim.count(QStringLiteral("open|filtered no-response")), dropped);
    const auto took
        = std::chrono::duration_cast<std::chrono::milliseconds>(sim.m_clock.now() - start);
    // Between the model's tokens a waiting port is asked early, at most four times an
    // interval: those may find the bucket empty, and nothing else beyond the first rush.
    const auto intervals = took / std::chrono::milliseconds(intervalMs) + 1;
    QVERIFY2(sim.m_hosts[0].errorsDenied <= std::max(0, closed - burst) + 4 * int(intervals),
        qPrintable(QString::number(sim.m_hosts[0].errorsDenied)));
    // Paced at the host's own interval, learnt from the early asks' answers when the
    // host is faster than the prior, but no faster than one early ask and its wait
    // (the probe timeout's 100 ms floor) allow: about 150 ms an error.
    const auto paced = std::max(std::chrono::milliseconds(intervalMs), 150ms);
    const auto floor = std::max(0, closed - burst) * paced;
    qInfo("took %lld ms; the limit's floor %lld ms", qint64(took.count()), qint64(floor.count()));
    QVERIFY(took <= floor * 125 / 100 + (dropped + 3) * 500ms);
}

// Two hosts, each with its own bucket: their closed ports are confirmed side by
// side, not one host after the other.
void TestUdpScheduler::hostsGoInParallel()
{
    Sim sim({ host("198.18.0.2"), host("198.18.0.3") });
    sim.add(0, 20001, 20016);
    sim.add(1, 20001, 20016);
    const TimePoint start = sim.m_clock.now();
    sim.run(10min);
    QCOMPARE(sim.count(QStringLiteral("closed port-unreach")), 32);
    const auto took = sim.m_clock.now() - start;
    QVERIFY(took < 10 * 1000ms * 125 / 100);
}

// Stopped while confirming: the ports confirmed are closed, the rest open|filtered
// with not-confirmed; progress said how many were waiting and for how long.
void TestUdpScheduler::stopLeavesUnconfirmedOpenFiltered()
{
    SimHost h = host("198.18.0.2");
    h.dropped.insert(20001);
    Sim sim({ h });
    sim.add(0, 20001, 20020);
    sim.run(3000ms);
    QCOMPARE(sim.m_scheduler->confirming(),
        19u - quint64(sim.count(QStringLiteral("closed port-unreach"))));
    QVERIFY(sim.m_scheduler->confirming() > 0);
    const qint64 eta = sim.m_scheduler->confirmEtaMs();
    QVERIFY2(eta >= qint64(sim.m_scheduler->confirming() - 1) * 1000
            && eta <= qint64(sim.m_scheduler->confirming() + 1) * 1100,
        qPrintable(QString::number(eta)));
    const int closedBefore = sim.count(QStringLiteral("closed port-unreach"));
    sim.m_scheduler->stop();
    sim.take();
    QVERIFY(sim.m_scheduler->idle());
    QCOMPARE(sim.count(QStringLiteral("closed port-unreach")), closedBefore);
    QCOMPARE(sim.count(QStringLiteral("open|filtered not-confirmed")), 19 - closedBefore);
    // The dropped port had a credible silence: not closed, just not retried yet.
    QCOMPARE(sim.state(0, 20001), QStringLiteral("open|filtered no-response"));
}

// A reply opens a port only from its address and port, with the probe's own id.
void TestUdpScheduler::repliesMustMatch()
{
    Sim sim({ host("198.18.0.2") });
    sim.answer = [](const UdpScheduler::Send &s, Sim &self) {
        // A DNS reply with the wrong id to 53; the right bytes from the wrong port
        // and from the wrong address to 20000; nothing else.
        if (s.port == 53) {
            QByteArray reply = s.datagram;
            reply[0] = char(reply[0] ^ 0x5a);
            reply[2] = char(0x84);
            self.m_scheduler->reply(s.address, 53, reply);
        } else {
            self.m_scheduler->reply(s.address, 20001, QByteArrayLiteral("here"));
            self.m_scheduler->reply(QHostAddress(QStringLiteral("198.18.0.9")), 20000, "here");
        }
    };
    sim.add(0, 53, 53);
    sim.add(0, 20000, 20000);
    sim.run(10s);
    QCOMPARE(sim.state(0, 53), QStringLiteral("open|filtered no-response"));
    QCOMPARE(sim.state(0, 20000), QStringLiteral("open|filtered no-response"));
}

// An error from a router on the way: filtered, and the router named.
void TestUdpScheduler::routerErrorNamesItsSender()
{
    Sim sim({ host("198.18.0.2") });
    const QHostAddress router(QStringLiteral("198.18.0.1"));
    sim.answer = [router](const UdpScheduler::Send &s, Sim &self) {
        self.m_scheduler->icmp(Sim::error(s, IcmpError::Kind::AdminProhibited, router));
    };
    sim.add(0, 161, 161);
    sim.run(5s);
    QCOMPARE(sim.state(0, 161), QStringLiteral("filtered admin-prohibited"));
    QVERIFY(sim.decisions.at({ 0, 161 }).reasonFrom.isEqual(router));
}

// RFC 1350 section 4: the TFTP server answers from a port of its own; that opens 69.
void TestUdpScheduler::tftpAnswersFromANewPort()
{
    Sim sim({ host("198.18.0.2") });
    sim.answer = [](const UdpScheduler::Send &s, Sim &self) {
        // ERROR, code 1 (file not found): an answer to any read request.
        self.m_scheduler->reply(s.address, 40123, QByteArray::fromHex("000500014e6f00"));
    };
    sim.add(0, 69, 69);
    sim.run(5s);
    QCOMPARE(sim.state(0, 69), QStringLiteral("open udp-response"));
}

// SNMP's port has three probes (v2c, v3, v1): a silent one gets each in turn before
// it is open|filtered.
void TestUdpScheduler::everyProbeOfAPortIsTried()
{
    Sim sim({ host("198.18.0.2") });
    sim.m_hosts[0].dropped.insert(161);
    QSet<QByteArray> seen;
    sim.answer = [&seen](const UdpScheduler::Send &s, Sim &) { seen.insert(s.datagram); };
    sim.add(0, 161, 161);
    sim.run(20s);
    QCOMPARE(sim.state(0, 161), QStringLiteral("open|filtered no-response"));
    QCOMPARE(sim.sends, 3);
    QCOMPARE(seen.size(), 3);
}

// A datagram to the prober's own port comes back to it: that is no service, and for
// anyone else the port is closed.
void TestUdpScheduler::ourOwnPortIsClosed()
{
    FakeClock clock;
    UdpProbeTable table;
    IcmpRateEstimator estimator;
    UdpScheduler::Config config;
    config.localPort4 = 40000;
    UdpScheduler scheduler(table, estimator, clock, config);
    const QHostAddress loopback(QStringLiteral("127.0.0.1"));
    scheduler.add(0, loopback, 40000);
    scheduler.add(0, loopback, 40001);
    UdpScheduler::Send send;
    QList<UdpScheduler::Send> sent;
    while (scheduler.next(&send))
        sent.append(send);
    QCOMPARE(sent.size(), 2);
    clock.advance(1);
    for (const UdpScheduler::Send &s : sent) // both echo what they got, from the port
        scheduler.reply(loopback, s.port, s.datagram);
    const std::vector<UdpScheduler::Decision> decided = scheduler.takeDecisions();
    QCOMPARE(decided.size(), size_t(2));
    for (const UdpScheduler::Decision &d : decided) {
        QCOMPARE(d.state, d.port == 40000 ? PortState::Closed : PortState::Open);
        QCOMPARE(d.reason, d.port == 40000 ? PortReason::PortUnreach : PortReason::UdpResponse);
    }
}

// The lab's case (bench_udp.py, 2026-12-08): a rush of first datagrams microseconds
// apart, two rejected ports answered, a DROP port's silence, then the rest of the
// host's burst answered and the bucket empty. The DROP's silence must not end the
// learnt burst, nor make the answers after it read as refills microseconds apart:
// then the next probe would seem to have a token at once, and a closed port's
// silence would count as open|filtered.
void TestUdpScheduler::aDroppedPortInTheRushTeachesNothing()
{
    IcmpRateEstimator estimator;
    const TimePoint t0 = TimePoint(std::chrono::hours(1));
    const auto at = [&](int i) { return t0 + std::chrono::microseconds(20 * i); };
    constexpr int probes = 24;
    constexpr int dropped = 2;
    for (int i = 0; i < probes; ++i)
        estimator.sent(7, at(i));
    // The answers come first (a round trip), the silences at the probe timeout.
    int answered = 0;
    for (int i = 0; i < probes && answered < 6; ++i) {
        if (i != dropped) {
            estimator.answered(7, at(i));
            ++answered;
        }
    }
    for (int i = 0; i < probes; ++i) {
        if (i == dropped || i > 6)
            estimator.silent(7, at(i));
    }
    const IcmpRateEstimator::Limit limit = estimator.estimate(7);
    QCOMPARE(limit.burst, 6);
    QVERIFY2(limit.interval >= std::chrono::milliseconds(500),
        qPrintable(QString::number(limit.interval.count())));
    // The bucket is empty after the rush: the next probe waits for a refill.
    const TimePoint now = at(probes) + std::chrono::milliseconds(100);
    QVERIFY(estimator.nextSend(7, now) >= t0 + std::chrono::milliseconds(900));
    // The same without the DROP: the same conclusions (it changed nothing).
    IcmpRateEstimator plain;
    for (int i = 0; i < probes; ++i)
        plain.sent(8, at(i));
    for (int i = 0; i < 6; ++i)
        plain.answered(8, at(i));
    for (int i = 6; i < probes; ++i)
        plain.silent(8, at(i));
    QCOMPARE(plain.estimate(8).burst, 6);
    QCOMPARE(plain.estimate(8).interval, limit.interval);
}

QTEST_GUILESS_MAIN(TestUdpScheduler)
#include "tst_udpscheduler.moc"
