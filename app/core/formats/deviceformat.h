#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "core/results/device.h"

// The inventory of devices out, as "portolan-cli devices" prints it: a text
// table, CSV (a row per device) or JSON (an array of objects).
namespace DeviceFormat {

QByteArray toText(const QList<Device> &devices);
// id,address,addresses,mac,label,notes,names,vendor,known,up,first_seen,last_seen,
// down_since,open_ports: lists space-separated; times ISO 8601 UTC.
QByteArray toCsv(const QList<Device> &devices);
QByteArray toJson(const QList<Device> &devices);
QJsonObject deviceJson(const Device &device);

// "22/ssh 80/http": each open port with its service (detected, else guessed).
QString portsText(const Device &device);
// "up", or "down since 2026-12-02 10:00" in local time.
QString statusText(const Device &device);

} // namespace DeviceFormat
