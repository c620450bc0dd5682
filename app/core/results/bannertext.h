#pragma once

#include <QByteArray>
#include <QString>

// What a port said, as one printable line and back: \\, \n, \r, \t and \xNN
// escapes. Every report, table and comparison shows banners this way.
namespace BannerText {

QString escape(const QByteArray &banner);
// The bytes an escaped banner stands for.
QByteArray unescape(const QString &text);

} // namespace BannerText
