#pragma once

#include <optional>

#include <QByteArray>
#include <QStringList>

#include "core/formats/reportrows.h"
#include "core/results/scanreport.h"

class QIODevice;

// The formats a scan report is written in, by one name everywhere: the CLI's
// --format, the window's exports and the history's "show".
enum class ReportFormat { Text, Csv, Json, Xml }; // Xml: nmap's format

namespace ReportFormats {

// "text", "csv", "json", "xml".
QString name(ReportFormat format);
QStringList names();
std::optional<ReportFormat> fromName(const QString &name);
// The file name suffix an export of this format gets ("txt" for text).
QString suffix(ReportFormat format);

// The whole report in a format.
QByteArray toBytes(ReportFormat format, const ScanReport &report);
// Writes header's parameters and summary with rows, streamed where the format
// allows (CSV, JSON); nmap's XML groups ports by host, so it is made whole first.
// False when a write failed or progress said stop.
bool write(QIODevice *out, ReportFormat format, const ScanReport &header, const ReportRows &rows,
    const ReportProgress &progress = {});

} // namespace ReportFormats
