#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace oc {
struct ChangeBatch;
template<class T>
class Result;
} // namespace oc

namespace oc::remote {

class ApiClient;
class ApiExchange;

// Follows the server's change feed: a long-poll loop on GET /v1/changes. The first poll
// (without `since`) learns the current sequence; each next one asks for the views changed
// after it and is answered at once when there are some, or after the server's wait with
// none. A batch with views is announced (changed), one that moved the clock fetches
// GET /v1/clock and announces the time (clockChanged). A failed poll is tried again after
// a pause that doubles up to `retryMax`; the first failure of a run is logged as a warning,
// the next ones quietly. A refused token (E-AUTH) stops the feed (refused): every other
// call would be refused as well. Runs on the thread that owns it; stops when destroyed.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        std::chrono::milliseconds wait;     // how long the server holds a poll
        std::chrono::milliseconds retryMin; // pause after a failure, and between empty answers
        std::chrono::milliseconds retryMax;
    };

    ChangeFeed(ApiClient *client, Timing timing, QObject *parent = nullptr);
    ~ChangeFeed() override;

    void start(); // (again: nothing)
    void stop();
    bool isRunning() const { return m_running; }
    // The sequence the next poll asks after (none before the first answer).
    std::optional<qint64> since() const { return m_since; }
    int failuresInARow() const { return m_failures; }
    // The clock was just learnt from an answer of the backend's own (an advance, a reset): a
    // clock fetch of the feed's still in flight may have been read before it, so its answer
    // is not told but fetched again (never a stale instant after a newer one).
    void clockLearnt();

signals:
    void changed(const QStringList &views);
    void clockChanged(const QDateTime &now);
    void refused(const oc::Error &error);
    // The first poll after start() has been answered, or has failed: from a success on,
    // every change the store records is told.
    void firstAnswer();

private:
    void poll();
    void received(const Result<ChangeBatch> &batch, qint64 elapsedMs);
    void failed(const Error &error);
    void fetchClock();

    ApiClient *m_client;
    Timing m_timing;
    QPointer<ApiExchange> m_poll;
    QPointer<ApiExchange> m_clock;
    bool m_clockAgain = false;    // the clock moved again while it was being fetched
    bool m_clockStale = false;    // clockLearnt() while it was being fetched
    bool m_awaitingFirst = false; // firstAnswer() not yet emitted since start()
    QTimer m_next;
    std::optional<qint64> m_since;
    int m_failures = 0;
    bool m_running = false;
};

} // namespace oc::remote
