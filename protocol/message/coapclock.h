#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

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
    // Cancelling an id that already fired or is unknown does nothing.
    virtual void cancel(TimerId id) = 0;
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
    void cancel(TimerId id) override;
    int pendingTimers() const { return int(m_queue.size()); }

private:
    struct Entry { TimerId id; QPointer<QObject> context; bool hasContext; Callback fn; };
    using Queue = std::multimap<qint64, Entry>;
    void fireDue();
    void rearm();

    QElapsedTimer m_elapsed;
    TimerId m_nextId = 1;
    Queue m_queue;
    QHash<TimerId, Queue::iterator> m_byId;
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
    void cancel(TimerId id) override;

    // Moves time forward by ms, firing every timer that falls due on the way.
    void advance(qint64 ms);
    // Moves to the next due timer and fires it; false when none is pending.
    bool advanceToNext();
    int pendingTimers() const { return int(m_queue.size()); }
    // Due time of the earliest pending timer, or -1.
    qint64 nextDue() const;

private:
    struct Entry { TimerId id; QPointer<QObject> context; bool hasContext; Callback fn; };
    using Queue = std::multimap<qint64, Entry>;
    qint64 m_now = 0;
    TimerId m_nextId = 1;
    Queue m_queue;
    QHash<TimerId, Queue::iterator> m_byId;
};
