#pragma once

#include "Database.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace oc::store {

struct IdempotencyRecord
{
    QString key;
    QString operatorId;
    QString fingerprint;
    bool done = false;
    bool changed = false;
    int status = 0;
    QByteArray body;
    QDateTime createdAt;
};

// The billing API's idempotency keys (migration 0007).
class IdempotencyRepository
{
public:
    explicit IdempotencyRepository(Database &db)
        : m_db(db)
    {}
    // The key's row, locked until the transaction ends.
    std::optional<IdempotencyRecord> findForUpdate(const QString &key);
    void insertRunning(const IdempotencyRecord &record);
    // A running key taken over after its first request stopped without changing anything.
    void restart(const QString &key, const QDateTime &at);
    void markChanged(const QString &key);
    void complete(const QString &key, int status, const QByteArray &body);
    // Forgets keys older than `before` (a day is plenty for a client's retry).
    int prune(const QDateTime &before);

private:
    Database &m_db;
};

} // namespace oc::store
