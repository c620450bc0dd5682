// libFuzzer: any bytes as a saved scan (Portolan JSON or nmap XML). Reading never
// crashes; what is accepted has valid addresses and ports, and written out as nmap
// XML and read again gives the same results.
#include <cstdint>

#include "core/formats/nmapxml.h"
#include "core/formats/scanfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ScanReport report;
    QStringList notes;
    QString error;
    if (!ScanFile::read(input, &report, &notes, &error)) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    for (const ScanResult &r : report.results) {
        if (r.port == 0 || r.address.isNull())
            __builtin_trap();
    }
    ScanReport again;
    if (!NmapXml::read(NmapXml::toXml(report), &again, &notes, &error)
        || again.results.size() != report.results.size())
        __builtin_trap();
    return 0;
}
