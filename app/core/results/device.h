#pragma once

#include <memory>

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "core/results/hostname.h"
#include "core/results/serviceinfo.h"
#include "core/spec/protocol.h"

// A device of the inventory: a machine the scans have seen, known by its MAC
// address where a scan saw one (the same link), else by its address. It keeps
// every address it had, its names, and what the user said of it; the scans kept
// in the history fill in the rest (history/devicerows.cpp).
struct Device
{
    struct Address
    {
        QString address;
        QDateTime firstSeen;
        QDateTime lastSeen;
    };
    using Name = HostName;
    struct Port
    {
        quint16 port = 0;
        Protocol protocol = Protocol::Tcp;
        // What detection found when the port was last seen open; null: nothing
        // (the port number's service is the guess).
        std::shared_ptr<const ServiceInfo> service;
        QDateTime lastSeen;
        // "53/udp".
        QString text() const;
    };

    qint64 id = 0;
    QString mac; // empty: known by its address
    QList<Address> addresses; // the most recently seen first
    QList<Name> names;
    QString label; // the user's; scans never write it
    QString notes;
    QString vendor;
    bool known = false; // the user marked it known (else it shows as new)
    bool up = false; // at the last scan that looked for it
    QDateTime firstSeen;
    QDateTime lastSeen; // last found up
    QDateTime downSince; // null while up
    QList<Port> ports; // open when last seen, TCP's then UDP's, by port
    QString scanner; // the scanner that saw it last (history/scannername.h)

    // The address it was last seen at.
    QString address() const { return addresses.isEmpty() ? QString() : addresses.first().address; }
    QStringList addressList() const;
    QStringList nameList() const;
    // The open ports' numbers, of either protocol.
    QList<quint16> portList() const;
};

Q_DECLARE_METATYPE(Device)
