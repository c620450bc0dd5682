#pragma once

#include <map>
#include <set>

#include <functional>
#include <optional>
#include <vector>

#include <QHostAddress>
#include <QList>

#include "core/engine/bannerreader.h"
#include "core/engine/scanclock.h"
#include "core/platform/poller.h"

// A poller that opens no socket: tests see what was started and decide how and
// when each connect ends.
class FakePoller final : public Poller
{
public:
    struct Start
    {
        quint64 token;
        QHostAddress address;
        quint16 port;
    };

    // Outcome at once for a port, or empty to leave the connect in progress.
    std::function<std::optional<ConnectOutcome>(quint16 port)> immediate;
    std::vector<Start> starts;
    std::set<quint64> inProgress;
    std::set<quint64> connected; // reported Connected, not yet detached or abandoned
    std::vector<quint64> abandoned;
    std::vector<quint64> detached;

    std::optional<ConnectOutcome> start(
        const QHostAddress &address, quint16 port, quint64 token) override
    {
        starts.push_back(Start { token, address, port });
        if (immediate) {
            if (const auto outcome = immediate(port))
                return outcome;
        }
        inProgress.insert(token);
        return std::nullopt;
    }
    void wait(int, std::vector<Completion> *out) override
    {
        out->insert(out->end(), m_queued.begin(), m_queued.end());
        m_queued.clear();
    }
    void abandon(quint64 token) override
    {
        if (inProgress.erase(token) + connected.erase(token) > 0)
            abandoned.push_back(token);
    }
    qintptr detach(quint64 token) override
    {
        if (connected.erase(token) == 0)
            return -1;
        detached.push_back(token);
        return 1000 + static_cast<qintptr>(token & 0xffff);
    }
    int pending() const override { return static_cast<int>(inProgress.size()); }
    bool watchReadable(qintptr) override { return false; }

    // Ends the connect in progress for token, to be reported by the next wait().
    void end(quint64 token, ConnectOutcome outcome)
    {
        inProgress.erase(token);
        if (outcome == ConnectOutcome::Connected)
            connected.insert(token);
        m_queued.push_back(Completion { token, outcome });
    }
    // The latest attempt at port.
    quint64 tokenFor(quint16 port) const
    {
        for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
            if (it->port == port)
                return it->token;
        }
        return ~quint64(0);
    }
    int startsFor(quint16 port) const
    {
        int n = 0;
        for (const Start &s : starts)
            n += s.port == port ? 1 : 0;
        return n;
    }
    std::vector<Completion> collect()
    {
        std::vector<Completion> out;
        wait(0, &out);
        return out;
    }

private:
    std::vector<Completion> m_queued;
};

class FakeClock final : public ScanClock
{
public:
    TimePoint now() const override { return m_now; }
    void advance(int ms) { m_now += std::chrono::milliseconds(ms); }

private:
    TimePoint m_now { std::chrono::hours(1) };
};

class FakeBannerReader final : public BannerReader
{
public:
    bool accept = true;
    QByteArray partial; // what end() returns
    std::map<quint64, qintptr> reading;
    std::vector<quint64> ended;

    bool begin(quint64 token, qintptr descriptor) override
    {
        if (!accept)
            return false;
        reading[token] = descriptor;
        return true;
    }
    QByteArray end(quint64 token) override
    {
        reading.erase(token);
        ended.push_back(token);
        return partial;
    }
};
