#include "core/scanresult.h"

#include <cerrno>

QString portStateName(PortState state)
{
    switch (state) {
    case PortState::Open:
        return QStringLiteral("open");
    case PortState::Closed:
        return QStringLiteral("closed");
    case PortState::Filtered:
        return QStringLiteral("filtered");
    }
    return {};
}

QString portReasonName(PortReason reason)
{
    switch (reason) {
    case PortReason::SynAck:
        return QStringLiteral("syn-ack");
    case PortReason::ConnRefused:
        return QStringLiteral("conn-refused");
    case PortReason::NoResponse:
        return QStringLiteral("no-response");
    case PortReason::HostUnreach:
        return QStringLiteral("host-unreach");
    case PortReason::NetUnreach:
        return QStringLiteral("net-unreach");
    case PortReason::AdminProhibited:
        return QStringLiteral("admin-prohibited");
    case PortReason::LocalError:
        return QStringLiteral("local-error");
    }
    return {};
}

bool parsePortState(const QString &text, PortState *state)
{
    for (PortState s : { PortState::Open, PortState::Closed, PortState::Filtered }) {
        if (text == portStateName(s)) {
            *state = s;
            return true;
        }
    }
    return false;
}

void classifyConnectError(int error, PortState *state, PortReason *reason)
{
    *state = PortState::Filtered;
    switch (error) {
    case ECONNREFUSED:
        *state = PortState::Closed;
        *reason = PortReason::ConnRefused;
        return;
    case EHOSTUNREACH:
        *reason = PortReason::HostUnreach;
        return;
    case ENETUNREACH:
        *reason = PortReason::NetUnreach;
        return;
    case EACCES:
    case EPERM:
        *reason = PortReason::AdminProhibited;
        return;
    case ETIMEDOUT:
        *reason = PortReason::NoResponse;
        return;
    default:
        *reason = PortReason::LocalError;
        return;
    }
}
