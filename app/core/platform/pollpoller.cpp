#include "core/platform/pollpoller.h"

#include <poll.h>

PollPoller::PollPoller(int capacity)
    : DescriptorPoller(capacity)
    , m_position(static_cast<size_t>(qMax(1, capacity)), -1)
{
    m_fds.reserve(m_position.size());
    m_slotAt.reserve(m_position.size());
}

PollPoller::~PollPoller() = default;

bool PollPoller::watch(int slot, int fd)
{
    m_position[static_cast<size_t>(slot)] = static_cast<int>(m_fds.size());
    m_fds.push_back(pollfd { fd, POLLOUT, 0 });
    m_slotAt.push_back(slot);
    return true;
}

void PollPoller::unwatch(int slot, int)
{
    const int at = m_position[static_cast<size_t>(slot)];
    if (at < 0)
        return;
    // Swap with the last entry to keep the array dense.
    const int last = static_cast<int>(m_fds.size()) - 1;
    if (at != last) {
        m_fds[static_cast<size_t>(at)] = m_fds[static_cast<size_t>(last)];
        m_slotAt[static_cast<size_t>(at)] = m_slotAt[static_cast<size_t>(last)];
        m_position[static_cast<size_t>(m_slotAt[static_cast<size_t>(at)])] = at;
    }
    m_fds.pop_back();
    m_slotAt.pop_back();
    m_position[static_cast<size_t>(slot)] = -1;
}

bool PollPoller::watchReadable(qintptr fd)
{
    m_readable.push_back(static_cast<int>(fd));
    return true;
}

void PollPoller::wait(int timeoutMs, std::vector<Completion> *out)
{
    // The descriptors watched for reading go at the end, for this call only.
    const size_t connects = m_fds.size();
    for (int fd : m_readable)
        m_fds.push_back(pollfd { fd, POLLIN, 0 });
    int n = 0;
    if (m_fds.empty()) {
        if (timeoutMs > 0)
            ::poll(nullptr, 0, timeoutMs);
    } else {
        n = ::poll(m_fds.data(), static_cast<nfds_t>(m_fds.size()), timeoutMs);
    }
    m_fds.resize(connects);
    if (n <= 0)
        return;
    // ready() reorders m_fds: collect the slots first.
    m_ready.clear();
    for (size_t i = 0; i < connects; ++i) {
        if (m_fds[i].revents != 0)
            m_ready.push_back(m_slotAt[i]);
    }
    for (int slot : m_ready)
        ready(slot, out);
}
