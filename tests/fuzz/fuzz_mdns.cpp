// libFuzzer: any datagram read as an mDNS answer for a host either gives nothing
// or names that are whole: not empty, at most 255 bytes, no control characters.
#include <cstdint>

#include <QByteArray>
#include <QHostAddress>

#include "core/engine/names/mdnsname.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray packet(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const QHostAddress hosts[] = { QHostAddress(QStringLiteral("198.18.0.5")),
        QHostAddress(QStringLiteral("2001:db8::5")) };
    for (const QHostAddress &host : hosts) {
        for (const QString &name : MdnsName::parseResponse(packet, 0x1234, host)) {
            if (name.isEmpty() || name.toUtf8().size() > 255)
                __builtin_trap();
            for (QChar c : name) {
                if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                    __builtin_trap();
            }
        }
    }
    return 0;
}
