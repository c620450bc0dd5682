#pragma once

#include <QByteArray>
#include <QStringList>

#include "core/results/scanreport.h"

class QIODevice;

// nmap's XML output format (nmap.dtd, xmloutputversion 1.05), out and in, so
// that ndiff, python-libnmap, Zenmap and the like read Portolan's scans and
// Portolan reads theirs (nmap's own, masscan's). What Portolan writes:
// nmaprun scanner="portolan" (the DTD allows only "nmap": the one attribute that
// does not validate), scaninfo type="connect"; per host status up, down or
// unknown with Portolan's host reason; ipv4/ipv6 and mac addresses (with the
// vendor); hostnames: the typed name as "user", reverse DNS as "PTR"; closed
// ports as extraports (reason conn-refused); each listed port's state and reason
// with reason_ttl 0 (a connect scan sees no TTL), the service from the port
// number (method "table", conf 3) and the banner as a "banner" script, as
// nmap's banner.nse writes it; runstats with the elapsed time and up/down counts.
namespace NmapXml {

bool write(QIODevice *out, const ScanReport &report);
QByteArray toXml(const ScanReport &report);

// Reads an nmap XML document into *report. What Portolan cannot hold (UDP or
// SCTP ports, states such as open|filtered, OS matches) is skipped and said in
// *notes. Malformed or hostile documents (entity declarations, nesting deeper
// than 64, a wrong type of value) fail with *error; nothing is fetched, nothing
// external is expanded.
bool read(const QByteArray &xml, ScanReport *report, QStringList *notes, QString *error);

} // namespace NmapXml
