#include "WorkerPool.h"

#include <QLoggingCategory>

namespace oc::server {

Q_LOGGING_CATEGORY(lcWorkers, "oc.workers")

WorkerPool::WorkerPool(ServiceHost &host, int threads)
    : m_host(host)
    , m_threadCount(qMax(1, threads))
{
    for (int i = 0; i < threadCount(); ++i) {
        QThread *thread = QThread::create([this, spare = i >= m_threadCount] { loop(spare); });
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
    m_spareWake.notify_all();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void WorkerPool::run(Job job)
{
    bool wake = false;
    bool lending = false;
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
        wake = mayTakeJob();
        lending = m_waiting > 0;
    }
    // With every place taken, no idle thread may take it (a wake-up would be a context
    // switch for nothing); a running job's thread takes it when done.
    if (!wake)
        return;
    if (lending) { // rare (a login in flight): a spare may have to take it
        m_wake.notify_all();
        m_spareWake.notify_all();
    } else {
        m_wake.notify_one();
    }
}

void WorkerPool::runExclusive(std::function<void()> job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_exclusive.push_back(std::move(job));
    }
    m_wake.notify_all();
    m_spareWake.notify_all();
}

int WorkerPool::pending() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_queue.size() + m_exclusive.size()) + m_running;
}

bool WorkerPool::mayTakeJob() const
{
    return !m_queue.empty() && m_running - m_waiting < m_threadCount;
}

void WorkerPool::beginSlowWait()
{
    bool lend = false;
    {
        const std::lock_guard lock(m_mutex);
        ++m_waiting;
        lend = mayTakeJob();
    }
    if (lend) { // rare (a login): no matter which of the idle threads takes it
        m_wake.notify_all();
        m_spareWake.notify_all();
    }
}

void WorkerPool::endSlowWait()
{
    const std::lock_guard lock(m_mutex);
    --m_waiting;
}

void WorkerPool::loop(bool spare)
{
    SlowWait::setObserver(this);
    std::unique_ptr<HostSession> connection;
    std::unique_lock lock(m_mutex);
    for (;;) {
        // A spare takes a job only while another lends its place: the others run on the
        // same few threads, whose caches are warm (waking the spares in turn for every
        // request cost the list page a tenth of its throughput and half its p99 again).
        if (spare)
            m_spareWake.wait(lock, [this] {
                return m_stopping || !m_exclusive.empty() || (mayTakeJob() && m_waiting > 0);
            });
        else
            m_wake.wait(lock,
                        [this] { return m_stopping || !m_exclusive.empty() || mayTakeJob(); });
        if (m_stopping)
            break;
        if (!m_exclusive.empty()) {
            // Close this thread's connection; the last thread to do so runs the job.
            if (connection) {
                lock.unlock();
                connection.reset();
                lock.lock();
            }
            if (++m_closed == threadCount()) {
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
        --m_running; // this thread takes the next job itself, if any
        if (spare && mayTakeJob() && m_waiting == 0)
            m_wake.notify_one(); // it may not: one of the others does
    }
    lock.unlock();
    connection.reset();
    SlowWait::setObserver(nullptr);
}

} // namespace oc::server
