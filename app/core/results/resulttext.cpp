#include "core/results/resulttext.h"

#include <climits>

#include <QCoreApplication>
#include <QLocale>

namespace ResultText {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResultText", text);
}

// The count for choosing a plural form, which Qt takes as an int: past INT_MAX
// (a scan of a /8's every port) the last six digits decide, as they do in every
// language's rule.
int pluralCount(quint64 count)
{
    constexpr quint64 keep = 1000000;
    return static_cast<int>(count <= static_cast<quint64>(INT_MAX) ? count : keep + count % keep);
}

QString number(quint64 count, bool grouped)
{
    return grouped ? QLocale().toString(count) : QString::number(count);
}

} // namespace

QString formatLatency(double ms)
{
    return ms < 0.0 ? QString() : QString::number(ms, 'f', 3);
}

QString formatDuration(qint64 ms)
{
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 2);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString namesLine(const QList<HostName> &names)
{
    QStringList parts;
    for (const HostName &n : names) {
        if (n.source == HostNames::mdns)
            parts.append(QCoreApplication::translate("ResultText", "%1 (mDNS)").arg(n.name));
        else if (n.source == HostNames::netbios)
            parts.append(QCoreApplication::translate("ResultText", "%1 (NetBIOS)").arg(n.name));
        else
            parts.append(n.name);
    }
    return parts.join(QStringLiteral(", "));
}

QString hostLine(const HostState &h)
{
    const QString reason = h.hasLatency()
        ? tr("%1, %2 ms latency").arg(hostReasonName(h.reason)).arg(h.latencyMs, 0, 'f', 2)
        : hostReasonName(h.reason);
    switch (h.status) {
    case HostStatus::Up:
        return tr("Host is up (%1).").arg(reason);
    case HostStatus::Down:
        return tr("Host is down (%1).").arg(reason);
    case HostStatus::Unknown:
        break;
    }
    return tr("Host not known to be up (%1).").arg(reason);
}

QString hostCountLine(const ScanSummary &summary)
{
    if (!summary.discovery)
        return {};
    return tr("Hosts: %1 up, %2 down, %3 addresses in all")
        .arg(summary.hostsUp)
        .arg(summary.hostsDown)
        .arg(summary.hostCount);
}

QString portCount(quint64 count, bool grouped)
{
    return QCoreApplication::translate("ResultText", "%1 port(s)", nullptr, pluralCount(count))
        .arg(number(count, grouped));
}

QString hostCount(quint64 count, bool grouped)
{
    return QCoreApplication::translate("ResultText", "%1 host(s)", nullptr, pluralCount(count))
        .arg(number(count, grouped));
}

} // namespace ResultText
