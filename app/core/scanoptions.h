#pragma once

#include "core/portspec.h"
#include "core/targetspec.h"

// Everything a scan needs, as one plain value handed to ScanJob::start().
struct ScanOptions
{
    TargetSpec targets;
    PortSpec ports;
    int timeoutMs = 1000; // per connect attempt
    int retries = 1; // extra attempts after a timeout
    int concurrency = 0; // sockets in flight over all workers; 0 = automatic
    int workers = 0; // worker threads; 0 = automatic
    bool grabBanners = false; // read up to bannerBytes from open ports
    bool resolveAll = false; // scan every address of a name, not only the first
    bool keepClosed = false; // list closed ports as rows, not only count them

    static constexpr int bannerBytes = 512;
    static constexpr int bannerTimeoutMs = 1000;
};
