#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/identity/deviceevidence.h"

// What a Windows or Samba host says of itself before any login: an SMB2 NEGOTIATE
// (MS-SMB2 2.2.3) and a SESSION_SETUP carrying an NTLMSSP NEGOTIATE_MESSAGE
// (MS-NLMP 2.2.1.1) draw a CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2) that holds the OS
// version (2.2.2.10) and the computer and domain names (AV pairs, 2.2.2.1). No
// credentials are ever sent; the session is left unauthenticated.
namespace SmbIdentity {

struct Challenge
{
    int major = -1; // from the VERSION structure; -1 when the server sent none
    int minor = -1;
    int build = -1;
    QString netbiosComputer;
    QString netbiosDomain;
    QString dnsComputer;
    QString dnsDomain;
    QString dnsForest;
    bool hasVersion() const { return major >= 0; }
};

// The requests, each with its NetBIOS session header (RFC 1002 4.3.1), as sent on 445.
QByteArray negotiateRequest();
QByteArray sessionSetupRequest();
// The length of the first whole NetBIOS-framed message in data, 0 while incomplete, -1
// when data is not such a frame or announces more than maxMessage bytes.
qsizetype framedLength(const QByteArray &data);
inline constexpr qsizetype maxMessage = qsizetype(64) * 1024;
// Whether an SMB2 response (framed) is one, with its command; false for anything else.
bool isSmb2Response(const QByteArray &framed, quint16 command);
// The NTLMSSP CHALLENGE_MESSAGE inside any bytes (it is found by its signature), read
// under bounds checks; false when there is none or it is malformed.
bool readChallenge(const QByteArray &data, Challenge *challenge);
// "Windows 10.0 build 19045" for a Windows version ("non-Windows 6.1" for the
// build-0 version Samba sends), and the names.
QList<DeviceEvidence> evidence(const Challenge &challenge);

} // namespace SmbIdentity
