#pragma once

#include <QString>

// Two sites (scanners) sharing one store, as the history, device and watch
// tests check it on SQLite and on PostgreSQL alike: the same addresses at both
// sites are two devices each, a MAC is one device wherever seen, each scanner
// runs its own watches, and every listing filters by scanner. QTest checks:
// the calling test fails where one does not hold.
namespace SiteChecks {

void sitesShareOneStore(const QString &location);

} // namespace SiteChecks
