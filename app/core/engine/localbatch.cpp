#include "core/engine/localbatch.h"

#include <algorithm>

#include "core/engine/discovery/ouiregistry.h"
#include "core/platform/neighbourtable.h"

void LocalBatch::clear()
{
    results.clear();
    hosts.clear();
    closedByHost.clear();
    closedUdpByHost.clear();
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
