// libFuzzer: any datagram read as the reply to any UDP probe (the first byte picks the
// probe: its index in the table, modulo the table's size; the seeds name theirs) never
// crashes the reader, and everything it extracts is printable and bounded.
#include "printabletext.h"

#include <cstdint>

#include <QByteArray>

#include "core/services/udpprobetable.h"
#include "core/services/udpwire.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const UdpProbeTable table;
    if (size == 0)
        return 0;
    const UdpProbeTable::Probe &probe = table.probes().at(data[0] % table.probes().size());
    const QByteArray reply(
        reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    // The token the seed corpus's replies answer (tests/core/tst_udpprobes.cpp).
    const UdpVerdict verdict = probe.read(reply, 0x1234abcd);
    if (!verdict.answered && !verdict.fields.isEmpty())
        __builtin_trap();
    if (verdict.fields.size() > UdpVerdict::maxFields)
        __builtin_trap();
    for (const auto &[name, value] : verdict.fields) {
        trapUnlessPrintable(name);
        trapUnlessPrintable(value);
    }
    trapUnlessPrintable(verdict.product);
    trapUnlessPrintable(verdict.version);
    return 0;
}
