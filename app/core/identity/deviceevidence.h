#pragma once

#include <QList>
#include <QString>

// One thing a device said of itself, or that was seen of it, as the identity rules
// read it: which protocol (source), which part of its answer (field) and the text.
// The text is network data: printable and bounded before it gets here.
struct DeviceEvidence
{
    QString source; // "upnp", "dns-sd", "snmp", "smb", "ipp", "http", "ssh", "mac-vendor", ...
    QString field; // "modelName", "sysDescr", "ty", ...
    QString text;

    static DeviceEvidence make(const QString &source, const QString &field, const QString &text)
    {
        return DeviceEvidence { source, field, text };
    }
    bool operator==(const DeviceEvidence &other) const
    {
        return source == other.source && field == other.field && text == other.text;
    }
};
