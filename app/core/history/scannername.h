#pragma once

#include <QString>

// Which scanner a scan, a device, a watch or an event came from, when several
// share one store (a PostgreSQL database, a scanner per site): a short name,
// by default the machine's host name. portolan-cli sets it with --scanner NAME;
// the environment's PORTOLAN_SCANNER sets it for every run.
namespace ScannerName {

// The name this process records: the one set(), else PORTOLAN_SCANNER, else the
// host name (else "localhost").
QString current();
void set(const QString &name);
// Whether set() named one (portolan-cli --scanner): the listings then show only
// that scanner's rows.
bool isSet();
// Whether name may name a scanner: 1 to 64 characters, no control character,
// no space at either end; false with *error (one line) otherwise.
bool valid(const QString &name, QString *error);

} // namespace ScannerName
