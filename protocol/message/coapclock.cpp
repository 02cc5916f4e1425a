#include "coapclock.h"

#include <QTimer>

CoapSystemClock::CoapSystemClock(QObject *parent) : CoapClock(parent)
{
    m_elapsed.start();
}

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
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    // Precise timers: retransmission intervals are part of the protocol, not a UI nicety.
    timer->setTimerType(Qt::PreciseTimer);
    QObject *receiver = context ? context : this;
    connect(timer, &QTimer::timeout, receiver, [this, id, timer, fn = std::move(fn)] {
        m_timers.remove(id);
        timer->deleteLater();
        fn();
    });
    if (context) {
        // When the context dies first the timer must not linger in the table.
        connect(context, &QObject::destroyed, timer, [this, id, timer] {
            if (m_timers.remove(id))
                timer->deleteLater();
        });
    }
    m_timers.insert(id, timer);
    timer->start(int(qBound(qint64(0), delayMs, qint64(std::numeric_limits<int>::max()))));
    return id;
}

void CoapSystemClock::cancel(TimerId id)
{
    if (QTimer *timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}

CoapClock::TimerId CoapVirtualClock::callAfter(qint64 delayMs, QObject *context, Callback fn)
{
    const TimerId id = m_nextId++;
    m_queue.emplace(m_now + qMax<qint64>(0, delayMs), Entry{id, context, context != nullptr, std::move(fn)});
    return id;
}

void CoapVirtualClock::cancel(TimerId id)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->second.id == id) {
            m_queue.erase(it);
            return;
        }
    }
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
