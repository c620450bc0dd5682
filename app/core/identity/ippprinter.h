#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/identity/deviceevidence.h"

// IPP Get-Printer-Attributes (RFC 8011 section 4.2.5, encoded per RFC 8010) over
// HTTP on port 631: the printer's make and model, info and IEEE 1284 device id,
// asked without credentials.
namespace IppPrinter {

inline constexpr qsizetype maxResponse = qsizetype(256) * 1024;

// The whole HTTP request for the printer at host (an address as text; IPv6 in brackets
// is added here) and port.
QByteArray request(const QString &host, quint16 port, quint32 requestId);
// Reads an HTTP response holding an IPP response to requestId: the attributes named
// printer-make-and-model, printer-info and printer-device-id (text or name values).
// False for anything else or a malformed message.
bool readResponse(const QByteArray &http, quint32 requestId, QList<DeviceEvidence> *evidence);

} // namespace IppPrinter
