// libFuzzer: the port parser must never crash, and what it accepts is a sorted
// set of ports in 1..65535.
#include <cstdint>

#include <QString>

#include "core/spec/portspec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    PortSpec spec;
    QString error;
    if (!PortSpec::parse(text, &spec, &error)) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (spec.isEmpty())
        __builtin_trap();
    quint16 previous = 0;
    for (quint16 port : spec.ports()) {
        if (port == 0 || port <= previous)
            __builtin_trap();
        previous = port;
    }
    return 0;
}
