#pragma once

#include <QString>

#include "core/results/scanresult.h"

// Numbers and host states as the reports, the tables and the CLI write them:
// one wording everywhere.
namespace ResultText {

// Milliseconds with three decimals, or empty for "no answer" (negative).
QString formatLatency(double ms);
// "1.25 s" under a minute, then "m:ss", then "h:mm:ss".
QString formatDuration(qint64 ms);
// "Host is up (syn-ack, 0.52 ms latency)."
QString hostLine(const HostState &host);
// "printer.lan, printer.local (mDNS), PRINTER (NetBIOS)": a DNS name as it is.
QString namesLine(const QList<HostName> &names);
// "Hosts: 8 up, 248 down, 256 addresses in all" (with discovery), else empty.
QString hostCountLine(const ScanSummary &summary);
// "1 port", "65535 ports"; grouped: as the user's locale writes numbers ("65,535").
QString portCount(quint64 count, bool grouped = false);
// "1 host", "256 hosts".
QString hostCount(quint64 count, bool grouped = false);

} // namespace ResultText
