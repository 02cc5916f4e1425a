#include "coapclock.h"

#include <QTimer>

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
    const TimerId id = m_nextId++;
    const qint64 due = nowMs() + qMax<qint64>(0, delayMs);
    m_byId.insert(id, m_queue.emplace(due, Entry{id, context, context != nullptr, std::move(fn)}));
    if (m_armedFor < 0 || due < m_armedFor)
        rearm();
    return id;
}

void CoapSystemClock::cancel(TimerId id)
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return;
    m_queue.erase(it.value());
    m_byId.erase(it);
    // The QTimer may stay armed for a deadline that went away: it then fires, finds nothing due
    // and re-arms for the next one. Cheaper than re-arming on every cancel.
}

void CoapSystemClock::rearm()
{
    if (m_queue.empty()) {
        m_timer->stop();
        m_armedFor = -1;
        return;
    }
    const qint64 due = m_queue.begin()->first;
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
    while (!m_queue.empty() && m_queue.begin()->first <= now && budget-- > 0) {
        auto it = m_queue.begin();
        Entry entry = std::move(it->second);
        m_byId.remove(entry.id);
        m_queue.erase(it);
        if (!entry.hasContext || entry.context)
            entry.fn();
    }
    if (m_armedFor < 0)
        rearm();
}

CoapClock::TimerId CoapVirtualClock::callAfter(qint64 delayMs, QObject *context, Callback fn)
{
    const TimerId id = m_nextId++;
    m_byId.insert(id, m_queue.emplace(m_now + qMax<qint64>(0, delayMs), Entry{id, context, context != nullptr, std::move(fn)}));
    return id;
}

void CoapVirtualClock::cancel(TimerId id)
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return;
    m_queue.erase(it.value());
    m_byId.erase(it);
}

qint64 CoapVirtualClock::nextDue() const
{
    return m_queue.empty() ? -1 : m_queue.begin()->first;
}

bool CoapVirtualClock::advanceToNext()
{
    if (m_queue.empty())
        return false;
    auto it = m_queue.begin();
    m_now = qMax(m_now, it->first);
    Entry entry = std::move(it->second);
    m_byId.remove(entry.id);
    m_queue.erase(it);
    if (!entry.hasContext || entry.context)
        entry.fn();
    return true;
}

void CoapVirtualClock::advance(qint64 ms)
{
    const qint64 target = m_now + ms;
    while (!m_queue.empty() && m_queue.begin()->first <= target)
        advanceToNext();
    m_now = target;
}
