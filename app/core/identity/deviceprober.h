#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include "core/identity/deviceidentity.h"
#include "core/identity/hostevidence.h"

// Tells what each live host is: asks every one of them (HostEvidence, a bounded
// number at once), adds what the scan already knows of it (its MAC vendor, open
// ports, banners) and concludes with the built-in rules. Lives and runs on the
// thread that made it, which needs an event loop.
class DeviceProber final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceProber)

public:
    struct Target
    {
        quint32 hostId = 0;
        QHostAddress address;
        QList<quint16> openTcp; // where SMB and IPP are asked
        QList<DeviceEvidence> known; // what the scan saw: mac-vendor, ports, ssh, http...
    };
    static constexpr int defaultHostsAtOnce = 64;

    explicit DeviceProber(QObject *parent = nullptr);

    void setOptions(const HostEvidence::Options &options) { m_options = options; }
    void setHostsAtOnce(int hosts) { m_hostsAtOnce = qMax(1, hosts); }
    // Queues targets; each is asked as soon as a place is free.
    void identify(const QList<Target> &targets);
    // Ends every question at once; each host still reports what it said so far.
    void cancel();
    int pending() const { return int(m_queue.size() + m_running.size()); }

Q_SIGNALS:
    void identified(quint32 hostId, const DeviceIdentity &identity);
    // Nothing is queued or running any more.
    void idle();

private:
    void startMore();
    void onHostFinished(HostEvidence *host);

    HostEvidence::Options m_options;
    int m_hostsAtOnce = defaultHostsAtOnce;
    QList<Target> m_queue;
    QHash<HostEvidence *, Target> m_running;
};
