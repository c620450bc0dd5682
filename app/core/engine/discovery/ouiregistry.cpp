#include "core/engine/discovery/ouiregistry.h"

#include <QFile>

namespace {

// The fields of one CSV line (RFC 4180 quoting; the registry has no line breaks in fields).
QList<QByteArray> csvFields(const QByteArray &line)
{
    QList<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.append(field);
            field.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

} // namespace

const OuiRegistry &OuiRegistry::system()
{
    static const OuiRegistry registry = fromFile(QString::fromLatin1(defaultPath));
    return registry;
}

OuiRegistry OuiRegistry::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromCsv(file.readAll());
}

OuiRegistry OuiRegistry::fromCsv(const QByteArray &csv)
{
    OuiRegistry registry;
    const QList<QByteArray> lines = csv.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = csvFields(line);
        if (f.size() < 3 || f[0] != "MA-L" || f[1].size() != 6)
            continue;
        bool ok = false;
        const quint32 prefix = f[1].toUInt(&ok, 16);
        if (ok)
            registry.m_vendors.insert(prefix, QString::fromUtf8(f[2]).trimmed());
    }
    return registry;
}

QString OuiRegistry::vendorFor(const QString &mac) const
{
    QString hex = mac;
    hex.remove(QLatin1Char(':')).remove(QLatin1Char('-'));
    if (hex.size() < 6)
        return {};
    bool ok = false;
    const quint32 prefix = hex.left(6).toUInt(&ok, 16);
    return ok ? m_vendors.value(prefix) : QString();
}
