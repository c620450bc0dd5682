#pragma once

#include <vector>

#include <QtGlobal>

// The connects a worker has in flight, one per slot, each known to the poller by
// a token: the slot's index in the low 32 bits, the attempt's generation in the
// high ones, so that a completion for a slot reused since finds nothing. Shared
// by the port scan (ProbeScheduler) and discovery (HostDiscovery); Data is what
// each keeps of an attempt. Not thread-safe: one table per worker.
template <typename Data> class SlotTable final
{
public:
    struct Slot
    {
        Data data {};
        quint32 generation = 0;
        bool active = false;
    };

    explicit SlotTable(size_t capacity = 0) { reset(capacity); }

    // capacity slots, all free.
    void reset(size_t capacity)
    {
        m_slots.assign(capacity, Slot {});
        m_free.clear();
        m_free.reserve(capacity);
        for (size_t i = capacity; i > 0; --i)
            m_free.push_back(i - 1); // the lowest index is taken first
    }

    size_t size() const { return m_slots.size(); }
    size_t freeCount() const { return m_free.size(); }
    bool hasFree() const { return !m_free.empty(); }

    // The token the next attempt gets: a free slot with a new generation. The
    // slot stays free until take(), so an attempt that ends at once uses none.
    quint64 next()
    {
        const size_t index = m_free.back();
        m_slots[index].generation = ++m_generation;
        return tokenOf(index);
    }
    // Makes next()'s slot active and returns it.
    Slot &take()
    {
        const size_t index = m_free.back();
        m_free.pop_back();
        Slot &slot = m_slots[index];
        slot.active = true;
        return slot;
    }
    // The active slot a token names, or null for a stale or unknown token.
    Slot *find(quint64 token)
    {
        const size_t index = indexOf(token);
        if (index >= m_slots.size())
            return nullptr;
        Slot &slot = m_slots[index];
        if (!slot.active || slot.generation != static_cast<quint32>(token >> 32))
            return nullptr;
        return &slot;
    }
    Slot &at(size_t index) { return m_slots[index]; }
    const Slot &at(size_t index) const { return m_slots[index]; }
    quint64 tokenOf(size_t index) const
    {
        return (quint64(m_slots[index].generation) << 32) | quint32(index);
    }
    static size_t indexOf(quint64 token) { return static_cast<size_t>(token & 0xffffffffu); }
    // Frees an active slot; false when it was free already.
    bool release(size_t index)
    {
        Slot &slot = m_slots[index];
        if (!slot.active)
            return false;
        slot.active = false;
        m_free.push_back(index);
        return true;
    }

private:
    std::vector<Slot> m_slots;
    std::vector<size_t> m_free;
    quint32 m_generation = 0;
};
