#pragma once

#include <functional>

#include <QByteArray>
#include <QString>

class QIODevice;

// Files written whole or not at all: through a temporary file and a rename, so
// that an earlier file stays intact when anything fails (disk full, a cancel).
namespace AtomicFile {

// Who may read the file: as the umask says, or its owner alone (mode 600 from
// the first byte).
enum class Access { Default, OwnerOnly };

// Writes path with body. False on failure, with *error; *error stays empty when
// body stopped with the file in good order (a cancel).
bool write(const QString &path, const std::function<bool(QIODevice *)> &body, QString *error,
    Access access = Access::Default);
// Writes data to path. False and *error on failure.
bool writeData(
    const QString &path, const QByteArray &data, QString *error, Access access = Access::Default);

} // namespace AtomicFile
