#include "common/udppeerlab.h"

#include <sched.h>

#include <array>
#include <chrono>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QFile>
#include <QTest>

#include "common/netns.h"

using namespace std::chrono_literals;

namespace {

// A non-blocking datagram socket bound to port on every address of the family;
// -1 when it cannot be bound.
int udpSocket(int family, quint16 port)
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

// One family's sockets of the responder: the one it listens on, the one it also
// answers from (-1 when none is asked for).
struct Sockets
{
    int echo = -1;
    int also = -1;
};

// Takes one waiting datagram from s.echo, if any, and answers it from each socket.
void answerOne(const Sockets &s, const QByteArray &answer)
{
    std::array<char, 2048> buffer {};
    sockaddr_storage from {};
    socklen_t length = sizeof(from);
    const ssize_t n = ::recvfrom(
        s.echo, buffer.data(), buffer.size(), 0, reinterpret_cast<sockaddr *>(&from), &length);
    if (n < 0)
        return;
    const char *data = answer.isEmpty() ? buffer.data() : answer.constData();
    const size_t size = answer.isEmpty() ? size_t(n) : size_t(answer.size());
    for (const int out : { s.echo, s.also }) {
        if (out >= 0)
            ::sendto(out, data, size, 0, reinterpret_cast<sockaddr *>(&from), length);
    }
}

} // namespace

UdpPeerLab::UdpPeerLab(Config config)
    : m_config(std::move(config))
{
}

UdpPeerLab::~UdpPeerLab()
{
    m_stop = true;
    if (m_responder.joinable())
        m_responder.join();
}

int UdpPeerLab::inPeer(const QStringList &argv, QString *output) const
{
    return TestNet::run(QStringList { QStringLiteral("ip"), QStringLiteral("netns"),
                            QStringLiteral("exec"), m_namespace }
            + argv,
        output);
}

qint64 UdpPeerLab::peerCounter(const QString &name) const
{
    QString output;
    inPeer({ QStringLiteral("nstat"), QStringLiteral("-asz"), name }, &output);
    for (const QString &line : output.split(QLatin1Char('\n'))) { // after "#kernel"
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() >= 2 && fields.at(0) == name)
            return fields.at(1).toLongLong();
    }
    return -1;
}

bool UdpPeerLab::start(QString *why)
{
    if (!TestNet::canUseIptables()) {
        *why = QStringLiteral("needs root and iptables for the lab's rules");
        return false;
    }
    if (!m_veth.start(QStringLiteral("198.18.0.1"), QStringLiteral("198.18.0.2"),
            QStringLiteral("/24"), QStringLiteral("02:00:00:00:00:02"), why))
        return false;
    // VethPeer names its namespace after our process.
    m_namespace = QStringLiteral("portolan-peer-%1").arg(::getpid());
    if (!QFile::exists(QStringLiteral("/run/netns/") + m_namespace)) {
        *why = QStringLiteral("no /run/netns/%1 after VethPeer::start").arg(m_namespace);
        return false;
    }
    if (!addAddresses(why) || !addRules(why))
        return false;
    m_responder = std::thread(respond, m_namespace, m_config, &m_stop, &m_state);
    // Waits on the responder's state, at most 2 s.
    if (!QTest::qWaitFor([this] { return m_state != 0; }, 2000) || m_state != 1)
        *why = QStringLiteral("the responder could not start in %1").arg(m_namespace);
    return m_state == 1;
}

// IPv6 beside VethPeer's IPv4, on the same link, found by its IPv4 address rather
// than by VethPeer's interface names; nodad: usable at once.
bool UdpPeerLab::addAddresses(QString *why)
{
    const QStringList show { QStringLiteral("ip"), QStringLiteral("-o"), QStringLiteral("-4"),
        QStringLiteral("addr"), QStringLiteral("show"), QStringLiteral("to"),
        QStringLiteral("198.18.0.0/24") };
    QString ours;
    QString theirs;
    TestNet::run(show, &ours);
    inPeer(show, &theirs);
    const QString ourLink = ours.simplified().section(QLatin1Char(' '), 1, 1);
    const QString theirLink = theirs.simplified().section(QLatin1Char(' '), 1, 1);
    const bool added = !ourLink.isEmpty() && !theirLink.isEmpty()
        && TestNet::run({ QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"),
               QStringLiteral("2001:db8::1/64"), QStringLiteral("dev"), ourLink,
               QStringLiteral("nodad") })
            == 0
        && inPeer({ QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"),
               QStringLiteral("2001:db8::2/64"), QStringLiteral("dev"), theirLink,
               QStringLiteral("nodad") })
            == 0;
    if (!added)
        *why = QStringLiteral("cannot add the IPv6 addresses to the veth link");
    return added;
}

bool UdpPeerLab::addRules(QString *why)
{
    // The reject-with names differ between iptables and ip6tables.
    const auto argvFor = [](bool v6, quint16 port, Rule rule) {
        QStringList argv { v6 ? QStringLiteral("ip6tables") : QStringLiteral("iptables"),
            QStringLiteral("-A"), QStringLiteral("INPUT"), QStringLiteral("-p"),
            QStringLiteral("udp"), QStringLiteral("--dport"), QString::number(port),
            QStringLiteral("-j") };
        if (rule == Rule::Dropped)
            return argv << QStringLiteral("DROP");
        argv << QStringLiteral("REJECT") << QStringLiteral("--reject-with");
        if (rule == Rule::Prohibited)
            return argv << (v6 ? QStringLiteral("icmp6-adm-prohibited")
                               : QStringLiteral("icmp-admin-prohibited"));
        return argv << (v6 ? QStringLiteral("icmp6-addr-unreachable")
                           : QStringLiteral("icmp-host-unreachable"));
    };
    for (const bool v6 : { false, true }) {
        for (const auto &[port, rule] : std::as_const(m_config.rules)) {
            if (inPeer(argvFor(v6, port, rule)) != 0) {
                *why = QStringLiteral("cannot add iptables/ip6tables rules in the peer namespace");
                return false;
            }
        }
    }
    return true;
}

// Answers every datagram to the echo port, from it and from alsoFrom if set.
// Bounded: it ends when asked, or after ten minutes whatever happens.
void UdpPeerLab::respond(
    const QString &name, const Config &config, std::atomic_bool *stop, std::atomic_int *state)
{
    const int ns = ::open(qPrintable(QStringLiteral("/run/netns/") + name), O_RDONLY | O_CLOEXEC);
    if (ns < 0 || ::setns(ns, CLONE_NEWNET) != 0) {
        if (ns >= 0)
            ::close(ns);
        *state = -1;
        return;
    }
    ::close(ns);
    std::array<Sockets, 2> families;
    bool ok = true;
    for (size_t i = 0; i < families.size(); ++i) {
        const int family = i == 0 ? AF_INET : AF_INET6;
        families[i].echo = udpSocket(family, config.echoPort);
        if (config.alsoFrom != 0)
            families[i].also = udpSocket(family, config.alsoFrom);
        ok = ok && families[i].echo >= 0 && (config.alsoFrom == 0 || families[i].also >= 0);
    }
    *state = ok ? 1 : -1;
    const auto deadline = std::chrono::steady_clock::now() + 10min;
    while (ok && !*stop && std::chrono::steady_clock::now() < deadline) {
        std::array<pollfd, 2> wait { pollfd { families[0].echo, POLLIN, 0 },
            pollfd { families[1].echo, POLLIN, 0 } };
        if (::poll(wait.data(), wait.size(), 50) <= 0)
            continue;
        for (const Sockets &s : families)
            answerOne(s, config.answer);
    }
    for (const Sockets &s : families) {
        for (const int fd : { s.echo, s.also }) {
            if (fd >= 0)
                ::close(fd);
        }
    }
}
