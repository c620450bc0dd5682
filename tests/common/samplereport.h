#pragma once

// A scan report with a bit of everything, for the tests of writers, readers, the
// comparison and the history: four hosts (up with names, reverse names, a MAC and
// listed ports, one with a banner that has control bytes; down; typed and silent;
// IPv6 with closed ports only).
#include <QDateTime>
#include <QHostAddress>

#include "core/results/scanreport.h"

namespace SampleReport {

inline ScanResult result(quint32 id, const char *address, quint16 port, PortState state,
    PortReason reason, double latency = 1.5, const QByteArray &banner = {})
{
    const QHostAddress a { QLatin1String(address) };
    return ScanResult::make(id, a.toString(), a, port, state, reason, latency, banner);
}

inline HostState host(
    quint32 id, const char *address, HostStatus status, HostReason reason, double latency = -1.0)
{
    const QHostAddress a { QLatin1String(address) };
    return HostState::make(id, a.toString(), a, status, reason, latency);
}

// A scan of four hosts: one up with a name, reverse names, a MAC and three listed
// ports (one with a banner that has control bytes), one down, one typed and
// silent, and an IPv6 host with closed ports only.
inline ScanReport sample()
{
    ScanReport r;
    r.targets = QStringLiteral("gw.lab 198.18.0.0/30 2001:db8::5");
    r.ports = QStringLiteral("22,80,443,8080");
    r.timeoutMs = 1000;
    r.retries = 1;
    r.concurrency = 512;
    r.banners = true;
    r.started = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0), Qt::UTC);
    HostState gw = host(0, "198.18.0.1", HostStatus::Up, HostReason::SynAck, 1.25);
    gw.host = QStringLiteral("gw.lab");
    gw.names = { { QStringLiteral("gw.example"), HostNames::dns },
        { QStringLiteral("router.example"), HostNames::dns },
        { QStringLiteral("router.local"), HostNames::mdns },
        { QStringLiteral("ROUTER"), HostNames::netbios } };
    gw.mac = QStringLiteral("a0:36:9f:01:02:03");
    gw.vendor = QStringLiteral("Intel Corporate & Co <x>");
    r.hostStates = { gw, host(1, "198.18.0.2", HostStatus::Down, HostReason::NoResponse),
        host(2, "198.18.0.3", HostStatus::Unknown, HostReason::UserSet),
        host(3, "2001:db8::5", HostStatus::Up, HostReason::ConnRefused, 3.0) };
    r.results = { result(0, "198.18.0.1", 22, PortState::Open, PortReason::SynAck, 1.5,
                      QByteArray("SSH-2.0-OpenSSH_9.2\r\n\x01\xff")),
        result(0, "198.18.0.1", 80, PortState::Open, PortReason::SynAck),
        result(0, "198.18.0.1", 8080, PortState::Filtered, PortReason::NoResponse, -1.0) };
    for (ScanResult &x : r.results)
        x.host = QStringLiteral("gw.lab");
    // Service detection ran: SSH by its greeting, HTTPS with its certificate on 80.
    r.services = true;
    auto ssh = std::make_shared<ServiceInfo>();
    ssh->name = QStringLiteral("ssh");
    ssh->method = ServiceInfo::Method::Probed;
    ssh->confidence = 10;
    ssh->product = QStringLiteral("OpenSSH");
    ssh->version = QStringLiteral("9.2");
    ssh->extra = QStringLiteral("protocol 2.0");
    r.results[0].service = ssh;
    auto web = std::make_shared<ServiceInfo>();
    web->name = QStringLiteral("http");
    web->method = ServiceInfo::Method::Probed;
    web->confidence = 10;
    web->product = QStringLiteral("nginx");
    web->version = QStringLiteral("1.22.1");
    web->extra = QStringLiteral("Lab \"x\" <y>; status 200");
    web->tunnel = true;
    web->tls.subject = QStringLiteral("gw.lab");
    web->tls.sans = { QStringLiteral("gw.lab"), QStringLiteral("198.18.0.1") };
    web->tls.issuer = QStringLiteral("Lab CA");
    web->tls.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    web->tls.protocol = QStringLiteral("TLSv1.3");
    web->tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    r.results[1].service = web;
    r.hosts = { HostTally { 0, QStringLiteral("gw.lab"), gw.address, 1 },
        HostTally {
            3, QStringLiteral("2001:db8::5"), QHostAddress(QStringLiteral("2001:db8::5")), 4 } };
    r.summary.hostCount = 4;
    r.summary.hostsUp = 2;
    r.summary.hostsDown = 1;
    r.summary.discovery = true;
    r.summary.portCount = 4;
    r.summary.progress.open = 2;
    r.summary.progress.filtered = 1;
    r.summary.progress.closed = 5;
    r.summary.progress.done = 8 + 4;
    r.summary.progress.elapsedMs = 2340;
    return r;
}

// sample() scanned for UDP too (-sT -sU): 53 both ways on the first host (TCP
// closed and listed, UDP open with an answer), a silent 161/udp, a 123/udp the
// scan stopped before it could confirm, a 69/udp that a router on the way
// answered for (time-exceeded from 198.18.0.254), and three closed UDP ports
// counted on the IPv6 host.
inline ScanReport sampleWithUdp()
{
    ScanReport r = sample();
    r.ports = QStringLiteral("T:22,53,80,443,8080,U:53,69,123,161,500");
    r.summary.portCount = 10;
    const auto udp = [](quint16 port, PortState state, PortReason reason, double latency) {
        ScanResult x = result(0, "198.18.0.1", port, state, reason, latency);
        x.host = QStringLiteral("gw.lab");
        x.protocol = Protocol::Udp;
        return x;
    };
    ScanResult tcp53 = result(0, "198.18.0.1", 53, PortState::Closed, PortReason::ConnRefused);
    tcp53.host = QStringLiteral("gw.lab");
    ScanResult router = udp(69, PortState::Filtered, PortReason::TimeExceeded, 4.0);
    router.reasonFrom = QHostAddress(QStringLiteral("198.18.0.254"));
    r.results << tcp53 << udp(53, PortState::Open, PortReason::UdpResponse, 0.75)
              << udp(161, PortState::OpenFiltered, PortReason::NoResponse, -1.0)
              << udp(123, PortState::OpenFiltered, PortReason::NotConfirmed, -1.0) << router;
    r.hosts[0].closed = 2; // 53/tcp, listed, and one more
    r.hosts.append(HostTally { 3, QStringLiteral("2001:db8::5"),
        QHostAddress(QStringLiteral("2001:db8::5")), 3, Protocol::Udp });
    r.summary.progress.open = 3;
    r.summary.progress.filtered = 2;
    r.summary.progress.openFiltered = 2;
    r.summary.progress.closed = 9;
    r.summary.progress.done = 16 + 10;
    return r;
}

} // namespace SampleReport
