#pragma once

#include "Database.h"

#include <QDateTime>
#include <QStringList>

namespace oc::store {

struct ChangeRecord
{
    qint64 sequence = 0;
    QStringList views;
    bool clock = false;
};

// The billing API's change feed (migration 0007).
class ChangeLogRepository
{
public:
    explicit ChangeLogRepository(Database &db)
        : m_db(db)
    {}
    // Appends a change; call inside a transaction that holds the feed's lock
    // (ChangeFeed::record). Returns its sequence.
    qint64 append(const QStringList &views, bool clock, const QDateTime &at);
    qint64 latest();
    // The oldest change still kept (0: none).
    qint64 oldest();
    // The changes after `since`, oldest first, at most `limit`.
    QList<ChangeRecord> after(qint64 since, int limit);
    // Keeps the newest `keep` changes.
    int prune(qint64 keep);

private:
    Database &m_db;
};

} // namespace oc::store
