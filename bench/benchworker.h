#pragma once

#include <QObject>
#include <QThread>

#include <functional>

// A thread with an event loop for the benchmarks' peers; run() executes a function on it and waits.
class BenchWorker
{
public:
    BenchWorker()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
    }
    ~BenchWorker()
    {
        m_thread.quit();
        m_thread.wait();
    }
    void run(const std::function<void()> &f) { QMetaObject::invokeMethod(&m_context, f, Qt::BlockingQueuedConnection); }

private:
    QThread m_thread;
    QObject m_context;
};
