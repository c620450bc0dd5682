#include "core/services/servicedetector.h"

#include <memory>

#include "core/services/portdetection.h"
#include "core/spec/scanoptions.h"

ServiceDetector::ServiceDetector(const ServiceProbeTable &table, QObject *parent)
    : QObject(parent)
    , m_table(table)
{
}

ServiceDetector::~ServiceDetector()
{
    for (auto &[detection, running] : m_running) {
        detection->disconnect(this);
        delete detection;
    }
}

void ServiceDetector::detect(
    const QList<ScanResult> &results, quint64 generation, int budgetMs, int perHost)
{
    for (const ScanResult &r : results) {
        const QString key = r.address.toString();
        std::deque<Waiting> &queue = m_waiting[key];
        if (queue.empty())
            m_hostOrder.append(key);
        queue.push_back(Waiting { r, generation, qBound(minBudgetMs, budgetMs, maxBudgetMs),
            qBound(1, perHost, maxPerHost) });
    }
    pump();
}

void ServiceDetector::pump()
{
    for (qsizetype i = 0; i < m_hostOrder.size() && m_running.size() < maxRunning;) {
        const QString key = m_hostOrder.at(i);
        std::deque<Waiting> &queue = m_waiting[key];
        int &active = m_active[key];
        while (!queue.empty() && active < queue.front().perHost && m_running.size() < maxRunning) {
            Waiting item = std::move(queue.front());
            queue.pop_front();
            auto *detection = new PortDetection(m_table, item.result.host, item.result.address,
                item.result.port, item.budgetMs, this);
            connect(detection, &PortDetection::finished, this,
                [this, detection] { onFinished(detection); });
            ++active;
            m_running.emplace(detection, Running { std::move(item), key });
            detection->start();
        }
        if (queue.empty()) {
            m_waiting.remove(key);
            m_hostOrder.removeAt(i);
        } else {
            ++i;
        }
    }
}

void ServiceDetector::onFinished(PortDetection *detection)
{
    auto it = m_running.find(detection);
    if (it == m_running.end())
        return;
    Running running = std::move(it->second);
    m_running.erase(it);
    if (--m_active[running.hostKey] <= 0)
        m_active.remove(running.hostKey);
    ScanResult r = std::move(running.item.result);
    if (detection->result())
        r.service = std::make_shared<const ServiceInfo>(*detection->result());
    if (r.banner.isEmpty())
        r.banner = detection->greeting().left(ScanOptions::bannerBytes);
    detection->deleteLater();
    Q_EMIT detected({ r }, running.item.generation);
    pump();
}

void ServiceDetector::cancel()
{
    QList<std::pair<QList<ScanResult>, quint64>> left;
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it) {
        for (const Waiting &w : it.value())
            left.append({ { w.result }, w.generation });
    }
    m_waiting.clear();
    m_hostOrder.clear();
    for (const auto &[results, generation] : std::as_const(left))
        Q_EMIT detected(results, generation);
    QList<PortDetection *> running;
    for (const auto &[detection, r] : m_running)
        running.append(detection);
    for (PortDetection *detection : std::as_const(running))
        detection->stop(); // finishes at once, through onFinished
}
