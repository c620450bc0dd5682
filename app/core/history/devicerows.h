#pragma once

#include <QList>
#include <QSqlDatabase>

#include "core/results/device.h"
#include "core/results/scanreport.h"

class QSqlError;

// The inventory's rows (devices, device_addresses, device_names, device_ports;
// historyschema.cpp makes them), written from a scan and read back. The caller
// holds the transaction; false with the failed statement's error.
namespace DeviceRows {

// What a scan saw of each host, into the inventory: a host found up is its
// device (by MAC where the scan saw one, else by address; a new device when
// neither is known), seen now at its address, with its names, vendor and the
// open ports among those the scan covered; a host found down marks down the
// device last seen at that address. Labels, notes and the known mark are never
// touched. A host the scan could not tell about (no discovery, no answer) is left.
// Sites may use the same addresses: a device known by its address is scanner's
// alone (another scanner's device at that address is another device); one known
// by its MAC is the same wherever seen, and records the scanner that saw it last.
bool update(QSqlDatabase &db, const ScanReport &report, const QString &scanner, QSqlError *failure);

// A MAC address as the inventory keeps it: upper case, colons.
QString normalMac(const QString &mac);

// Every device with id in ids (all when ids is null), addresses, names and ports
// filled in, most recently seen first.
bool read(QSqlDatabase &db, const QList<qint64> *ids, QList<Device> *devices, QSqlError *failure);

} // namespace DeviceRows
