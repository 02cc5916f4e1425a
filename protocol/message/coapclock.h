#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

// Time and timers for the engine (CONVENTIONS.md habit 4). The real clock runs on the event loop;
// tests use CoapVirtualClock and move time by hand, so timing rules are checked in milliseconds.
class CoapClock : public QObject
{
    Q_OBJECT
public:
    using TimerId = quint64;
    using Callback = std::function<void()>;

    explicit CoapClock(QObject *parent = nullptr) : QObject(parent) {}
    ~CoapClock() override = default;

    // Milliseconds on a monotonic clock.
    virtual qint64 nowMs() const = 0;
    // The same clock with sub-millisecond resolution, for round-trip times on fast links.
    virtual double nowMsPrecise() const { return double(nowMs()); }
    // Calls fn once after delayMs (>= 0), unless cancelled first. If context is destroyed before,
    // fn is not called. Returns an id that is never 0.
    virtual TimerId callAfter(qint64 delayMs, QObject *context, Callback fn) = 0;
    // The same, at a time on this clock (nowMs()) that the caller has already read: one reading
    // of the clock less where a deadline is kept as well (a CON's retransmission).
    virtual TimerId callAt(qint64 dueMs, QObject *context, Callback fn)
    { return callAfter(qMax<qint64>(0, dueMs - nowMs()), context, std::move(fn)); }
    // Cancelling an id that already fired or is unknown does nothing.
    virtual void cancel(TimerId id) = 0;
};

// Timers by deadline, for both clocks: a binary heap of (due, order, slot) over a table of slots.
// Scheduling is O(log n) and allocates nothing once the tables have grown; cancelling is O(1):
// the slot is freed (its callback released at once) and its heap entry, stale now, is dropped when
// it reaches the top, or with all others when stale entries outnumber live ones. A request that
// is answered cancels its retransmission timer within microseconds, so this is on every
// exchange's path (a tree node and a hash entry per timer showed in profiles). Timers due at the
// same time fire in the order they were scheduled.
class CoapTimerQueue
{
public:
    using TimerId = quint64;
    using Callback = std::function<void()>;
    struct Due
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback fn;
        void run() const
        {
            if (!hasContext || context)
                fn();
        }
    };

    TimerId add(qint64 due, QObject *context, Callback fn);
    void cancel(TimerId id);
    // The earliest live deadline, or -1 when nothing is pending.
    qint64 earliest();
    // Takes the earliest live timer if it is due at `now` or before.
    bool takeDue(qint64 now, Due *out);
    int size() const { return m_live; }

private:
    struct Slot
    {
        quint32 generation = 1; // part of the id; changes when the slot is freed
        bool live = false;
        Due due;
    };
    struct Item
    {
        qint64 due;
        quint64 order;
        quint32 slot;
        quint32 generation;
    };
    // std::*_heap keep the largest on top: "larger" is later.
    static bool later(const Item &a, const Item &b) { return a.due != b.due ? a.due > b.due : a.order > b.order; }
    bool isLive(const Item &item) const
    {
        const Slot &slot = m_slots[item.slot];
        return slot.live && slot.generation == item.generation;
    }
    void release(quint32 slot);
    void dropStaleTop();

    std::vector<Slot> m_slots;
    std::vector<quint32> m_freeSlots;
    std::vector<Item> m_heap;
    quint64 m_order = 0;
    int m_live = 0;
};

// The real clock: one queue of deadlines and one QTimer armed for the earliest (CONVENTIONS.md
// habit 14), so a thousand outstanding CONs cost one timer, and scheduling or cancelling one is
// O(log n).
class CoapSystemClock final : public CoapClock
{
    Q_OBJECT
public:
    explicit CoapSystemClock(QObject *parent = nullptr);
    ~CoapSystemClock() override;
    qint64 nowMs() const override;
    double nowMsPrecise() const override;
    TimerId callAfter(qint64 delayMs, QObject *context, Callback fn) override;
    TimerId callAt(qint64 dueMs, QObject *context, Callback fn) override;
    void cancel(TimerId id) override;
    int pendingTimers() const { return m_timers.size(); }

private:
    void fireDue();
    void rearm();

    QElapsedTimer m_elapsed;
    CoapTimerQueue m_timers;
    class QTimer *m_timer = nullptr;
    qint64 m_armedFor = -1;
};

// A clock that moves only when told. Timers fire in due order, each at its own due time.
class CoapVirtualClock final : public CoapClock
{
    Q_OBJECT
public:
    explicit CoapVirtualClock(QObject *parent = nullptr) : CoapClock(parent) {}
    qint64 nowMs() const override { return m_now; }
    TimerId callAfter(qint64 delayMs, QObject *context, Callback fn) override;
    TimerId callAt(qint64 dueMs, QObject *context, Callback fn) override;
    void cancel(TimerId id) override;

    // Moves time forward by ms, firing every timer that falls due on the way.
    void advance(qint64 ms);
    // Moves to the next due timer and fires it; false when none is pending.
    bool advanceToNext();
    int pendingTimers() const { return m_timers.size(); }
    // Due time of the earliest pending timer, or -1.
    qint64 nextDue() const { return m_timers.earliest(); }

private:
    qint64 m_now = 0;
    mutable CoapTimerQueue m_timers; // earliest() drops stale entries on its way
};
