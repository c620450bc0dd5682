// UDP probing without privileges: the ICMP classification (RFC 792, 1122, 1812,
// 4443) as data tables; the ICMP rate estimator against a simulated token bucket
// on a fake clock; and UdpProber in a real lab: a veth pair to a peer namespace of
// the test's own, whose kernel answers closed ports, whose iptables rejects and
// drops, whose responder echoes, and whose ICMP rate limit shows.

#include <array>
#include <cerrno>
#include <chrono>
#include <functional>
#include <poll.h>
#include <unistd.h>

#include <QFile>
#include <QTest>

#include "common/isolatedtest.h"
#include "common/netns.h"
#include "common/skip.h"
#include "common/tokenbucket.h"
#include "common/udppeerlab.h"
#include "core/engine/icmprateestimator.h"
#include "core/platform/udpprober.h"

using namespace std::chrono_literals;
using Kind = IcmpError::Kind;
using Family = IcmpError::Family;
using Clock = std::chrono::steady_clock;
using Duration = IcmpRateEstimator::Duration;
using TimePoint = IcmpRateEstimator::TimePoint;

Q_DECLARE_METATYPE(IcmpError::Kind)
Q_DECLARE_METATYPE(IcmpError::Family)
Q_DECLARE_METATYPE(ConnectOutcome)

namespace {

constexpr quint16 echoPort = 7000; // the responder; it answers from 7100 as well
constexpr quint16 otherPort = 7100;
constexpr quint16 prohibitedPort = 7001; // REJECT admin-prohibited
constexpr quint16 unreachablePort = 7002; // REJECT host (v6: address) unreachable
constexpr quint16 droppedPort = 7003; // DROP
constexpr quint16 closedPort = 7009;

// A probe for the estimator: sent to the bucket, resolved at once.
bool probe(IcmpRateEstimator *estimator, TokenBucket *bucket, TimePoint at)
{
    estimator->sent(1, at);
    const bool answered = bucket->take(at);
    if (answered)
        estimator->answered(1, at);
    else
        estimator->silent(1, at);
    return answered;
}

struct Seen
{
    std::vector<UdpProber::Reply> replies;
    std::vector<IcmpError> errors;

    const IcmpError *errorFor(quint16 port) const
    {
        for (const IcmpError &e : errors) {
            if (e.targetPort == port)
                return &e;
        }
        return nullptr;
    }
};

// Reads the prober until done(seen) or the deadline, waiting on its sockets with
// poll(): never sleeping blind.
void collect(UdpProber *prober, Seen *seen, Clock::time_point deadline,
    const std::function<bool(const Seen &)> &done)
{
    while (!done(*seen)) {
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left <= 0ms)
            return;
        std::vector<pollfd> fds;
        for (const int fd : prober->descriptors())
            fds.push_back({ fd, POLLIN, 0 });
        ::poll(fds.data(), fds.size(), static_cast<int>(std::min<qint64>(left.count(), 100)));
        prober->read(&seen->replies, &seen->errors);
    }
}

// The lab (UdpPeerLab): the peer's kernel refuses closedPort, its iptables rejects
// and drops, and its responder echoes from echoPort and again from otherPort.
UdpPeerLab::Config labConfig()
{
    UdpPeerLab::Config config;
    config.rules = { { prohibitedPort, UdpPeerLab::Rule::Prohibited },
        { unreachablePort, UdpPeerLab::Rule::Unreachable },
        { droppedPort, UdpPeerLab::Rule::Dropped } };
    config.echoPort = echoPort;
    config.alsoFrom = otherPort;
    return config;
}

QHostAddress peerAddress(bool ipv6)
{
    return QHostAddress(ipv6 ? QStringLiteral("2001:db8::2") : QStringLiteral("198.18.0.2"));
}

} // namespace

class TestUdpProber : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void cleanup();
    void classification_data();
    void classification();
    void estimatorStartsFromThePrior();
    void estimatorLearnsTheBurst_data();
    void estimatorLearnsTheBurst();
    void estimatorLearnsTheInterval_data();
    void estimatorLearnsTheInterval();
    void estimatorIsNotFooledBySavedTokens();
    void estimatorPacesOutTheLimit_data();
    void estimatorPacesOutTheLimit();
    void repliesAndErrors_data();
    void repliesAndErrors();
    void pendingErrorFailsTheNextSend_data();
    void pendingErrorFailsTheNextSend();
    void localFailures_data();
    void localFailures();
    void rateLimitIsPacedOut_data();
    void rateLimitIsPacedOut();
};

namespace {

const QByteArray payload = QByteArrayLiteral("portolan");

// Sends, reading a pending error first when the kernel reports one on this send
// (at most a few times): the probe is not lost.
UdpProber::Sent sendProbe(UdpProber *prober, Seen *seen, const QHostAddress &to, quint16 port)
{
    UdpProber::SendResult result;
    for (int attempt = 0; attempt < 4; ++attempt) {
        result = prober->send(to, port, payload);
        if (result.status != UdpProber::Sent::Retry)
            break;
        prober->read(&seen->replies, &seen->errors);
    }
    return result.status;
}

// One echo and its answer: ARP or neighbour discovery done both ways.
bool warmUp(UdpProber *prober, bool ipv6)
{
    Seen seen;
    if (sendProbe(prober, &seen, peerAddress(ipv6), echoPort) != UdpProber::Sent::Sent)
        return false;
    collect(prober, &seen, Clock::now() + 3s, [](const Seen &s) { return !s.replies.empty(); });
    return !seen.replies.empty();
}

void addIpv6Row(const char *name, int type, int code, Kind kind, const char *reason)
{
    QTest::newRow(qPrintable(QStringLiteral("v6 ") + QLatin1String(name)))
        << Family::V6 << type << code << kind << QString::fromLatin1(reason);
}

void addIpv4Row(const char *name, int type, int code, Kind kind, const char *reason)
{
    QTest::newRow(qPrintable(QStringLiteral("v4 ") + QLatin1String(name)))
        << Family::V4 << type << code << kind << QString::fromLatin1(reason);
}

} // namespace

// Every lab is gone with its test function, whatever ended it: the peer namespace
// is deleted (the responder thread left it before).
void TestUdpProber::cleanup()
{
    QVERIFY(!QFile::exists(QStringLiteral("/run/netns/portolan-peer-%1").arg(::getpid())));
}

void TestUdpProber::classification_data()
{
    QTest::addColumn<Family>("family");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("code");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("reason");
    // RFC 792: type 3 codes 0-5; RFC 1122 3.2.2.1: 6-12; RFC 1812 5.2.7.1: 13-15.
    addIpv4Row("net unreachable", 3, 0, Kind::NetUnreachable, "net-unreach");
    addIpv4Row("host unreachable", 3, 1, Kind::HostUnreachable, "host-unreach");
    addIpv4Row("protocol unreachable", 3, 2, Kind::ProtocolUnreachable, "proto-unreach");
    addIpv4Row("port unreachable", 3, 3, Kind::PortUnreachable, "port-unreach");
    addIpv4Row("fragmentation needed", 3, 4, Kind::PacketTooBig, "dest-unreach");
    addIpv4Row("source route failed", 3, 5, Kind::OtherUnreachable, "dest-unreach");
    addIpv4Row("network unknown", 3, 6, Kind::OtherUnreachable, "dest-unreach");
    addIpv4Row("host unknown", 3, 7, Kind::OtherUnreachable, "dest-unreach");
    addIpv4Row("source host isolated", 3, 8, Kind::OtherUnreachable, "dest-unreach");
    addIpv4Row("network prohibited", 3, 9, Kind::AdminProhibited, "net-prohibited");
    addIpv4Row("host prohibited", 3, 10, Kind::AdminProhibited, "host-prohibited");
    addIpv4Row("network unreachable for TOS", 3, 11, Kind::OtherUnreachable, "dest-unreach");
    addIpv4Row("host unreachable for TOS", 3, 12, Kind::OtherUnreachable, "dest-unreach");
    addIpv4Row("communication prohibited", 3, 13, Kind::AdminProhibited, "admin-prohibited");
    addIpv4Row("host precedence violation", 3, 14, Kind::OtherUnreachable, "dest-unreach");
    addIpv4Row("precedence cutoff", 3, 15, Kind::OtherUnreachable, "dest-unreach");
    addIpv4Row("source quench", 4, 0, Kind::SourceQuench, "source-quench");
    addIpv4Row("TTL exceeded in transit", 11, 0, Kind::TimeExceeded, "time-exceeded");
    addIpv4Row("reassembly time exceeded", 11, 1, Kind::TimeExceeded, "time-exceeded");
    addIpv4Row("parameter problem", 12, 0, Kind::ParameterProblem, "param-problem");
    addIpv4Row("redirect", 5, 1, Kind::Other, "unknown-response");
    addIpv4Row("echo reply", 0, 0, Kind::Other, "unknown-response");
    // RFC 4443 3.1-3.4 (code 7 is RFC 8883's).
    addIpv6Row("no route", 1, 0, Kind::NetUnreachable, "no-route");
    addIpv6Row("administratively prohibited", 1, 1, Kind::AdminProhibited, "admin-prohibited");
    addIpv6Row("beyond scope", 1, 2, Kind::OtherUnreachable, "beyond-scope");
    addIpv6Row("address unreachable", 1, 3, Kind::HostUnreachable, "host-unreach");
    addIpv6Row("port unreachable", 1, 4, Kind::PortUnreachable, "port-unreach");
    addIpv6Row("source address failed policy", 1, 5, Kind::AdminProhibited, "admin-prohibited");
    addIpv6Row("reject route", 1, 6, Kind::AdminProhibited, "reject-route");
    addIpv6Row("source routing header error", 1, 7, Kind::OtherUnreachable, "dest-unreach");
    addIpv6Row("packet too big", 2, 0, Kind::PacketTooBig, "unknown-response");
    addIpv6Row("hop limit exceeded", 3, 0, Kind::TimeExceeded, "time-exceeded");
    addIpv6Row("reassembly time exceeded", 3, 1, Kind::TimeExceeded, "time-exceeded");
    addIpv6Row("erroneous header field", 4, 0, Kind::ParameterProblem, "param-problem");
    addIpv6Row("unrecognized next header", 4, 1, Kind::ParameterProblem, "param-problem");
    addIpv6Row("echo reply", 129, 0, Kind::Other, "unknown-response");
    // Not an ICMPv4 port unreachable: ICMPv6's type 3 is time exceeded.
    addIpv6Row("type 3 code 3", 3, 3, Kind::TimeExceeded, "time-exceeded");
}

void TestUdpProber::classification()
{
    QFETCH(Family, family);
    QFETCH(int, type);
    QFETCH(int, code);
    QFETCH(Kind, kind);
    QFETCH(QString, reason);
    QCOMPARE(IcmpError::classify(family, type, code), kind);
    QCOMPARE(QString(IcmpError::reasonFor(family, type, code)), reason);
    IcmpError error;
    error.family = family;
    error.type = type;
    error.code = code;
    error.kind = kind;
    QCOMPARE(QString(error.reason()), reason);
}

void TestUdpProber::estimatorStartsFromThePrior()
{
    IcmpRateEstimator estimator;
    const TimePoint t0 = TimePoint {} + 1h;
    QCOMPARE(estimator.estimate(1).burst, 6);
    QCOMPARE(estimator.estimate(1).interval, Duration(1s));
    QCOMPARE(estimator.nextSend(1, t0), t0); // a host never probed: a full bucket
    for (int i = 0; i < 6; ++i)
        estimator.sent(1, t0);
    // Six probes in flight claim the burst; the next token comes a second later,
    // and the probe goes a tenth of it after that.
    QCOMPARE(estimator.nextSend(1, t0), t0 + 1100ms);
    QCOMPARE(estimator.nextSend(1, t0 + 500ms), t0 + 1100ms);
    QCOMPARE(estimator.nextSend(1, t0 + 2s), t0 + 2s);
    QCOMPARE(estimator.nextSend(2, t0), t0); // another host: untouched
    // Answers confirm what the model expected; a silence empties the bucket.
    estimator.answered(1, t0);
    estimator.sent(1, t0 + 2s);
    estimator.silent(1, t0 + 2s);
    QCOMPARE(estimator.nextSend(1, t0 + 2s), t0 + 3100ms);
    QCOMPARE(estimator.nextSend(1, t0 + 60s), t0 + 60s); // rested
}

void TestUdpProber::estimatorLearnsTheBurst_data()
{
    QTest::addColumn<int>("burst");
    QTest::addColumn<int>("rush");
    QTest::addColumn<int>("learned");
    QTest::newRow("Linux's 6, rush of 20") << 6 << 20 << 6;
    QTest::newRow("a smaller burst") << 3 << 20 << 3;
    QTest::newRow("a larger burst") << 10 << 20 << 10;
    QTest::newRow("one at a time") << 1 << 5 << 1;
    QTest::newRow("rush within the burst: the prior stays") << 6 << 4 << 6;
    QTest::newRow("rush within a larger burst") << 10 << 8 << 8;
}

void TestUdpProber::estimatorLearnsTheBurst()
{
    QFETCH(int, burst);
    QFETCH(int, rush);
    QFETCH(int, learned);
    IcmpRateEstimator estimator;
    TokenBucket host { burst, 1s };
    const TimePoint t0 = TimePoint {} + 1h;
    for (int i = 0; i < rush; ++i)
        probe(&estimator, &host, t0 + i * 10us);
    QCOMPARE(estimator.estimate(1).burst, learned);
}

void TestUdpProber::estimatorLearnsTheInterval_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("priorMs");
    QTest::addColumn<int>("stepMs");
    QTest::newRow("as the prior") << 1000 << 1000 << 100;
    QTest::newRow("slower than the prior") << 2000 << 1000 << 100;
    QTest::newRow("faster than the prior (IPv6)") << 250 << 1000 << 25;
    QTest::newRow("much faster (IPv6 on a /64)") << 25 << 1000 << 5;
}

void TestUdpProber::estimatorLearnsTheInterval()
{
    QFETCH(int, intervalMs);
    QFETCH(int, priorMs);
    QFETCH(int, stepMs);
    IcmpRateEstimator estimator({ 6, std::chrono::milliseconds(priorMs) });
    TokenBucket host { 6, std::chrono::milliseconds(intervalMs) };
    const TimePoint t0 = TimePoint {} + 1h;
    for (int i = 0; i < 20; ++i) // the rush
        probe(&estimator, &host, t0);
    // Then probes faster than the host answers, for ten of its intervals.
    for (int step = 1; step <= 10 * intervalMs / stepMs; ++step)
        probe(&estimator, &host, t0 + step * std::chrono::milliseconds(stepMs));
    const auto learned
        = std::chrono::duration_cast<std::chrono::milliseconds>(estimator.estimate(1).interval);
    QVERIFY2(qAbs(learned.count() - intervalMs) <= intervalMs / 10,
        qPrintable(QStringLiteral("learned %1 ms").arg(learned.count())));
    QCOMPARE(estimator.estimate(1).burst, 6);
}

// Answers that a rested bucket gives one after another are its savings, not its
// rate: the interval must not shrink to their spacing.
void TestUdpProber::estimatorIsNotFooledBySavedTokens()
{
    IcmpRateEstimator estimator;
    TokenBucket host { 6, 1s };
    const TimePoint t0 = TimePoint {} + 1h;
    for (int i = 0; i < 20; ++i)
        probe(&estimator, &host, t0);
    for (int i = 0; i < 6; ++i) // four seconds later: four tokens saved, then silence
        probe(&estimator, &host, t0 + 4s + i * 1ms);
    QCOMPARE(estimator.estimate(1).interval, Duration(1s));
    QCOMPARE(estimator.nextSend(1, t0 + 4s + 5ms), t0 + 4s + 5ms + 1100ms);
}

void TestUdpProber::estimatorPacesOutTheLimit_data()
{
    QTest::addColumn<int>("burst");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("priorMs");
    QTest::addColumn<int>("ports");
    QTest::addColumn<int>("maxLost");
    QTest::newRow("Linux IPv4 defaults") << 6 << 1000 << 1000 << 20 << 0;
    QTest::newRow("a small burst") << 2 << 1000 << 1000 << 10 << 0;
    QTest::newRow("faster than the prior") << 6 << 100 << 1000 << 20 << 0;
    QTest::newRow("IPv6 on a /64, prior 100 ms") << 6 << 25 << 100 << 40 << 0;
    QTest::newRow("slower than the prior") << 6 << 2000 << 1000 << 20 << 3;
}

// The lab's plan on a fake clock: all ports at once, then the rest when the
// estimator says, a silent one again later; every port confirmed closed.
void TestUdpProber::estimatorPacesOutTheLimit()
{
    QFETCH(int, burst);
    QFETCH(int, intervalMs);
    QFETCH(int, priorMs);
    QFETCH(int, ports);
    QFETCH(int, maxLost);
    IcmpRateEstimator estimator({ 6, std::chrono::milliseconds(priorMs) });
    TokenBucket host { burst, std::chrono::milliseconds(intervalMs) };
    const TimePoint t0 = TimePoint {} + 1h;
    int left = ports;
    for (int i = 0; i < ports; ++i)
        left -= probe(&estimator, &host, t0) ? 1 : 0;
    QCOMPARE(left, ports - std::min(burst, ports));
    const int remaining = left;
    int lost = 0;
    TimePoint now = t0 + 1ms;
    for (int i = 0; i < 10 * ports && left > 0; ++i) {
        now = std::max(now, estimator.nextSend(1, now));
        if (probe(&estimator, &host, now))
            --left;
        else
            ++lost;
        now += 1ms;
    }
    QCOMPARE(left, 0);
    QVERIFY2(lost <= maxLost, qPrintable(QStringLiteral("%1 probes lost").arg(lost)));
    const auto slowest = std::chrono::milliseconds(std::max(intervalMs, priorMs));
    const auto bound
        = remaining * slowest * (100 + IcmpRateEstimator::marginPercent) / 100 + 4 * slowest;
    QVERIFY2(now - t0 <= bound,
        qPrintable(
            QStringLiteral("took %1 ms")
                .arg(std::chrono::duration_cast<std::chrono::milliseconds>(now - t0).count())));
}

void TestUdpProber::repliesAndErrors_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("IPv4") << false;
    QTest::newRow("IPv6") << true;
}

void TestUdpProber::repliesAndErrors()
{
    QFETCH(bool, ipv6);
    UdpPeerLab lab(labConfig());
    PORTOLAN_START_UDP_PEER_LAB(lab);
    UdpProber prober;
    QString why;
    QVERIFY2(prober.open(&why), qPrintable(why));
    QVERIFY(prober.localPort(QAbstractSocket::IPv4Protocol) != 0);
    QVERIFY(prober.localPort(QAbstractSocket::IPv6Protocol) != 0);
    const QHostAddress peer = peerAddress(ipv6);
    Seen seen;
    for (const quint16 port :
        { echoPort, closedPort, prohibitedPort, unreachablePort, droppedPort })
        QCOMPARE(sendProbe(&prober, &seen, peer, port), UdpProber::Sent::Sent);
    collect(&prober, &seen, Clock::now() + 5s, [](const Seen &s) {
        return s.replies.size() >= 2 && s.errorFor(closedPort) && s.errorFor(prohibitedPort)
            && s.errorFor(unreachablePort);
    });
    // The dropped port gets a further half second to show that nothing comes.
    collect(&prober, &seen, Clock::now() + 500ms, [](const Seen &) { return false; });

    // The echo from the probed port, and from another one: the socket is unconnected.
    QCOMPARE(seen.replies.size(), size_t(2));
    QList<quint16> fromPorts;
    for (const UdpProber::Reply &r : seen.replies) {
        QCOMPARE(r.from, peer);
        QCOMPARE(r.data, payload);
        fromPorts << r.fromPort;
    }
    std::sort(fromPorts.begin(), fromPorts.end());
    QCOMPARE(fromPorts, (QList<quint16> { echoPort, otherPort }));

    struct Expected
    {
        quint16 port;
        Kind kind;
        int type;
        int code;
        const char *reason;
    };
    const std::array<Expected, 3> expected { {
        { closedPort, Kind::PortUnreachable, ipv6 ? 1 : 3, ipv6 ? 4 : 3, "port-unreach" },
        { prohibitedPort, Kind::AdminProhibited, ipv6 ? 1 : 3, ipv6 ? 1 : 13, "admin-prohibited" },
        { unreachablePort, Kind::HostUnreachable, ipv6 ? 1 : 3, ipv6 ? 3 : 1, "host-unreach" },
    } };
    for (const Expected &e : expected) {
        const IcmpError *error = seen.errorFor(e.port);
        QVERIFY2(error, qPrintable(QStringLiteral("no ICMP error for port %1").arg(e.port)));
        QCOMPARE(error->target, peer);
        QCOMPARE(error->sender, peer); // the peer's kernel or its firewall
        QCOMPARE(error->family, ipv6 ? Family::V6 : Family::V4);
        QCOMPARE(error->kind, e.kind);
        QCOMPARE(error->type, e.type);
        QCOMPARE(error->code, e.code);
        QCOMPARE(QString(error->reason()), QString::fromLatin1(e.reason));
    }
    QCOMPARE(seen.errorFor(closedPort)->error, ECONNREFUSED);
    QVERIFY(!seen.errorFor(droppedPort));
    QCOMPARE(seen.errors.size(), size_t(3));
}

void TestUdpProber::pendingErrorFailsTheNextSend_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("IPv4") << false;
    QTest::newRow("IPv6") << true;
}

void TestUdpProber::pendingErrorFailsTheNextSend()
{
    QFETCH(bool, ipv6);
    UdpPeerLab lab(labConfig());
    PORTOLAN_START_UDP_PEER_LAB(lab);
    UdpProber prober;
    QString why;
    QVERIFY2(prober.open(&why), qPrintable(why));
    QVERIFY(warmUp(&prober, ipv6));
    const QHostAddress peer = peerAddress(ipv6);
    QCOMPARE(prober.send(peer, closedPort, payload).status, UdpProber::Sent::Sent);
    // Wait (bounded, on the socket) until its error is queued, without reading it.
    bool queued = false;
    for (int i = 0; i < 30 && !queued; ++i) {
        std::vector<pollfd> fds;
        for (const int fd : prober.descriptors())
            fds.push_back({ fd, 0, 0 });
        queued = ::poll(fds.data(), fds.size(), 100) > 0;
    }
    QVERIFY(queued);
    // The next probe, to another port, meets that error: not sent, to be sent again.
    const UdpProber::SendResult blocked = prober.send(peer, echoPort, payload);
    QCOMPARE(blocked.status, UdpProber::Sent::Retry);
    QCOMPARE(blocked.error, ECONNREFUSED);
    // The error itself is still there to read.
    Seen seen;
    prober.read(&seen.replies, &seen.errors);
    QVERIFY(seen.errorFor(closedPort));
    QCOMPARE(seen.errorFor(closedPort)->kind, Kind::PortUnreachable);
    QVERIFY(seen.replies.empty());
    QCOMPARE(prober.send(peer, echoPort, payload).status, UdpProber::Sent::Sent);
    collect(&prober, &seen, Clock::now() + 3s, [](const Seen &s) { return !s.replies.empty(); });
    QVERIFY(!seen.replies.empty());
}

void TestUdpProber::localFailures_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<ConnectOutcome>("failure");
    QTest::addColumn<int>("error");
    QTest::newRow("IPv4, no route")
        << "198.19.1.1" << ConnectOutcome::NetUnreachable << ENETUNREACH;
    QTest::newRow("IPv4, unreachable route")
        << "198.19.2.1" << ConnectOutcome::HostUnreachable << EHOSTUNREACH;
    QTest::newRow("IPv4, prohibit route") << "198.19.3.1" << ConnectOutcome::Prohibited << EACCES;
    QTest::newRow("IPv6, no route")
        << "2001:db8:1::1" << ConnectOutcome::NetUnreachable << ENETUNREACH;
    QTest::newRow("IPv6, prohibit route")
        << "2001:db8:3::1" << ConnectOutcome::Prohibited << EACCES;
}

// Routes in the test's own namespace: the probes never leave it.
void TestUdpProber::localFailures()
{
    QFETCH(QString, address);
    QFETCH(ConnectOutcome, failure);
    QFETCH(int, error);
    if (!m_isolated)
        PORTOLAN_SKIP(m_why);
    if (::geteuid() != 0)
        PORTOLAN_SKIP(QStringLiteral("needs root in its namespace to add routes"));
    for (const QStringList &route :
        { QStringList { QStringLiteral("unreachable"), QStringLiteral("198.19.2.0/24") },
            QStringList { QStringLiteral("prohibit"), QStringLiteral("198.19.3.0/24") },
            QStringList { QStringLiteral("prohibit"), QStringLiteral("2001:db8:3::/64") } })
        QCOMPARE(TestNet::run(QStringList { QStringLiteral("ip"), QStringLiteral("route"),
                                  QStringLiteral("replace") }
                     + route),
            0);
    UdpProber prober;
    QString why;
    QVERIFY2(prober.open(&why), qPrintable(why));
    const UdpProber::SendResult result = prober.send(QHostAddress(address), 9, payload);
    QCOMPARE(result.status, UdpProber::Sent::Failed);
    QCOMPARE(result.failure, failure);
    QCOMPARE(result.error, error);
}

void TestUdpProber::rateLimitIsPacedOut_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("IPv4") << false;
    QTest::newRow("IPv6") << true;
}

void TestUdpProber::rateLimitIsPacedOut()
{
    QFETCH(bool, ipv6);
    UdpPeerLab lab(labConfig());
    PORTOLAN_START_UDP_PEER_LAB(lab);
    QString text;
    lab.inPeer({ QStringLiteral("cat"),
                   ipv6 ? QStringLiteral("/proc/sys/net/ipv6/icmp/ratelimit")
                        : QStringLiteral("/proc/sys/net/ipv4/icmp_ratelimit") },
        &text);
    const int rateMs = text.trimmed().toInt();
    QVERIFY2(rateMs > 0, "the peer namespace has no ICMP rate limit to show");
    UdpProber prober;
    QString why;
    QVERIFY2(prober.open(&why), qPrintable(why));
    QVERIFY(warmUp(&prober, ipv6));
    const QHostAddress peer = peerAddress(ipv6);
    const QString counter
        = ipv6 ? QStringLiteral("Icmp6OutRateLimitHost") : QStringLiteral("IcmpOutRateLimitHost");
    const qint64 limitedBefore = lab.peerCounter(counter);

    // Twenty closed ports at once.
    constexpr int ports = 20;
    constexpr quint16 firstPort = 20001;
    IcmpRateEstimator estimator({ 6, std::chrono::milliseconds(rateMs) });
    QHash<quint16, TimePoint> sentAt;
    Seen seen;
    for (quint16 port = firstPort; port < firstPort + ports; ++port) {
        QCOMPARE(sendProbe(&prober, &seen, peer, port), UdpProber::Sent::Sent);
        sentAt.insert(port, Clock::now());
        estimator.sent(1, sentAt.value(port));
    }
    collect(&prober, &seen, Clock::now() + 500ms,
        [](const Seen &s) { return s.errors.size() >= ports; });
    QList<quint16> queue;
    for (quint16 port = firstPort; port < firstPort + ports; ++port) {
        const IcmpError *error = seen.errorFor(port);
        QVERIFY(!error || error->kind == Kind::PortUnreachable);
        if (error)
            estimator.answered(1, sentAt.value(port));
        else
            estimator.silent(1, sentAt.value(port));
        if (!error)
            queue << port;
    }
    const int answered = ports - int(queue.size());
    const qint64 limited = lab.peerCounter(counter) - limitedBefore;
    qInfo("%s: %d of %d port-unreachables came back at once; the peer's %s grew by %lld; "
          "learned burst %d",
        ipv6 ? "IPv6" : "IPv4", answered, ports, qPrintable(counter), limited,
        estimator.estimate(1).burst);
    QVERIFY(answered >= 1);
    QVERIFY2(answered <= ports / 2, "no rate limit seen");
    QVERIFY(limited >= 1);

    // The rest, paced by the estimator: all confirmed within what the rate implies.
    const auto interval = std::chrono::milliseconds(rateMs);
    const auto start = Clock::now();
    const Clock::time_point deadline = start + int(queue.size()) * interval * 3 / 2 + 2s;
    int lost = 0;
    while (!queue.isEmpty() && Clock::now() < deadline) {
        // Wait for the estimator's time on the socket, reading whatever comes.
        collect(&prober, &seen, std::min(deadline, estimator.nextSend(1, Clock::now())),
            [](const Seen &) { return false; });
        const quint16 port = queue.takeFirst();
        seen.errors.clear();
        QCOMPARE(sendProbe(&prober, &seen, peer, port), UdpProber::Sent::Sent);
        const TimePoint at = Clock::now();
        estimator.sent(1, at);
        collect(&prober, &seen, std::min(deadline, at + 300ms),
            [port](const Seen &s) { return s.errorFor(port) != nullptr; });
        if (seen.errorFor(port)) {
            estimator.answered(1, at);
        } else {
            estimator.silent(1, at);
            queue << port;
            ++lost;
        }
    }
    qInfo("paced the other %d in %lld ms (%d lost on the way; interval %d ms)", ports - answered,
        qint64(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count()),
        lost, rateMs);
    QVERIFY2(queue.isEmpty(),
        qPrintable(QStringLiteral("%1 closed ports unconfirmed").arg(queue.size())));
    QVERIFY(lost <= 2);
}

PORTOLAN_NETNS_TEST_MAIN(TestUdpProber)
#include "tst_udpprober.moc"
