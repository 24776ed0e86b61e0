#include "OperatorTokenCache.h"

namespace oc {

std::optional<store::OperatorRecord> OperatorTokenCache::find(const QString &operatorId) const
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_entries.constFind(operatorId);
    if (found == m_entries.constEnd() || found->expires.hasExpired())
        return std::nullopt;
    return found->record;
}

void OperatorTokenCache::remember(const store::OperatorRecord &record,
                                  const QDeadlineTimer &readStarted)
{
    if (record.revokedAt.isValid() || readStarted.hasExpired())
        return;
    const QMutexLocker lock(&m_mutex);
    // Expired entries go as others come (a server has a handful of operators).
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = it->expires.hasExpired() ? m_entries.erase(it) : std::next(it);
    m_entries.insert(record.operatorId, Entry{record, readStarted});
}

} // namespace oc
