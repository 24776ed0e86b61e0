#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <utility>

namespace oc {

// Runs `handler(result)` in `context`'s thread when `future` finishes, unless `context`
// was destroyed first (the watcher is its child) or the future was cancelled without a
// result. The one way the GUI consumes backend results.
template<class T, class Handler>
void onFinished(QFuture<T> future, QObject *context, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::move(handler)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.isValid() && done.resultCount() > 0)
                             handler(done.result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace oc
