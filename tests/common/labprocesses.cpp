#include "common/labprocesses.h"

#include <array>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QProcess>

namespace LabProcesses {

bool realRoot()
{
    QFile map(QStringLiteral("/proc/self/uid_map"));
    return ::geteuid() == 0 && map.open(QIODevice::ReadOnly)
        && map.readAll().simplified() == "0 0 4294967295";
}

QByteArray namespaceOf(qint64 pid, const char *kind)
{
    const QByteArray link = "/proc/" + QByteArray::number(pid) + "/ns/" + kind;
    std::array<char, 64> target {};
    const ssize_t n = ::readlink(link.constData(), target.data(), target.size());
    return n > 0 ? QByteArray(target.data(), n) : QByteArray();
}

QList<qint64> processesIn(const char *kind, const QByteArray &ns)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (number && namespaceOf(pid, kind) == ns)
            pids.append(pid);
    }
    return pids;
}

bool stopKeeper(QProcess &keeper)
{
    keeper.closeWriteChannel();
    if (keeper.waitForFinished(30000))
        return true;
    keeper.kill();
    keeper.waitForFinished();
    return false;
}

QString tailOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(3000))
                                          : QString();
}

} // namespace LabProcesses
