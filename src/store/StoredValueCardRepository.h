#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <map>
#include <optional>

namespace oc::store {

class StoredValueCardRepository
{
public:
    explicit StoredValueCardRepository(Database &db)
        : m_db(db)
    {}
    void insert(const StoredValueCard &card);
    QList<StoredValueCard> listByFeeCenter(qint64 feeCenterAccountId);
    // R-SVC-2
    void insertRedemption(const QString &orderId, qint64 feeCenterAccountId, const QDateTime &at);
    std::optional<qint64> redeemedBy(const QString &orderId);
    // R-SVC-3: a new card number must not be one already issued.
    bool cardNumberTaken(const QString &cardNumber);
    // Available cards whose expiry has come become expired; returns them as they are now.
    QList<StoredValueCard> expireDueCards(const QDateTime &now);
    // The number of cards and the balance left on them, by status, of a fee-center account.
    struct CardTotals
    {
        int count = 0;
        Fen balance;
    };
    std::map<CardStatus, CardTotals> cardTotals(qint64 feeCenterAccountId);

private:
    Database &m_db;
};

} // namespace oc::store
