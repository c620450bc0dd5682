#pragma once

#include "core/platform/descriptorpoller.h"

// Linux: one epoll set per worker. A connect in flight costs a descriptor and a
// one-shot registration; closing a descriptor takes it out of the set.
class EpollPoller final : public DescriptorPoller
{
public:
    explicit EpollPoller(int capacity);
    ~EpollPoller() override;

    bool isValid() const { return m_epoll >= 0; }
    void wait(int timeoutMs, std::vector<Completion> *out) override;
    bool watchReadable(qintptr fd) override;

private:
    bool watch(int slot, int fd) override;
    void unwatch(int slot, int fd) override;
    void rearm(int slot, int fd) override;

    int m_epoll = -1;
};
