// The UDP port scan against a real kernel that rate-limits its ICMP errors: a veth
// pair to a peer namespace of the test's own (loopback is exempt from the limit),
// whose kernel refuses closed ports, whose iptables rejects and drops, and where a
// responder thread of the test answers one port. Every state and reason; every
// closed port confirmed closed, paced by the estimator; a scan stopped early
// reports what it could not confirm as open|filtered (not-confirmed), never closed.
#include <sched.h>
#include <thread>

#include <array>
#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QFile>
#include <QTest>

#include "common/isolatedtest.h"
#include "common/netns.h"
#include "common/skip.h"
#include "common/vethpeer.h"
#include "core/scanharness.h"

using namespace std::chrono_literals;

namespace {

constexpr quint16 echoPort = 7000; // the responder
constexpr quint16 prohibitedPort = 7001; // REJECT admin-prohibited
constexpr quint16 unreachablePort = 7002; // REJECT host (v6: address) unreachable
constexpr quint16 droppedPort = 7003; // DROP
constexpr quint16 firstClosed = 20001;

int boundSocket(int family, quint16 port)
{
    const int fd = ::socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int on = 1;
    sockaddr_storage address {};
    socklen_t length = sizeof(sockaddr_in);
    if (family == AF_INET6) {
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof(on));
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&address);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(port);
        length = sizeof(sockaddr_in6);
    } else {
        auto *sin = reinterpret_cast<sockaddr_in *>(&address);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
    }
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), length) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// The peer: VethPeer's namespace (198.18.0.2 and 2001:db8::2 there, .1 and ::1
// here), iptables rules there, and a responder thread that entered it (setns), so
// that it ends with the test whatever ends it.
class UdpScanLab final
{
public:
    UdpScanLab() = default;
    ~UdpScanLab()
    {
        m_stop = true;
        if (m_responder.joinable())
            m_responder.join();
    }
    UdpScanLab(const UdpScanLab &) = delete;
    UdpScanLab &operator=(const UdpScanLab &) = delete;

    bool start(QString *why);
    int inPeer(const QStringList &argv, QString *output = nullptr) const
    {
        return TestNet::run(QStringList { QStringLiteral("ip"), QStringLiteral("netns"),
                                QStringLiteral("exec"), m_namespace }
                + argv,
            output);
    }
    // A kernel counter of the peer (nstat), e.g. IcmpOutRateLimitHost.
    qint64 peerCounter(const QString &name) const
    {
        QString output;
        inPeer({ QStringLiteral("nstat"), QStringLiteral("-asz"), name }, &output);
        for (const QString &line : output.split(QLatin1Char('\n'))) {
            const QStringList fields = line.simplified().split(QLatin1Char(' '));
            if (fields.size() >= 2 && fields.at(0) == name)
                return fields.at(1).toLongLong();
        }
        return -1;
    }

private:
    bool addRules(QString *why);
    static void respond(const QString &name, std::atomic_bool *stop, std::atomic_int *state);

    VethPeer m_veth; // first: it goes last, after the responder has left its namespace
    QString m_namespace;
    std::atomic_bool m_stop { false };
    std::atomic_int m_state { 0 }; // 0 starting, 1 answering, -1 failed
    std::thread m_responder;
};

bool UdpScanLab::start(QString *why)
{
    if (!TestNet::canUseIptables()) {
        *why = QStringLiteral("needs root and iptables for the lab's rules");
        return false;
    }
    if (!m_veth.start(QStringLiteral("198.18.0.1"), QStringLiteral("198.18.0.2"),
            QStringLiteral("/24"), QStringLiteral("02:00:00:00:00:02"), why))
        return false;
    m_namespace = QStringLiteral("portolan-peer-%1").arg(::getpid());
    const bool v6 = TestNet::run({ QStringLiteral("ip"), QStringLiteral("addr"),
                        QStringLiteral("add"), QStringLiteral("2001:db8::1/64"),
                        QStringLiteral("dev"), QStringLiteral("pveth0"), QStringLiteral("nodad") })
            == 0
        && inPeer({ QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"),
               QStringLiteral("2001:db8::2/64"), QStringLiteral("dev"), QStringLiteral("pveth1"),
               QStringLiteral("nodad") })
            == 0;
    if (!v6) {
        *why = QStringLiteral("cannot add the IPv6 addresses to the veth link");
        return false;
    }
    if (!addRules(why))
        return false;
    m_responder = std::thread(respond, m_namespace, &m_stop, &m_state);
    if (!QTest::qWaitFor([this] { return m_state != 0; }, 2000) || m_state != 1)
        *why = QStringLiteral("the responder could not start in %1").arg(m_namespace);
    return m_state == 1;
}

bool UdpScanLab::addRules(QString *why)
{
    const auto rule
        = [this](const QString &tool, quint16 port, const char *target, const char *with) {
              QStringList argv { tool, QStringLiteral("-A"), QStringLiteral("INPUT"),
                  QStringLiteral("-p"), QStringLiteral("udp"), QStringLiteral("--dport"),
                  QString::number(port), QStringLiteral("-j"), QString::fromLatin1(target) };
              if (with)
                  argv << QStringLiteral("--reject-with") << QString::fromLatin1(with);
              return inPeer(argv) == 0;
          };
    const QString v4 = QStringLiteral("iptables");
    const QString v6 = QStringLiteral("ip6tables");
    const bool added = rule(v4, prohibitedPort, "REJECT", "icmp-admin-prohibited")
        && rule(v4, unreachablePort, "REJECT", "icmp-host-unreachable")
        && rule(v4, droppedPort, "DROP", nullptr)
        && rule(v6, prohibitedPort, "REJECT", "icmp6-adm-prohibited")
        && rule(v6, unreachablePort, "REJECT", "icmp6-addr-unreachable")
        && rule(v6, droppedPort, "DROP", nullptr);
    if (!added)
        *why = QStringLiteral("cannot add iptables/ip6tables rules in the peer namespace");
    return added;
}

// Answers every datagram to echoPort with "pong". Bounded: it ends when asked,
// or after ten minutes whatever happens.
void UdpScanLab::respond(const QString &name, std::atomic_bool *stop, std::atomic_int *state)
{
    const int ns = ::open(qPrintable(QStringLiteral("/run/netns/") + name), O_RDONLY | O_CLOEXEC);
    if (ns < 0 || ::setns(ns, CLONE_NEWNET) != 0) {
        if (ns >= 0)
            ::close(ns);
        *state = -1;
        return;
    }
    ::close(ns);
    const std::array<int, 2> fds { boundSocket(AF_INET, echoPort),
        boundSocket(AF_INET6, echoPort) };
    const bool ok = fds[0] >= 0 && fds[1] >= 0;
    *state = ok ? 1 : -1;
    const auto deadline = std::chrono::steady_clock::now() + 10min;
    while (ok && !*stop && std::chrono::steady_clock::now() < deadline) {
        std::array<pollfd, 2> wait { pollfd { fds[0], POLLIN, 0 }, pollfd { fds[1], POLLIN, 0 } };
        if (::poll(wait.data(), wait.size(), 50) <= 0)
            continue;
        for (const pollfd &p : wait) {
            std::array<char, 2048> buffer {};
            sockaddr_storage from {};
            socklen_t length = sizeof(from);
            if (::recvfrom(p.fd, buffer.data(), buffer.size(), MSG_DONTWAIT,
                    reinterpret_cast<sockaddr *>(&from), &length)
                < 0)
                continue;
            ::sendto(p.fd, "pong", 4, 0, reinterpret_cast<sockaddr *>(&from), length);
        }
    }
    for (const int fd : fds) {
        if (fd >= 0)
            ::close(fd);
    }
}

ScanOptions labOptions(const QString &target, int closedPorts)
{
    ScanOptions o;
    QString error;
    const QString ports = QStringLiteral("%1-%2,%3-%4")
                              .arg(echoPort)
                              .arg(droppedPort)
                              .arg(firstClosed)
                              .arg(firstClosed + closedPorts - 1);
    if (!TargetSpec::parse(target, &o.targets, &error)
        || !PortSpec::parse(ports, &o.ports, &error, PortSpec::Selection::Udp))
        qFatal("bad test spec: %s", qPrintable(error));
    o.timeoutMs = 500;
    // Names are asked after a UDP scan (ScanJob holds them back); here not at all,
    // so that the peer's counters see the scan's datagrams alone.
    o.reverseDns = false;
    return o;
}

QStringList resultLines(const QList<ScanResult> &results)
{
    QStringList out;
    for (const ScanResult &r : results) {
        out.append(
            QStringLiteral("%1 %2 %3%4")
                .arg(r.portText(), portStateName(r.state), portReasonName(r.reason),
                    r.reasonFrom.isNull() ? QString()
                                          : QLatin1String(" from ") + r.reasonFrom.toString()));
    }
    out.sort();
    return out;
}

} // namespace

class TestUdpScanLab : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void cleanup();
    void everyStateAndReason_data();
    void everyStateAndReason();
    void stoppedEarlyIsNotConfirmed();
    void pauseHoldsConfirmations();
    void discoveryByPortUnreachable();
};

#define START_LAB(lab)                                                                             \
    do {                                                                                           \
        if (!m_isolated)                                                                           \
            PORTOLAN_SKIP(m_why);                                                                  \
        QString labWhy;                                                                            \
        if (!(lab).start(&labWhy))                                                                 \
            PORTOLAN_SKIP(labWhy);                                                                 \
    } while (false)

// Every lab is gone with its test function, whatever ended it.
void TestUdpScanLab::cleanup()
{
    QVERIFY(!QFile::exists(QStringLiteral("/run/netns/portolan-peer-%1").arg(::getpid())));
}

void TestUdpScanLab::everyStateAndReason_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("closedPorts");
    // The kernel's limits: IPv4 a burst of 6, then one a second; IPv6 on a /64 four.
    QTest::newRow("IPv4") << QStringLiteral("198.18.0.2") << 28;
    QTest::newRow("IPv6") << QStringLiteral("[2001:db8::2]") << 10;
}

// Every closed port comes out closed (confirmed against the rate limit, not
// assumed), rejects filtered with their reason, the drop open|filtered, the
// responder open; the peer's kernel suppressed hardly any error beyond the first
// rush; progress said what was being confirmed.
void TestUdpScanLab::everyStateAndReason()
{
    QFETCH(QString, target);
    QFETCH(int, closedPorts);
    UdpScanLab lab;
    START_LAB(lab);
    const bool ipv6 = target.startsWith(QLatin1Char('['));
    const QString counter
        = ipv6 ? QStringLiteral("Icmp6OutRateLimitHost") : QStringLiteral("IcmpOutRateLimitHost");
    const qint64 limitedBefore = lab.peerCounter(counter);
    ScanOptions o = labOptions(target, closedPorts);
    o.keepClosed = true;
    ScanJob job;
    ScanRun run;
    connectRun(&job, &run);
    quint64 mostConfirming = 0;
    qint64 longestEta = -1;
    QObject::connect(&job, &ScanJob::progressChanged, &job, [&](const ScanProgress &p) {
        mostConfirming = std::max(mostConfirming, p.confirming);
        longestEta = std::max(longestEta, p.confirmEtaMs);
    });
    job.start(o);
    QVERIFY(QTest::qWaitFor([&] { return run.finished; }, 120000));
    const QString from = ipv6 ? QStringLiteral("2001:db8::2") : QStringLiteral("198.18.0.2");
    QStringList expected { QStringLiteral("7000/udp open udp-response"),
        QStringLiteral("7001/udp filtered admin-prohibited"),
        QStringLiteral("7002/udp filtered host-unreach"),
        QStringLiteral("7003/udp open|filtered no-response") };
    for (int i = 0; i < closedPorts; ++i)
        expected << QStringLiteral("%1/udp closed port-unreach").arg(firstClosed + i);
    expected.sort();
    QCOMPARE(resultLines(run.results), expected);
    QCOMPARE(run.summary.progress.closed, quint64(closedPorts));
    QCOMPARE(run.summary.progress.openFiltered, 1u);
    QCOMPARE(run.summary.progress.done, run.summary.progress.total);
    QCOMPARE(run.summary.progress.confirming, 0u);
    QCOMPARE(run.hosts.value(from).status, HostStatus::Up);
    QVERIFY(run.hosts.value(from).reason == HostReason::UdpResponse
        || run.hosts.value(from).reason == HostReason::PortUnreach);
    // Closed ports waited for the host's allowance, and progress said so.
    QVERIFY(mostConfirming > 0);
    QVERIFY(longestEta > 0);
    // Paced: beyond the first rush (every port but the burst of 6 at once), the
    // peer held back hardly an error: each confirmation found its token.
    const qint64 limited = lab.peerCounter(counter) - limitedBefore;
    const int rushLimited = closedPorts + 2 - 6;
    qInfo("%s: the peer's %s grew by %lld (the rush: %d); the scan took %lld ms",
        qPrintable(target), qPrintable(counter), limited, rushLimited,
        run.summary.progress.elapsedMs);
    QVERIFY2(limited >= rushLimited - 1 && limited <= rushLimited + 1,
        qPrintable(QString::number(limited)));
}

// A scan stopped while closed ports wait for the host's allowance: those are
// open|filtered, not-confirmed; none is called closed without its error.
void TestUdpScanLab::stoppedEarlyIsNotConfirmed()
{
    UdpScanLab lab;
    START_LAB(lab);
    constexpr int closedPorts = 28;
    ScanOptions o = labOptions(QStringLiteral("198.18.0.2"), closedPorts);
    ScanJob job;
    ScanRun run;
    connectRun(&job, &run);
    bool confirming = false;
    QObject::connect(&job, &ScanJob::progressChanged, &job, [&](const ScanProgress &p) {
        if (p.confirming > 0 && p.closed >= 6 && !confirming) {
            confirming = true;
            job.cancel();
        }
    });
    job.start(o);
    QVERIFY(QTest::qWaitFor([&] { return run.finished; }, 60000));
    QVERIFY(confirming);
    QVERIFY(run.summary.cancelled);
    int notConfirmed = 0;
    for (const ScanResult &r : std::as_const(run.results)) {
        QVERIFY(r.state != PortState::Closed);
        if (r.reason == PortReason::NotConfirmed) {
            QCOMPARE(r.state, PortState::OpenFiltered);
            QVERIFY(r.port >= firstClosed);
            ++notConfirmed;
        }
    }
    const quint64 closed = run.closedByAddress.value(QStringLiteral("198.18.0.2"));
    qInfo("stopped with %llu closed confirmed, %d not confirmed", closed, notConfirmed);
    QVERIFY(notConfirmed > 0);
    QVERIFY(closed >= 6);
    QCOMPARE(closed + quint64(notConfirmed), quint64(closedPorts));
}

// Paused while closed ports wait for the host's allowance: none is confirmed
// until the scan resumes; then every one is.
void TestUdpScanLab::pauseHoldsConfirmations()
{
    UdpScanLab lab;
    START_LAB(lab);
    constexpr int closedPorts = 8;
    ScanOptions o = labOptions(QStringLiteral("198.18.0.2"), closedPorts);
    ScanJob job;
    ScanRun run;
    connectRun(&job, &run);
    bool pausedOnce = false;
    QObject::connect(&job, &ScanJob::progressChanged, &job, [&](const ScanProgress &p) {
        if (p.confirming > 0 && !pausedOnce) {
            pausedOnce = true;
            job.pause();
        }
    });
    job.start(o);
    QVERIFY(QTest::qWaitFor([&] { return job.isPaused(); }, 10000));
    const quint64 done = job.progress().done;
    // Longer than the host needs for its next two errors: nothing may be settled.
    QVERIFY(!QTest::qWaitFor([&] { return job.progress().done > done; }, 2500));
    QVERIFY(job.progress().paused);
    QVERIFY(job.progress().confirming > 0);
    job.resume();
    QVERIFY(QTest::qWaitFor([&] { return run.finished; }, 60000));
    QCOMPARE(run.summary.progress.closed, quint64(closedPorts));
    QVERIFY(!run.summary.cancelled);
}

// A host that drops TCP and echo requests is found up by the UDP probe's
// port-unreachable when the scan has UDP ports; an empty address is down; the
// found host's ports are then scanned, every closed one confirmed.
void TestUdpScanLab::discoveryByPortUnreachable()
{
    UdpScanLab lab;
    START_LAB(lab);
    for (const char *proto : { "tcp", "icmp" }) {
        QCOMPARE(lab.inPeer({ QStringLiteral("iptables"), QStringLiteral("-A"),
                     QStringLiteral("INPUT"), QStringLiteral("-p"), QString::fromLatin1(proto),
                     QStringLiteral("-j"), QStringLiteral("DROP") }),
            0);
    }
    constexpr int closedPorts = 8;
    ScanOptions o = labOptions(QStringLiteral("198.18.0.2-3"), closedPorts);
    o.keepClosed = true;
    const ScanRun run = runScan(o, 60000);
    QVERIFY(run.finished);
    const HostState up = run.hosts.value(QStringLiteral("198.18.0.2"));
    QCOMPARE(up.status, HostStatus::Up);
    QCOMPARE(up.reason, HostReason::PortUnreach);
    QCOMPARE(run.hosts.value(QStringLiteral("198.18.0.3")).status, HostStatus::Down);
    QCOMPARE(run.summary.progress.closed, quint64(closedPorts));
    QCOMPARE(
        resultLines(run.results).filter(QStringLiteral("closed port-unreach")).size(), closedPorts);
    QCOMPARE(run.summary.progress.done, run.summary.progress.total);
}

PORTOLAN_NETNS_TEST_MAIN(TestUdpScanLab)
#include "tst_udpscanlab.moc"
