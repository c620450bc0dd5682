#include "core/platform/epollpoller.h"

#include <array>
#include <sys/epoll.h>
#include <unistd.h>

EpollPoller::EpollPoller(int capacity)
    : DescriptorPoller(capacity)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
{
}

EpollPoller::~EpollPoller()
{
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool EpollPoller::watch(int slot, int fd)
{
    epoll_event event {};
    // One-shot: after its first event a connected socket stays quiet until handed over.
    event.events = EPOLLOUT | EPOLLONESHOT;
    event.data.u64 = static_cast<quint64>(slot);
    return epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) == 0;
}

void EpollPoller::unwatch(int, int)
{
    // Nothing to do: a one-shot registration is disarmed after its event, and
    // closing the descriptor removes it from the set.
}

void EpollPoller::wait(int timeoutMs, std::vector<Completion> *out)
{
    std::array<epoll_event, 256> events {};
    int timeout = timeoutMs;
    for (;;) {
        const int n = epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), timeout);
        for (int i = 0; i < n; ++i)
            ready(static_cast<int>(events[static_cast<size_t>(i)].data.u64), out);
        if (n < static_cast<int>(events.size()))
            break;
        timeout = 0;
    }
}
