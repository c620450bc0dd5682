#pragma once

#include <deque>
#include <mutex>
#include <utility>

#include <QtGlobal>

// Where the workers of a scan take their probes from: runs of probe indices
// (host * ports + port) that are ready to be probed. Hosts typed on their own are
// in it from the start; host discovery adds each host it finds up, minus the ports
// its answers already settled, and closes the source when it has decided every
// host. Thread-safe; claims are chunks, so the lock is rare.
class ProbeSource final
{
public:
    enum class Claim { Got, Wait, Empty };

    void add(quint64 first, quint64 end);
    // Puts [first, end), a claim not used, back behind every other run, with as much
    // of the next run as lies below limit: a host whose probes must wait lets the
    // other hosts' probes go first.
    void postpone(quint64 first, quint64 end, quint64 limit);
    // No more runs will be added.
    void close();
    // Up to max indices [*first, *end); Wait while more may come, Empty when done.
    Claim claim(quint64 max, quint64 *first, quint64 *end);

private:
    void append(quint64 first, quint64 end); // with the lock held
    std::mutex m_mutex;
    std::deque<std::pair<quint64, quint64>> m_runs;
    bool m_closed = false;
};
