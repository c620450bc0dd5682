#pragma once

#include <QString>

#include "core/results/scanreport.h"

// The plain-text report, laid out like nmap's normal output: a block per host
// that is not down, then what was not scanned and the totals. Written only.
namespace TextFormat {

QString toText(const ScanReport &report);

} // namespace TextFormat
