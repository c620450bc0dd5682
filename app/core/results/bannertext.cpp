#include "core/results/bannertext.h"

namespace BannerText {

QString escape(const QByteArray &banner)
{
    QString out;
    out.reserve(banner.size());
    for (char ch : banner) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c < 0x20 || c >= 0x7f)
                out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
            else
                out += QLatin1Char(static_cast<char>(c));
        }
    }
    return out;
}

QByteArray unescape(const QString &text)
{
    QByteArray out;
    const QByteArray in = text.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\' || i + 1 == in.size()) {
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
        else if (c == 'x' && i + 2 < in.size()) {
            out += static_cast<char>(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else
            out += c; // "\\", and anything else escaped: itself
    }
    return out;
}

} // namespace BannerText
