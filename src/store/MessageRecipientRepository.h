#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

// The message recipients of an account's Preferences (D-RECIPIENT).
class MessageRecipientRepository
{
public:
    explicit MessageRecipientRepository(Database &db)
        : m_db(db)
    {}
    // Returns the new recipient id.
    qint64 insert(const MessageRecipient &recipient);
    // Changes name, mobile and email.
    void update(const MessageRecipient &recipient);
    void remove(qint64 recipientId);
    std::optional<MessageRecipient> find(qint64 recipientId);
    // The account's recipients, oldest first.
    QList<MessageRecipient> ofAccount(const QString &accountId);

private:
    Database &m_db;
};

} // namespace oc::store
