#include "core/platform/descriptorpoller.h"

#include "core/platform/socketops.h"

DescriptorPoller::DescriptorPoller(int capacity)
    : m_entries(static_cast<size_t>(qMax(1, capacity)))
{
}

DescriptorPoller::~DescriptorPoller()
{
    for (Entry &entry : m_entries)
        SocketOps::close(entry.fd);
}

DescriptorPoller::Entry *DescriptorPoller::entryFor(quint64 token)
{
    const auto slot = static_cast<size_t>(token & 0xffffffffu);
    if (slot >= m_entries.size() || m_entries[slot].fd < 0 || m_entries[slot].token != token)
        return nullptr;
    return &m_entries[slot];
}

std::optional<ConnectOutcome> DescriptorPoller::start(
    const QHostAddress &address, quint16 port, quint64 token)
{
    const auto slot = static_cast<size_t>(token & 0xffffffffu);
    if (slot >= m_entries.size() || m_entries[slot].fd >= 0)
        return ConnectOutcome::LocalError; // a caller's bug: never two sockets in one slot
    int fd = -1;
    if (const auto outcome = SocketOps::begin(address, port, &fd))
        return outcome;
    if (!watch(static_cast<int>(slot), fd)) {
        SocketOps::close(fd);
        return ConnectOutcome::Shortage;
    }
    m_entries[slot] = Entry { fd, token, true };
    ++m_pending;
    return std::nullopt;
}

void DescriptorPoller::ready(int slot, std::vector<Completion> *out)
{
    Entry &entry = m_entries[static_cast<size_t>(slot)];
    if (entry.fd < 0 || !entry.connecting)
        return;
    const std::optional<ConnectOutcome> finished = SocketOps::finish(entry.fd);
    if (!finished) {
        // Not this connect's readiness (a descriptor number reused while another
        // process still held the earlier socket keeps that socket's registration):
        // it goes on waiting.
        ++m_spurious;
        rearm(slot, entry.fd);
        return;
    }
    const ConnectOutcome outcome = *finished;
    unwatch(slot, entry.fd);
    entry.connecting = false;
    --m_pending;
    if (outcome != ConnectOutcome::Connected) {
        SocketOps::close(entry.fd);
        entry.fd = -1;
    }
    out->push_back(Completion { entry.token, outcome });
}

void DescriptorPoller::abandon(quint64 token)
{
    Entry *entry = entryFor(token);
    if (!entry)
        return;
    if (entry->connecting) {
        unwatch(static_cast<int>(token & 0xffffffffu), entry->fd);
        --m_pending;
    }
    SocketOps::close(entry->fd);
    *entry = Entry {};
}

qintptr DescriptorPoller::detach(quint64 token)
{
    Entry *entry = entryFor(token);
    if (!entry || entry->connecting)
        return -1;
    const int fd = entry->fd;
    *entry = Entry {};
    return fd;
}
