#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "core/spec/protocol.h"

// A watch: a saved scan (targets, ports, options) that runs again every interval,
// compares what it finds with its previous run, and records and announces what
// changed as events.
struct Watch
{
    static constexpr int minEverySeconds = 60;
    static constexpr int defaultGoneAfter = 2; // runs in a row a device must be missing
    static constexpr int defaultCertificateDays = 14;

    qint64 id = 0;
    QString name;
    QString targets; // as typed
    QString targetFile; // read again at each run; empty: none
    QString ports;
    QJsonObject options; // ScanOptionsJson
    int everySeconds = 3600;
    QStringList onChange; // program and arguments; empty: none
    bool notify = true; // a desktop notification when something changed
    int goneAfter = defaultGoneAfter;
    int certificateDays = defaultCertificateDays;
    QStringList alertOn; // event kinds that alert; empty: all
    bool paused = false;
    QDateTime created;
    QDateTime lastRun; // null: never ran
    QDateTime nextRun;
    qint64 lastScan = 0; // its last run's scan in the history
    int runs = 0;
    int lastChanges = 0; // events of its last run
    QString lastError; // of its last run; empty: it went well
    QDateTime runningSince; // null: not running
    QString scanner; // the scanner that runs it (history/scannername.h)

    bool alertsOn(const QString &kind) const { return alertOn.isEmpty() || alertOn.contains(kind); }

    // "15m", "2h", "1d", "1h30m", "90s" (at least a minute); false for anything else.
    static bool parseInterval(const QString &text, int *seconds);
    // The shortest text parseInterval() reads back: "1h30m".
    static QString intervalText(int seconds);
};

// Something a watch run found changed, compared with the watch's previous run.
struct WatchEvent
{
    // The kinds, as JSON and the CLI name them.
    static const QStringList &kinds();

    qint64 id = 0;
    QString watch; // the watch's name
    QDateTime time; // the run's
    QString kind;
    QString address;
    int port = -1; // port events only
    Protocol protocol = Protocol::Tcp; // the port's
    QString mac;
    QString label;
    QJsonValue before; // what it was (null: nothing)
    QJsonValue after; // what it is now
    bool acknowledged = false;
    QString scanner; // the scanner whose run found it

    QJsonObject toJson() const;
    // One line for people: "198.18.0.7 (NAS): port 22 opened (ssh OpenSSH 9.2p1)";
    // a UDP port as 53/udp.
    QString text() const;
    // "22" (a TCP port by its number, as before UDP), "53/udp"; empty: no port.
    QString portText() const;
};

Q_DECLARE_METATYPE(Watch)
Q_DECLARE_METATYPE(WatchEvent)
#include "core/spec/protocol.h"
