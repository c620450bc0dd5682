#include "core/localbatch.h"

#include <algorithm>
#include <mutex>

#include "core/ouiregistry.h"
#include "core/platform/neighbourtable.h"
#include "core/scanshared.h"

void LocalBatch::handOver(ScanShared &shared)
{
    if (isEmpty())
        return;
    addLinkDetails(&hosts);
    std::lock_guard lock(shared.mutex);
    if (!shared.cancelled.load()) {
        shared.pendingHosts.append(std::move(hosts));
        shared.pendingResults.append(std::move(results));
        for (auto it = closedByHost.cbegin(); it != closedByHost.cend(); ++it)
            shared.pendingClosed[it.key()] += it.value();
    }
    shared.counts += counts;
    results.clear();
    hosts.clear();
    closedByHost.clear();
    counts = {};
}

void LocalBatch::addLinkDetails(QList<HostState> *states)
{
    const bool anyUp = std::any_of(states->cbegin(), states->cend(),
        [](const HostState &s) { return s.status == HostStatus::Up; });
    if (!anyUp)
        return;
    // The neighbour table knows the MAC of hosts on the local link we just talked to.
    const QHash<QString, QString> macs = NeighbourTable::read();
    if (macs.isEmpty())
        return;
    for (HostState &state : *states) {
        if (state.status != HostStatus::Up)
            continue;
        state.mac = macs.value(state.address.toString());
        if (!state.mac.isEmpty())
            state.vendor = OuiRegistry::system().vendorFor(state.mac);
    }
}
