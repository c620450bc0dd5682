#include "core/history/scannername.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace ScannerName {
namespace {

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

bool valid(const QString &name, QString *error)
{
    const auto say = [error](const char *text) {
        *error = QCoreApplication::translate("ScannerName", text);
        return false;
    };
    if (name.isEmpty())
        return say("a scanner's name cannot be empty");
    if (name.size() > 64)
        return say("a scanner's name is at most 64 characters");
    if (name.trimmed() != name)
        return say("a scanner's name cannot start or end with a space");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return say("a scanner's name cannot hold a control character");
    }
    return true;
}

} // namespace ScannerName
