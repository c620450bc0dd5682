#include "core/engine/names/reversenames.h"

ReverseNames::ReverseNames(QObject *parent)
    : QObject(parent)
{
}

ReverseNames::~ReverseNames()
{
    clear();
}

void ReverseNames::lookUp(quint32 hostId, const QHostAddress &address)
{
    m_queue.append({ hostId, address });
    pump();
}

void ReverseNames::clear()
{
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        QHostInfo::abortHostLookup(it.key());
    m_inFlight.clear();
    m_queue.clear();
}

void ReverseNames::pump()
{
    // A slot, not a functor: Qt 6.4 leaks a functor's slot object when a lookup is
    // aborted (a new scan, or the job going away, aborts the earlier scan's).
    while (m_inFlight.size() < maxLookups && !m_queue.isEmpty()) {
        const auto [hostId, address] = m_queue.takeFirst();
        const int id = QHostInfo::lookupHost(address.toString(), this, SLOT(onLookedUp(QHostInfo)));
        m_inFlight.insert(id, hostId);
    }
}

void ReverseNames::onLookedUp(const QHostInfo &info)
{
    const auto found = m_inFlight.constFind(info.lookupId());
    if (found == m_inFlight.cend())
        return; // aborted: a lookup of an earlier scan
    const quint32 hostId = *found;
    m_inFlight.erase(found);
    const QString name = info.hostName();
    if (info.error() == QHostInfo::NoError && !name.isEmpty() && QHostAddress(name).isNull())
        Q_EMIT hostNamed(hostId, { name });
    pump();
    if (pending() == 0)
        Q_EMIT done();
}
