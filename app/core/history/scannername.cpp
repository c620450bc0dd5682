#include "core/history/scannername.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSysInfo>

namespace ScannerName {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScannerName", text);
}

QString &chosen()
{
    static QString name;
    return name;
}

} // namespace

QString current()
{
    if (!chosen().isEmpty())
        return chosen();
    QString fromEnvironment = qEnvironmentVariable("PORTOLAN_SCANNER").trimmed();
    QString ignored;
    if (valid(fromEnvironment, &ignored))
        return fromEnvironment;
    QString host = QSysInfo::machineHostName().left(64).trimmed();
    return valid(host, &ignored) ? host : QStringLiteral("localhost");
}

void set(const QString &name)
{
    chosen() = name;
}

bool isSet()
{
    return !chosen().isEmpty();
}

bool valid(const QString &name, QString *error)
{
    if (name.isEmpty())
        *error = tr("a scanner's name cannot be empty");
    else if (name.size() > 64)
        *error = tr("a scanner's name is at most 64 characters");
    else if (name.trimmed() != name)
        *error = tr("a scanner's name cannot start or end with a space");
    else if (std::any_of(name.cbegin(), name.cend(), [](QChar c) {
                 return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
             }))
        *error = tr("a scanner's name cannot hold a control character");
    else
        return true;
    return false;
}

} // namespace ScannerName
