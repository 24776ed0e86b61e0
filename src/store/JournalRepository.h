#pragma once

#include "Database.h"
#include "core/Domain.h"

namespace oc::store {

class JournalRepository
{
public:
    explicit JournalRepository(Database &db)
        : m_db(db)
    {}
    qint64 append(const JournalEntry &entry);
    QList<JournalEntry> recent(int limit);
    // The newest 200 entries whose target is `target` (an account's traces), newest first.
    QList<JournalEntry> recentAbout(const QString &target);

private:
    Database &m_db;
};

} // namespace oc::store
