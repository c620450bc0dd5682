// The speed floor for bench/: a minimal non-blocking connect() + epoll scanner,
// no Qt, N threads sharing an atomic port counter. It reports what it found so
// the benchmark can check it against the truth.
//
//   portolan-floor ADDRESS FIRST LAST [THREADS] [WINDOW] [TIMEOUT_MS] [RETRIES]
#include <cstdlib>
#include <thread>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <netinet/in.h>
#include <string>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Target
{
    sockaddr_storage address {};
    socklen_t length = 0;
};

struct Shared
{
    std::vector<Target> hosts;
    int first = 1;
    int last = 65535;
    int window = 512;
    int timeoutMs = 1000;
    int retries = 1;
    std::atomic<long> next { 0 };
    std::mutex mutex;
    std::vector<std::string> open;
    std::vector<std::string> filtered;
    long closed = 0;
};

// A connect that reached its own socket (same address and port at both ends): what
// the kernel does now and then in the ephemeral range when nobody listens.
bool selfConnected(int fd)
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

std::string describe(const Shared &s, long index)
{
    const long ports = s.last - s.first + 1;
    char text[INET6_ADDRSTRLEN] = {};
    const Target &t = s.hosts[static_cast<size_t>(index / ports)];
    if (t.address.ss_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(&t.address)->sin_addr, text,
            sizeof(text));
    else
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(&t.address)->sin6_addr, text,
            sizeof(text));
    return std::string(text) + " " + std::to_string(s.first + index % ports);
}

void worker(Shared *s)
{
    struct Slot
    {
        int fd = -1;
        long index = 0;
        int attempt = 0;
        Clock::time_point deadline;
    };
    const long total = static_cast<long>(s->hosts.size()) * (s->last - s->first + 1);
    std::vector<Slot> slots(static_cast<size_t>(s->window));
    std::vector<int> freeSlots;
    for (int i = 0; i < s->window; ++i)
        freeSlots.push_back(i);
    std::vector<std::pair<long, int>> retry;
    const int ep = epoll_create1(0);
    std::vector<std::string> open, filtered;
    long closed = 0;
    int inflight = 0;
    bool exhausted = false;
    constexpr long claimChunk = 64;
    long claimNext = 0;
    long claimEnd = 0;
    auto start = [&](long index, int attempt) {
        const long ports = s->last - s->first + 1;
        Target t = s->hosts[static_cast<size_t>(index / ports)];
        const auto port = htons(static_cast<uint16_t>(s->first + index % ports));
        if (t.address.ss_family == AF_INET)
            reinterpret_cast<sockaddr_in *>(&t.address)->sin_port = port;
        else
            reinterpret_cast<sockaddr_in6 *>(&t.address)->sin6_port = port;
        const int fd = socket(t.address.ss_family, SOCK_STREAM | SOCK_NONBLOCK, 0);
        const linger hard { 1, 0 };
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
        if (connect(fd, reinterpret_cast<sockaddr *>(&t.address), t.length) == 0) {
            open.push_back(describe(*s, index));
            close(fd);
            return;
        }
        if (errno != EINPROGRESS) {
            if (errno == ECONNREFUSED)
                ++closed;
            else
                filtered.push_back(describe(*s, index));
            close(fd);
            return;
        }
        const int slot = freeSlots.back();
        freeSlots.pop_back();
        slots[static_cast<size_t>(slot)]
            = Slot { fd, index, attempt, Clock::now() + std::chrono::milliseconds(s->timeoutMs) };
        epoll_event ev {};
        ev.events = EPOLLOUT;
        ev.data.u32 = static_cast<uint32_t>(slot);
        epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
        ++inflight;
    };
    auto nextSweep = Clock::now();
    for (;;) {
        // At most 16 connects a turn, then the completions, as the workers do: a burst
        // of the whole window at once is slower on the loopback than a short pipeline.
        int startedThisTurn = 0;
        while (inflight < s->window && startedThisTurn < 16) {
            ++startedThisTurn;
            if (!retry.empty()) {
                const auto [index, attempt] = retry.back();
                retry.pop_back();
                start(index, attempt);
                continue;
            }
            if (exhausted)
                break;
            // Indices are claimed 64 at a time, as the product's workers claim them:
            // one shared counter touched per probe would be work a floor need not do.
            if (claimNext == claimEnd) {
                claimNext = s->next.fetch_add(claimChunk);
                claimEnd = std::min(claimNext + claimChunk, total);
                if (claimNext >= total) {
                    exhausted = true;
                    break;
                }
            }
            start(claimNext++, 0);
        }
        if (inflight == 0 && retry.empty() && exhausted)
            break;
        epoll_event events[256];
        const bool more = inflight < s->window && (!retry.empty() || !exhausted);
        const int n = epoll_wait(ep, events, 256, more ? 0 : 10);
        for (int i = 0; i < n; ++i) {
            Slot &slot = slots[events[i].data.u32];
            int error = 0;
            socklen_t len = sizeof(error);
            getsockopt(slot.fd, SOL_SOCKET, SO_ERROR, &error, &len);
            if (error == 0 && !selfConnected(slot.fd))
                open.push_back(describe(*s, slot.index));
            else if (error == 0)
                ++closed; // a self-connect: nobody listens there
            else if (error == ECONNREFUSED)
                ++closed;
            else
                filtered.push_back(describe(*s, slot.index));
            close(slot.fd);
            slot.fd = -1;
            freeSlots.push_back(static_cast<int>(events[i].data.u32));
            --inflight;
        }
        // Timeouts: a pass over the slots every 10 ms, as often as the epoll wait
        // wakes when idle; a free slot is marked by fd -1.
        const auto now = Clock::now();
        if (now < nextSweep)
            continue;
        nextSweep = now + std::chrono::milliseconds(10);
        for (size_t i = 0; i < slots.size(); ++i) {
            Slot &slot = slots[i];
            if (slot.fd < 0 || slot.deadline > now)
                continue;
            close(slot.fd);
            slot.fd = -1;
            freeSlots.push_back(static_cast<int>(i));
            --inflight;
            if (slot.attempt < s->retries)
                retry.emplace_back(slot.index, slot.attempt + 1);
            else
                filtered.push_back(describe(*s, slot.index));
        }
    }
    close(ep);
    std::lock_guard lock(s->mutex);
    s->open.insert(s->open.end(), open.begin(), open.end());
    s->filtered.insert(s->filtered.end(), filtered.begin(), filtered.end());
    s->closed += closed;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr,
            "usage: %s ADDRESS[,ADDRESS...|A.B.C.X-Y] FIRST LAST [THREADS] [WINDOW] [TIMEOUT_MS] "
            "[RETRIES]\n",
            argv[0]);
        return 2;
    }
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);

    Shared s;
    std::string spec = argv[1];
    const auto dash = spec.find('-');
    if (dash != std::string::npos && spec.find(':') == std::string::npos) {
        const std::string base = spec.substr(0, dash);
        const int last = std::atoi(spec.c_str() + dash + 1);
        const auto dot = base.rfind('.');
        for (int x = std::atoi(base.c_str() + dot + 1); x <= last; ++x) {
            Target t;
            auto *sin = reinterpret_cast<sockaddr_in *>(&t.address);
            sin->sin_family = AF_INET;
            inet_pton(
                AF_INET, (base.substr(0, dot + 1) + std::to_string(x)).c_str(), &sin->sin_addr);
            t.length = sizeof(sockaddr_in);
            s.hosts.push_back(t);
        }
    } else {
        Target t;
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&t.address);
        auto *sin = reinterpret_cast<sockaddr_in *>(&t.address);
        if (inet_pton(AF_INET, spec.c_str(), &sin->sin_addr) == 1) {
            sin->sin_family = AF_INET;
            t.length = sizeof(sockaddr_in);
        } else if (inet_pton(AF_INET6, spec.c_str(), &sin6->sin6_addr) == 1) {
            sin6->sin6_family = AF_INET6;
            t.length = sizeof(sockaddr_in6);
        } else {
            std::fprintf(stderr, "bad address %s\n", spec.c_str());
            return 2;
        }
        s.hosts.push_back(t);
    }
    s.first = std::atoi(argv[2]);
    s.last = std::atoi(argv[3]);
    const int threads = argc > 4 ? std::atoi(argv[4]) : 2;
    s.window = argc > 5 ? std::atoi(argv[5]) : 512;
    s.timeoutMs = argc > 6 ? std::atoi(argv[6]) : 1000;
    s.retries = argc > 7 ? std::atoi(argv[7]) : 1;
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i)
        pool.emplace_back(worker, &s);
    for (auto &t : pool)
        t.join();
    for (const auto &line : s.open)
        std::printf("%s open\n", line.c_str());
    for (const auto &line : s.filtered)
        std::printf("%s filtered\n", line.c_str());
    std::printf("closed %ld\n", s.closed);
    return 0;
}
