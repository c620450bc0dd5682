#pragma once

#include <utility>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/results/serviceinfo.h"

// What reading one datagram as the reply to one UDP probe concluded: whether it is
// that protocol's answer to that probe, and what it says, as printable bounded text.
struct UdpVerdict
{
    static constexpr int maxFields = 24;

    bool answered = false; // the protocol's answer to this probe (its id matched)
    QString service; // IANA service name: "domain", "ntp", "snmp", ...
    QString product;
    QString version;
    // What the reply says, by name ("sysDescr", "stratum", ...): plain data, in the
    // order read, each value printable and bounded (UdpWire::text).
    QList<std::pair<QString, QString>> fields;
    // Worth a warning, as plain keys: "snmp-default-community" (a well-known
    // community string was accepted), ...
    QStringList findings;

    // A verdict that the reply answered, for service.
    static UdpVerdict answer(const char *service);
    // Adds a field unless value is empty or the verdict holds maxFields already.
    void add(const char *name, const QString &value);
    QString field(const QString &name) const;
    // For the results: probed, the product and version, the fields and findings as
    // "name: value; ..." in extra.
    ServiceInfo serviceInfo() const;
};
