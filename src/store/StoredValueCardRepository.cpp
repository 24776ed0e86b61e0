#include "StoredValueCardRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

StoredValueCard readCard(const SqlQuery &q)
{
    StoredValueCard c;
    c.cardNumber = q.text(0);
    c.feeCenterAccountId = q.integer(1);
    c.faceValue = Fen(q.integer(2));
    c.balance = Fen(q.integer(3));
    c.status = enumOr(q.text(4), CardStatus::Available);
    c.purchaseType = enumOr(q.text(5), PurchaseType::HuaweiMarketplace);
    c.purchasedAt = timeFromDb(q.value(6));
    c.expiresAt = timeFromDb(q.value(7));
    c.sourceOrderId = q.text(8);
    return c;
}

const QString CardColumns =
    u"card_number, fee_center_account_id, face_value_fen, balance_fen, status, "
    "purchase_type, purchased_at, expires_at, source_order_id"_s;

} // namespace

void StoredValueCardRepository::insert(const StoredValueCard &c)
{
    SqlQuery(m_db, u"INSERT INTO stored_value_cards (card_number, fee_center_account_id, "
                   "face_value_fen, balance_fen, status, purchase_type, purchased_at, expires_at, "
                   "source_order_id) VALUES (:n, :fc, :face, :bal, :st, :pt, :pa, :exp, :order)"_s)
        .bind(u":n"_s, c.cardNumber)
        .bind(u":fc"_s, c.feeCenterAccountId)
        .bind(u":face"_s, c.faceValue.value)
        .bind(u":bal"_s, c.balance.value)
        .bind(u":st"_s, toString(c.status))
        .bind(u":pt"_s, toString(c.purchaseType))
        .bind(u":pa"_s, toDb(c.purchasedAt))
        .bind(u":exp"_s, toDb(c.expiresAt))
        .bind(u":order"_s, c.sourceOrderId)
        .exec();
}

QList<StoredValueCard> StoredValueCardRepository::listByFeeCenter(qint64 feeCenterAccountId)
{
    SqlQuery q(m_db, u"SELECT "_s + CardColumns +
                         u" FROM stored_value_cards WHERE fee_center_account_id = :f "
                         "ORDER BY purchased_at, card_number"_s);
    q.bind(u":f"_s, feeCenterAccountId).exec();
    QList<StoredValueCard> list;
    while (q.next())
        list << readCard(q);
    return list;
}

void StoredValueCardRepository::insertRedemption(const QString &orderId, qint64 feeCenterAccountId,
                                                 const QDateTime &at)
{
    SqlQuery(m_db, u"INSERT INTO card_redemptions (order_id, fee_center_account_id, redeemed_at) "
                   "VALUES (:o, :f, :at)"_s)
        .bind(u":o"_s, orderId)
        .bind(u":f"_s, feeCenterAccountId)
        .bind(u":at"_s, toDb(at))
        .exec();
}

std::optional<qint64> StoredValueCardRepository::redeemedBy(const QString &orderId)
{
    SqlQuery q(m_db, u"SELECT fee_center_account_id FROM card_redemptions WHERE order_id = :o"_s);
    q.bind(u":o"_s, orderId).exec();
    if (q.next())
        return q.integer(0);
    return std::nullopt;
}

bool StoredValueCardRepository::cardNumberTaken(const QString &cardNumber)
{
    SqlQuery q(m_db, u"SELECT 1 FROM stored_value_cards WHERE card_number = :n"_s);
    q.bind(u":n"_s, cardNumber).exec();
    return q.next();
}

QList<StoredValueCard> StoredValueCardRepository::expireDueCards(const QDateTime &now)
{
    // stored_value_cards_expiry (status, expires_at), migration 0003.
    SqlQuery q(m_db, u"UPDATE stored_value_cards SET status = 'expired' WHERE "
                     "status = 'available' AND expires_at <= :now RETURNING "_s +
                         CardColumns);
    q.bind(u":now"_s, toDb(now)).exec();
    QList<StoredValueCard> list;
    while (q.next())
        list << readCard(q);
    return list;
}

std::map<CardStatus, StoredValueCardRepository::CardTotals>
StoredValueCardRepository::cardTotals(qint64 feeCenterAccountId)
{
    SqlQuery q(m_db, u"SELECT status, count(*), COALESCE(sum(balance_fen), 0) FROM "
                     "stored_value_cards WHERE fee_center_account_id = :f GROUP BY status"_s);
    q.bind(u":f"_s, feeCenterAccountId).exec();
    std::map<CardStatus, CardTotals> totals;
    while (q.next())
        totals[enumOr(q.text(0), CardStatus::Available)] =
            CardTotals{int(q.integer(1)), Fen(q.integer(2))};
    return totals;
}

} // namespace oc::store
