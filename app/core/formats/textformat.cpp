#include "core/formats/textformat.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/results/bannertext.h"
#include "core/results/resulttext.h"

namespace TextFormat {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TextFormat", text);
}

// The reason, with the ICMP error's sender when that was not the host (a router).
QString reasonText(const ScanResult &r)
{
    if (r.reasonFrom.isNull())
        return portReasonName(r.reason);
    return tr("%1 from %2").arg(portReasonName(r.reason), r.reasonFrom.toString());
}

// One host's part of the report: its state, names and MAC, then its listed ports.
QString hostSection(const ScanReport::Host &h)
{
    QString out;
    const QString address = h.address.toString();
    out += h.name == address ? tr("Scan report for %1\n").arg(address)
                             : tr("Scan report for %1 (%2)\n").arg(h.name, address);
    if (h.state) {
        out += ResultText::hostLine(*h.state) + QLatin1Char('\n');
        if (!h.state->names.isEmpty())
            out += tr("Names: %1\n").arg(ResultText::namesLine(h.state->names));
        if (!h.state->mac.isEmpty())
            out += (h.state->vendor.isEmpty()
                    ? tr("MAC address: %1\n").arg(h.state->mac)
                    : tr("MAC address: %1 (%2)\n").arg(h.state->mac, h.state->vendor));
        if (h.state->allPortsAnswer)
            out += tr("Note: it accepted a connection on every port probed (a firewall or "
                      "tarpit answering for it); only the open ports whose service was "
                      "detected are listed.\n");
    }
    // A host that answers on every port: the ports that said something, not thousands.
    const bool everywhere = h.state && h.state->allPortsAnswer;
    qsizetype unlisted = 0;
    // The state column widens only for a host with open|filtered ports.
    const bool silentListed = std::any_of(h.listed.cbegin(), h.listed.cend(),
        [](const ScanResult &r) { return r.state == PortState::OpenFiltered; });
    const int stateWidth = silentListed ? -13 : -9;
    if (!h.listed.isEmpty()) {
        out += QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(tr("PORT"), -9)
                   .arg(tr("STATE"), stateWidth)
                   .arg(tr("SERVICE"), -15)
                   .arg(tr("REASON"), -17)
                   .arg(tr("LATENCY"));
        for (const ScanResult &r : std::as_const(h.listed)) {
            if (everywhere && r.state == PortState::Open
                && !(r.service && r.service->method == ServiceInfo::Method::Probed)) {
                ++unlisted;
                continue;
            }
            QString line
                = QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(r.portText(), -9)
                      .arg(portStateName(r.state), stateWidth)
                      .arg(r.serviceOrGuess().displayName(), -15)
                      .arg(reasonText(r), -17)
                      .arg(r.hasLatency() ? QStringLiteral("%1 ms").arg(r.latencyMs, 0, 'f', 2)
                                          : QString());
            if (r.service && !r.service->summary().isEmpty())
                line += QStringLiteral("  ") + r.service->summary();
            else if (!r.banner.isEmpty())
                line += QStringLiteral("  ") + BannerText::escape(r.banner);
            out += line + QLatin1Char('\n');
        }
    }
    if (unlisted > 0)
        out += tr("Not shown: %1 open ports of a host that answers on every port\n").arg(unlisted);
    // One line per protocol only when UDP is in it: a TCP scan reads as it always did.
    if (h.closedUdp == 0 && h.closed > h.closedListed)
        out += tr("Not shown: %1 closed ports\n").arg(h.closed - h.closedListed);
    if (h.closedUdp > 0 && h.closedUnlisted(Protocol::Tcp) > 0)
        out += tr("Not shown: %1 closed TCP ports\n").arg(h.closedUnlisted(Protocol::Tcp));
    if (h.closedUdp > 0 && h.closedUnlisted(Protocol::Udp) > 0)
        out += tr("Not shown: %1 closed UDP ports\n").arg(h.closedUnlisted(Protocol::Udp));
    out += QLatin1Char('\n');
    return out;
}

} // namespace

QString toText(const ScanReport &report)
{
    QString out;
    for (const ScanReport::Host &h : report.byHost()) {
        if (h.state && h.state->status == HostStatus::Down)
            continue; // counted at the end, like nmap
        out += hostSection(h);
    }
    for (const QString &e : report.summary.targetErrors)
        out += tr("Not scanned: %1\n").arg(e);
    for (const SlowedHost &h : report.summary.slowedHosts)
        out += tr("%1 dropped probes (a rate limit?): %2 answers came only to a retry; "
                  "slowed to one probe every %3 ms for it.\n")
                   .arg(h.address.toString())
                   .arg(h.drops)
                   .arg(h.longestDelayMs, 0, 'f', 1);
    const ScanProgress &p = report.summary.progress;
    if (report.summary.discovery)
        out += ResultText::hostCountLine(report.summary) + QLatin1Char('\n');
    if (report.summary.discoveryOnly) {
        out += tr("Probed %1 for being up in %2%3\n")
                   .arg(ResultText::hostCount(report.summary.hostCount),
                       ResultText::formatDuration(p.elapsedMs))
                   .arg(report.summary.cancelled ? tr(" (stopped)") : QString());
        return out;
    }
    // open|filtered only where UDP ports stayed silent: a TCP scan's line is as before.
    const QString silent
        = p.openFiltered > 0 ? tr(", %1 open|filtered").arg(p.openFiltered) : QString();
    out += tr("Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed%7%8\n")
               .arg(ResultText::portCount(report.summary.portsScanned()),
                   ResultText::hostCount(report.summary.hostsScanned()),
                   ResultText::formatDuration(p.elapsedMs))
               .arg(p.open)
               .arg(p.filtered)
               .arg(p.closed)
               .arg(silent, report.summary.cancelled ? tr(" (stopped)") : QString());
    return out;
}

} // namespace TextFormat
