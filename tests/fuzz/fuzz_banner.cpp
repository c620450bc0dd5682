// libFuzzer: an escaped banner is one line of printable ASCII, and unescaping it
// gives back the original bytes.
#include <cstdint>

#include <QByteArray>

#include "core/results/bannertext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray banner(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString escaped = BannerText::escape(banner);
    for (QChar c : escaped) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            __builtin_trap();
    }
    if (BannerText::unescape(escaped) != banner)
        __builtin_trap();
    return 0;
}
