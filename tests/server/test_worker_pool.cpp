// WorkerPool: the billing API server's threads. At most N jobs at once, each with a session
// of its own; an exclusive job (Reset demo) runs alone, and the threads reconnect after.

#include "TestSupport.h"
#include "server/WorkerPool.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace oc;
using oc::server::WorkerPool;

class TestWorkerPool : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void atMostNJobsRunAtOnce();
    void exclusiveJobRunsAlone();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServiceHost> m_host;
};

void TestWorkerPool::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    ServiceHostOptions options;
    options.database = test::freshDatabase(*m_dir, QStringLiteral("pool.sqlite"));
    options.hashCost = HashCost::Minimum;
    m_host = std::make_unique<ServiceHost>(options);
    const Status opened = m_host->open();
    if (!opened.ok())
        QFAIL(qPrintable(opened.error().toString()));
}

void TestWorkerPool::cleanup()
{
    const store::DatabaseConfig database = m_host->options().database;
    m_host.reset();
    test::dropDatabase(database);
    m_dir.reset();
}

// One thread: a second job waits for the first.
void TestWorkerPool::atMostNJobsRunAtOnce()
{
    QSemaphore started, release, secondRan;
    WorkerPool pool(*m_host, 1);
    const auto unblock = qScopeGuard([&] { release.release(4); }); // also when a check fails
    std::atomic<bool> hadSession = false;
    pool.run([&](Session *session) {
        hadSession = session != nullptr;
        started.release();
        release.acquire();
    });
    QVERIFY(started.tryAcquire(1, 10000));
    QVERIFY(hadSession.load());
    pool.run([&](Session *) { secondRan.release(); });
    QVERIFY(!secondRan.tryAcquire(1, 300));
    QCOMPARE(pool.pending(), 2);
    release.release();
    QVERIFY(secondRan.tryAcquire(1, 10000));
}

// Reset demo's kind of job: it runs once no job runs and every thread has closed its
// connection; the threads reconnect after.
void TestWorkerPool::exclusiveJobRunsAlone()
{
    std::atomic<int> running = 0, most = 0, duringExclusive = -1;
    QSemaphore done, exclusiveDone, after;
    WorkerPool pool(*m_host, 2); // after what its jobs use: it finishes them first
    for (int i = 0; i < 8; ++i)
        pool.run([&](Session *session) {
            most = std::max(most.load(), ++running);
            QTest::qSleep(5);
            --running;
            if (session)
                done.release();
        });
    pool.runExclusive([&] {
        duringExclusive = running.load();
        exclusiveDone.release();
    });
    QVERIFY(done.tryAcquire(8, 10000));
    QVERIFY(exclusiveDone.tryAcquire(1, 10000));
    QCOMPARE(duringExclusive.load(), 0);
    QVERIFY(most.load() <= 2);
    pool.run([&](Session *session) {
        if (session)
            after.release();
    });
    QVERIFY(after.tryAcquire(1, 10000));
}

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "test_worker_pool.moc"
