#pragma once

#include "Database.h"
#include "core/Domain.h"

namespace oc::store {

class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db)
        : m_db(db)
    {}
    qint64 insert(const OutboxMessage &message, bool held = false, const QString &relatedId = {});
    // Sends held messages of `relatedId` (R-BND-4 credentials wait for the authorization).
    int release(const QString &relatedId, const QDateTime &at);
    // Points the held messages of `relatedId` (a member's credentials, R-BND-4) at the
    // member's current contact, so that the authorization sends them where they arrive.
    int redirectHeld(const QString &relatedId, Channel channel, const QString &destination);
    // Removes a now-stale secret from the messages of `relatedId` (R-ORG-6: once the
    // initial password is changed, its copies in the Outbox are blanked).
    int redactParam(const QString &relatedId, const QString &param);
    QList<OutboxMessage> recent(int limit);

private:
    Database &m_db;
};

} // namespace oc::store
