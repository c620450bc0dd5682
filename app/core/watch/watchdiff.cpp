#include "core/watch/watchdiff.h"

#include <QJsonArray>

#include "core/spec/portnames.h"

namespace WatchDiff {
namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QJsonValue &v)
{
    return v.toString().isEmpty() ? QDateTime()
                                  : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// The device as events carry it: address, MAC, label and its open ports.
QJsonObject deviceJson(const DeviceSeen &d)
{
    QJsonArray ports;
    for (auto it = d.ports.cbegin(); it != d.ports.cend(); ++it)
        ports.append(portJson(it.key(), it.value()));
    return QJsonObject { { QStringLiteral("address"), d.address },
        { QStringLiteral("mac"), d.mac.isEmpty() ? QJsonValue() : QJsonValue(d.mac) },
        { QStringLiteral("label"), d.label }, { QStringLiteral("open_ports"), ports } };
}

class Comparer
{
public:
    explicit Comparer(const Run &run)
        : m_run(run)
    {
    }
    // A device found up; before is what the watch had of it (null: nothing).
    void seen(const DeviceSeen *before, DeviceSeen *now, const QSet<PortKey> &silent);
    // A device the watch had and this run did not find up.
    void missing(DeviceSeen *d);

    QList<WatchEvent> events;

private:
    void add(const QString &kind, const DeviceSeen &d, std::optional<PortKey> port,
        const QJsonValue &before, const QJsonValue &after)
    {
        WatchEvent e;
        e.watch = m_run.watch;
        e.time = m_run.time;
        e.kind = kind;
        e.address = d.address;
        if (port) {
            e.port = port->port;
            e.protocol = port->protocol;
        }
        e.mac = d.mac;
        e.label = d.label;
        e.before = before;
        e.after = after;
        events.append(std::move(e));
    }
    void ports(const DeviceSeen &before, DeviceSeen *now, const QSet<PortKey> &silent);
    void certificates(DeviceSeen *now);

    const Run &m_run;
};

void Comparer::seen(const DeviceSeen *before, DeviceSeen *now, const QSet<PortKey> &silent)
{
    if (!m_run.portsScanned && before) {
        // Discovery alone (or a stopped scan) says nothing of the ports: keep them.
        for (auto it = before->ports.cbegin(); it != before->ports.cend(); ++it) {
            if (!now->ports.contains(it.key()))
                now->ports.insert(it.key(), it.value());
        }
    }
    if (before) {
        // What was warned of stays warned while the certificate is the same.
        for (auto it = now->ports.begin(); it != now->ports.end(); ++it) {
            const auto old = before->ports.constFind(it.key());
            if (old != before->ports.cend() && old->notAfter == it->notAfter)
                it->warnedFor = old->warnedFor;
        }
    }
    if (m_run.baseline)
        return;
    if (!before) {
        add(QStringLiteral("device-new"), *now, std::nullopt, QJsonValue(), deviceJson(*now));
        return; // its ports are part of the event
    }
    if (before->gone) {
        add(QStringLiteral("device-back"), *now, std::nullopt, QJsonValue(), deviceJson(*now));
        certificates(now);
        return;
    }
    if (before->address != now->address)
        add(QStringLiteral("address-changed"), *now, std::nullopt, before->address, now->address);
    ports(*before, now, silent);
    certificates(now);
}

void Comparer::ports(const DeviceSeen &before, DeviceSeen *now, const QSet<PortKey> &silent)
{
    if (!m_run.portsScanned)
        return;
    for (auto it = now->ports.cbegin(); it != now->ports.cend(); ++it) {
        const auto old = before.ports.constFind(it.key());
        if (old == before.ports.cend()) {
            add(QStringLiteral("port-opened"), *now, it.key(), QJsonValue(),
                portJson(it.key(), *it));
            continue;
        }
        // A change only where both runs had detection's word on it.
        const bool bothDetected = !(old->product.isEmpty() && old->version.isEmpty())
            && !(it->product.isEmpty() && it->version.isEmpty());
        if (bothDetected && (old->product != it->product || old->version != it->version))
            add(QStringLiteral("service-changed"), *now, it.key(), portJson(it.key(), *old),
                portJson(it.key(), *it));
    }
    for (auto it = before.ports.cbegin(); it != before.ports.cend(); ++it) {
        if (now->ports.contains(it.key()))
            continue;
        // Not looked at this time, or silent (a UDP answer lost is no closing):
        // still open as far as known.
        if (m_run.covered.contains(it.key()) && !silent.contains(it.key()))
            add(QStringLiteral("port-closed"), *now, it.key(), portJson(it.key(), *it),
                QJsonValue());
        else
            now->ports.insert(it.key(), *it);
    }
}

void Comparer::certificates(DeviceSeen *now)
{
    for (auto it = now->ports.begin(); it != now->ports.end(); ++it) {
        if (!it->notAfter.isValid() || it->warnedFor == it->notAfter)
            continue;
        const qint64 left = m_run.time.secsTo(it->notAfter);
        if (left > qint64(m_run.certificateDays) * 86400)
            continue;
        QJsonObject after = portJson(it.key(), *it);
        after.insert(QStringLiteral("subject"), it->subject);
        after.insert(QStringLiteral("days_left"), static_cast<int>(left / 86400));
        add(QStringLiteral("certificate-expiring"), *now, it.key(), QJsonValue(), after);
        it->warnedFor = it->notAfter;
    }
}

void Comparer::missing(DeviceSeen *d)
{
    ++d->missed;
    if (d->gone || d->missed < qMax(1, m_run.goneAfter))
        return;
    d->gone = true;
    if (!m_run.baseline)
        add(QStringLiteral("device-gone"), *d, std::nullopt, deviceJson(*d), QJsonValue());
}

} // namespace

QString PortKey::key() const
{
    return protocol == Protocol::Tcp
        ? QString::number(port)
        : QString::number(port) + QLatin1Char('/') + protocolName(protocol);
}

std::optional<PortKey> PortKey::fromKey(const QString &text)
{
    const QString number = text.section(QLatin1Char('/'), 0, 0);
    Protocol protocol = Protocol::Tcp;
    if (text.contains(QLatin1Char('/'))
        && !parseProtocol(text.section(QLatin1Char('/'), 1), &protocol))
        return std::nullopt;
    bool ok = false;
    const int port = number.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return PortKey(static_cast<quint16>(port), protocol);
}

QJsonObject portJson(const PortKey &port, const PortSeen &p)
{
    QJsonObject o { { QStringLiteral("port"), port.port },
        { QStringLiteral("protocol"), protocolName(port.protocol) },
        { QStringLiteral("service"), p.service } };
    if (!p.product.isEmpty())
        o.insert(QStringLiteral("product"), p.product);
    if (!p.version.isEmpty())
        o.insert(QStringLiteral("version"), p.version);
    if (p.notAfter.isValid())
        o.insert(QStringLiteral("not_after"), timeText(p.notAfter));
    return o;
}

QJsonObject DeviceSeen::toJson() const
{
    QJsonObject byPort;
    for (auto it = ports.cbegin(); it != ports.cend(); ++it) {
        QJsonObject p = portJson(it.key(), it.value());
        p.remove(QStringLiteral("port"));
        p.remove(QStringLiteral("protocol")); // in the key
        if (!it->subject.isEmpty())
            p.insert(QStringLiteral("subject"), it->subject);
        if (it->warnedFor.isValid())
            p.insert(QStringLiteral("warned_for"), timeText(it->warnedFor));
        byPort.insert(it.key().key(), p);
    }
    return QJsonObject { { QStringLiteral("address"), address }, { QStringLiteral("mac"), mac },
        { QStringLiteral("label"), label }, { QStringLiteral("missed"), missed },
        { QStringLiteral("gone"), gone }, { QStringLiteral("ports"), byPort } };
}

DeviceSeen DeviceSeen::fromJson(const QJsonObject &o)
{
    DeviceSeen d;
    d.address = o.value(QStringLiteral("address")).toString();
    d.mac = o.value(QStringLiteral("mac")).toString();
    d.label = o.value(QStringLiteral("label")).toString();
    d.missed = o.value(QStringLiteral("missed")).toInt();
    d.gone = o.value(QStringLiteral("gone")).toBool();
    const QJsonObject byPort = o.value(QStringLiteral("ports")).toObject();
    for (auto it = byPort.constBegin(); it != byPort.constEnd(); ++it) {
        // "22" (TCP's, as every state before UDP has them) or "53/udp".
        const std::optional<PortKey> port = PortKey::fromKey(it.key());
        if (!port)
            continue;
        const QJsonObject p = it.value().toObject();
        PortSeen seen;
        seen.service = p.value(QStringLiteral("service")).toString();
        seen.product = p.value(QStringLiteral("product")).toString();
        seen.version = p.value(QStringLiteral("version")).toString();
        seen.notAfter = timeOf(p.value(QStringLiteral("not_after")));
        seen.subject = p.value(QStringLiteral("subject")).toString();
        seen.warnedFor = timeOf(p.value(QStringLiteral("warned_for")));
        d.ports.insert(*port, seen);
    }
    return d;
}

QList<Observation> observe(const ScanReport &report, const Identify &identify)
{
    QMap<QString, Observation> byKey; // one device may answer at two addresses
    for (const ScanReport::Host &host : report.byHost()) {
        const HostState state = ScanReport::statusOf(host);
        if (state.status != HostStatus::Up)
            continue;
        Observation o;
        const QString address = host.address.toString();
        if (!identify(state.mac, address, &o.key, &o.now.label))
            continue;
        o.now.address = address;
        o.now.mac = state.mac.toUpper(); // as the inventory writes it
        for (const ScanResult &r : host.listed) {
            const PortKey key(r.port, r.protocol);
            if (r.state == PortState::OpenFiltered)
                o.silent.insert(key);
            if (r.state != PortState::Open)
                continue;
            PortSeen p;
            if (r.service) {
                p.service = r.service->displayName();
                p.product = r.service->product;
                p.version = r.service->version;
                p.notAfter = r.service->tls.notAfter;
                p.subject = r.service->tls.subject;
            } else {
                p.service = PortNames::nameForPort(r.port, r.protocol);
            }
            o.now.ports.insert(key, p);
        }
        auto it = byKey.find(o.key);
        if (it == byKey.end()) {
            byKey.insert(o.key, o);
        } else {
            // IPv4 first, the address it is known by; the ports of both.
            for (auto p = o.now.ports.cbegin(); p != o.now.ports.cend(); ++p)
                it->now.ports.insert(p.key(), p.value());
            it->silent.unite(o.silent);
        }
    }
    return byKey.values();
}

QList<WatchEvent> compare(State *state, const QList<Observation> &seen, const Run &run)
{
    Comparer comparer(run);
    QSet<QString> found;
    for (const Observation &o : seen) {
        found.insert(o.key);
        DeviceSeen now = o.now;
        const auto before = state->constFind(o.key);
        comparer.seen(before == state->cend() ? nullptr : &*before, &now, o.silent);
        state->insert(o.key, now);
    }
    for (auto it = state->begin(); it != state->end(); ++it) {
        if (!found.contains(it.key()))
            comparer.missing(&*it);
    }
    return comparer.events;
}

} // namespace WatchDiff
