#include "core/formats/atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace AtomicFile {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AtomicFile", text);
}

} // namespace

bool write(const QString &path, const std::function<bool(QIODevice *)> &body, QString *error,
    Access access)
{
    error->clear();
    QSaveFile file(path);
    // The temporary file is the owner's alone until open() gives it the final mode:
    // set here, before a byte is written, it is the one the rename keeps.
    if (!file.open(QIODevice::WriteOnly)
        || (access == Access::OwnerOnly
            && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Check the flush too: a short write (disk full, file-size limit) can
    // otherwise slip through to a successful commit of a truncated file.
    const bool written = body(&file);
    const bool flushed = file.flush();
    if (!written || !flushed || file.error() != QFileDevice::NoError) {
        // A body that stopped with the file in good order was cancelled: no message.
        if (!flushed || file.error() != QFileDevice::NoError)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeData(const QString &path, const QByteArray &data, QString *error, Access access)
{
    const bool ok = write(
        path, [&data](QIODevice *out) { return out->write(data) == data.size(); }, error, access);
    if (!ok && error->isEmpty())
        *error = tr("cannot write %1: %2").arg(path, tr("short write"));
    return ok;
}

} // namespace AtomicFile
