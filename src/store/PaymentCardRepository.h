#pragma once

#include "Database.h"
#include "core/Domain.h"

namespace oc::store {

// Historical Cards (R-ACC-18): every card binding attempt of a HUAWEI ID with the bank's
// answer. Only the masked number is stored.
class PaymentCardRepository
{
public:
    explicit PaymentCardRepository(Database &db)
        : m_db(db)
    {}
    // Returns the new card id.
    qint64 insert(const PaymentCard &card);
    // The account's attempts, newest first.
    QList<PaymentCard> ofAccount(const QString &accountId);

private:
    Database &m_db;
};

} // namespace oc::store
