#include "core/formats/scanfile.h"

#include <QCoreApplication>
#include <QFile>

#include "core/formats/jsonformat.h"
#include "core/formats/nmapxml.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScanFile", text);
}

} // namespace

namespace ScanFile {

bool read(const QByteArray &data, ScanReport *report, QStringList *notes, QString *error)
{
    notes->clear();
    const QByteArray start = data.left(256).trimmed();
    if (start.startsWith('{'))
        return JsonFormat::read(data, report, notes, error);
    if (start.startsWith('<'))
        return NmapXml::read(data, report, notes, error);
    *error = tr("neither a Portolan JSON export nor nmap XML");
    return false;
}

bool readFile(const QString &path, ScanReport *report, QStringList *notes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > maxBytes) {
        *error = tr("%1 is larger than %2 GiB").arg(path).arg(maxBytes >> 30);
        return false;
    }
    const QByteArray data = file.readAll();
    if (!read(data, report, notes, error)) {
        *error = QStringLiteral("%1: %2").arg(path, *error);
        return false;
    }
    return true;
}

} // namespace ScanFile
