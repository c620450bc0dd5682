#pragma once

#include <map>
#include <random>
#include <thread>

#include <atomic>
#include <mutex>
#include <vector>

#include <QByteArray>
#include <QSet>
#include <QString>

// Simulated hosts behind a TUN device in the test's own network namespace: IPv4
// 198.18.0.0/24 (or /16) and IPv6 2001:db8::/64, benchmarking and documentation
// addresses that exist only there. A thread reads the packets the scanner sends
// and answers each after the host's round-trip time (plus jitter, minus random
// loss): SYN-ACK for an open port, reset for a closed one, nothing for a silent
// one, an echo reply to a ping. Host n is 198.18.0.0 + n and 2001:db8::n.
class TunLab final
{
public:
    struct Host
    {
        quint16 offset = 1; // 198.18.0.0 + offset, 2001:db8::<offset in hex>
        int rttMs = 1;
        QSet<quint16> open;
        QSet<quint16> silent; // dropped: filtered; every other port is closed
        int resetsPerSecond = 0; // 0: every closed port answers; else a token bucket
        bool ping = true; // answers ICMP echo
        double loss = 0.0; // share of packets to the host lost at random (0..1)
        int jitterMs = 0; // each answer comes up to this much later, at random
        bool silentByDefault = false; // ports neither open nor closed are dropped
        QSet<quint16> closed; // with silentByDefault: the ports that reset
        int synsPerSecond = 0; // 0: no limit; else SYNs beyond it are dropped (a SYN flood guard)

        // "offset=3,rtt=30,jitter=5,loss=0.02,open=22;80,silent=81,closed=443,
        // ping=0,resets=50,syns=200,firewall=1"; false and *error for a bad field.
        static bool parse(const QString &text, Host *host, QString *error);
        // Hosts from such texts; a bad one is the test's bug (qFatal).
        static std::vector<Host> list(const QStringList &texts);
    };

    struct Options
    {
        int prefixLength = 24; // 24 or 16 for IPv4
        // > 0: a probe of an address with no host gets ICMP host-unreachable this
        // late (a failed ARP on a LAN); 0: silence.
        int unreachableMs = 0;
        // Only addresses with offsets in [unreachableFirst, unreachableLast] do
        // that (both 0: every empty address); the others stay silent.
        quint16 unreachableFirst = 0;
        quint16 unreachableLast = 0;
        quint32 seed = 1; // for loss and jitter
    };

    TunLab() = default;
    ~TunLab();
    TunLab(const TunLab &) = delete;
    TunLab &operator=(const TunLab &) = delete;

    // Creates the device and routes the lab's prefixes to it, and lets every group
    // use ping sockets in the namespace; false and *why if the system does not
    // allow it (needs CAP_NET_ADMIN in the namespace and /dev/net/tun).
    bool start(const std::vector<Host> &hosts, QString *why) { return start(hosts, {}, why); }
    bool start(const std::vector<Host> &hosts, const Options &options, QString *why);
    // Replaces the lab's hosts while it runs: hosts appear, go away, open and close
    // ports (the next packet sees the new ones).
    void setHosts(const std::vector<Host> &hosts);
    // Whether ping sockets were allowed (the namespace's ping_group_range).
    bool pingSocketsAllowed() const { return m_pingAllowed; }
    // Packets the lab has answered or dropped so far, by kind.
    int echoRequests() const { return m_echoRequests.load(); }

private:
    void run();
    void answer(const QByteArray &packet, std::chrono::steady_clock::time_point now);
    const Host *hostFor(const uchar *destination, bool ipv6) const;
    bool keep(const Host &host);
    std::chrono::steady_clock::time_point dueTime(
        const Host &host, std::chrono::steady_clock::time_point now);

    int m_fd = -1;
    std::vector<Host> m_hosts; // under m_hostsMutex once the thread runs
    std::mutex m_hostsMutex;
    Options m_options;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_echoRequests { 0 };
    bool m_pingAllowed = false;
    std::mt19937 m_random;
    std::multimap<std::chrono::steady_clock::time_point, QByteArray> m_due;
    // Reset tokens per host (by offset) and when they were last topped up.
    std::map<quint16, std::pair<double, std::chrono::steady_clock::time_point>> m_tokens;
    std::map<quint16, std::pair<double, std::chrono::steady_clock::time_point>> m_synTokens;
    // Takes a token from a bucket of rate per second (a tenth of a second's burst).
    static bool take(std::pair<double, std::chrono::steady_clock::time_point> &bucket, double rate,
        std::chrono::steady_clock::time_point now);
};
