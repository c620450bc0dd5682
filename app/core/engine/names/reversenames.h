#pragma once

#include <QHash>
#include <QHostAddress>
#include <QHostInfo>
#include <QList>
#include <QObject>
#include <QStringList>

// Reverse DNS of the live hosts a scan finds, a few lookups at a time, in the
// background: never holds the scan or the window. Lookups of an earlier scan are
// aborted by clear().
class ReverseNames final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReverseNames)

public:
    static constexpr int maxLookups = 16; // in flight at once

    explicit ReverseNames(QObject *parent = nullptr);
    ~ReverseNames() override;

    // Queues a lookup of address for hostId.
    void lookUp(quint32 hostId, const QHostAddress &address);
    // Aborts every lookup queued or in flight.
    void clear();
    // Lookups queued or in flight.
    int pending() const { return static_cast<int>(m_queue.size() + m_inFlight.size()); }

Q_SIGNALS:
    void hostNamed(quint32 hostId, const QStringList &names);
    // No lookups are left (emitted only after some were made).
    void done();

private:
    void pump();
    Q_SLOT void onLookedUp(const QHostInfo &info);

    QList<std::pair<quint32, QHostAddress>> m_queue;
    QHash<int, quint32> m_inFlight; // lookup id -> host
};
