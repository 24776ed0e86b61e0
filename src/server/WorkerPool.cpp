#include "WorkerPool.h"

#include <QLoggingCategory>

namespace oc::server {

Q_LOGGING_CATEGORY(lcWorkers, "oc.workers")

WorkerPool::WorkerPool(ServiceHost &host, int threads)
    : m_host(host)
    , m_threadCount(qMax(1, threads))
{
    for (int i = 0; i < m_threadCount; ++i) {
        QThread *thread = QThread::create([this] { loop(); });
        thread->setObjectName(QStringLiteral("oc-api-%1").arg(i));
        thread->start();
        m_threads << thread;
    }
}

WorkerPool::~WorkerPool()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void WorkerPool::run(Job job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void WorkerPool::runExclusive(std::function<void()> job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_exclusive.push_back(std::move(job));
    }
    m_wake.notify_all();
}

int WorkerPool::pending() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_queue.size() + m_exclusive.size()) + m_running;
}

void WorkerPool::loop()
{
    std::unique_ptr<HostSession> connection;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock,
                    [this] { return m_stopping || !m_exclusive.empty() || !m_queue.empty(); });
        if (m_stopping)
            break;
        if (!m_exclusive.empty()) {
            // Close this thread's connection; the last thread to do so runs the job.
            if (connection) {
                lock.unlock();
                connection.reset();
                lock.lock();
            }
            if (++m_closed == m_threadCount) {
                std::function<void()> job = std::move(m_exclusive.front());
                m_exclusive.pop_front();
                lock.unlock();
                job();
                lock.lock();
                m_closed = 0;
                ++m_generation;
                m_wake.notify_all();
            } else {
                const int generation = m_generation;
                m_wake.wait(lock, [&] { return m_stopping || m_generation != generation; });
            }
            continue;
        }
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_running;
        lock.unlock();
        if (!connection) {
            auto connected = m_host.connect(QStringLiteral("oc-api"));
            if (connected.ok())
                connection = std::move(connected).value();
            else
                qCWarning(lcWorkers) << "cannot open the store:" << connected.error().toString();
        }
        job(connection ? &connection->session() : nullptr);
        if (connection) {
            // The next job starts as a fresh request.
            connection->session().requestBeforeCommit = nullptr;
            connection->session().setActor(m_host.options().actor);
        }
        lock.lock();
        --m_running;
    }
    lock.unlock();
    connection.reset();
}

} // namespace oc::server
