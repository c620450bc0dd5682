#pragma once

#include <QByteArray>
#include <QStringList>

#include "core/formats/reportrows.h"
#include "core/results/scanreport.h"

class QJsonObject;

// Portolan's JSON report, out and back in: the parameters, a row per listed
// port (by host, then port), an object per host, and the summary. The keys are
// written once, in jsonformat.cpp, for the writer and the reader alike.
namespace JsonFormat {

// Streams rows, never holding them whole. False when a write failed or progress
// said stop.
bool write(QIODevice *out, const ScanReport &header, const ReportRows &rows,
    const ReportProgress &progress = {});
QByteArray toJson(const ScanReport &report);
QJsonObject hostJson(const HostState &host);

// Reads a Portolan JSON export. Entries without a valid address, port or state
// are skipped and counted in *notes; anything that is not such an export fails
// with *error.
bool read(const QByteArray &data, ScanReport *report, QStringList *notes, QString *error);

} // namespace JsonFormat
