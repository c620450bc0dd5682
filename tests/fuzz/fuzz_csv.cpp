// libFuzzer: results with arbitrary host names and banners, written as CSV and
// (and detected services) read back with a strict RFC 4180 reader, give back the same cells
// (formula cells with their ' prefix), and no cell starts a spreadsheet formula.
#include <cstdint>

#include <QHostAddress>

#include "common/csvreader.h"
#include "core/formats/csvformat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    ScanResult r;
    r.port = static_cast<quint16>((data[0] << 8) | data[1]);
    r.state = static_cast<PortState>(data[2] % 3);
    r.reason = static_cast<PortReason>(data[3] % 7);
    const QByteArray rest(
        reinterpret_cast<const char *>(data + 4), static_cast<qsizetype>(size - 4));
    const qsizetype split = rest.indexOf('\0');
    r.host = QString::fromUtf8(split < 0 ? rest : rest.left(split));
    r.banner = split < 0 ? QByteArray() : rest.mid(split + 1);
    r.address = QHostAddress(QStringLiteral("127.0.0.1"));
    r.latencyMs = size;
    // A detected service whose product and details are the same untrusted bytes.
    if (data[2] & 0x80) {
        auto service = std::make_shared<ServiceInfo>();
        service->name = QStringLiteral("http");
        service->method = ServiceInfo::Method::Probed;
        service->product = r.host;
        service->extra = QString::fromLatin1(r.banner);
        service->tunnel = data[3] & 0x80;
        service->tls.subject = r.host;
        r.service = service;
    }

    const QByteArray csv = CsvFormat::toCsv({ r });
    QList<QStringList> rows;
    const QStringList expected = CsvFormat::fields(r);
    if (!readCsv(csv, &rows) || rows.size() != 2 || rows[0].size() != expected.size()
        || rows[1].size() != expected.size())
        __builtin_trap();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (rows[1][i] != CsvFormat::neutraliseFormula(expected[i]))
            __builtin_trap();
        const QString &cell = rows[1][i];
        if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.at(0)))
            __builtin_trap();
    }
    return 0;
}
