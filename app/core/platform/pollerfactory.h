#pragma once

#include <memory>

#include <QString>

#include "core/platform/poller.h"

// Which poller backend a scan uses, and making one: apart from the Poller
// interface, so that the backends include the interface and nothing includes back.
namespace PollerFactory {

// PORTOLAN_POLLER=epoll|poll; the platform's best where it is unset or empty.
// False and *error for any other value.
bool kindFromEnvironment(Poller::Kind *kind, QString *error);
// A poller for up to capacity sockets at once, or null and *error.
std::unique_ptr<Poller> create(Poller::Kind kind, int capacity, QString *error);

} // namespace PollerFactory
