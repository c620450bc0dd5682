#include "core/history/pgpass.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QStringList>

#include "core/formats/atomicfile.h"
#include "core/history/storeurl.h"

namespace PgPass {
namespace {

// A field as the file writes it: ':' and '\' escaped with '\'.
QString field(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char(':'), QLatin1String("\\:"));
    return out;
}

} // namespace

QString path()
{
    const QString set = qEnvironmentVariable("PGPASSFILE");
    return set.isEmpty() ? QDir::homePath() + QStringLiteral("/.pgpass") : set;
}

bool remember(const StoreUrl &url, QString *error)
{
    // libpq matches a socket directory as "localhost".
    const QString host = url.host.isEmpty() || url.host.startsWith(QLatin1Char('/'))
        ? QStringLiteral("localhost")
        : url.host;
    const QString key = QStringList { field(host), QString::number(url.port > 0 ? url.port : 5432),
        field(url.database), field(url.user) }
                            .join(QLatin1Char(':'))
        + QLatin1Char(':');
    QStringList lines;
    QFile old(path());
    if (old.exists()) {
        if (!old.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("PgPass", "cannot read %1: %2")
                         .arg(path(), old.errorString());
            return false;
        }
        for (const QString &line : QString::fromUtf8(old.readAll()).split(QLatin1Char('\n'))) {
            if (!line.startsWith(key) && !line.isEmpty())
                lines.append(line);
        }
    }
    lines.append(key + field(url.password));
    const QByteArray data = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    return AtomicFile::write(
        path(),
        [&data](QIODevice *out) {
            // Readable by the user only before a byte is written; libpq ignores
            // the file otherwise.
            if (auto *file = qobject_cast<QFileDevice *>(out))
                file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return out->write(data) == data.size();
        },
        error);
}

} // namespace PgPass
