// BodyPipe: the pieces of an answer a worker makes while the front sends them (the CSV
// export). In order, bounded (the worker waits for the front), ended by either side.

#include "server/BodyPipe.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>

using oc::server::BodyPipe;

class TestBodyPipe : public QObject
{
    Q_OBJECT

private slots:
    void piecesArriveInOrderThenTheEnd();
    void writerWaitsAtTheLimit();
    void abandonReleasesTheWriter();
    void failedEndComesAfterThePieces();
    void wakesOncePerTake();
    void writerGivesUpWhenAskedOrStalled();
};

void TestBodyPipe::piecesArriveInOrderThenTheEnd()
{
    BodyPipe pipe(64);
    QByteArray expected;
    for (int i = 0; i < 500; ++i)
        expected += QByteArray::number(i) + ',';
    std::atomic<int> refused = 0;
    std::thread writer([&] {
        for (int i = 0; i < 500; ++i)
            if (!pipe.write(QByteArray::number(i) + ','))
                ++refused;
        pipe.finish(true);
    });
    QByteArray received;
    BodyPipe::State state = BodyPipe::State::Open;
    QDeadlineTimer deadline(30000);
    while (state == BodyPipe::State::Open && !deadline.hasExpired()) {
        received += pipe.take(&state);
        QTest::qWait(0);
    }
    writer.join();
    QCOMPARE(refused.load(), 0);
    QCOMPARE(state, BodyPipe::State::Complete);
    QCOMPARE(received, expected);
}

void TestBodyPipe::writerWaitsAtTheLimit()
{
    BodyPipe pipe(10);
    QVERIFY(pipe.write("12345678")); // room for it
    std::atomic<bool> returned = false;
    std::atomic<bool> taken = false;
    std::thread writer([&] {
        taken = pipe.write("abcdefgh"); // 16 bytes would wait: it waits for a take
        returned = true;
    });
    QTest::qWait(200);
    QVERIFY(!returned);
    BodyPipe::State state = BodyPipe::State::Open;
    QCOMPARE(pipe.take(&state), QByteArray("12345678"));
    QTRY_VERIFY(returned.load());
    writer.join();
    QVERIFY(taken.load());
    QCOMPARE(pipe.take(&state), QByteArray("abcdefgh"));
    QCOMPARE(state, BodyPipe::State::Open);
    // A piece larger than the limit on its own is taken all the same, once nothing waits.
    QVERIFY(pipe.write(QByteArray(100, 'x')));
    QCOMPARE(pipe.take(&state).size(), 100);
}

void TestBodyPipe::abandonReleasesTheWriter()
{
    BodyPipe pipe(4);
    QVERIFY(pipe.write("full"));
    std::atomic<int> result = -1;
    std::thread writer([&] { result = pipe.write("more") ? 1 : 0; });
    QTest::qWait(100);
    QCOMPARE(result.load(), -1); // waiting
    pipe.abandon();
    QTRY_COMPARE(result.load(), 0);
    writer.join();
    QVERIFY(!pipe.write("again"));
    pipe.finish(true); // too late: the front is gone
    BodyPipe::State state = BodyPipe::State::Open;
    QCOMPARE(pipe.take(&state), QByteArray());
    QCOMPARE(state, BodyPipe::State::Abandoned);
}

void TestBodyPipe::failedEndComesAfterThePieces()
{
    BodyPipe pipe;
    QVERIFY(pipe.write("a"));
    QVERIFY(pipe.write("b"));
    pipe.finish(false);
    QVERIFY(!pipe.write("c"));
    BodyPipe::State state = BodyPipe::State::Open;
    QCOMPARE(pipe.take(&state), QByteArray("ab"));
    QCOMPARE(state, BodyPipe::State::Failed);
}

void TestBodyPipe::wakesOncePerTake()
{
    BodyPipe pipe;
    int wakes = 0;
    pipe.setWake([&] { ++wakes; });
    QVERIFY(pipe.write("a"));
    QVERIFY(pipe.write("b"));
    QCOMPARE(wakes, 1); // the front has not taken the first yet
    BodyPipe::State state = BodyPipe::State::Open;
    QCOMPARE(pipe.take(&state), QByteArray("ab"));
    QVERIFY(pipe.write("c"));
    QCOMPARE(wakes, 2);
    QCOMPARE(pipe.take(&state), QByteArray("c"));
    pipe.finish(true); // the end wakes the front too
    QCOMPARE(wakes, 3);
    pipe.abandon();
    pipe.finish(true);
    QCOMPARE(wakes, 3); // never after abandon()

    // A failure wakes the front even while it has not taken since the last wake-up (it
    // may be waiting for a socket that never drains).
    BodyPipe failing;
    int failingWakes = 0;
    failing.setWake([&] { ++failingWakes; });
    QVERIFY(failing.write("a"));
    QCOMPARE(failingWakes, 1);
    failing.finish(false);
    QCOMPARE(failingWakes, 2);
    QCOMPARE(failing.state(), BodyPipe::State::Failed);
}

void TestBodyPipe::writerGivesUpWhenAskedOrStalled()
{
    // Told to stop (the server is stopping) while it waits.
    BodyPipe pipe(4, 60000);
    QVERIFY(pipe.write("full"));
    std::atomic<bool> stop = false;
    std::atomic<int> result = -1;
    std::thread writer([&] { result = pipe.write("more", [&] { return !stop.load(); }) ? 1 : 0; });
    QTest::qWait(150);
    QCOMPARE(result.load(), -1);
    stop = true;
    QTRY_COMPARE(result.load(), 0);
    writer.join();

    // Nothing taken for the stall limit: the front's client stopped reading.
    BodyPipe stalled(4, 300);
    QVERIFY(stalled.write("full"));
    QElapsedTimer waited;
    waited.start();
    QVERIFY(!stalled.write("more"));
    QVERIFY2(waited.elapsed() >= 250, qPrintable(QString::number(waited.elapsed())));
    QCOMPARE(stalled.state(), BodyPipe::State::Open); // the worker ends it: finish(false)
}

QTEST_GUILESS_MAIN(TestBodyPipe)
#include "test_body_pipe.moc"
