#pragma once

#include <thread>

#include <vector>

#include <QByteArray>
#include <QHostAddress>
#include <QList>

// Plain listening sockets for tests: open ports, and ports whose accept queue is
// full so that new SYNs are dropped (filtered, without root).
class Listeners final
{
public:
    Listeners() = default;
    ~Listeners();
    Listeners(const Listeners &) = delete;
    Listeners &operator=(const Listeners &) = delete;

    // Listens on address:port (port 0: any free port); returns the port or 0.
    quint16 listen(const QHostAddress &address, quint16 port = 0);
    // Listens with a backlog of 0 and fills the queue; SYNs to it go unanswered.
    quint16 listenFull(const QHostAddress &address, quint16 port);
    // Accepts on a thread of its own and sends banner to every client, so that it
    // works while the test blocks (for example on a child process).
    quint16 listenWithBanner(const QHostAddress &address, quint16 port, const QByteArray &banner);

private:
    QList<int> m_fds;
    QList<int> m_bannerFds;
    std::vector<std::thread> m_threads;
};
