#pragma once

#include "core/results/scanreport.h"

// A small saved scan as the history benchmarks store it a thousand times: a /24
// with 10 hosts up, each with ports 22, 80 and 443 open.
inline ScanReport smallBlockScan()
{
    ScanReport small;
    small.targets = QStringLiteral("198.18.0.0/24");
    small.ports = QStringLiteral("common");
    small.started = QDateTime::currentDateTimeUtc();
    for (quint32 h = 0; h < 10; ++h) {
        const QHostAddress address(0xc6120000u + h);
        small.hostStates.append(HostState::make(
            h, address.toString(), address, HostStatus::Up, HostReason::SynAck, 1.0));
        for (quint16 p : { 22, 80, 443 })
            small.results.append(ScanResult::make(
                h, address.toString(), address, p, PortState::Open, PortReason::SynAck, 1.0));
    }
    return small;
}
