#include "ChangeFeed.h"

#include "ApiAnswer.h"
#include "ApiClient.h"
#include "ApiExchange.h"
#include "RemoteLog.h"
#include "core/ListNames.h"

#include <QElapsedTimer>

namespace oc::remote {

namespace {

Error stopped()
{
    return makeError(QString::fromLatin1(SystemError::Cancelled), QString(),
                     QStringLiteral("closed"));
}

QStringList everyView()
{
    QStringList views;
    for (const QLatin1StringView name : view::All)
        views << name;
    return views;
}

} // namespace

ChangeFeed::ChangeFeed(ApiClient *client, Timing timing, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timing(timing)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &ChangeFeed::poll);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

void ChangeFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    m_awaitingFirst = true;
    poll();
}

void ChangeFeed::stop()
{
    m_running = false;
    m_clockStale = false;
    m_next.stop();
    for (ApiExchange *exchange : {m_poll.data(), m_clock.data()})
        if (exchange)
            exchange->abandon(stopped());
}

void ChangeFeed::poll()
{
    if (!m_running || m_poll)
        return;
    ApiRequest request = m_client->request(operation::Changes);
    if (m_since)
        request.query = {{QStringLiteral("since"), QString::number(*m_since)}};
    // The server answers within its wait; the call's own timeout counts from then on.
    request.timeout = m_timing.wait + m_client->timeout();
    QElapsedTimer timer;
    timer.start();
    m_poll = ApiExchange::start(
        m_client, std::move(request), this, [this, timer](const ApiAnswer &answer) {
            m_poll = nullptr;
            if (m_running)
                received(decodeAnswer<ChangeBatch>(answer), timer.elapsed());
        });
}

void ChangeFeed::received(const Result<ChangeBatch> &result, qint64 elapsedMs)
{
    if (std::exchange(m_awaitingFirst, false))
        QMetaObject::invokeMethod(this, &ChangeFeed::firstAnswer, Qt::QueuedConnection);
    if (!result.ok())
        return failed(result.error());
    if (m_failures > 0)
        qCInfo(lcRemote) << "change feed: following again after" << m_failures << "failure(s)";
    m_failures = 0;
    const ChangeBatch &batch = *result;
    const bool learning = !m_since;
    if (!learning && batch.sequence < *m_since) {
        // The store's sequence went back (the server's store was replaced or restored):
        // what changed is unknown, so everything did.
        qCInfo(lcRemote) << "change feed: the sequence went back from" << *m_since << "to"
                         << batch.sequence;
        emit changed(everyView());
        fetchClock();
    } else if (!learning) {
        if (!batch.views.isEmpty())
            emit changed(batch.views);
        if (batch.clock)
            fetchClock();
    }
    m_since = batch.sequence;
    // A server that answers "nothing" at once, again and again, is not waiting as it should:
    // do not spin on it.
    const bool nothingQuickly =
        !learning && batch.views.isEmpty() && !batch.clock && elapsedMs < m_timing.retryMin.count();
    if (nothingQuickly)
        m_next.start(m_timing.retryMin);
    else
        poll();
}

void ChangeFeed::failed(const Error &error)
{
    if (error.rule == QLatin1StringView(SystemError::Auth)) {
        qCWarning(lcRemote) << "change feed stopped: the server refused the operator token";
        m_running = false;
        emit refused(error);
        return;
    }
    ++m_failures;
    const std::chrono::milliseconds pause =
        std::min(m_timing.retryMax, std::chrono::milliseconds(m_timing.retryMin.count()
                                                              << std::min(m_failures - 1, 16)));
    if (m_failures == 1)
        qCWarning(lcRemote).noquote()
            << "change feed interrupted, trying again:" << error.toString();
    else
        qCInfo(lcRemote).noquote() << "change feed still interrupted:" << error.toString();
    m_next.start(pause);
}

void ChangeFeed::clockLearnt()
{
    if (m_clock)
        m_clockStale = true;
}

void ChangeFeed::fetchClock()
{
    if (m_clock) {
        m_clockAgain = true;
        return;
    }
    m_clock = ApiExchange::start(
        m_client, m_client->request(operation::Clock), this, [this](const ApiAnswer &answer) {
            m_clock = nullptr;
            if (!m_running)
                return;
            const Result<ClockState> state = decodeAnswer<ClockState>(answer);
            const bool stale = std::exchange(m_clockStale, false);
            if (state.ok() && !stale)
                emit clockChanged(state->now);
            if (std::exchange(m_clockAgain, false) || stale)
                fetchClock();
        });
}

} // namespace oc::remote
