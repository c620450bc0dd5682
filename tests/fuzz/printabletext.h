#pragma once

#include <QString>

#include "core/services/udpwire.h"

// What the fuzzed readers promise of every text they extract from network bytes:
// printable (no control, C1 or direction characters) and bounded as UdpWire::text
// bounds a field. Traps otherwise, so that libFuzzer reports the input.
inline void trapUnlessPrintable(const QString &text)
{
    if (text.size() > 4 * UdpWire::maxFieldBytes + 1)
        __builtin_trap();
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e))
            __builtin_trap();
    }
}
