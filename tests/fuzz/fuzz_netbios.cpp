// libFuzzer: any datagram read as a NetBIOS node status answer either gives
// nothing or names of 1 to 15 printable characters, each once.
#include <cstdint>

#include <QByteArray>
#include <QStringList>

#include "core/engine/names/netbiosname.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray packet(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QStringList names = NetbiosName::parseStatus(packet, 0x1234);
    for (const QString &name : names) {
        if (name.isEmpty() || name.size() > 15 || names.count(name) != 1)
            __builtin_trap();
        for (QChar c : name) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                __builtin_trap();
        }
    }
    return 0;
}
