#pragma once

#include <QList>
#include <QString>

class HistoryStore;

// A whole store (history, inventory, watches) copied into another, empty one:
// SQLite to PostgreSQL when a site joins a shared store, and back. Rows keep their
// ids, so a watch's last scan and an event's scan still name the same ones. The
// source is read in one snapshot (scanners may go on writing to it); the target is
// written in one transaction, committed only when every table holds as many rows
// as the source's.
namespace StoreCopy {

struct Count
{
    QString table;
    qint64 rows = 0; // in the source, and in the target after the copy
};

// The tables, in the order they are copied (a row after the rows it names).
const QList<const char *> &tables();

// What store holds, as "12 scans, 30 devices" (empty: nothing).
bool contents(const HistoryStore &store, QString *held, QString *error);
// The message for a target that is not empty.
QString notEmpty(const HistoryStore &store, const QString &held);

// Copies from into to (both open, neither the other). False with *error, and
// nothing written, when to is not empty or a step fails.
bool copy(const HistoryStore &from, const HistoryStore &to, QList<Count> *counts, QString *error);

} // namespace StoreCopy
