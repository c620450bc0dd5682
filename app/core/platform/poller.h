#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QHostAddress>
#include <QString>

#include "core/platform/connectoutcome.h"

// Watches many non-blocking TCP connects at once and reports each one's end as
// "connect finished (token, outcome)", so readiness (epoll, poll) and completion
// (IOCP) systems fit behind it alike. Not thread-safe: one poller per worker.
class Poller
{
public:
    enum class Kind { Epoll, Poll };

    struct Completion
    {
        quint64 token = 0;
        ConnectOutcome outcome = ConnectOutcome::LocalError;
    };

    Poller() = default;
    Poller(const Poller &) = delete;
    Poller &operator=(const Poller &) = delete;
    virtual ~Poller() = default;

    // Starts connecting to address:port under token, whose low 32 bits are a slot
    // below the capacity the poller was made with. Empty while the connect is in
    // progress (wait() reports its end), else its outcome at once.
    virtual std::optional<ConnectOutcome> start(
        const QHostAddress &address, quint16 port, quint64 token)
        = 0;
    // Waits up to timeoutMs (0: not at all) for connects to end and appends them.
    // After any outcome but Connected the socket is closed and the token free;
    // after Connected the caller must detach() or abandon() it.
    virtual void wait(int timeoutMs, std::vector<Completion> *out) = 0;
    // Gives up a connect in progress, or a connected socket: closed with a reset.
    virtual void abandon(quint64 token) = 0;
    // Hands a connected socket's descriptor to the caller, who closes it.
    virtual qintptr detach(quint64 token) = 0;
    // Connects in progress.
    virtual int pending() const = 0;
    // Also ends wait() early when fd is readable (a ping socket); reports nothing
    // for it: the caller reads it. False if it cannot be watched.
    virtual bool watchReadable(qintptr fd) = 0;
};
