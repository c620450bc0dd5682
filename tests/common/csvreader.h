#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// A strict RFC 4180 reader for checking exports: quoted fields, doubled quotes,
// CRLF records. Returns false on malformed input.
inline bool readCsv(const QByteArray &data, QList<QStringList> *rows)
{
    const QString text = QString::fromUtf8(data);
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted && !field.isEmpty())
                return false;
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return false;
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows->append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    return !quoted && row.isEmpty() && field.isEmpty();
}
