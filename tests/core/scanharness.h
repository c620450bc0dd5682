#pragma once

#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "core/engine/scanjob.h"

// Runs one scan to its end and keeps everything the job reported.
struct ScanRun
{
    QList<ScanResult> results;
    QMap<QString, quint64> closedByAddress;
    QMap<QString, HostState> hosts; // by address
    QSet<quint32> hostIds; // each reported once
    QStringList failures;
    ScanSummary summary;
    int batches = 0;
    QMap<QString, int> detected; // ports back from service detection, by address
    QSet<QString> allPortsAnswer; // addresses recognised as answering on every port
    int resultsAfterFinished = 0;
    bool finished = false;

    // "address port state reason" for every listed result, sorted.
    QStringList lines() const
    {
        QStringList out;
        for (const ScanResult &r : results) {
            out.append(QStringLiteral("%1 %2 %3 %4")
                           .arg(r.address.toString())
                           .arg(r.port)
                           .arg(portStateName(r.state), portReasonName(r.reason)));
        }
        out.sort();
        return out;
    }
    // Addresses of the hosts reported with status, sorted.
    QStringList hostsWith(HostStatus status) const
    {
        QStringList out;
        for (const HostState &h : hosts) {
            if (h.status == status)
                out.append(h.address.toString());
        }
        out.sort();
        return out;
    }
};

inline ScanOptions makeOptions(const QString &targets, const QString &ports)
{
    ScanOptions o;
    QString error;
    if (!TargetSpec::parse(targets, &o.targets, &error)
        || !PortSpec::parse(ports, &o.ports, &error))
        qFatal("bad test spec: %s", qPrintable(error));
    return o;
}

inline void connectRun(ScanJob *job, ScanRun *run)
{
    QObject::connect(job, &ScanJob::resultsReady, job, [run](const ScanBatch &batch) {
        if (run->finished)
            ++run->resultsAfterFinished;
        ++run->batches;
        run->results.append(batch.results);
        for (const ScanResult &d : batch.detected) {
            ++run->detected[d.address.toString()];
            for (ScanResult &r : run->results) {
                if (r.hostId == d.hostId && r.port == d.port) {
                    r.service = d.service;
                    if (r.banner.isEmpty())
                        r.banner = d.banner;
                }
            }
        }
        for (const HostTally &t : batch.closedCounts)
            run->closedByAddress[t.address.toString()] += t.closed;
        for (const HostState &h : batch.hosts) {
            if (run->hostIds.contains(h.hostId))
                qFatal("host %s reported twice", qPrintable(h.address.toString()));
            run->hostIds.insert(h.hostId);
            run->hosts.insert(h.address.toString(), h);
        }
        for (quint32 id : batch.allPortsAnswer) {
            for (const HostState &h : std::as_const(run->hosts)) {
                if (h.hostId == id)
                    run->allPortsAnswer.insert(h.address.toString());
            }
        }
    });
    QObject::connect(job, &ScanJob::targetFailed, job,
        [run](const QString &, const QString &message) { run->failures.append(message); });
    QObject::connect(job, &ScanJob::finished, job, [run](const ScanSummary &summary) {
        run->summary = summary;
        run->finished = true;
    });
}

inline ScanRun runScan(const ScanOptions &options, int waitMs = 60000)
{
    ScanJob job;
    ScanRun run;
    connectRun(&job, &run);
    QSignalSpy finished(&job, &ScanJob::finished);
    job.start(options);
    if (finished.isEmpty())
        finished.wait(waitMs);
    return run;
}
