#pragma once

#include <vector>

#include "core/platform/poller.h"

// The part of a readiness-based poller (epoll, poll, kqueue) that does not depend
// on how readiness is watched: the slot table of descriptors and tokens, starting,
// finishing, abandoning and detaching connects.
class DescriptorPoller : public Poller
{
public:
    std::optional<ConnectOutcome> start(
        const QHostAddress &address, quint16 port, quint64 token) override;
    void abandon(quint64 token) override;
    qintptr detach(quint64 token) override;
    int pending() const override { return m_pending; }

protected:
    explicit DescriptorPoller(int capacity);
    ~DescriptorPoller() override;

    // Adds a connecting descriptor to the watched set; false if that failed.
    virtual bool watch(int slot, int fd) = 0;
    // Takes a descriptor out of the watched set before it is closed or handed over.
    virtual void unwatch(int slot, int fd) = 0;
    // Watches a descriptor again after a readiness that was not its connect's end.
    virtual void rearm(int slot, int fd) = 0;
    // Called by wait() for a slot whose descriptor became writable or failed.
    void ready(int slot, std::vector<Completion> *out);

public:
    // Readinesses that were not a connect's end (see SocketOps::finish).
    int spuriousReadiness() const { return m_spurious; }

private:
    struct Entry
    {
        int fd = -1;
        quint64 token = 0;
        bool connecting = false;
    };

    Entry *entryFor(quint64 token);

    std::vector<Entry> m_entries;
    int m_pending = 0;
    int m_spurious = 0;
};
