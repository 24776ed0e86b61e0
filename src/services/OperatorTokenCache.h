#pragma once

#include "store/OperatorRepository.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>

#include <chrono>
#include <optional>

namespace oc {

// The operators whose tokens a server has verified against the store lately, so that a
// request with the same token is not looked up again (on PostgreSQL the lookup was a round
// trip of its own on every request). An entry lives for `lifetime` from the moment its
// store read began, never longer, and is never extended by being used: a token revoked
// in the store (`billing-api operator revoke`, by any process) is refused within that
// time. Only active operators are kept; a wrong, unknown or revoked token always goes to
// the store. Thread-safe: the server's workers share one.
class OperatorTokenCache
{
public:
    static constexpr std::chrono::milliseconds DefaultLifetime{1000};

    explicit OperatorTokenCache(std::chrono::milliseconds lifetime = DefaultLifetime)
        : m_lifetime(lifetime)
    {}

    std::chrono::milliseconds lifetime() const { return m_lifetime; }
    // The operator verified with this id, while its entry lives.
    std::optional<store::OperatorRecord> find(const QString &operatorId) const;
    // Keeps an active operator read from the store; `readStarted` is a deadline of
    // lifetime() taken before the read began (an entry never outlives it).
    void remember(const store::OperatorRecord &record, const QDeadlineTimer &readStarted);

private:
    struct Entry
    {
        store::OperatorRecord record;
        QDeadlineTimer expires;
    };
    const std::chrono::milliseconds m_lifetime;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace oc
