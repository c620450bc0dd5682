#include "core/formats/reportrows.h"

#include <QIODevice>

ReportRows ReportRows::of(const QList<ScanResult> &results)
{
    return ReportRows { results.size(), [&results](qsizetype i) { return results.at(i); } };
}

namespace ReportIo {

bool tell(const ReportProgress &progress, qsizetype written)
{
    return !progress || written % progressEvery != 0 || progress(written);
}

bool put(QIODevice *out, const QByteArray &bytes)
{
    return out->write(bytes) == bytes.size();
}

} // namespace ReportIo
