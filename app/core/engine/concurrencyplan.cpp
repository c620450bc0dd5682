#include "core/engine/concurrencyplan.h"

#include <algorithm>

int ConcurrencyPlan::automatic(long long descriptors)
{
    return static_cast<int>(std::clamp<long long>(descriptors, 1, maxAutomatic));
}

int ConcurrencyPlan::forRequest(int requested, long long descriptors)
{
    const int automaticWindow = automatic(descriptors);
    return requested > 0 ? std::min(requested, automaticWindow * 4) : automaticWindow;
}

ConcurrencyPlan ConcurrencyPlan::make(const Inputs &in)
{
    ConcurrencyPlan plan;
    const int concurrency = forRequest(in.requested, in.descriptors);
    plan.concurrency = concurrency;
    int workers = in.workers > 0 ? in.workers : std::clamp(in.idealThreads, 1, 4);
    if (in.paced)
        workers = 1; // a delay between connects holds for the whole scan
    workers
        = static_cast<int>(std::min<quint64>(static_cast<quint64>(workers), (in.total + 63) / 64));
    workers = std::max(1, std::min(workers, concurrency));
    // Discovery runs on a thread of its own beside the port scan, with half the
    // sockets (all of them when no port is scanned).
    int scanBudget = concurrency;
    plan.threads = workers;
    if (in.discovery) {
        // Automatic: discovery gets descriptors of its own where the limit allows,
        // since most addresses of a block are usually empty; else half of them.
        const long long spare
            = in.requested == 0 ? in.descriptors - (in.discoveryOnly ? 0 : concurrency) : 0;
        if (spare >= maxAutomatic / 4) {
            plan.discoveryWindow = static_cast<int>(std::min<long long>(spare, maxDiscoveryWindow));
        } else if (in.discoveryOnly) {
            plan.discoveryWindow = concurrency;
        } else {
            plan.discoveryWindow = std::max(1, concurrency / 2);
            scanBudget = std::max(1, concurrency - plan.discoveryWindow);
        }
        plan.concurrency
            = in.discoveryOnly ? plan.discoveryWindow : scanBudget + plan.discoveryWindow;
        plan.threads = workers + 1;
    }
    if (in.discoveryOnly || !in.tcp)
        workers = 0;
    workers = std::min(workers, scanBudget);
    for (int w = 0; w < workers; ++w)
        plan.windows.append(scanBudget / workers + (w < scanBudget % workers ? 1 : 0));
    plan.udpWorker = in.udp && !in.discoveryOnly;
    if (!in.tcp && !in.discoveryOnly)
        plan.threads = plan.discoveryWindow > 0 ? 1 : 0;
    plan.threads += plan.udpWorker ? 1 : 0;
    return plan;
}
