#pragma once

#include <QByteArray>
#include <QtGlobal>

#include "core/services/udpverdict.h"

// The UDP probes of directory and authentication services, both in BER: an LDAP
// rootDSE search over UDP (CLDAP) and a Kerberos AS-REQ for a principal nobody has.
namespace UdpDirectory {

// RFC 4511 section 4.5.1 SearchRequest for the root DSE (RFC 4512 section 5.1) in an
// LDAPMessage sent as one datagram, as Active Directory's LDAP ping does ([MS-ADTS]
// 6.3.3); the message id from the token.
QByteArray cldapRootDse(quint32 token);
// The root DSE's vendor, host name and naming contexts; the result code.
UdpVerdict readCldap(const QByteArray &reply, quint32 token);

// RFC 4120 section 5.4.1 AS-REQ: the client "portolan-<token>" in the realm
// PORTOLAN.INVALID, the token as nonce. A KDC answers with a KRB-ERROR (section 5.9.1),
// which carries no nonce: it counts when its client name, if any, is ours.
QByteArray kerberosAsReq(quint32 token);
// The error code, the realm and e-text the KDC gave, its time.
UdpVerdict readKerberos(const QByteArray &reply, quint32 token);

} // namespace UdpDirectory
