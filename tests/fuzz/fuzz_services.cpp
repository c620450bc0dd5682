// libFuzzer: what any service answers is matched without crashing, and every field
// detection extracts is plain text of bounded length. The first byte picks the
// probe the answer is read for; with its top bit set the input is a probe table.
#include <cstdint>

#include <QByteArray>

#include "core/services/serviceprobetable.h"

namespace {

void checkText(const QString &text)
{
    if (text.size() > 4 * 161)
        __builtin_trap();
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e))
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(
        reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    if (data[0] & 0x80) {
        QString error;
        const auto table = ServiceProbeTable::parse(rest, &error);
        if (!table && error.isEmpty())
            __builtin_trap();
        if (table) {
            for (quint16 port : { 22, 80, 443, 7777 })
                (void)table->plan(port);
        }
        return 0;
    }
    const ServiceProbeTable &table = ServiceProbeTable::builtIn();
    const auto &probes = table.probes();
    const QString probe = probes.at(data[0] % probes.size()).name;
    if (const auto found = table.match(probe, rest)) {
        for (const QString &text : { found->name, found->product, found->version, found->extra })
            checkText(text);
        checkText(found->summary());
    }
    return 0;
}
