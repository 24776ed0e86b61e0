#pragma once

#include <QByteArray>
#include <QMutex>
#include <QWaitCondition>

#include <functional>

namespace oc::server {

// The body of an answer that a worker makes while the front sends it (the CSV export):
// the worker writes pieces, the front's thread takes them; at most `limit` bytes wait in
// between, so a slow client holds the worker back rather than fill the server's memory.
// Either side may end it: the worker when the body is whole or has failed, the front when
// the client went away (the worker's next write fails, and it stops).
class BodyPipe
{
public:
    enum class State
    {
        Open,
        Complete,
        Failed,
        Abandoned
    };

    // A worker waits at most `stallLimitMs` for the front to take anything (a client that
    // stopped reading but stays connected) before its write fails.
    explicit BodyPipe(qsizetype limit = 4 * 1024 * 1024, int stallLimitMs = 120'000);
    BodyPipe(const BodyPipe &) = delete;
    BodyPipe &operator=(const BodyPipe &) = delete;

    // Worker: adds `piece`, waiting while `limit` bytes are waiting already; false (the
    // piece dropped) when the front has abandoned the body, when it took nothing for the
    // stall limit, or when `keepWaiting` (asked now and then while it waits) says so. The
    // worker then ends the body with finish(false).
    bool write(const QByteArray &piece, const std::function<bool()> &keepWaiting = {});
    // Worker: the body is whole (`complete`) or will never be; a failure wakes the front
    // even while it is still busy with the last wake-up.
    void finish(bool complete);

    // Front: called, on the worker's thread, when something arrives after the front took
    // everything (a piece or the end), so that it can post itself a wake-up; never called
    // again after abandon(). Set before the worker writes.
    void setWake(std::function<void()> wake);
    // Front: the pieces waiting, in order (empty: none). `state` is the state as it was when
    // they were taken: Complete or Failed only when nothing is left after them.
    QByteArray take(State *state);
    // Front: the state, leaving the pieces where they are.
    State state();
    // Front: the client went away, or the front is done; wakes a waiting worker.
    void abandon();

private:
    QMutex m_mutex;
    QWaitCondition m_drained;
    QByteArray m_waiting;
    std::function<void()> m_wake;
    qsizetype m_limit;
    int m_stallLimitMs;
    State m_state = State::Open;
    bool m_awake = false; // a wake-up is pending (the front has not taken since)
};

} // namespace oc::server
