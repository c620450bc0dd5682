// libFuzzer: an escaped banner is one line of printable ASCII, and unescaping it
// gives back the original bytes.
#include <cstdint>

#include <QByteArray>

#include "core/reportwriter.h"

namespace {

QByteArray unescape(const QString &text)
{
    QByteArray out;
    const QByteArray in = text.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\') {
            out += in[i];
            continue;
        }
        const char c = in.at(++i);
        if (c == 'n')
            out += '\n';
        else if (c == 'r')
            out += '\r';
        else if (c == 't')
            out += '\t';
        else if (c == '\\')
            out += '\\';
        else if (c == 'x') {
            out += static_cast<char>(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray banner(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString escaped = ReportWriter::escapeBanner(banner);
    for (QChar c : escaped) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            __builtin_trap();
    }
    if (unescape(escaped) != banner)
        __builtin_trap();
    return 0;
}
