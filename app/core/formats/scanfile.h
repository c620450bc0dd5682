#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "core/results/scanreport.h"

// A saved scan read back: Portolan's JSON export or nmap XML (nmap's, masscan's,
// Portolan's own), told apart by their first character. Hosts get indices by
// address in the order they first appear. What cannot be mapped is skipped and
// said in *notes; what is not a scan at all fails with one line in *error.
namespace ScanFile {

// Files above this size are refused rather than read into memory.
constexpr qint64 maxBytes = qint64(2) << 30;

bool read(const QByteArray &data, ScanReport *report, QStringList *notes, QString *error);
bool readFile(const QString &path, ScanReport *report, QStringList *notes, QString *error);

} // namespace ScanFile
