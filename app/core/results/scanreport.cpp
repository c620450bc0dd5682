#include "core/results/scanreport.h"

#include <map>

#include <algorithm>

#include "core/spec/portspec.h"

QList<ScanReport::Host> ScanReport::byHost() const
{
    std::map<quint32, Host> byId;
    const auto entry
        = [&byId](quint32 id, const QString &name, const QHostAddress &address) -> Host & {
        Host &h = byId[id];
        if (h.name.isEmpty()) { // the state's name first, which came with the host
            h.id = id;
            h.name = name;
            h.address = address;
        }
        return h;
    };
    for (const HostState &s : hostStates)
        entry(s.hostId, s.host, s.address).state = &s;
    for (const HostTally &t : this->hosts) {
        Host &h = entry(t.hostId, t.host, t.address);
        h.closed += t.closed;
        h.closedUdp += t.protocol == Protocol::Udp ? t.closed : 0;
    }
    for (const ScanResult &r : results) {
        Host &h = entry(r.hostId, r.host, r.address);
        h.listed.append(r);
        if (r.state == PortState::Closed) {
            ++h.closedListed;
            h.closedListedUdp += r.protocol == Protocol::Udp ? 1 : 0;
        }
    }
    QList<Host> out;
    out.reserve(static_cast<qsizetype>(byId.size()));
    for (auto &[id, h] : byId) {
        Q_UNUSED(id)
        std::sort(h.listed.begin(), h.listed.end(),
            [](const ScanResult &a, const ScanResult &b) { return a.portKey() < b.portKey(); });
        out.append(std::move(h));
    }
    return out;
}

HostState ScanReport::statusOf(const Host &h)
{
    if (h.state)
        return *h.state;
    HostState s
        = HostState::make(h.id, h.name, h.address, HostStatus::Unknown, HostReason::UserSet, -1.0);
    for (const ScanResult &r : h.listed) {
        // Silence (filtered, open|filtered) says nothing of the host; an answer does.
        if (r.state == PortState::Filtered || r.state == PortState::OpenFiltered)
            continue;
        s.status = HostStatus::Up;
        if (r.protocol == Protocol::Udp)
            s.reason
                = r.state == PortState::Open ? HostReason::UdpResponse : HostReason::PortUnreach;
        else
            s.reason = r.state == PortState::Open ? HostReason::SynAck : HostReason::ConnRefused;
    }
    if (h.closed > 0 && s.status == HostStatus::Unknown) {
        s.status = HostStatus::Up;
        s.reason = h.closedUdp == h.closed ? HostReason::PortUnreach : HostReason::ConnRefused;
    }
    return s;
}

QList<quint16> ScanReport::coveredPorts(Protocol protocol) const
{
    PortSpec spec;
    QString error;
    if (PortSpec::parse(ports, &spec, &error))
        return spec.ports(protocol);
    QList<quint16> listed;
    for (const ScanResult &r : results) {
        if (r.protocol == protocol)
            listed.append(r.port);
    }
    std::sort(listed.begin(), listed.end());
    listed.erase(std::unique(listed.begin(), listed.end()), listed.end());
    return listed;
}

bool ScanReport::coversUdp() const
{
    if (!coveredPorts(Protocol::Udp).isEmpty())
        return true;
    return std::any_of(results.cbegin(), results.cend(),
        [](const ScanResult &r) { return r.protocol == Protocol::Udp; });
}
