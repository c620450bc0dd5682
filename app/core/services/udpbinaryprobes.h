#pragma once

#include <QByteArray>
#include <QtGlobal>

#include "core/services/udpverdict.h"

// The UDP probes in fixed binary layouts: NTP, STUN, TFTP, RIP and the ONC RPC
// portmapper. Where the protocol has a transaction id (NTP's transmit timestamp
// echoed as origin, STUN's 96-bit id, RPC's xid) the reply must carry ours.
namespace UdpBinary {

// RFC 5905 section 7.3: a mode 3 (client) packet, version 4, the token in the transmit
// timestamp, which the server returns as the origin timestamp (section 8).
QByteArray ntpRequest(quint32 token);
// Stratum, reference id, version and leap indicator.
UdpVerdict readNtp(const QByteArray &reply, quint32 token);

// RFC 8489 sections 5 and 6: a Binding request with the token in its transaction id.
QByteArray stunBinding(quint32 token);
// SOFTWARE, the (XOR-)MAPPED-ADDRESS, or the ERROR-CODE.
UdpVerdict readStun(const QByteArray &reply, quint32 token);

// RFC 1350 section 5: RRQ for a file nobody has (its name holds the token), octet mode.
// The server answers from a new port (section 4) with an ERROR or DATA; no id to match.
QByteArray tftpReadRequest(quint32 token);
UdpVerdict readTftp(const QByteArray &reply, quint32 token);

// RFC 2453 section 3.9.1: a version 2 request for the whole routing table (one entry,
// address family 0, metric 16). No id: a well-formed response counts.
QByteArray ripRequest(quint32 token);
UdpVerdict readRip(const QByteArray &reply, quint32 token);

// RFC 5531 section 9 call, xid from the token, to the portmapper (program 100000,
// version 2) procedure DUMP (RFC 1833 section 3.2), no authentication.
QByteArray portmapDump(quint32 token);
// The programs registered, by number (and name for the well-known ones).
UdpVerdict readPortmap(const QByteArray &reply, quint32 token);

} // namespace UdpBinary
