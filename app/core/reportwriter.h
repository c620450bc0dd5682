#pragma once

#include <functional>

#include <QByteArray>
#include <QString>

#include "core/scanreport.h"

// Turns scan results into the formats Portolan exports: CSV (RFC 4180), JSON
// and nmap-like text. Shared by portolan-cli and the window.
class QIODevice;
class QJsonObject;

class ReportWriter final
{
public:
    // Rows for the streaming writers: how many, and row i.
    struct Rows
    {
        qsizetype count = 0;
        std::function<ScanResult(qsizetype)> at;
        static Rows of(const QList<ScanResult> &results);
    };
    // Told every few thousand rows how many are written; false stops the writing.
    using Progress = std::function<bool(qsizetype written)>;

    // Stream a report row by row, never holding it whole. False when a write
    // failed or progress said stop.
    static bool writeCsv(QIODevice *out, const Rows &rows, const Progress &progress = {});
    static bool writeJson(
        QIODevice *out, const ScanReport &report, const Rows &rows, const Progress &progress = {});
    // Writes path through a temporary file and rename with body: an earlier file
    // stays intact when body or the file fails. *error is empty when body stopped.
    static bool writeFile(
        const QString &path, const std::function<bool(QIODevice *)> &body, QString *error);

    static QByteArray csvHeader();
    // host,address,status,reason,latency_ms,names,mac,vendor: one line per host.
    static QByteArray hostsCsv(const QList<HostState> &hosts);
    static QJsonObject hostJson(const HostState &host);
    // "Host is up (syn-ack, 0.52 ms latency)."
    static QString hostLine(const HostState &host);
    // "Hosts: 8 up, 248 down, 256 addresses in all" (with discovery), else empty.
    static QString hostCountLine(const ScanSummary &summary);
    static QByteArray toCsv(const QList<ScanResult> &results);
    static QByteArray toJson(const ScanReport &report);
    static QString toText(const ScanReport &report);

    // One CSV cell: quoted when needed, and neutralised against spreadsheet
    // formula injection (a leading = + - @ tab or CR gets a ').
    static QString csvField(const QString &text);
    // A cell that a spreadsheet would run as a formula, prefixed with ' to show as text.
    static QString neutraliseFormula(const QString &text);
    // Banner bytes as one printable line: \\, \n, \r, \t and \xNN escapes.
    static QString escapeBanner(const QByteArray &banner);
    // The bytes an escaped banner stands for.
    static QByteArray unescapeBanner(const QString &text);
    // The text of a result's column, as in the CSV.
    static QStringList fields(const ScanResult &result);
    static QString formatLatency(double ms);
    static QString formatDuration(qint64 ms);

    // Writes data to path through a temporary file and rename: an earlier file
    // stays intact when anything fails. False and *error on failure.
    static bool writeAtomically(const QString &path, const QByteArray &data, QString *error);
};
