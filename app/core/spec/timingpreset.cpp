#include "core/spec/timingpreset.h"

QList<TimingPreset> TimingPreset::all()
{
    // level, name, longest wait, shortest wait, retries, connects at once, delay between.
    return {
        { 0, QStringLiteral("paranoid"), 300000, 100, 2, 1, 300000 },
        { 1, QStringLiteral("sneaky"), 15000, 100, 2, 1, 15000 },
        { 2, QStringLiteral("polite"), 3000, 100, 2, 1, 400 },
        { 3, QStringLiteral("normal"), ScanOptions::defaultTimeoutMs,
            ScanOptions::defaultFloorTimeoutMs, ScanOptions::defaultRetries,
            ScanOptions::automaticConcurrency, 0 },
        { 4, QStringLiteral("aggressive"), 750, 50, 1, ScanOptions::automaticConcurrency, 0 },
        { 5, QStringLiteral("insane"), 300, 30, 0, ScanOptions::automaticConcurrency, 0 },
    };
}

bool TimingPreset::find(const QString &text, TimingPreset *preset)
{
    const QString key = text.trimmed().toLower();
    for (const TimingPreset &p : all()) {
        if (key == QString::number(p.level) || key == p.name) {
            *preset = p;
            return true;
        }
    }
    return false;
}

void TimingPreset::applyTo(ScanOptions *options) const
{
    options->timeoutMs = timeoutMs;
    options->floorTimeoutMs = floorTimeoutMs;
    options->retries = retries;
    options->concurrency = concurrency;
    options->scanDelayMs = scanDelayMs;
}
