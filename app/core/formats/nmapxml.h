#pragma once

#include <QByteArray>
#include <QStringList>

#include "core/results/scanreport.h"

class QIODevice;

// nmap's XML output format (nmap.dtd, xmloutputversion 1.05), out and in, so
// that ndiff, python-libnmap, Zenmap and the like read Portolan's scans and
// Portolan reads theirs (nmap's own, masscan's). What Portolan writes:
// nmaprun scanner="portolan" (the DTD allows only "nmap": the one attribute that
// does not validate), scaninfo type="connect" for TCP and type="udp" for UDP, as
// nmap -sT -sU does; per host status up, down or unknown with Portolan's host
// reason; ipv4/ipv6 and mac addresses (with the vendor); hostnames: the typed name
// as "user", reverse DNS as "PTR"; closed ports as one extraports with a reason
// per protocol (conn-refused for TCP, port-unreach for UDP); each listed port with
// its protocol, state and reason with reason_ttl 0 (no raw socket sees a TTL) and
// reason_ip where an ICMP error came from someone other than the target, the
// service from the port number (method "table", conf 3) and the banner as a
// "banner" script, as nmap's banner.nse writes it; runstats with the elapsed time
// and up/down counts.
namespace NmapXml {

bool write(QIODevice *out, const ScanReport &report);
QByteArray toXml(const ScanReport &report);

// Reads an nmap XML document into *report; a port without a protocol Portolan
// knows is not kept. What Portolan cannot hold (SCTP ports, states such as
// unfiltered, OS matches) is skipped and said in *notes. Malformed or hostile
// documents (entity declarations, nesting deeper than 64, a wrong type of value)
// fail with *error; nothing is fetched, nothing external is expanded.
bool read(const QByteArray &xml, ScanReport *report, QStringList *notes, QString *error);

} // namespace NmapXml
