#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>

#include "core/results/device.h"

class HistoryStore;

// The inventory of devices in the history database: read, searched, and what
// the user says of a device (label, notes, known), on the connection of an open
// HistoryStore (same thread). Scans fill it in as they are saved
// (HistoryStore::save). A device is named by its id, or, as people type it, by a
// MAC address or an address it had (find()).
class DeviceStore final
{
public:
    explicit DeviceStore(const HistoryStore &history);

    // Every device (or, with the history's scanner filter, that scanner's), most
    // recently seen first; with search, those whose label,
    // notes, names, addresses, MAC or vendor hold the text (any case), or that had
    // the port (a number) open.
    bool list(const QString &search, QList<Device> *devices, QString *error) const;
    // One device by id; false with *error when there is none.
    bool get(qint64 id, Device *device, QString *error) const;
    // The device a MAC (any case, : or -) or an address names: for an address,
    // the device seen there last. False with *error when none, or when the
    // address is a device of several scanners (sites) and no filter names one.
    // With the history's scanner filter, only that scanner's devices.
    bool find(const QString &key, qint64 *id, QString *error) const;

    bool setLabel(qint64 id, const QString &label, QString *error);
    bool setNotes(qint64 id, const QString &notes, QString *error);
    bool setKnown(qint64 id, bool known, QString *error);
    // Forgets the device, its addresses, names and ports; a later scan that sees
    // it again finds it new.
    bool forget(qint64 id, QString *error);
    // Labels (and notes) from CSV: "device,label[,notes]" per line, device a MAC or
    // an address, an optional header line "device,label,notes". All or nothing:
    // a bad line or an unknown device changes nothing and says which line
    // (1-based) in *error. *count: devices labelled.
    bool importLabels(const QByteArray &csv, int *count, QString *error);

    // Whether text looks like a MAC address (six hex pairs, : or -).
    static bool isMac(const QString &text);

private:
    bool setColumn(qint64 id, const char *column, const QVariant &value, QString *error);
    // Runs a statement that changes the device id; false when it names none.
    bool change(const QString &sql, const QVariantList &values, qint64 id, QString *error);
    QString m_connection;
    QString m_only; // HistoryStore::scannerFilter()
};
