#include "core/formats/reportformat.h"

#include <QIODevice>

#include "core/formats/csvformat.h"
#include "core/formats/jsonformat.h"
#include "core/formats/nmapxml.h"
#include "core/formats/textformat.h"

namespace ReportFormats {
namespace {

constexpr ReportFormat all[]
    = { ReportFormat::Text, ReportFormat::Csv, ReportFormat::Json, ReportFormat::Xml };

// A copy of header with every row in it, for the formats that need it whole.
bool whole(const ScanReport &header, const ReportRows &rows, const ReportProgress &progress,
    ScanReport *report)
{
    *report = header;
    report->results.clear();
    report->results.reserve(rows.count);
    for (qsizetype i = 0; i < rows.count; ++i) {
        report->results.append(rows.at(i));
        if (progress && i % ReportIo::progressEvery == ReportIo::progressEvery - 1
            && !progress(i + 1))
            return false;
    }
    return true;
}

} // namespace

QString name(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Xml:
        return QStringLiteral("xml");
    case ReportFormat::Text:
        break;
    }
    return QStringLiteral("text");
}

QStringList names()
{
    QStringList out;
    for (ReportFormat f : all)
        out.append(name(f));
    return out;
}

std::optional<ReportFormat> fromName(const QString &text)
{
    for (ReportFormat f : all)
        if (name(f) == text)
            return f;
    return std::nullopt;
}

QString suffix(ReportFormat format)
{
    return format == ReportFormat::Text ? QStringLiteral("txt") : name(format);
}

QByteArray toBytes(ReportFormat format, const ScanReport &report)
{
    switch (format) {
    case ReportFormat::Csv:
        return CsvFormat::toCsv(report.results);
    case ReportFormat::Json:
        return JsonFormat::toJson(report);
    case ReportFormat::Xml:
        return NmapXml::toXml(report);
    case ReportFormat::Text:
        break;
    }
    return TextFormat::toText(report).toUtf8();
}

bool write(QIODevice *out, ReportFormat format, const ScanReport &header, const ReportRows &rows,
    const ReportProgress &progress)
{
    switch (format) {
    case ReportFormat::Csv:
        return CsvFormat::write(out, rows, progress);
    case ReportFormat::Json:
        return JsonFormat::write(out, header, rows, progress);
    case ReportFormat::Xml:
    case ReportFormat::Text:
        break;
    }
    ScanReport report;
    if (!whole(header, rows, progress, &report))
        return false;
    const bool written = format == ReportFormat::Xml
        ? NmapXml::write(out, report)
        : ReportIo::put(out, TextFormat::toText(report).toUtf8());
    return written && (!progress || progress(rows.count));
}

} // namespace ReportFormats
