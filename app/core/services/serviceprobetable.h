#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/results/serviceinfo.h"

// Portolan's own service probes and the answers that identify services, read from
// a JSON file (the built-in one is a resource): what to send, which answers match.
class QJsonObject;

class ServiceProbeTable final
{
public:
    struct Probe
    {
        QString name;
        QByteArray payload; // may hold {host} and {path}
        QSet<quint16> ports; // tried first on these
        int waitMs = 2000;
        bool greeting = false; // sends nothing: waits for what the service says first
        bool readAll = false; // an answer is whole only when the peer closes or goes quiet
        bool fallback = false; // tried inside TLS on ports no probe names
        int followRedirects = 0;
        QByteArray request(const QString &host, const QString &path) const;
    };

    // One step of detection, on a connection of its own: a probe, over TLS or not,
    // waiting at most waitMs for the answer.
    struct Step
    {
        const Probe *probe = nullptr;
        bool tls = false;
        int waitMs = 0;
    };

    ServiceProbeTable() = default;
    // The table compiled into the program; parsed once, thread-safe.
    static const ServiceProbeTable &builtIn();
    // A table from JSON; nullopt and a message (entry and why) when it is not valid.
    static std::optional<ServiceProbeTable> parse(const QByteArray &json, QString *error);

    const QList<Probe> &probes() const { return m_probes; }
    const Probe *probe(const QString &name) const;
    qsizetype matchCount() const { return m_matches.size(); }

    // The steps for a port, in order: TLS first on TLS ports, the greeting (long on
    // ports that speak first, short or none elsewhere), the probes named for the port,
    // then every other probe and TLS in the table's any-port order, each waiting at
    // most the any-port wait.
    QList<Step> plan(quint16 port, bool tlsWorks = true) const;
    // The steps inside a TLS session on port.
    QList<Step> planInsideTls(quint16 port) const;
    bool tlsFirst(quint16 port) const { return m_tlsPorts.contains(port); }

    // What an answer to probe says: the first match among the probe's own entries,
    // then among the greeting's (a service that speaks first does so before any probe).
    // *tlsNext: the entry that matched says the port speaks TLS (try inside it next).
    std::optional<ServiceInfo> match(
        const QString &probe, const QByteArray &answer, bool *tlsNext = nullptr) const;
    // The probes (and "tls") tried on a port after its own, in order.
    const QStringList &anyPortOrder() const { return m_anyPort; }

    // Network text made safe to show and store: valid UTF-8 kept, other bytes and
    // control or direction characters escaped, white space folded, at most maxChars.
    static QString cleanText(const QByteArray &bytes, int maxChars = 160);

private:
    struct Match
    {
        QString probe;
        QString service;
        QRegularExpression pattern;
        QString product;
        QString version;
        QStringList extra;
        QList<std::pair<QString, QRegularExpression>> extracts;
        int confidence = 10;
        bool tlsNext = false;
    };

    std::optional<ServiceInfo> matchOne(const Match &m, const QString &answer) const;
    // One entry of the table's "probes", "matches" or "tls" parts; false and
    // *error (naming the entry) when it is not valid.
    static bool parseProbe(const QJsonObject &o, const QString &where, Probe *p, QString *error);
    static bool parseMatch(const QJsonObject &o, const QString &where, Match *m, QString *error);
    bool parseTls(const QJsonObject &root, QString *error);
    bool parseAnyPort(const QJsonObject &root, QString *error);

    QList<Probe> m_probes;
    QList<Match> m_matches;
    QHash<quint16, quint16> m_tlsPorts; // TLS port -> the port of the protocol inside
    int m_unknownGreetingMs = 2000;
    QStringList m_anyPort; // probe names and "tls"
    int m_anyPortWaitMs = 60000;
};
