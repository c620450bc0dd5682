#pragma once

#include <functional>

#include <QByteArray>
#include <QList>

#include "core/results/scanresult.h"

class QIODevice;

// Rows for the streaming writers: how many, and row i, so that a report of
// millions of rows is written without a second copy of it.
struct ReportRows
{
    qsizetype count = 0;
    std::function<ScanResult(qsizetype)> at;
    static ReportRows of(const QList<ScanResult> &results);
};

// Told every few thousand rows how many are written; false stops the writing.
using ReportProgress = std::function<bool(qsizetype written)>;

namespace ReportIo {

constexpr qsizetype progressEvery = 4096;

// True to go on: no progress asked for, not at a step, or progress said go on.
bool tell(const ReportProgress &progress, qsizetype written);
// Writes all of bytes, or false.
bool put(QIODevice *out, const QByteArray &bytes);

} // namespace ReportIo
