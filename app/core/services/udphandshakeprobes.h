#pragma once

#include <QByteArray>
#include <QtGlobal>

#include "core/services/udpverdict.h"

// The UDP probes that open a secure session's handshake and stop after the first
// answer: IKEv2, QUIC and OpenVPN. Each reply must echo the ids our first packet
// chose (initiator SPI, connection ids, session id); nothing is ever completed.
namespace UdpHandshake {

// RFC 7296 sections 3.1-3.9: IKE_SA_INIT with one proposal (AES-CBC-256, HMAC-SHA2-256
// PRF and integrity, 2048-bit MODP group 14), its KE and a nonce; the initiator SPI
// from the token. natT prefixes the non-ESP marker for port 4500 (RFC 3948 section 2.2).
QByteArray ikeSaInit(quint32 token, bool natT);
// The responder's notifications and vendor ids (or its chosen proposal).
UdpVerdict readIke(const QByteArray &reply, quint32 token, bool natT);

// RFC 9000 section 17.2 long header with a version reserved to force negotiation
// (section 15), connection ids from the token, padded to 1200 bytes (section 14.1).
QByteArray quicInitial(quint32 token);
// A Version Negotiation packet (RFC 9000 section 17.2.1) echoing our connection ids,
// and the versions it lists.
UdpVerdict readQuic(const QByteArray &reply, quint32 token);

// OpenVPN's P_CONTROL_HARD_RESET_CLIENT_V2 (the protocol notes in OpenVPN's ssl.h,
// published as "OpenVPN Protocol" on openvpn.net): no tls-auth, session id from the
// token. A server with tls-auth or tls-crypt stays silent.
QByteArray openvpnReset(quint32 token);
// P_CONTROL_HARD_RESET_SERVER_V2 acknowledging our session id.
UdpVerdict readOpenvpn(const QByteArray &reply, quint32 token);

} // namespace UdpHandshake
