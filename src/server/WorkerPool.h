#pragma once

#include "core/SlowWait.h"
#include "services/ServiceHost.h"

#include <QList>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace oc::server {

// The threads that run the server's calls, each with a session of the service host over
// a connection of its own (Qt SQL connections belong to their thread). Any idle thread
// takes the next job, so a slow call (an Argon2id hash at interactive cost, an export)
// holds up one thread, not the server.
//
// At most `threads` jobs run at once, but a job that waits on slow work done elsewhere
// (SlowWait: an Argon2id hash, which runs on PasswordHasher's threads at a lowered priority)
// does not count while it waits: a spare thread takes the next job meanwhile (at most as
// many spares as threads; they sleep otherwise). On 2 cores a login in flight used to
// leave every other request one worker of 2.
//
// An exclusive job (Reset demo, which replaces the database) waits until no job runs and
// every thread has closed its connection, runs alone, and the threads reconnect after.
class WorkerPool : private SlowWait::Observer
{
public:
    // A job gets the thread's session, or null when the store cannot be opened.
    using Job = std::function<void(Session *session)>;

    WorkerPool(ServiceHost &host, int threads);
    ~WorkerPool(); // finishes the running jobs, drops the queued ones
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    void run(Job job);
    // `job` runs with no session while every thread's connection is closed.
    void runExclusive(std::function<void()> job);
    // Jobs queued or running.
    int pending() const;
    // The threads there are (`threads` and as many spares).
    int threadCount() const { return 2 * m_threadCount; }

private:
    void loop(bool spare);
    void beginSlowWait() override;
    void endSlowWait() override;
    bool mayTakeJob() const; // under m_mutex

    ServiceHost &m_host;
    int m_threadCount; // jobs at once, not counting those in a SlowWait
    QList<QThread *> m_threads;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;      // the first `threads` threads
    std::condition_variable m_spareWake; // the spares
    std::deque<Job> m_queue;
    std::deque<std::function<void()>> m_exclusive;
    int m_running = 0;
    int m_waiting = 0;    // running jobs in a SlowWait
    int m_closed = 0;     // threads that closed their connection for the exclusive job
    int m_generation = 0; // exclusive jobs done
    bool m_stopping = false;
};

} // namespace oc::server
