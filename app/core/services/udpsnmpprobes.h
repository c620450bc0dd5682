#pragma once

#include <QByteArray>
#include <QtGlobal>

#include "core/services/udpverdict.h"

// SNMP probes: a community-based GetRequest for sysDescr.0, sysObjectID.0 and
// sysName.0, and the
// SNMPv3 discovery that makes an agent report its engine id without any user. Replies
// count only with the request's request-id (msgID for v3); BER is read with every
// length checked.
namespace UdpSnmp {

enum class Version { V1 = 0, V2c = 1 }; // msg version field: RFC 1157 4, RFC 1901 3

inline constexpr const char *defaultCommunity = "public";

// Message of RFC 1157 section 4 / RFC 1901 section 3 holding a GetRequest-PDU (RFC 3416
// section 3) for sysDescr.0, sysObjectID.0 and sysName.0 (RFC 3418 section 2), all
// three in every agent's system group (a v1 agent fails the whole request for one
// it lacks).
QByteArray getRequest(quint32 token, const QByteArray &community, Version version);
// sysDescr, sysObjectID (dotted), sysName, the community and protocol that answered;
// "snmp-default-community" as a finding when a community everybody knows was accepted.
UdpVerdict readGetResponse(const QByteArray &reply, quint32 token);

// RFC 3414 section 4 discovery: an SNMPv3 message (RFC 3412 section 6) with an empty
// engine id and user, noAuthNoPriv, reportable; answered by a Report-PDU.
QByteArray discoveryRequest(quint32 token);
// The agent's engine id (RFC 3411 SnmpEngineID), boots and time.
UdpVerdict readDiscovery(const QByteArray &reply, quint32 token);

} // namespace UdpSnmp
