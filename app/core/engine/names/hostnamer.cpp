#include "core/engine/names/hostnamer.h"

#include <algorithm>

namespace {

int rank(const QString &source)
{
    if (source == HostNames::dns)
        return 0;
    return source == HostNames::mdns ? 1 : 2;
}

} // namespace

HostNamer::HostNamer(QObject *parent)
    : QObject(parent)
{
    connect(
        &m_dns, &ReverseNames::hostNamed, this, [this](quint32 hostId, const QStringList &names) {
            add(hostId, HostNames::fromDns(names));
        });
    connect(&m_local, &LocalNames::hostNamed, this, &HostNamer::add);
    connect(&m_dns, &ReverseNames::done, this, &HostNamer::onSourceDone);
    connect(&m_local, &LocalNames::done, this, &HostNamer::onSourceDone);
}

void HostNamer::lookUp(quint32 hostId, const QHostAddress &address)
{
    m_dns.lookUp(hostId, address);
    m_local.ask(hostId, address);
}

void HostNamer::clear()
{
    m_dns.clear();
    m_local.clear();
    m_found.clear();
}

void HostNamer::add(quint32 hostId, const QList<HostName> &names)
{
    QList<HostName> &all = m_found[hostId];
    bool added = false;
    for (const HostName &n : names)
        added = HostNames::add(&all, n.name, n.source) || added;
    if (!added)
        return;
    std::stable_sort(all.begin(), all.end(),
        [](const HostName &a, const HostName &b) { return rank(a.source) < rank(b.source); });
    Q_EMIT hostNamed(hostId, all);
}

void HostNamer::onSourceDone()
{
    if (pending() == 0)
        Q_EMIT done();
}
