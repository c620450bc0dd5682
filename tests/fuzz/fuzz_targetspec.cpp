// libFuzzer: the target parser must never crash, and what it accepts must be
// countable and addressable without expanding it.
#include <cstdint>

#include <QString>

#include "core/spec/targetspec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    TargetSpec spec;
    QString error;
    if (!TargetSpec::parse(text, &spec, &error)) {
        if (error.isEmpty())
            __builtin_trap(); // a rejection must say why
        return 0;
    }
    HostTable table;
    for (const TargetEntry &e : spec.entries()) {
        if (e.count == 0 || e.count > TargetSpec::maxBlockSize)
            __builtin_trap();
        if (e.kind != TargetEntry::Kind::Name)
            table.appendRange(e.first, e.count);
    }
    if (table.count() > 0) {
        (void)table.at(0);
        (void)table.at(table.count() - 1);
        (void)table.at(table.count() / 2);
    }
    return 0;
}
