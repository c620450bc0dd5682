#include "core/scanworker.h"

#include <net/if.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QEventLoop>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include "core/scanshared.h"

namespace {

constexpr quint64 claimChunk = 64;
constexpr int harvestEvery = 16;
constexpr auto fillSlice = std::chrono::milliseconds(10);
constexpr auto stallLimit = std::chrono::seconds(10);

bool toSockaddr(
    const QHostAddress &address, quint16 port, sockaddr_storage *storage, socklen_t *length)
{
    std::memset(storage, 0, sizeof(*storage));
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *sin = reinterpret_cast<sockaddr_in *>(storage);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
        *length = sizeof(sockaddr_in);
        return true;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(storage);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, &bytes, sizeof(bytes));
        const QString scope = address.scopeId();
        if (!scope.isEmpty()) {
            bool numeric = false;
            const uint id = scope.toUInt(&numeric);
            sin6->sin6_scope_id = numeric ? id : if_nametoindex(scope.toLatin1().constData());
        }
        *length = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}

bool isShortage(int error)
{
    // Out of descriptors, buffers or local ports: not a property of the port.
    return error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM
        || error == EADDRNOTAVAIL || error == EAGAIN;
}

// A connect to 127.0.0.1 in the ephemeral range can pick the target port as its
// own local port and "connect" to itself; nothing listens there.
bool isSelfConnect(int fd)
{
    sockaddr_storage local {};
    sockaddr_storage peer {};
    socklen_t localLength = sizeof(local);
    socklen_t peerLength = sizeof(peer);
    if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) != 0
        || getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0)
        return false;
    return localLength == peerLength && std::memcmp(&local, &peer, localLength) == 0;
}

double msBetween(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

} // namespace

ScanWorker::ScanWorker(std::shared_ptr<ScanShared> shared, int window)
    : m_shared(std::move(shared))
    , m_maxWindow(qMax(1, window))
    , m_window(qMax(1, window))
{
    m_slots.resize(static_cast<size_t>(m_maxWindow));
    m_freeSlots.reserve(m_slots.size());
    for (int i = m_maxWindow - 1; i >= 0; --i)
        m_freeSlots.push_back(i);
}

ScanWorker::~ScanWorker()
{
    abortAll();
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void ScanWorker::run()
{
    // A little nicer than the caller's thread: on a machine with few cores the
    // window's GUI thread must win the CPU over the probe loops.
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    if (errno == 0)
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), qMin(19, nice + 5));

    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        std::lock_guard lock(m_shared->mutex);
        m_shared->fatalError
            = QStringLiteral("epoll_create1: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        m_shared->cancelled = true;
        return;
    }
    QEventLoop loop;
    m_loop = &loop;
    QSocketNotifier notifier(m_epoll, QSocketNotifier::Read);
    connect(&notifier, &QSocketNotifier::activated, this, &ScanWorker::onEpollReady);
    QTimer sweepTimer;
    // Deadlines are checked by one timer per worker, never one timer per socket.
    sweepTimer.setInterval(qBound(5, m_shared->options.timeoutMs / 50, 20));
    connect(&sweepTimer, &QTimer::timeout, this, &ScanWorker::sweep);
    sweepTimer.start();

    fill();
    if (!allDone())
        loop.exec();
    abortAll();
    flush();
    m_loop = nullptr;
    if (m_shared->workerDone)
        m_shared->workerDone();
}

bool ScanWorker::allDone() const
{
    return m_inflight == 0 && m_retries.empty() && m_sourceEmpty && m_claimNext >= m_claimEnd;
}

bool ScanWorker::nextProbe(Probe *probe)
{
    if (!m_retries.empty()) {
        *probe = m_retries.front();
        m_retries.pop_front();
        return true;
    }
    if (m_claimNext >= m_claimEnd) {
        if (m_sourceEmpty)
            return false;
        const quint64 first = m_shared->nextProbe.fetch_add(claimChunk);
        if (first >= m_shared->total) {
            m_sourceEmpty = true;
            return false;
        }
        m_claimNext = first;
        m_claimEnd = qMin(first + claimChunk, m_shared->total);
    }
    *probe = Probe { m_claimNext++, 0, 0 };
    return true;
}

void ScanWorker::fill()
{
    if (m_filling)
        return;
    m_filling = true;
    const Clock::time_point sliceStart = Clock::now();
    while (!m_backoff && m_inflight < m_window
        && !m_shared->cancelled.load(std::memory_order_relaxed)
        && !m_shared->paused.load(std::memory_order_relaxed)) {
        Probe probe;
        if (!nextProbe(&probe))
            break;
        startProbe(probe);
        // Refused probes complete inside connect(), so this loop can run long:
        // pick up finished connects as it goes, or their latency would include it.
        if (++m_startsSinceHarvest >= harvestEvery) {
            m_startsSinceHarvest = 0;
            harvest();
            // Give the event loop its turn (deadlines, flushes, cancel) now and then.
            if (Clock::now() - sliceStart > fillSlice) {
                if (!m_continuePending) {
                    m_continuePending = true;
                    QMetaObject::invokeMethod(
                        this, &ScanWorker::continueFill, Qt::QueuedConnection);
                }
                break;
            }
        }
    }
    m_filling = false;
    if (allDone() && m_loop)
        m_loop->quit();
}

void ScanWorker::continueFill()
{
    m_continuePending = false;
    fill();
}

void ScanWorker::startProbe(const Probe &probe)
{
    const quint64 portCount = static_cast<quint64>(m_shared->ports.size());
    const QHostAddress host = m_shared->hosts.addressAt(probe.index / portCount);
    const quint16 port = m_shared->ports.at(static_cast<qsizetype>(probe.index % portCount));

    sockaddr_storage target {};
    socklen_t length = 0;
    if (!toSockaddr(host, port, &target, &length)) {
        complete(probe, PortState::Filtered, PortReason::LocalError, 0.0);
        return;
    }
    const int fd = ::socket(target.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        if (isShortage(errno))
            shortage(probe);
        else
            complete(probe, PortState::Filtered, PortReason::LocalError, 0.0);
        return;
    }
    // Close with a reset: a full sweep must not fill TIME_WAIT.
    const linger hard { 1, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));

    const Clock::time_point started = Clock::now();
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&target), length) == 0
        || errno == EINPROGRESS) {
        const int slotIndex = m_freeSlots.back();
        m_freeSlots.pop_back();
        Slot &slot = m_slots[static_cast<size_t>(slotIndex)];
        slot.probe = probe;
        slot.fd = fd;
        slot.generation = ++m_generation;
        slot.active = true;
        slot.started = started;
        slot.deadline = started + std::chrono::milliseconds(m_shared->options.timeoutMs);
        slot.banner.clear();
        slot.retrySpawned = false;
        ++m_inflight;
        epoll_event event {};
        event.events = EPOLLOUT;
        event.data.u64 = (quint64(slot.generation) << 32) | quint32(slotIndex);
        if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0) {
            releaseSlot(slotIndex);
            complete(probe, PortState::Filtered, PortReason::LocalError, 0.0);
        }
        return;
    }
    const int error = errno;
    const double latency = msBetween(started, Clock::now());
    ::close(fd);
    if (isShortage(error)) {
        shortage(probe);
        return;
    }
    PortState state;
    PortReason reason;
    classifyConnectError(error, &state, &reason);
    complete(probe, state, reason, latency);
}

void ScanWorker::onEpollReady()
{
    harvest();
    fill();
}

void ScanWorker::harvest()
{
    epoll_event events[256];
    for (;;) {
        const int n = epoll_wait(m_epoll, events, 256, 0);
        for (int i = 0; i < n; ++i) {
            const auto slotIndex = static_cast<int>(events[i].data.u64 & 0xffffffffu);
            const auto generation = static_cast<quint32>(events[i].data.u64 >> 32);
            const Slot &slot = m_slots[static_cast<size_t>(slotIndex)];
            if (slot.active && slot.generation == generation && slot.bannerSocket == nullptr)
                onConnectDone(slotIndex);
        }
        if (n < 256)
            break;
    }
}

void ScanWorker::onConnectDone(int slotIndex)
{
    Slot &slot = m_slots[static_cast<size_t>(slotIndex)];
    int error = 0;
    socklen_t length = sizeof(error);
    if (::getsockopt(slot.fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    const Probe probe = slot.probe;
    const double latency = msBetween(slot.started, Clock::now());

    if (error == 0) {
        if (isSelfConnect(slot.fd)) {
            releaseSlot(slotIndex);
            if (probe.selfConnects < 3) {
                Probe again = probe;
                ++again.selfConnects;
                m_retries.push_front(again);
            } else {
                complete(probe, PortState::Closed, PortReason::ConnRefused, latency);
            }
            return;
        }
        if (!m_shared->options.grabBanners) {
            releaseSlot(slotIndex);
            complete(probe, PortState::Open, PortReason::SynAck, latency);
            return;
        }
        dropSiblings(probe.index); // the port answered: other attempts would answer twice
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, slot.fd, nullptr);
        slot.latencyMs = latency;
        slot.deadline = Clock::now() + std::chrono::milliseconds(ScanOptions::bannerTimeoutMs);
        auto *socket = new QTcpSocket(this);
        slot.bannerSocket = socket;
        if (!socket->setSocketDescriptor(
                slot.fd, QAbstractSocket::ConnectedState, QIODevice::ReadOnly)) {
            finishBanner(slotIndex);
            return;
        }
        slot.fd = -1; // the QTcpSocket owns it now
        connect(
            socket, &QTcpSocket::readyRead, this, [this, slotIndex] { onBannerData(slotIndex); });
        connect(socket, &QTcpSocket::disconnected, this,
            [this, slotIndex] { finishBanner(slotIndex); });
        connect(socket, &QTcpSocket::errorOccurred, this,
            [this, slotIndex] { finishBanner(slotIndex); });
        return;
    }
    releaseSlot(slotIndex);
    if (isShortage(error)) {
        shortage(probe);
        return;
    }
    PortState state;
    PortReason reason;
    classifyConnectError(error, &state, &reason);
    complete(probe, state, reason, latency);
}

void ScanWorker::onBannerData(int slotIndex)
{
    Slot &slot = m_slots[static_cast<size_t>(slotIndex)];
    if (!slot.bannerSocket)
        return;
    const qint64 room = ScanOptions::bannerBytes - slot.banner.size();
    slot.banner += slot.bannerSocket->read(room);
    if (slot.banner.size() >= ScanOptions::bannerBytes)
        finishBanner(slotIndex);
}

void ScanWorker::finishBanner(int slotIndex)
{
    Slot &slot = m_slots[static_cast<size_t>(slotIndex)];
    if (!slot.active || !slot.bannerSocket)
        return;
    const Probe probe = slot.probe;
    const double latency = slot.latencyMs;
    const QByteArray banner = slot.banner;
    releaseSlot(slotIndex);
    complete(probe, PortState::Open, PortReason::SynAck, latency, banner);
    fill();
}

void ScanWorker::releaseSlot(int slotIndex)
{
    Slot &slot = m_slots[static_cast<size_t>(slotIndex)];
    if (!slot.active)
        return;
    if (slot.bannerSocket) {
        // May be inside one of the socket's signals: disconnect now, delete later.
        slot.bannerSocket->disconnect(this);
        slot.bannerSocket->abort();
        slot.bannerSocket->deleteLater();
        slot.bannerSocket = nullptr;
    }
    if (slot.fd >= 0) {
        ::close(slot.fd); // also leaves the epoll set
        slot.fd = -1;
    }
    slot.active = false;
    slot.banner.clear();
    m_freeSlots.push_back(slotIndex);
    --m_inflight;
}

void ScanWorker::sweep()
{
    if (m_shared->cancelled.load()) {
        abortAll();
        m_loop->quit();
        return;
    }
    const Clock::time_point now = Clock::now();
    const int retries = m_shared->options.retries;
    const auto retryAfter = std::chrono::milliseconds(m_shared->options.timeoutMs / (retries + 1));
    for (size_t i = 0; i < m_slots.size(); ++i) {
        Slot &slot = m_slots[i];
        if (!slot.active)
            continue;
        const int slotIndex = static_cast<int>(i);
        if (slot.bannerSocket) {
            if (slot.deadline <= now) {
                onBannerData(slotIndex);
                finishBanner(slotIndex);
            }
            continue;
        }
        if (slot.deadline > now) {
            if (!slot.retrySpawned && slot.probe.attempt < retries
                && now - slot.started >= retryAfter) {
                slot.retrySpawned = true;
                m_attempts[slot.probe.index] = m_attempts.value(slot.probe.index, 1) + 1;
                m_retries.push_back(Probe { slot.probe.index, slot.probe.attempt + 1, 0 });
            }
            continue;
        }
        const Probe probe = slot.probe;
        const bool spawned = slot.retrySpawned;
        const double latency = msBetween(slot.started, now);
        releaseSlot(slotIndex);
        auto attempts = m_attempts.find(probe.index);
        if (attempts != m_attempts.end()) {
            if (--attempts.value() > 0)
                continue; // another attempt is still out
            m_attempts.erase(attempts);
        } else if (!spawned && probe.attempt < retries) {
            m_retries.push_back(Probe { probe.index, probe.attempt + 1, 0 });
            continue;
        }
        complete(probe, PortState::Filtered, PortReason::NoResponse, latency);
    }
    if (m_backoff) {
        m_backoff = false;
        if (m_inflight == 0 && m_stalledSince != Clock::time_point {}
            && now - m_stalledSince > stallLimit) {
            std::lock_guard lock(m_shared->mutex);
            if (m_shared->fatalError.isEmpty())
                m_shared->fatalError
                    = QStringLiteral("out of file descriptors or local ports for too long");
            m_shared->cancelled = true;
        }
    }
    flush();
    fill();
}

void ScanWorker::shortage(const Probe &probe)
{
    m_retries.push_front(probe);
    m_window = qMax(1, m_inflight);
    m_sinceShrink = 0;
    m_backoff = true; // try again at the next sweep, not in a tight loop
    if (m_inflight == 0 && m_stalledSince == Clock::time_point {})
        m_stalledSince = Clock::now();
}

void ScanWorker::complete(const Probe &probe, PortState state, PortReason reason, double latencyMs,
    const QByteArray &banner)
{
    m_stalledSince = {};
    if (reason != PortReason::NoResponse)
        dropSiblings(probe.index);
    if (m_window < m_maxWindow && ++m_sinceShrink >= m_window) {
        ++m_window;
        m_sinceShrink = 0;
    }
    ++m_done;
    const quint64 portCount = static_cast<quint64>(m_shared->ports.size());
    const quint64 hostIndex = probe.index / portCount;
    switch (state) {
    case PortState::Open:
        ++m_open;
        break;
    case PortState::Closed:
        ++m_closedCount;
        ++m_closed[hostIndex];
        if (!m_shared->options.keepClosed)
            return;
        break;
    case PortState::Filtered:
        ++m_filtered;
        break;
    }
    const HostTable::Host host = m_shared->hosts.at(hostIndex);
    ScanResult result;
    result.hostId = static_cast<quint32>(hostIndex);
    result.host = host.name;
    result.address = host.address;
    result.port = m_shared->ports.at(static_cast<qsizetype>(probe.index % portCount));
    result.state = state;
    result.reason = reason;
    result.latencyMs = latencyMs;
    result.banner = banner;
    m_results.append(std::move(result));
}

void ScanWorker::dropSiblings(quint64 index)
{
    if (m_attempts.isEmpty() || !m_attempts.remove(index))
        return;
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].active && m_slots[i].probe.index == index)
            releaseSlot(static_cast<int>(i));
    }
    m_retries.erase(std::remove_if(m_retries.begin(), m_retries.end(),
                        [index](const Probe &p) { return p.index == index; }),
        m_retries.end());
}

void ScanWorker::flush()
{
    if (m_done == 0)
        return;
    std::lock_guard lock(m_shared->mutex);
    if (!m_shared->cancelled.load()) {
        m_shared->pendingResults.append(std::move(m_results));
        for (auto it = m_closed.cbegin(); it != m_closed.cend(); ++it)
            m_shared->pendingClosed[it.key()] += it.value();
    }
    m_shared->done += m_done;
    m_shared->open += m_open;
    m_shared->closed += m_closedCount;
    m_shared->filtered += m_filtered;
    m_results.clear();
    m_closed.clear();
    m_done = m_open = m_closedCount = m_filtered = 0;
}

void ScanWorker::abortAll()
{
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].active)
            releaseSlot(static_cast<int>(i));
    }
}
