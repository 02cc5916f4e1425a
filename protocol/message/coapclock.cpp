#include "coapclock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

CoapSystemClock::CoapSystemClock(QObject *parent) : CoapClock(parent)
{
    m_elapsed.start();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    // Precise timers: retransmission intervals are part of the protocol, not a UI nicety.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &CoapSystemClock::fireDue);
}

CoapSystemClock::~CoapSystemClock() = default;

qint64 CoapSystemClock::nowMs() const
{
    return m_elapsed.elapsed();
}

double CoapSystemClock::nowMsPrecise() const
{
    return double(m_elapsed.nsecsElapsed()) / 1e6;
}

CoapClock::TimerId CoapSystemClock::callAfter(qint64 delayMs, QObject *context, Callback fn)
{
    return callAt(nowMs() + qMax<qint64>(0, delayMs), context, std::move(fn));
}

CoapClock::TimerId CoapSystemClock::callAt(qint64 due, QObject *context, Callback fn)
{
    const TimerId id = m_timers.add(due, context, std::move(fn));
    if (m_armedFor < 0 || due < m_armedFor)
        rearm();
    return id;
}

void CoapSystemClock::cancel(TimerId id)
{
    // The QTimer may stay armed for a deadline that went away: it then fires, finds nothing due
    // and re-arms for the next one. Cheaper than re-arming on every cancel.
    m_timers.cancel(id);
}

void CoapSystemClock::rearm()
{
    const qint64 due = m_timers.earliest();
    if (due < 0) {
        m_timer->stop();
        m_armedFor = -1;
        return;
    }
    m_armedFor = due;
    const qint64 delay = qBound(qint64(0), due - nowMs(), qint64(std::numeric_limits<int>::max()));
    m_timer->start(int(delay));
}

void CoapSystemClock::fireDue()
{
    m_armedFor = -1;
    // Only what is due now; a callback that schedules for "now" runs on the next round, so a
    // chain of zero-delay timers cannot keep the event loop from other work.
    const qint64 now = nowMs();
    int budget = 1024;
    CoapTimerQueue::Due due;
    while (budget-- > 0 && m_timers.takeDue(now, &due))
        due.run();
    if (m_armedFor < 0)
        rearm();
}

CoapClock::TimerId CoapVirtualClock::callAfter(qint64 delayMs, QObject *context, Callback fn)
{
    return m_timers.add(m_now + qMax<qint64>(0, delayMs), context, std::move(fn));
}

CoapClock::TimerId CoapVirtualClock::callAt(qint64 dueMs, QObject *context, Callback fn)
{
    return m_timers.add(qMax(m_now, dueMs), context, std::move(fn));
}

void CoapVirtualClock::cancel(TimerId id)
{
    m_timers.cancel(id);
}

bool CoapVirtualClock::advanceToNext()
{
    const qint64 due = m_timers.earliest();
    if (due < 0)
        return false;
    m_now = qMax(m_now, due);
    CoapTimerQueue::Due next;
    if (m_timers.takeDue(m_now, &next))
        next.run();
    return true;
}

void CoapVirtualClock::advance(qint64 ms)
{
    const qint64 target = m_now + ms;
    for (qint64 due = m_timers.earliest(); due >= 0 && due <= target; due = m_timers.earliest())
        advanceToNext();
    m_now = target;
}

// ---- CoapTimerQueue --------------------------------------------------------------------------

CoapTimerQueue::TimerId CoapTimerQueue::add(qint64 due, QObject *context, Callback fn)
{
    quint32 index;
    if (!m_freeSlots.empty()) {
        index = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        index = quint32(m_slots.size());
        m_slots.emplace_back();
    }
    Slot &slot = m_slots[index];
    slot.live = true;
    slot.due.context = context;
    slot.due.hasContext = context != nullptr;
    slot.due.fn = std::move(fn);
    ++m_live;
    m_heap.push_back(Item{due, m_order++, index, slot.generation});
    std::push_heap(m_heap.begin(), m_heap.end(), later);
    // Never 0: a generation is never 0.
    return (TimerId(slot.generation) << 32) | index;
}

void CoapTimerQueue::release(quint32 index)
{
    Slot &slot = m_slots[index];
    slot.live = false;
    slot.due = Due();
    if (++slot.generation == 0)
        slot.generation = 1;
    m_freeSlots.push_back(index);
    --m_live;
}

void CoapTimerQueue::cancel(TimerId id)
{
    const quint32 index = quint32(id & 0xFFFFFFFFu);
    const quint32 generation = quint32(id >> 32);
    if (index >= m_slots.size() || !m_slots[index].live || m_slots[index].generation != generation)
        return; // fired, cancelled, or never given
    release(index);
    // Its heap entry stays until it reaches the top. When stale entries outnumber live ones, they
    // all go at once: the heap stays within twice what is pending (plus a little).
    if (m_heap.size() > 2 * size_t(m_live) + 64) {
        m_heap.erase(std::remove_if(m_heap.begin(), m_heap.end(), [this](const Item &item) { return !isLive(item); }),
                     m_heap.end());
        std::make_heap(m_heap.begin(), m_heap.end(), later);
    }
}

void CoapTimerQueue::dropStaleTop()
{
    while (!m_heap.empty() && !isLive(m_heap.front())) {
        std::pop_heap(m_heap.begin(), m_heap.end(), later);
        m_heap.pop_back();
    }
}

qint64 CoapTimerQueue::earliest()
{
    dropStaleTop();
    return m_heap.empty() ? -1 : m_heap.front().due;
}

bool CoapTimerQueue::takeDue(qint64 now, Due *out)
{
    dropStaleTop();
    if (m_heap.empty() || m_heap.front().due > now)
        return false;
    const quint32 index = m_heap.front().slot;
    std::pop_heap(m_heap.begin(), m_heap.end(), later);
    m_heap.pop_back();
    *out = std::move(m_slots[index].due);
    release(index);
    return true;
}
