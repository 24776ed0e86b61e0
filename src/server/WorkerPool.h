#pragma once

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
// An exclusive job (Reset demo, which replaces the database) waits until no job runs and
// every thread has closed its connection, runs alone, and the threads reconnect after.
class WorkerPool
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

private:
    void loop();

    ServiceHost &m_host;
    int m_threadCount;
    QList<QThread *> m_threads;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    std::deque<std::function<void()>> m_exclusive;
    int m_running = 0;
    int m_closed = 0;     // threads that closed their connection for the exclusive job
    int m_generation = 0; // exclusive jobs done
    bool m_stopping = false;
};

} // namespace oc::server
