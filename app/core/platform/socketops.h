#pragma once

#include <optional>
#include <sys/socket.h>

#include <QHostAddress>

#include "core/platform/connectoutcome.h"

// The POSIX calls under every poller backend: open a non-blocking socket and start
// a connect, read how it ended, close with a reset. Descriptors are plain ints.
namespace SocketOps {

// address:port as a socket address; false for an address of no family.
bool toSockaddr(
    const QHostAddress &address, quint16 port, sockaddr_storage *storage, socklen_t *length);
// Starts a non-blocking connect. Empty with *fd set while it is in progress; else
// the outcome at once, with no descriptor left open.
std::optional<ConnectOutcome> begin(const QHostAddress &address, quint16 port, int *fd);
// How a connect that the poller reported ready ended (SO_ERROR, self-connect);
// empty when it has not ended at all: no error and no peer (a readiness that was
// not this connect's, which must never read as an open port).
std::optional<ConnectOutcome> finish(int fd);
// Closes with a reset, so a full sweep does not fill TIME_WAIT.
void close(int fd);
// Maps a connect() errno to an outcome.
ConnectOutcome outcomeFromError(int error);

} // namespace SocketOps
