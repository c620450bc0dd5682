#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include "core/identity/deviceevidence.h"

// A UPnP device description (UPnP Device Architecture 2.0, "Description"): what the
// root device says of itself. Read from network XML under limits: at most maxBytes,
// no DTD (so no entity, external or internal, is ever expanded), bounded text.
namespace UpnpDescription {

inline constexpr qsizetype maxBytes = qsizetype(64) * 1024;

struct Device
{
    QString deviceType;
    QString friendlyName;
    QString manufacturer;
    QString modelName;
    QString modelNumber;
    bool isEmpty() const
    {
        return deviceType.isEmpty() && friendlyName.isEmpty() && manufacturer.isEmpty()
            && modelName.isEmpty() && modelNumber.isEmpty();
    }
};

// The root device's fields; false with *error for XML that is not a description, too
// long, or declares a DTD.
bool parse(const QByteArray &xml, Device *device, QString *error);
// Each non-empty field as evidence of source "upnp".
QList<DeviceEvidence> evidence(const Device &device);
// Whether an SSDP LOCATION may be fetched for host: plain http to the host's own
// address, written as an address (a name could lead anywhere), any port.
bool fetchable(const QUrl &location, const QHostAddress &host);

} // namespace UpnpDescription
