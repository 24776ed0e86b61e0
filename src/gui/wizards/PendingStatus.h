#pragma once

#include "core/Error.h"

#include <QFuture>
#include <QPromise>

#include <memory>

namespace oc::gui {

// The future a flow's action returns: finished by the flow once it has taken the backend's
// answer in (its properties set, a refusal on its field), so that whoever waits on it sees
// the flow as the answer left it. Copies share one promise (lambdas capture it).
class PendingStatus
{
public:
    PendingStatus() { m_promise->start(); }
    QFuture<Status> future() const { return m_promise->future(); }
    void finish(const Status &status) const
    {
        m_promise->addResult(status);
        m_promise->finish();
    }

private:
    std::shared_ptr<QPromise<Status>> m_promise = std::make_shared<QPromise<Status>>();
};

} // namespace oc::gui
