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
    for (const HostTally &t : this->hosts)
        entry(t.hostId, t.host, t.address).closed += t.closed;
    for (const ScanResult &r : results) {
        Host &h = entry(r.hostId, r.host, r.address);
        h.listed.append(r);
        if (r.state == PortState::Closed)
            ++h.closedListed;
    }
    QList<Host> out;
    out.reserve(static_cast<qsizetype>(byId.size()));
    for (auto &[id, h] : byId) {
        Q_UNUSED(id)
        std::sort(h.listed.begin(), h.listed.end(),
            [](const ScanResult &a, const ScanResult &b) { return a.port < b.port; });
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
        if (r.state != PortState::Filtered) {
            s.status = HostStatus::Up;
            s.reason = r.state == PortState::Open ? HostReason::SynAck : HostReason::ConnRefused;
        }
    }
    if (h.closed > 0 && s.status == HostStatus::Unknown) {
        s.status = HostStatus::Up;
        s.reason = HostReason::ConnRefused;
    }
    return s;
}

QList<quint16> ScanReport::coveredPorts() const
{
    PortSpec spec;
    QString error;
    if (PortSpec::parse(ports, &spec, &error))
        return spec.ports();
    QList<quint16> listed;
    for (const ScanResult &r : results)
        listed.append(r.port);
    std::sort(listed.begin(), listed.end());
    listed.erase(std::unique(listed.begin(), listed.end()), listed.end());
    return listed;
}
