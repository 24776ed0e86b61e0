// WorkerPool: the billing API server's threads. At most N jobs at once, but a job waiting on
// slow work done elsewhere (SlowWait: an Argon2id hash) lends its place to the next job; an
// exclusive job still runs alone.

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
    void aJobInASlowWaitLendsItsPlace();
    void theSparesAreBounded();
    void aLoginLendsItsPlace();
    void exclusiveJobRunsAloneWithTheSpares();

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

// One thread's worth: a second job waits for the first (no SlowWait).
void TestWorkerPool::atMostNJobsRunAtOnce()
{
    QSemaphore started, release, secondRan;
    WorkerPool pool(*m_host, 1);
    QCOMPARE(pool.threadCount(), 2);                               // and one spare
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
    QVERIFY(!secondRan.tryAcquire(1, 300)); // the spare stays idle
    QCOMPARE(pool.pending(), 2);
    release.release();
    QVERIFY(secondRan.tryAcquire(1, 10000));
}

// A job in a SlowWait does not count: the spare thread takes the next one meanwhile, with a
// session of its own.
void TestWorkerPool::aJobInASlowWaitLendsItsPlace()
{
    QSemaphore waiting, release, secondRan, started, again, thirdRan;
    WorkerPool pool(*m_host, 1);
    const auto unblock = qScopeGuard([&] {
        release.release(4);
        again.release(4);
    });
    std::atomic<Session *> first = nullptr, second = nullptr;
    pool.run([&](Session *session) {
        first = session;
        const SlowWait slow;
        waiting.release();
        release.acquire();
    });
    QVERIFY(waiting.tryAcquire(1, 10000));
    pool.run([&](Session *session) {
        second = session;
        secondRan.release();
    });
    QVERIFY2(secondRan.tryAcquire(1, 10000), "the second job waited for the first");
    QVERIFY(first.load() && second.load() && first.load() != second.load());
    release.release();
    // Once both are done, one job at a time again.
    QTRY_COMPARE(pool.pending(), 0);
    pool.run([&](Session *) {
        started.release();
        again.acquire();
    });
    QVERIFY(started.tryAcquire(1, 10000));
    pool.run([&](Session *) { thirdRan.release(); });
    QVERIFY(!thirdRan.tryAcquire(1, 300));
    again.release();
    QVERIFY(thirdRan.tryAcquire(1, 10000));
}

// No more spares than threads: with every thread's job in a SlowWait, the next job waits.
void TestWorkerPool::theSparesAreBounded()
{
    QSemaphore waiting, release, thirdRan;
    WorkerPool pool(*m_host, 1);
    const auto unblock = qScopeGuard([&] { release.release(4); });
    for (int i = 0; i < 2; ++i)
        pool.run([&](Session *) {
            const SlowWait slow;
            waiting.release();
            release.acquire();
        });
    QVERIFY(waiting.tryAcquire(2, 10000));
    pool.run([&](Session *) { thirdRan.release(); });
    QVERIFY(!thirdRan.tryAcquire(1, 300));
    release.release();
    QVERIFY(thirdRan.tryAcquire(1, 10000));
    release.release();
}

// Through the real hash: a login's Argon2id (interactive cost, about 0.1 s of a core) in
// one job, and a job queued behind it runs before the hash is done.
void TestWorkerPool::aLoginLendsItsPlace()
{
    WorkerPool pool(*m_host, 1);
    std::atomic<bool> hashed = false, hashedBeforeSecond = true;
    QSemaphore hashing, secondRan;
    const PasswordHasher interactive(HashCost::Interactive);
    pool.run([&](Session *) {
        hashing.release();
        hashed = !interactive.hash(QStringLiteral("Secret#2026")).isEmpty();
    });
    QVERIFY(hashing.tryAcquire(1, 10000));
    pool.run([&](Session *) {
        hashedBeforeSecond = hashed.load();
        secondRan.release();
    });
    QVERIFY(secondRan.tryAcquire(1, 10000));
    QVERIFY2(!hashedBeforeSecond.load(), "the second job waited for the hash");
    QTRY_VERIFY(hashed.load());
}

// Reset demo's kind of job: it runs once no job runs and every thread (spares included)
// has closed its connection; the threads reconnect after.
void TestWorkerPool::exclusiveJobRunsAloneWithTheSpares()
{
    WorkerPool pool(*m_host, 2);
    std::atomic<int> running = 0, most = 0;
    QSemaphore done;
    for (int i = 0; i < 8; ++i)
        pool.run([&](Session *session) {
            most = std::max(most.load(), ++running);
            QTest::qSleep(5);
            --running;
            if (session)
                done.release();
        });
    std::atomic<int> duringExclusive = -1;
    QSemaphore exclusiveDone;
    pool.runExclusive([&] {
        duringExclusive = running.load();
        exclusiveDone.release();
    });
    QVERIFY(done.tryAcquire(8, 10000));
    QVERIFY(exclusiveDone.tryAcquire(1, 10000));
    QCOMPARE(duringExclusive.load(), 0);
    QVERIFY(most.load() <= 2);
    QSemaphore after;
    pool.run([&](Session *session) {
        if (session)
            after.release();
    });
    QVERIFY(after.tryAcquire(1, 10000));
}

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "test_worker_pool.moc"
