#include "core/identity/deviceprober.h"

#include "core/identity/identityrules.h"

DeviceProber::DeviceProber(QObject *parent)
    : QObject(parent)
{
}

void DeviceProber::identify(const QList<Target> &targets)
{
    m_queue.append(targets);
    startMore();
}

void DeviceProber::cancel()
{
    m_queue.clear();
    const QList<HostEvidence *> running = m_running.keys();
    for (HostEvidence *host : running)
        host->cancel(); // finished() comes at once, and reports
}

void DeviceProber::startMore()
{
    while (!m_queue.isEmpty() && m_running.size() < m_hostsAtOnce) {
        const Target target = m_queue.takeFirst();
        auto *host = new HostEvidence(target.address, target.openTcp, m_options, this);
        m_running.insert(host, target);
        connect(host, &HostEvidence::finished, this, [this, host] { onHostFinished(host); });
        host->start();
    }
    if (m_queue.isEmpty() && m_running.isEmpty())
        Q_EMIT idle();
}

void DeviceProber::onHostFinished(HostEvidence *host)
{
    if (!m_running.contains(host))
        return;
    const Target target = m_running.take(host);
    QList<DeviceEvidence> evidence = host->evidence();
    for (const DeviceEvidence &e : target.known) {
        if (!evidence.contains(e))
            evidence.append(e);
    }
    host->deleteLater();
    Q_EMIT identified(target.hostId, IdentityRules::builtIn().conclude(evidence));
    startMore();
}
