#include "BodyPipe.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

namespace oc::server {

namespace {
// How often a waiting writer asks whether to go on waiting.
constexpr int AskEveryMs = 100;
} // namespace

BodyPipe::BodyPipe(qsizetype limit, int stallLimitMs)
    : m_limit(limit)
    , m_stallLimitMs(stallLimitMs)
{}

bool BodyPipe::write(const QByteArray &piece, const std::function<bool()> &keepWaiting)
{
    QMutexLocker lock(&m_mutex);
    QDeadlineTimer stalled(m_stallLimitMs);
    while (m_state == State::Open && !m_waiting.isEmpty() &&
           m_waiting.size() + piece.size() > m_limit) {
        const qsizetype before = m_waiting.size();
        m_drained.wait(&m_mutex, QDeadlineTimer(AskEveryMs));
        if (m_waiting.size() < before)
            stalled.setRemainingTime(m_stallLimitMs); // the front took some: not stalled
        else if (stalled.hasExpired())
            return false;
        if (keepWaiting && !keepWaiting())
            return false;
    }
    if (m_state != State::Open)
        return false;
    m_waiting.append(piece);
    if (!m_awake && m_wake) {
        m_awake = true;
        m_wake();
    }
    return true;
}

void BodyPipe::finish(bool complete)
{
    QMutexLocker lock(&m_mutex);
    if (m_state != State::Open)
        return;
    m_state = complete ? State::Complete : State::Failed;
    // A failure wakes the front even when it has not taken the last wake-up: it may be
    // waiting for a socket that never drains, and cuts the connection at once.
    if (m_wake && (!m_awake || !complete)) {
        m_awake = true;
        m_wake();
    }
}

void BodyPipe::setWake(std::function<void()> wake)
{
    QMutexLocker lock(&m_mutex);
    m_wake = std::move(wake);
}

BodyPipe::State BodyPipe::state()
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

QByteArray BodyPipe::take(State *state)
{
    QMutexLocker lock(&m_mutex);
    m_awake = false;
    QByteArray pieces = std::move(m_waiting);
    m_waiting = QByteArray();
    *state = m_state;
    m_drained.wakeAll();
    return pieces;
}

void BodyPipe::abandon()
{
    QMutexLocker lock(&m_mutex);
    m_wake = nullptr;
    if (m_state == State::Open)
        m_state = State::Abandoned;
    m_waiting.clear();
    m_drained.wakeAll();
}

} // namespace oc::server
