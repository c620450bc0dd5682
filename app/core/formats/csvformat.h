#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/formats/reportrows.h"

// CSV (RFC 4180) out: a row per port, and a row per host for --hosts-csv.
// Cells that a spreadsheet would run as formulas are neutralised. Scans are not
// read back from CSV (JSON and nmap XML are the formats Portolan opens); a user's
// own small tables are (device labels), with read().
namespace CsvFormat {

QByteArray header();
// The text of a result's columns, in header() order.
QStringList fields(const ScanResult &result);
// One cell: neutralised, and quoted when needed.
QString field(const QString &text);
// A cell that a spreadsheet would run as a formula (leading = + - @ tab or CR),
// prefixed with ' to show as text.
QString neutraliseFormula(const QString &text);

// Streams rows, never holding the report whole. False when a write failed or
// progress said stop.
bool write(QIODevice *out, const ReportRows &rows, const ReportProgress &progress = {});
QByteArray toCsv(const QList<ScanResult> &results);
// host,address,status,reason,latency_ms,names,mac,vendor: one line per host.
QByteArray hostsCsv(const QList<HostState> &hosts);

// Reads CSV as people write it: RFC 4180 quoting, LF or CRLF line ends, the last
// line with or without one, blank lines skipped, a UTF-8 byte order mark
// ignored. False, with the 1-based line where it went wrong in *badLine, for a
// quote that never closes or one in the middle of a cell.
bool read(const QByteArray &data, QList<QStringList> *rows, int *badLine);

} // namespace CsvFormat
