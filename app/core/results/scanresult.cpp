#include "core/results/scanresult.h"

#include <initializer_list>

#include "core/spec/portnames.h"

QString portStateName(PortState state)
{
    switch (state) {
    case PortState::Open:
        return QStringLiteral("open");
    case PortState::Closed:
        return QStringLiteral("closed");
    case PortState::Filtered:
        return QStringLiteral("filtered");
    case PortState::OpenFiltered:
        return QStringLiteral("open|filtered");
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
    case PortReason::UdpResponse:
        return QStringLiteral("udp-response");
    case PortReason::PortUnreach:
        return QStringLiteral("port-unreach");
    case PortReason::ProtoUnreach:
        return QStringLiteral("proto-unreach");
    case PortReason::TimeExceeded:
        return QStringLiteral("time-exceeded");
    case PortReason::UnknownResponse:
        return QStringLiteral("unknown-response");
    case PortReason::NotConfirmed:
        return QStringLiteral("not-confirmed");
    }
    return {};
}

QString hostStatusName(HostStatus status)
{
    switch (status) {
    case HostStatus::Unknown:
        return QStringLiteral("unknown");
    case HostStatus::Up:
        return QStringLiteral("up");
    case HostStatus::Down:
        return QStringLiteral("down");
    }
    return {};
}

QString hostReasonName(HostReason reason)
{
    switch (reason) {
    case HostReason::EchoReply:
        return QStringLiteral("echo-reply");
    case HostReason::SynAck:
        return QStringLiteral("syn-ack");
    case HostReason::ConnRefused:
        return QStringLiteral("conn-refused");
    case HostReason::NoResponse:
        return QStringLiteral("no-response");
    case HostReason::HostUnreach:
        return QStringLiteral("host-unreach");
    case HostReason::NetUnreach:
        return QStringLiteral("net-unreach");
    case HostReason::UserSet:
        return QStringLiteral("user-set");
    case HostReason::UdpResponse:
        return QStringLiteral("udp-response");
    case HostReason::PortUnreach:
        return QStringLiteral("port-unreach");
    }
    return {};
}

namespace {

// The value of an enum whose name (by nameOf) is text, among values.
template <typename Enum, typename NameOf>
bool parseName(const QString &text, std::initializer_list<Enum> values, NameOf nameOf, Enum *out)
{
    for (Enum value : values) {
        if (text == nameOf(value)) {
            *out = value;
            return true;
        }
    }
    return false;
}

} // namespace

bool parsePortState(const QString &text, PortState *state)
{
    return parseName(text,
        { PortState::Open, PortState::Closed, PortState::Filtered, PortState::OpenFiltered },
        portStateName, state);
}

bool parsePortReason(const QString &text, PortReason *reason)
{
    return parseName(text,
        { PortReason::SynAck, PortReason::ConnRefused, PortReason::NoResponse,
            PortReason::HostUnreach, PortReason::NetUnreach, PortReason::AdminProhibited,
            PortReason::LocalError, PortReason::UdpResponse, PortReason::PortUnreach,
            PortReason::ProtoUnreach, PortReason::TimeExceeded, PortReason::UnknownResponse,
            PortReason::NotConfirmed },
        portReasonName, reason);
}

bool parseHostStatus(const QString &text, HostStatus *status)
{
    return parseName(
        text, { HostStatus::Unknown, HostStatus::Up, HostStatus::Down }, hostStatusName, status);
}

bool parseHostReason(const QString &text, HostReason *reason)
{
    return parseName(text,
        { HostReason::EchoReply, HostReason::SynAck, HostReason::ConnRefused,
            HostReason::NoResponse, HostReason::HostUnreach, HostReason::NetUnreach,
            HostReason::UserSet, HostReason::UdpResponse, HostReason::PortUnreach },
        hostReasonName, reason);
}

void classifyOutcome(ConnectOutcome outcome, PortState *state, PortReason *reason)
{
    *state = PortState::Filtered;
    switch (outcome) {
    case ConnectOutcome::Connected:
        *state = PortState::Open;
        *reason = PortReason::SynAck;
        return;
    case ConnectOutcome::Refused:
    case ConnectOutcome::SelfConnect: // nothing listens where a socket meets itself
        *state = PortState::Closed;
        *reason = PortReason::ConnRefused;
        return;
    case ConnectOutcome::HostUnreachable:
        *reason = PortReason::HostUnreach;
        return;
    case ConnectOutcome::NetUnreachable:
        *reason = PortReason::NetUnreach;
        return;
    case ConnectOutcome::Prohibited:
        *reason = PortReason::AdminProhibited;
        return;
    case ConnectOutcome::TimedOut:
        *reason = PortReason::NoResponse;
        return;
    case ConnectOutcome::Shortage:
    case ConnectOutcome::LocalError:
        *reason = PortReason::LocalError;
        return;
    }
    *reason = PortReason::LocalError;
}

ServiceInfo ScanResult::serviceOrGuess() const
{
    if (service)
        return *service;
    ServiceInfo guess;
    guess.name = PortNames::nameForPort(port, protocol);
    return guess;
}

void classifyIcmp(IcmpError::Kind kind, PortState *state, PortReason *reason)
{
    *state = PortState::Filtered;
    switch (kind) {
    case IcmpError::Kind::PortUnreachable:
        *state = PortState::Closed;
        *reason = PortReason::PortUnreach;
        return;
    case IcmpError::Kind::HostUnreachable:
        *reason = PortReason::HostUnreach;
        return;
    case IcmpError::Kind::NetUnreachable:
        *reason = PortReason::NetUnreach;
        return;
    case IcmpError::Kind::ProtocolUnreachable:
        *reason = PortReason::ProtoUnreach;
        return;
    case IcmpError::Kind::AdminProhibited:
        *reason = PortReason::AdminProhibited;
        return;
    case IcmpError::Kind::TimeExceeded:
        *reason = PortReason::TimeExceeded;
        return;
    case IcmpError::Kind::OtherUnreachable:
    case IcmpError::Kind::PacketTooBig:
    case IcmpError::Kind::ParameterProblem:
    case IcmpError::Kind::SourceQuench:
    case IcmpError::Kind::Other:
        *reason = PortReason::UnknownResponse;
        return;
    case IcmpError::Kind::Local:
        *reason = PortReason::LocalError;
        return;
    }
    *reason = PortReason::UnknownResponse;
}

QString ScanResult::portText() const
{
    return QString::number(port) + QLatin1Char('/') + protocolName(protocol);
}
