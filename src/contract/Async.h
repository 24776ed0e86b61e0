#pragma once

#include "core/Error.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>
#include <type_traits>
#include <utility>

namespace oc {

// How long the GUI waits for a backend call before it treats the backend as unreachable.
// One value for the whole console (a remote backend may be slow, but never silent for this
// long); tests shorten it. Zero or less waits forever. GUI thread only.
inline constexpr std::chrono::milliseconds DefaultCallTimeout{30000};

namespace detail {
inline std::chrono::milliseconds g_callTimeout = DefaultCallTimeout;
} // namespace detail

inline std::chrono::milliseconds callTimeout()
{
    return detail::g_callTimeout;
}

inline void setCallTimeout(std::chrono::milliseconds timeout)
{
    detail::g_callTimeout = timeout;
}

// The Error a call ends with when it did not answer within `waited`: the backend counts as
// unreachable (SystemError::Unreachable, reason "timeout", argument "seconds").
inline Error timeoutError(std::chrono::milliseconds waited)
{
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(waited).count();
    return makeError(QString::fromLatin1(SystemError::Unreachable), QString(),
                     QStringLiteral("timeout"), {{QStringLiteral("seconds"), qint64(seconds)}});
}

// Runs `handler(result)` in `context`'s thread when `future` finishes, unless `context`
// was destroyed first (the watcher is its child) or the future was cancelled without a
// result. The one way the GUI consumes backend results.
//
// A call that has not finished after `timeout` ends then: `handler` gets timeoutError()
// (for results that can hold an Error, i.e. every Backend call) and a late result is
// ignored. The handler runs at most once.
template<class T, class Handler>
void onFinished(QFuture<T> future, QObject *context, Handler handler,
                std::chrono::milliseconds timeout = callTimeout())
{
    auto *watcher = new QFutureWatcher<T>(context);
    const auto shared = std::make_shared<Handler>(std::move(handler));
    QPointer<QTimer> timer;
    if constexpr (std::is_constructible_v<T, Error>) {
        if (timeout.count() > 0) {
            timer = new QTimer(watcher);
            timer->setSingleShot(true);
            QObject::connect(timer, &QTimer::timeout, context, [watcher, shared, timeout] {
                // Too late from now on: the watcher goes, and its result with it.
                watcher->disconnect();
                watcher->deleteLater();
                (*shared)(T(timeoutError(timeout)));
            });
        }
    }
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, shared, timer] {
        if (timer)
            timer->stop();
        watcher->disconnect();
        watcher->deleteLater();
        const QFuture<T> done = watcher->future();
        if (done.isValid() && done.resultCount() > 0)
            (*shared)(done.result());
    });
    watcher->setFuture(std::move(future));
    if (timer)
        timer->start(timeout);
}

} // namespace oc
