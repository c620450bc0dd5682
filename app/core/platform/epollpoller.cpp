#include "core/platform/epollpoller.h"

#include <array>
#include <limits>
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

void EpollPoller::rearm(int slot, int fd)
{
    epoll_event event {};
    event.events = EPOLLOUT | EPOLLONESHOT;
    event.data.u64 = static_cast<quint64>(slot);
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
}

void EpollPoller::unwatch(int, int)
{
    // Nothing to do: a one-shot registration is disarmed after its event, and
    // closing the descriptor removes it from the set.
}

namespace {

// Events of descriptors watched for reading carry this instead of a slot.
constexpr quint64 readableMark = std::numeric_limits<quint64>::max();

} // namespace

bool EpollPoller::watchReadable(qintptr fd)
{
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.u64 = readableMark;
    return epoll_ctl(m_epoll, EPOLL_CTL_ADD, static_cast<int>(fd), &event) == 0;
}

void EpollPoller::wait(int timeoutMs, std::vector<Completion> *out)
{
    std::array<epoll_event, 256> events {};
    int timeout = timeoutMs;
    for (;;) {
        const int n = epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), timeout);
        for (int i = 0; i < n; ++i) {
            const quint64 data = events[static_cast<size_t>(i)].data.u64;
            if (data != readableMark)
                ready(static_cast<int>(data), out);
        }
        if (n < static_cast<int>(events.size()))
            break;
        timeout = 0;
    }
}
