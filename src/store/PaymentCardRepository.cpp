#include "PaymentCardRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

PaymentCard readCard(const SqlQuery &q)
{
    PaymentCard c;
    c.cardId = q.integer(0);
    c.accountId = q.text(1);
    c.maskedNumber = q.text(2);
    c.holder = q.text(3);
    c.expiry = q.text(4);
    c.result = enumOr(q.text(5), CardVerification::Declined);
    c.attemptedAt = timeFromDb(q.value(6));
    return c;
}

const QString CardColumns =
    u"card_id, account_id, masked_number, holder, expiry, result, attempted_at"_s;

} // namespace

qint64 PaymentCardRepository::insert(const PaymentCard &c)
{
    SqlQuery q(m_db, u"INSERT INTO payment_cards (account_id, masked_number, holder, expiry, "
                     "result, attempted_at) VALUES (:account, :masked, :holder, :expiry, "
                     ":result, :at) RETURNING card_id"_s);
    q.bind(u":account"_s, c.accountId)
        .bind(u":masked"_s, c.maskedNumber)
        .bind(u":holder"_s, c.holder)
        .bind(u":expiry"_s, c.expiry)
        .bind(u":result"_s, toString(c.result))
        .bind(u":at"_s, toDb(c.attemptedAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

QList<PaymentCard> PaymentCardRepository::ofAccount(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT "_s + CardColumns +
                         u" FROM payment_cards WHERE account_id = :id "
                         "ORDER BY attempted_at DESC, card_id DESC"_s);
    q.bind(u":id"_s, accountId).exec();
    QList<PaymentCard> cards;
    while (q.next())
        cards << readCard(q);
    return cards;
}

} // namespace oc::store
