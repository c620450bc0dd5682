#include "core/scanjob.h"

#include <algorithm>
#include <mutex>

#include <QtConcurrent/QtConcurrentRun>

#include "core/platform/systemlimits.h"
#include "core/scanshared.h"
#include "core/scanworker.h"

namespace {

constexpr int tickMs = 50;
constexpr int maxAutomaticConcurrency = 2048;
constexpr int reservedDescriptors = 48;

} // namespace

ScanJob::ScanJob(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &ScanJob::onTick);
}

ScanJob::~ScanJob()
{
    for (int id : std::as_const(m_lookupIds))
        QHostInfo::abortHostLookup(id);
    if (m_shared)
        m_shared->cancelled = true;
    m_pool.waitForDone();
}

int ScanJob::automaticConcurrency()
{
    SystemLimits::raiseFileLimit();
    const long long limit = SystemLimits::fileLimit();
    const long long soft = limit < 0 ? maxAutomaticConcurrency + reservedDescriptors : limit;
    const long long budget = soft - SystemLimits::openDescriptorCount() - reservedDescriptors;
    return static_cast<int>(std::clamp<long long>(budget, 1, maxAutomaticConcurrency));
}

int ScanJob::concurrencyFor(int requested)
{
    // More than the descriptors allow only runs into shortages: the window shrinks
    // anyway, so cap what was asked at four times the automatic budget.
    return requested > 0 ? std::min(requested, automaticConcurrency() * 4) : automaticConcurrency();
}

void ScanJob::start(const ScanOptions &options)
{
    if (isRunning())
        return;
    SystemLimits::raiseFileLimit();
    m_options = options;
    m_summary = ScanSummary {};
    m_summary.portCount = static_cast<quint32>(options.ports.count());
    m_shared.reset();
    m_paused = false;
    m_pausedMs = 0;
    m_cancelRequested = false;
    m_clock.start();
    m_phase = Phase::Resolving;

    const QList<TargetEntry> &entries = m_options.targets.entries();
    m_resolved = QList<QList<QHostAddress>>(entries.size());
    m_lookupIds.clear();
    m_lookupsPending = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].kind != TargetEntry::Kind::Name)
            continue;
        ++m_lookupsPending;
        const int entryIndex = static_cast<int>(i);
        m_lookupIds.append(QHostInfo::lookupHost(entries[i].text, this,
            [this, entryIndex](const QHostInfo &info) { onLookupDone(entryIndex, info); }));
    }
    m_tick.start();
    if (m_lookupsPending == 0)
        launch();
}

void ScanJob::onLookupDone(int entryIndex, const QHostInfo &info)
{
    if (m_phase != Phase::Resolving)
        return;
    const TargetEntry &entry = m_options.targets.entries().at(entryIndex);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        const QString message
            = info.error() == QHostInfo::HostNotFound || info.addresses().isEmpty()
            ? tr("cannot resolve %1: unknown host").arg(entry.text)
            : tr("cannot resolve %1: %2").arg(entry.text, info.errorString());
        m_summary.targetErrors.append(message);
        Q_EMIT targetFailed(entry.text, message);
    } else {
        m_resolved[entryIndex]
            = TargetSpec::addressesForName(info.addresses(), m_options.resolveAll, m_options.ipv6);
    }
    if (--m_lookupsPending == 0)
        launch();
}

void ScanJob::launch()
{
    m_lookupIds.clear();
    HostTable hosts;
    const QList<TargetEntry> &entries = m_options.targets.entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TargetEntry &entry = entries[i];
        if (entry.kind == TargetEntry::Kind::Name) {
            for (const QHostAddress &address : std::as_const(m_resolved[i]))
                hosts.appendAddress(entry.text, address);
        } else if (entry.count == 1) {
            hosts.appendAddress(entry.first.toString(), entry.first);
        } else {
            hosts.appendRange(entry.first, entry.count);
        }
    }
    m_resolved.clear();
    m_summary.hostCount = static_cast<quint32>(hosts.count());
    m_shared = std::make_shared<ScanShared>(m_options, std::move(hosts));
    m_shared->paused = m_paused;
    // Finishing workers wake the job at once instead of at its next tick.
    m_shared->workerDone
        = [this] { QMetaObject::invokeMethod(this, &ScanJob::onTick, Qt::QueuedConnection); };
    m_phase = Phase::Scanning;
    if (m_shared->total == 0) {
        finish();
        return;
    }

    QString pollerError;
    if (!Poller::kindFromEnvironment(&m_shared->pollerKind, &pollerError)) {
        m_shared->fatalError = pollerError;
        finish();
        return;
    }
    const int concurrency = concurrencyFor(m_options.concurrency);
    m_summary.concurrency = concurrency;
    int workers
        = m_options.workers > 0 ? m_options.workers : std::clamp(QThread::idealThreadCount(), 1, 4);
    if (m_options.scanDelayMs > 0)
        workers = 1; // a delay between connects holds for the whole scan
    workers = static_cast<int>(
        std::min<quint64>(static_cast<quint64>(workers), (m_shared->total + 63) / 64));
    workers = std::max(1, std::min(workers, concurrency));
    m_pool.setMaxThreadCount(workers);
    m_workers.clear();
    for (int w = 0; w < workers; ++w) {
        const int window = concurrency / workers + (w < concurrency % workers ? 1 : 0);
        auto shared = m_shared;
        m_workers.append(QtConcurrent::run(&m_pool, [shared, window] {
            ScanWorker worker(shared, window);
            worker.run();
        }));
    }
}

void ScanJob::cancel()
{
    if (!isRunning())
        return;
    m_cancelRequested = true;
    if (m_phase == Phase::Resolving) {
        for (int id : std::as_const(m_lookupIds))
            QHostInfo::abortHostLookup(id);
        m_lookupIds.clear();
        m_resolved.clear();
        m_summary.cancelled = true;
        finish();
        return;
    }
    if (m_shared)
        m_shared->cancelled = true;
}

void ScanJob::pause()
{
    if (!isRunning() || m_paused)
        return;
    m_paused = true;
    m_pausedAt = m_clock.elapsed();
    if (m_shared)
        m_shared->paused = true;
    Q_EMIT progressChanged(progress());
}

void ScanJob::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_pausedMs += m_clock.elapsed() - m_pausedAt;
    if (m_shared)
        m_shared->paused = false;
    Q_EMIT progressChanged(progress());
}

ScanProgress ScanJob::progress() const
{
    ScanProgress p;
    if (m_clock.isValid())
        p.elapsedMs = m_clock.elapsed();
    p.paused = m_paused;
    if (!m_shared) {
        p.total = m_options.targets.addressCount() * static_cast<quint64>(m_options.ports.count());
        return p;
    }
    {
        std::lock_guard lock(m_shared->mutex);
        p.done = m_shared->done;
        p.open = m_shared->open;
        p.closed = m_shared->closed;
        p.filtered = m_shared->filtered;
    }
    p.total = m_shared->total;
    const qint64 active = p.elapsedMs - m_pausedMs - (m_paused ? p.elapsedMs - m_pausedAt : 0);
    if (active > 0)
        p.ratePerSecond = double(p.done) * 1000.0 / double(active);
    if (p.ratePerSecond > 0.0 && !m_paused && p.done > 0)
        p.etaMs = static_cast<qint64>(double(p.total - p.done) * 1000.0 / p.ratePerSecond);
    return p;
}

void ScanJob::deliver()
{
    ScanBatch batch;
    QHash<quint64, quint64> closed;
    {
        std::lock_guard lock(m_shared->mutex);
        batch.results.swap(m_shared->pendingResults);
        closed.swap(m_shared->pendingClosed);
    }
    for (auto it = closed.cbegin(); it != closed.cend(); ++it) {
        const HostTable::Host host = m_shared->hosts.at(it.key());
        batch.closedCounts.append(
            HostTally { static_cast<quint32>(it.key()), host.name, host.address, it.value() });
    }
    if (!batch.results.isEmpty() || !batch.closedCounts.isEmpty())
        Q_EMIT resultsReady(batch);
}

void ScanJob::onTick()
{
    if (m_phase != Phase::Scanning || !m_shared)
        return;
    const bool done = std::all_of(m_workers.cbegin(), m_workers.cend(),
        [](const QFuture<void> &f) { return f.isFinished(); });
    deliver();
    if (done) {
        finish();
        return;
    }
    Q_EMIT progressChanged(progress());
}

void ScanJob::finish()
{
    m_tick.stop();
    if (m_shared) {
        m_pool.waitForDone();
        deliver();
        for (const HostPacer::Report &r : m_shared->pacer.reports()) {
            const HostTable::Host host = m_shared->hosts.at(r.host);
            m_summary.slowedHosts.append(SlowedHost { host.name, host.address,
                std::chrono::duration<double, std::milli>(r.longestDelay).count(), r.drops });
        }
        std::lock_guard lock(m_shared->mutex);
        m_summary.error = m_shared->fatalError;
    }
    m_summary.cancelled = m_summary.cancelled || m_cancelRequested;
    m_summary.progress = progress();
    m_summary.progress.etaMs = 0;
    m_summary.progress.paused = false;
    m_phase = Phase::Idle;
    m_paused = false;
    m_shared.reset();
    m_workers.clear();
    const ScanSummary summary = m_summary;
    Q_EMIT progressChanged(summary.progress);
    Q_EMIT finished(summary);
}
