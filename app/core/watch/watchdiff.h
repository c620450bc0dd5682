#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QMap>
#include <QSet>

#include "core/results/scanreport.h"
#include "core/watch/watch.h"

// What a watch remembers of each device between its runs, and the events a run's
// findings make of it. Pure: no database, no clock (the run's time is given).
namespace WatchDiff {

// A port of a protocol. A bare number is TCP's, as every port was before UDP
// (the constructor is implicit on purpose: older states and callers name TCP
// ports by number alone).
struct PortKey
{
    quint16 port = 0;
    Protocol protocol = Protocol::Tcp;
    PortKey(quint16 number = 0, Protocol p = Protocol::Tcp) // NOLINT(google-explicit-constructor)
        : port(number)
        , protocol(p)
    {
    }
    // TCP's before UDP's, each by number.
    auto operator<=>(const PortKey &o) const
    {
        return std::pair(static_cast<int>(protocol), port)
            <=> std::pair(static_cast<int>(o.protocol), o.port);
    }
    bool operator==(const PortKey &) const = default;
    // "22" for TCP (as before UDP), "53/udp" for UDP: the key in a saved state.
    QString key() const;
    static std::optional<PortKey> fromKey(const QString &text);
};

inline size_t qHash(const PortKey &k, size_t seed = 0)
{
    return ::qHash((uint(k.protocol) << 16) | k.port, seed);
}

struct PortSeen
{
    QString service; // the service's name (detected, else the port number's)
    QString product;
    QString version;
    QDateTime notAfter; // its TLS certificate's expiry; null: none seen
    QString subject;
    QDateTime warnedFor; // the expiry an event already warned of
    bool operator==(const PortSeen &) const = default;
};

struct DeviceSeen
{
    QString address;
    QString mac;
    QString label;
    int missed = 0; // runs in a row that did not find it up
    bool gone = false; // device-gone was said
    QMap<PortKey, PortSeen> ports; // open when last seen

    QJsonObject toJson() const;
    static DeviceSeen fromJson(const QJsonObject &o);
};

// By device key ("device:ID" of the inventory).
using State = QMap<QString, DeviceSeen>;

// A device the run found up.
struct Observation
{
    QString key;
    DeviceSeen now;
    // UDP ports that stayed silent (open|filtered): no answer is no news, so an
    // open one is not called closed for it.
    QSet<PortKey> silent;
};

struct Run
{
    QString watch;
    QDateTime time;
    bool baseline = false; // the watch's first run: record, say nothing
    QSet<PortKey> covered; // ports the run scanned on every host found up
    bool portsScanned = true; // false: discovery alone (-sn) or a stopped scan
    int goneAfter = Watch::defaultGoneAfter;
    int certificateDays = Watch::defaultCertificateDays;
};

// The devices a scan found up, each under the key identify() gives it (with its
// label), their open ports and what detection said of them.
using Identify
    = std::function<bool(const QString &mac, const QString &address, QString *key, QString *label)>;
QList<Observation> observe(const ScanReport &report, const Identify &identify);

// The events of a run, compared with *state, which becomes what this run leaves.
QList<WatchEvent> compare(State *state, const QList<Observation> &seen, const Run &run);

// {"port", "protocol", "service", "product", "version"} of an open port, as
// events carry it.
QJsonObject portJson(const PortKey &port, const PortSeen &p);

} // namespace WatchDiff
