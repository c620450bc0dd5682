#include "core/platform/icmperror.h"

namespace {

using Kind = IcmpError::Kind;

// ICMPv4 types (RFC 792) and destination-unreachable codes (RFC 792 0-5,
// RFC 1122 3.2.2.1 6-12, RFC 1812 5.2.7.1 13-15).
constexpr int unreachable4 = 3;
constexpr int sourceQuench4 = 4;
constexpr int timeExceeded4 = 11;
constexpr int parameterProblem4 = 12;
enum Code4 : int {
    Net4 = 0,
    Host4 = 1,
    Protocol4 = 2,
    Port4 = 3,
    FragmentationNeeded4 = 4,
    NetProhibited4 = 9,
    HostProhibited4 = 10,
    AdminProhibited4 = 13
};

// ICMPv6 error types and destination-unreachable codes (RFC 4443 3.1-3.4).
constexpr int unreachable6 = 1;
constexpr int packetTooBig6 = 2;
constexpr int timeExceeded6 = 3;
constexpr int parameterProblem6 = 4;
enum Code6 : int {
    NoRoute6 = 0,
    Prohibited6 = 1,
    BeyondScope6 = 2,
    Address6 = 3,
    Port6 = 4,
    PolicyFailed6 = 5, // "a more informative subset of code 1" (RFC 4443 3.1)
    RejectRoute6 = 6 // likewise
};

Kind unreachableKind4(int code)
{
    switch (code) {
    case Net4:
        return Kind::NetUnreachable;
    case Host4:
        return Kind::HostUnreachable;
    case Protocol4:
        return Kind::ProtocolUnreachable;
    case Port4:
        return Kind::PortUnreachable;
    case FragmentationNeeded4:
        return Kind::PacketTooBig;
    case NetProhibited4:
    case HostProhibited4:
    case AdminProhibited4:
        return Kind::AdminProhibited;
    default:
        return Kind::OtherUnreachable;
    }
}

Kind unreachableKind6(int code)
{
    switch (code) {
    case NoRoute6:
        return Kind::NetUnreachable;
    case Address6:
        return Kind::HostUnreachable;
    case Port6:
        return Kind::PortUnreachable;
    case Prohibited6:
    case PolicyFailed6:
    case RejectRoute6:
        return Kind::AdminProhibited;
    default: // BeyondScope6 and codes after RFC 4443
        return Kind::OtherUnreachable;
    }
}

Kind classify4(int type, int code)
{
    switch (type) {
    case unreachable4:
        return unreachableKind4(code);
    case sourceQuench4:
        return Kind::SourceQuench;
    case timeExceeded4:
        return Kind::TimeExceeded;
    case parameterProblem4:
        return Kind::ParameterProblem;
    default:
        return Kind::Other;
    }
}

Kind classify6(int type, int code)
{
    switch (type) {
    case unreachable6:
        return unreachableKind6(code);
    case packetTooBig6:
        return Kind::PacketTooBig;
    case timeExceeded6:
        return Kind::TimeExceeded;
    case parameterProblem6:
        return Kind::ParameterProblem;
    default:
        return Kind::Other;
    }
}

// The word for a destination unreachable whose code tells more than its kind.
QLatin1String unreachableReason(IcmpError::Family family, int code)
{
    if (family == IcmpError::Family::V4) {
        if (code == NetProhibited4)
            return QLatin1String("net-prohibited");
        if (code == HostProhibited4)
            return QLatin1String("host-prohibited");
    } else {
        if (code == NoRoute6)
            return QLatin1String("no-route");
        if (code == BeyondScope6)
            return QLatin1String("beyond-scope");
        if (code == RejectRoute6)
            return QLatin1String("reject-route");
    }
    return QLatin1String();
}

} // namespace

IcmpError::Kind IcmpError::classify(Family family, int type, int code)
{
    return family == Family::V4 ? classify4(type, code) : classify6(type, code);
}

QLatin1String IcmpError::reasonFor(Family family, int type, int code)
{
    const Kind kind = classify(family, type, code);
    if (kind != Kind::PacketTooBig && kind <= Kind::OtherUnreachable) {
        const QLatin1String specific = unreachableReason(family, code);
        if (!specific.isEmpty())
            return specific;
    }
    switch (kind) {
    case Kind::PortUnreachable:
        return QLatin1String("port-unreach");
    case Kind::HostUnreachable:
        return QLatin1String("host-unreach");
    case Kind::NetUnreachable:
        return QLatin1String("net-unreach");
    case Kind::ProtocolUnreachable:
        return QLatin1String("proto-unreach");
    case Kind::AdminProhibited:
        return QLatin1String("admin-prohibited");
    case Kind::OtherUnreachable:
        return QLatin1String("dest-unreach");
    case Kind::TimeExceeded:
        return QLatin1String("time-exceeded");
    case Kind::ParameterProblem:
        return QLatin1String("param-problem");
    case Kind::SourceQuench:
        return QLatin1String("source-quench");
    case Kind::PacketTooBig:
        // A v4 "fragmentation needed" is a destination unreachable; v6 has a type of its own.
        return QLatin1String(family == Family::V4 ? "dest-unreach" : "unknown-response");
    case Kind::Other:
    case Kind::Local:
        break;
    }
    return QLatin1String("unknown-response");
}

QLatin1String IcmpError::reason() const
{
    return kind == Kind::Local ? QLatin1String("unknown-response") : reasonFor(family, type, code);
}
