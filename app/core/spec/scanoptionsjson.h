#pragma once

#include <QJsonObject>
#include <QString>

#include "core/spec/scanoptions.h"

// A scan's options (all but its targets and ports) as a JSON object and back: how
// a watch keeps the scan it runs again. Keys a newer Portolan added are ignored;
// a value out of range is refused.
namespace ScanOptionsJson {

QJsonObject toJson(const ScanOptions &options);
// Reads o into *options (targets and ports untouched); false with *error for a
// value of the wrong type or out of range.
bool fromJson(const QJsonObject &o, ScanOptions *options, QString *error);

} // namespace ScanOptionsJson
