#include "core/formats/csvformat.h"

#include <algorithm>

#include <QBuffer>

#include "core/results/bannertext.h"
#include "core/results/resulttext.h"

namespace CsvFormat {

QByteArray header()
{
    return QByteArrayLiteral(
        "host,address,port,protocol,state,reason,service,latency_ms,banner,service_method,"
        "confidence,product,version,extra,tls_subject,tls_sans,tls_issuer,tls_not_after,"
        "tls_protocol,tls_cipher\r\n");
}

QString neutraliseFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

QString field(const QString &text)
{
    QString cell = neutraliseFormula(text);
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QStringList fields(const ScanResult &r)
{
    const ServiceInfo s = r.serviceOrGuess();
    const bool tls = s.tunnel || !s.tls.isEmpty();
    return { r.host, r.address.toString(), QString::number(r.port), protocolName(r.protocol),
        portStateName(r.state), portReasonName(r.reason), s.displayName(),
        ResultText::formatLatency(r.latencyMs), BannerText::escape(r.banner),
        ServiceInfo::methodName(s.method), QString::number(s.confidence), s.product, s.version,
        s.extra, tls ? s.tls.subject : QString(),
        tls ? s.tls.sans.join(QLatin1Char(' ')) : QString(), tls ? s.tls.issuer : QString(),
        s.tls.notAfter.isValid() ? s.tls.notAfter.toString(Qt::ISODate) : QString(),
        tls ? s.tls.protocol : QString(), tls ? s.tls.cipher : QString() };
}

bool write(QIODevice *out, const ReportRows &rows, const ReportProgress &progress)
{
    if (!ReportIo::put(out, header()))
        return false;
    QString line;
    for (qsizetype i = 0; i < rows.count; ++i) {
        const QStringList cells = fields(rows.at(i));
        line.clear();
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                line += QLatin1Char(',');
            line += field(cells[c]);
        }
        line += QLatin1String("\r\n");
        if (!ReportIo::put(out, line.toUtf8()) || !ReportIo::tell(progress, i + 1))
            return false;
    }
    return !progress || progress(rows.count);
}

QByteArray toCsv(const QList<ScanResult> &results)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(&buffer, ReportRows::of(results));
    return buffer.data();
}

QByteArray hostsCsv(const QList<HostState> &hosts)
{
    QList<HostState> sorted = hosts;
    std::sort(sorted.begin(), sorted.end(),
        [](const HostState &a, const HostState &b) { return a.hostId < b.hostId; });
    QByteArray out = "host,address,status,reason,latency_ms,names,mac,vendor\r\n";
    for (const HostState &h : std::as_const(sorted)) {
        const QStringList cells { field(h.host), field(h.address.toString()),
            hostStatusName(h.status), hostReasonName(h.reason),
            h.hasLatency() ? ResultText::formatLatency(h.latencyMs) : QString(),
            field(h.nameList().join(QLatin1Char(' '))), field(h.mac), field(h.vendor) };
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

bool read(const QByteArray &data, QList<QStringList> *rows, int *badLine)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    rows->clear();
    QStringList row;
    QString cell;
    bool quoted = false; // inside quotes
    bool wasQuoted = false; // the cell so far was quoted: only a comma or line end may follow
    int line = 1;
    int rowLine = 1;
    const auto endRow = [&] {
        row.append(cell);
        if (row.size() > 1 || !row.first().trimmed().isEmpty() || wasQuoted)
            rows->append(row);
        row.clear();
        cell.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            ++line;
        if (quoted) {
            if (c != QLatin1Char('"'))
                cell += c;
            else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                cell += text.at(++i);
            else
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!cell.isEmpty() || wasQuoted) {
                *badLine = line;
                return false;
            }
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            rowLine = line;
        } else if (c != QLatin1Char('\r')) {
            if (wasQuoted) {
                *badLine = line;
                return false;
            }
            cell += c;
        }
    }
    if (quoted) {
        *badLine = rowLine;
        return false;
    }
    if (!cell.isEmpty() || !row.isEmpty() || wasQuoted)
        endRow();
    return true;
}

} // namespace CsvFormat
