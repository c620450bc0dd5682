#pragma once

#include <map>
#include <thread>

#include <atomic>
#include <mutex>
#include <vector>

#include <QByteArray>
#include <QSet>
#include <QString>

// Simulated IPv4 hosts behind a TUN device in the test's own network namespace
// (198.18.0.0/24, RFC 2544 benchmarking addresses that exist only there). A thread
// reads the SYNs the scanner sends and answers each after the host's round-trip
// time: SYN-ACK for an open port, reset for a closed one, nothing for a silent one.
class TunLab final
{
public:
    struct Host
    {
        quint8 last = 1; // 198.18.0.<last>
        int rttMs = 1;
        QSet<quint16> open;
        QSet<quint16> silent; // dropped: filtered; every other port is closed
        int resetsPerSecond = 0; // 0: every closed port answers; else a token bucket
    };

    TunLab() = default;
    ~TunLab();
    TunLab(const TunLab &) = delete;
    TunLab &operator=(const TunLab &) = delete;

    // Creates the device and routes 198.18.0.0/24 to it; false and *why if the
    // system does not allow it (needs CAP_NET_ADMIN in the namespace and /dev/net/tun).
    bool start(const std::vector<Host> &hosts, QString *why);

private:
    void run();
    void answer(const QByteArray &packet, std::chrono::steady_clock::time_point now);

    int m_fd = -1;
    std::vector<Host> m_hosts;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::multimap<std::chrono::steady_clock::time_point, QByteArray> m_due;
    // Reset tokens per host (by last address byte) and when they were last topped up.
    std::map<quint8, std::pair<double, std::chrono::steady_clock::time_point>> m_tokens;
};
