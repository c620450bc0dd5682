#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "core/scanresult.h"

// A finished (or stopped) scan as exporters see it: what was asked, when, and
// what was found.
struct ScanReport
{
    QString targets; // as the user typed them
    QString ports;
    int timeoutMs = 0;
    int retries = 0;
    int concurrency = 0;
    bool banners = false;
    QDateTime started;
    ScanSummary summary;
    QList<ScanResult> results; // the listed ports
    QList<HostTally> hosts; // closed counts per host
    QList<HostState> hostStates; // up, down or unknown, per host
};
