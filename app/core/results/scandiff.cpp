#include "core/results/scandiff.h"

#include <map>

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/results/bannertext.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScanDiff", text);
}

struct Seen
{
    PortState state = PortState::Closed;
    PortReason reason = PortReason::ConnRefused;
    QByteArray banner;
};

// A port of a protocol as one number that sorts TCP's before UDP's, by number.
quint32 keyOf(Protocol protocol, quint16 port)
{
    return (quint32(protocol == Protocol::Udp) << 16) | port;
}

Protocol protocolOf(quint32 key)
{
    return key >> 16 ? Protocol::Udp : Protocol::Tcp;
}

// The state of a port a scan covered and did not list: closed, as each protocol
// learns it.
Seen closedPort(Protocol protocol)
{
    return Seen { PortState::Closed,
        protocol == Protocol::Udp ? PortReason::PortUnreach : PortReason::ConnRefused, {} };
}

struct HostView
{
    QString name;
    QHostAddress address;
    HostStatus status = HostStatus::Unknown;
    bool present = false; // up, or answered on some port
    bool portScanned = false;
    std::map<quint32, Seen> listed; // by keyOf()
};

// One scan as the comparison sees it: hosts by an address key that sorts as
// addresses do, and the ports the scan covered.
struct View
{
    std::map<QString, HostView> hosts;
    std::vector<bool> covered = std::vector<bool>(size_t(2) * 65536, false); // by keyOf()
    bool banners = false;

    explicit View(const ScanReport &report)
    {
        for (Protocol protocol : { Protocol::Tcp, Protocol::Udp }) {
            for (quint16 p : report.coveredPorts(protocol))
                covered[keyOf(protocol, p)] = true;
        }
        banners = report.banners;
        for (const ScanReport::Host &h : report.byHost()) {
            const HostState s = ScanReport::statusOf(h);
            HostView &v = hosts[key(h.address)];
            v.name = h.name;
            v.address = h.address;
            v.status = s.status;
            v.present = s.status == HostStatus::Up;
            v.portScanned = s.status != HostStatus::Down && !report.summary.discoveryOnly;
            for (const ScanResult &r : h.listed) {
                v.listed[keyOf(r.protocol, r.port)] = Seen { r.state, r.reason, r.banner };
                if (r.banner.size() > 0)
                    banners = true;
            }
        }
    }

    static QString key(const QHostAddress &a)
    {
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            return QStringLiteral("4%1").arg(a.toIPv4Address(), 8, 16, QLatin1Char('0'));
        const Q_IPV6ADDR b = a.toIPv6Address();
        return QStringLiteral("6")
            + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(b.c), 16).toHex());
    }

    // What the scan saw of the port (a keyOf()): listed, else closed if it covered it.
    std::optional<Seen> port(const HostView &h, quint32 key) const
    {
        if (const auto it = h.listed.find(key); it != h.listed.end())
            return it->second;
        if (h.portScanned && covered[key])
            return closedPort(protocolOf(key));
        return std::nullopt;
    }
};

QString statusText(const HostView *h)
{
    return h ? hostStatusName(h->status) : QString();
}

QString describe(PortState state, PortReason reason)
{
    return QStringLiteral("%1 (%2)").arg(portStateName(state), portReasonName(reason));
}

// Fills *port with what each scan saw of it and how it changed; false when it
// did not change (or only one scan covered it, of a host that stayed).
bool changeOf(const std::optional<Seen> &before, const std::optional<Seen> &after,
    ScanDiff::Host::Change hostChange, bool banners, ScanDiff::Port *port)
{
    using Change = ScanDiff::Port::Change;
    port->inOld = before.has_value();
    port->inNew = after.has_value();
    if (before) {
        port->oldState = before->state;
        port->oldReason = before->reason;
        port->oldBanner = before->banner;
    }
    if (after) {
        port->newState = after->state;
        port->newReason = after->reason;
        port->newBanner = after->banner;
    }
    if (!before || !after) {
        // Only one scan covered it: a new or vanished host's open ports.
        const bool open = (after && after->state == PortState::Open)
            || (before && before->state == PortState::Open);
        if (hostChange == ScanDiff::Host::Change::Changed || !open)
            return false;
        port->change = after ? Change::Opened : Change::Closed;
    } else if (before->state != after->state) {
        port->change = after->state == PortState::Open ? Change::Opened
            : before->state == PortState::Open         ? Change::Closed
                                                       : Change::Changed;
    } else if (before->reason != after->reason) {
        port->change = Change::Changed;
    } else if (before->banner != after->banner
        && (banners || (!before->banner.isEmpty() && !after->banner.isEmpty()))) {
        port->change = Change::Banner;
    } else {
        return false;
    }
    return true;
}

QString title(const ScanReport &r)
{
    return r.started.isValid() ? QCoreApplication::translate("ScanDiff", "%1, started %2")
                                     .arg(r.targets, r.started.toString(Qt::ISODate))
                               : r.targets;
}

} // namespace

ScanDiff ScanDiff::compare(const ScanReport &older, const ScanReport &newer)
{
    const View a(older);
    const View b(newer);
    const bool banners = a.banners && b.banners;
    std::map<QString, std::pair<const HostView *, const HostView *>> all;
    for (const auto &[k, h] : a.hosts)
        all[k].first = &h;
    for (const auto &[k, h] : b.hosts)
        all[k].second = &h;
    ScanDiff diff;
    diff.oldTitle = title(older);
    diff.newTitle = title(newer);
    for (const auto &[k, pair] : all) {
        Q_UNUSED(k)
        const auto [o, n] = pair;
        const bool wasThere = o && o->present;
        const bool isThere = n && n->present;
        if (!wasThere && !isThere)
            continue;
        Host host;
        const HostView &any = n ? *n : *o;
        host.address = any.address.toString();
        host.name = any.name;
        host.oldStatus = statusText(o);
        host.newStatus = statusText(n);
        host.change = !wasThere ? Host::Change::Appeared
            : !isThere          ? Host::Change::Gone
                                : Host::Change::Changed;
        std::map<quint32, bool> ports; // listed by either, by keyOf()
        for (const HostView *h : { o, n }) {
            if (h)
                for (const auto &[p, seen] : h->listed)
                    ports[p] = true;
        }
        for (const auto &[key, listed] : ports) {
            Q_UNUSED(listed)
            const std::optional<Seen> before = o ? a.port(*o, key) : std::nullopt;
            const std::optional<Seen> after = n ? b.port(*n, key) : std::nullopt;
            Port port;
            port.port = static_cast<quint16>(key & 0xffff);
            port.protocol = protocolOf(key);
            if (changeOf(before, after, host.change, banners, &port))
                host.ports.append(port);
        }
        if (host.change != Host::Change::Changed || !host.ports.isEmpty())
            diff.hosts.append(host);
    }
    return diff;
}

QString ScanDiff::Port::text() const
{
    return QString::number(port) + QLatin1Char('/') + protocolName(protocol);
}

int ScanDiff::changeCount() const
{
    int n = 0;
    for (const Host &h : hosts)
        n += static_cast<int>(h.ports.size()) + (h.change == Host::Change::Changed ? 0 : 1);
    return n;
}

QString ScanDiff::changeName(Port::Change change)
{
    switch (change) {
    case Port::Change::Opened:
        return QStringLiteral("opened");
    case Port::Change::Closed:
        return QStringLiteral("closed");
    case Port::Change::Changed:
        return QStringLiteral("changed");
    case Port::Change::Banner:
        return QStringLiteral("banner");
    }
    return {};
}

QString ScanDiff::changeName(Host::Change change)
{
    switch (change) {
    case Host::Change::Appeared:
        return QStringLiteral("appeared");
    case Host::Change::Gone:
        return QStringLiteral("gone");
    case Host::Change::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QString ScanDiff::toText() const
{
    QString out = tr("Old: %1\nNew: %2\n").arg(oldTitle, newTitle);
    for (const Host &h : hosts) {
        const QString who
            = h.name == h.address ? h.address : QStringLiteral("%1 (%2)").arg(h.name, h.address);
        switch (h.change) {
        case Host::Change::Appeared:
            out += h.oldStatus.isEmpty() ? tr("+ %1 is up, not in the old scan\n").arg(who)
                                         : tr("+ %1 is up, was %2\n").arg(who, h.oldStatus);
            break;
        case Host::Change::Gone:
            out += h.newStatus.isEmpty() ? tr("- %1 is not in the new scan, was up\n").arg(who)
                                         : tr("- %1 is %2, was up\n").arg(who, h.newStatus);
            break;
        case Host::Change::Changed:
            out += tr("  %1:\n").arg(who);
            break;
        }
        for (const Port &p : h.ports) {
            const QString port = p.text();
            const QString sign = p.change == Port::Change::Opened ? QStringLiteral("+")
                : p.change == Port::Change::Closed                ? QStringLiteral("-")
                                                                  : QStringLiteral("~");
            QString line;
            if (p.change == Port::Change::Banner)
                line = tr("%1 banner \"%2\", was \"%3\"")
                           .arg(port, BannerText::escape(p.newBanner),
                               BannerText::escape(p.oldBanner));
            else if (!p.inOld)
                line = tr("%1 %2").arg(port, describe(p.newState, p.newReason));
            else if (!p.inNew)
                line = tr("%1 was %2").arg(port, describe(p.oldState, p.oldReason));
            else
                line = tr("%1 %2, was %3")
                           .arg(port, describe(p.newState, p.newReason),
                               describe(p.oldState, p.oldReason));
            out += QStringLiteral("    %1 %2\n").arg(sign, line);
        }
    }
    const int n = changeCount();
    out += n == 0 ? tr("No changes.\n")
                  : QCoreApplication::translate("ScanDiff", "%n change(s).\n", nullptr, n);
    return out;
}

QByteArray ScanDiff::toJson() const
{
    QJsonArray hostArray;
    for (const Host &h : hosts) {
        QJsonArray portArray;
        for (const Port &p : h.ports) {
            QJsonObject o { { QStringLiteral("port"), p.port },
                { QStringLiteral("protocol"), protocolName(p.protocol) },
                { QStringLiteral("change"), changeName(p.change) } };
            if (p.inOld) {
                o.insert(QStringLiteral("old_state"), portStateName(p.oldState));
                o.insert(QStringLiteral("old_reason"), portReasonName(p.oldReason));
                o.insert(QStringLiteral("old_banner"), BannerText::escape(p.oldBanner));
            }
            if (p.inNew) {
                o.insert(QStringLiteral("new_state"), portStateName(p.newState));
                o.insert(QStringLiteral("new_reason"), portReasonName(p.newReason));
                o.insert(QStringLiteral("new_banner"), BannerText::escape(p.newBanner));
            }
            portArray.append(o);
        }
        const auto status = [](const QString &s) {
            return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
        };
        hostArray.append(QJsonObject { { QStringLiteral("address"), h.address },
            { QStringLiteral("host"), h.name }, { QStringLiteral("change"), changeName(h.change) },
            { QStringLiteral("old_status"), status(h.oldStatus) },
            { QStringLiteral("new_status"), status(h.newStatus) },
            { QStringLiteral("ports"), portArray } });
    }
    const QJsonObject root { { QStringLiteral("old"), oldTitle },
        { QStringLiteral("new"), newTitle }, { QStringLiteral("changes"), changeCount() },
        { QStringLiteral("hosts"), hostArray } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
