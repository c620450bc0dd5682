#include "core/platform/privatefiles.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace PrivateFiles {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrivateFiles", text);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

void addNotice(QString *notice, const QString &text)
{
    if (!notice->isEmpty())
        notice->append(QLatin1Char('\n'));
    notice->append(text);
}

} // namespace

bool narrow(const QString &path, QString *notice, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(native.constData(), &st) != 0) {
        if (errno == ENOENT)
            return true;
        *error = tr("cannot read %1: %2").arg(path, systemError());
        return false;
    }
    if (S_ISLNK(st.st_mode))
        return true; // the link's target is someone's choice; its own mode means nothing
    const mode_t wanted = S_ISDIR(st.st_mode) ? 0700 : 0600;
    if ((st.st_mode & 07777 & ~wanted) == 0)
        return true;
    if (::chmod(native.constData(), wanted) != 0) {
        *error = tr("cannot make %1 private: %2").arg(path, systemError());
        return false;
    }
    addNotice(notice,
        tr("%1 was readable by other users (mode %2): now by you alone (%3)")
            .arg(path)
            .arg(st.st_mode & 07777, 3, 8, QLatin1Char('0'))
            .arg(wanted, 3, 8, QLatin1Char('0')));
    return true;
}

bool makeFolder(const QString &folder, QString *notice, QString *error)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        const QString parent = QDir::cleanPath(dir.absolutePath() + QStringLiteral("/.."));
        if (!QDir().mkpath(parent)) {
            *error = tr("cannot make the folder %1").arg(parent);
            return false;
        }
        // Made private at once: no moment in which another user could open it.
        if (::mkdir(QFile::encodeName(dir.absolutePath()).constData(), 0700) != 0
            && errno != EEXIST) {
            *error = tr("cannot make the folder %1: %2").arg(folder, systemError());
            return false;
        }
    }
    return narrow(dir.absolutePath(), notice, error);
}

bool makeFile(const QString &path, QString *notice, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return true;
    }
    if (errno != EEXIST) {
        *error = tr("cannot create %1: %2").arg(path, systemError());
        return false;
    }
    return narrow(path, notice, error);
}

bool makeDatabaseFolder(const QString &path, bool ownFolder, QString *notice, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if ((ownFolder || !QFileInfo::exists(folder)) && !makeFolder(folder, notice, error))
        return false;
    if (!QDir().mkpath(folder)) {
        *error = tr("cannot make the folder %1").arg(folder);
        return false;
    }
    for (const char *sibling : { "-wal", "-shm", "-journal" }) {
        if (!narrow(path + QLatin1String(sibling), notice, error))
            return false;
    }
    return true;
}

} // namespace PrivateFiles
