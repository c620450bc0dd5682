#pragma once

#include <QList>
#include <QString>

#include "core/spec/scanoptions.h"

// nmap's -T0 to -T5, in Portolan's terms: how long to wait, how often to retry, how
// many connects at once and how long between them. -T3 ("normal") is Portolan's
// default; see docs for the table.
struct TimingPreset
{
    int level = 3;
    QString name;
    int timeoutMs = ScanOptions::defaultTimeoutMs;
    int floorTimeoutMs = ScanOptions::defaultFloorTimeoutMs;
    int retries = ScanOptions::defaultRetries;
    int concurrency = ScanOptions::automaticConcurrency;
    int scanDelayMs = 0;

    static QList<TimingPreset> all();
    // "0" to "5", or a name (paranoid, sneaky, polite, normal, aggressive, insane).
    static bool find(const QString &text, TimingPreset *preset);
    // Sets the options this preset covers; the caller then applies explicit options.
    void applyTo(ScanOptions *options) const;
};
