#pragma once

#include <vector>

#include "core/platform/descriptorpoller.h"

struct pollfd;

// Any POSIX system: poll() over a dense array of the descriptors in flight. Each
// wait costs time in proportion to the connects in flight; epoll does not.
class PollPoller final : public DescriptorPoller
{
public:
    explicit PollPoller(int capacity);
    ~PollPoller() override;

    void wait(int timeoutMs, std::vector<Completion> *out) override;
    bool watchReadable(qintptr fd) override;

private:
    bool watch(int slot, int fd) override;
    void unwatch(int slot, int fd) override;
    void rearm(int, int) override { } // still in the array: watched at the next wait()

    std::vector<pollfd> m_fds;
    std::vector<int> m_slotAt; // slot of m_fds[i]
    std::vector<int> m_position; // index in m_fds of a slot, or -1
    std::vector<int> m_ready;
    std::vector<int> m_readable; // watched for reading only
};
