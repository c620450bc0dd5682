#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include "core/engine/names/localnames.h"
#include "core/engine/names/reversenames.h"
#include "core/results/hostname.h"

// Every name of the live hosts a scan finds, in the background and in parallel:
// reverse DNS (ReverseNames) and the hosts' own answers (LocalNames).
class HostNamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostNamer)

public:
    explicit HostNamer(QObject *parent = nullptr);

    // Looks up the names of hostId at address, by every source.
    void lookUp(quint32 hostId, const QHostAddress &address);
    // Aborts every lookup and forgets the names found.
    void clear();
    // Lookups queued or in flight, of any source.
    int pending() const { return m_dns.pending() + m_local.pending(); }

Q_SIGNALS:
    // Every name found for hostId so far: DNS names first, then mDNS, then NetBIOS.
    void hostNamed(quint32 hostId, const QList<HostName> &names);
    // No lookups are left (emitted only after some were made).
    void done();

private:
    void add(quint32 hostId, const QList<HostName> &names);
    void onSourceDone();

    ReverseNames m_dns;
    LocalNames m_local;
    QHash<quint32, QList<HostName>> m_found;
};
