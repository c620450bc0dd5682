#pragma once

#include <unordered_map>

#include <deque>

#include <QHash>
#include <QList>
#include <QObject>

#include "core/results/scanresult.h"

class PortDetection;
class ServiceProbeTable;

// Detects the services of open ports, a few connections per host at a time, each
// port within its own time budget. Lives in a thread of its own with an event loop;
// call its methods there (QMetaObject::invokeMethod). Results carry a generation
// so that the owner can tell one scan's from another's.
class ServiceDetector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceDetector)

public:
    static constexpr int defaultBudgetMs = 5000;
    static constexpr int minBudgetMs = 100;
    static constexpr int maxBudgetMs = 120000;
    static constexpr int defaultPerHost = 4;
    static constexpr int maxPerHost = 64;
    static constexpr int maxRunning = 256; // connections over all hosts

    explicit ServiceDetector(const ServiceProbeTable &table, QObject *parent = nullptr);
    ~ServiceDetector() override;

    void detect(const QList<ScanResult> &results, quint64 generation, int budgetMs, int perHost);
    // Ends every detection now: queued and running ports come back with what is known.
    void cancel();
    int running() const { return static_cast<int>(m_running.size()); }

Q_SIGNALS:
    void detected(const QList<ScanResult> &results, quint64 generation);

private:
    struct Waiting
    {
        ScanResult result;
        quint64 generation = 0;
        int budgetMs = defaultBudgetMs;
        int perHost = defaultPerHost;
    };
    struct Running
    {
        Waiting item;
        QString hostKey;
    };

    void pump();
    void onFinished(PortDetection *detection);

    const ServiceProbeTable &m_table;
    QHash<QString, std::deque<Waiting>> m_waiting; // by host address
    QList<QString> m_hostOrder; // hosts with waiting ports, served in turn
    QHash<QString, int> m_active; // connections per host
    std::unordered_map<PortDetection *, Running> m_running;
};
