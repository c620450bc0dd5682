#pragma once

#include <QByteArray>
#include <QList>

#include "core/spec/portspec.h"
#include "core/spec/targetspec.h"

// Everything a scan needs, as one plain value handed to ScanJob::start().
struct ScanOptions
{
    TargetSpec targets;
    PortSpec ports;
    // Defaults and limits, the same for the CLI, the window and the settings.
    static constexpr int defaultTimeoutMs = 1000;
    static constexpr int minTimeoutMs = 10;
    static constexpr int maxTimeoutMs = 600000;
    static constexpr int defaultRetries = 1;
    static constexpr int maxRetries = 10;
    // However fast a host answers, a probe waits at least this long (nmap's
    // --min-rtt-timeout at -T3/-T4); the user's timeout is the most it waits.
    static constexpr int defaultFloorTimeoutMs = 100;
    static constexpr int automaticConcurrency = 0;
    static constexpr int maxConcurrency = 65536;

    // Host discovery: hosts from blocks, ranges and files are probed for (ICMP echo
    // and TCP connects to discoveryPorts) and port-scanned only when up.
    enum class Discovery : quint8 {
        Automatic,
        Skip, // -Pn: scan every host
        Only // -sn: find the live hosts, scan no ports
    };
    static QList<quint16> defaultDiscoveryPorts() { return { 22, 80, 135, 139, 443, 445, 3389 }; }

    static constexpr int maxDiscoveryPorts = 32;

    Discovery discovery = Discovery::Automatic;
    QList<quint16> discoveryPorts = defaultDiscoveryPorts();
    bool ping = true; // ICMP echo where ping sockets are allowed
    // Look up the names of hosts found up: reverse DNS, and the hosts' own mDNS and
    // NetBIOS answers (engine/names).
    bool reverseDns = true;

    int timeoutMs = defaultTimeoutMs; // the longest a connect attempt waits
    // The shortest: a host's probes wait what its measured round trips ask for
    // (RFC 6298), within [floorTimeoutMs, timeoutMs]. 0 or >= timeoutMs: fixed timeout.
    int floorTimeoutMs = defaultFloorTimeoutMs;
    int retries = defaultRetries; // extra attempts after a timeout
    int concurrency = automaticConcurrency; // sockets in flight over all workers
    int scanDelayMs = 0; // at least this long between two connects (then one worker)
    int workers = 0; // worker threads; 0 = automatic
    bool grabBanners = false; // read up to bannerBytes from open ports
    bool resolveAll = false; // scan every address of a name, not only the first
    bool ipv6 = false; // a name means its first IPv6 address, not its first IPv4 one
    bool keepClosed = false; // list closed ports as rows, not only count them
    // Service detection (-sV): what each open port runs, by what it says.
    bool detectServices = false;
    int serviceTimeoutMs = 5000; // each port's budget
    int serviceConnections = 4; // at once per host
    static constexpr int minServiceTimeoutMs = 100;
    static constexpr int maxServiceTimeoutMs = 120000;
    static constexpr int maxServiceConnections = 64;

    // UDP (ports.udpPorts()): the community the SNMP probes offer; empty sends none
    // (only SNMPv3 discovery, which needs no secret).
    QByteArray snmpCommunity = QByteArrayLiteral("public");

    static constexpr int bannerBytes = 512;
    static constexpr int bannerTimeoutMs = 1000;
};
