#include "MessageRecipientRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

const QString Columns = u"recipient_id, account_id, name, mobile, email, created_at"_s;

MessageRecipient readRecipient(const SqlQuery &q)
{
    return MessageRecipient{q.integer(0), q.text(1), q.text(2),
                            q.text(3),    q.text(4), timeFromDb(q.value(5))};
}

} // namespace

qint64 MessageRecipientRepository::insert(const MessageRecipient &r)
{
    SqlQuery q(m_db, u"INSERT INTO message_recipients (account_id, name, mobile, email, "
                     "created_at) VALUES (:id, :name, :mobile, :email, :at) RETURNING "
                     "recipient_id"_s);
    q.bind(u":id"_s, r.accountId)
        .bind(u":name"_s, r.name)
        .bind(u":mobile"_s, r.mobile)
        .bind(u":email"_s, r.email)
        .bind(u":at"_s, toDb(r.createdAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

void MessageRecipientRepository::update(const MessageRecipient &r)
{
    SqlQuery(m_db, u"UPDATE message_recipients SET name = :name, mobile = :mobile, email = "
                   ":email WHERE recipient_id = :id"_s)
        .bind(u":name"_s, r.name)
        .bind(u":mobile"_s, r.mobile)
        .bind(u":email"_s, r.email)
        .bind(u":id"_s, r.recipientId)
        .exec();
}

void MessageRecipientRepository::remove(qint64 recipientId)
{
    SqlQuery(m_db, u"DELETE FROM message_recipients WHERE recipient_id = :id"_s)
        .bind(u":id"_s, recipientId)
        .exec();
}

std::optional<MessageRecipient> MessageRecipientRepository::find(qint64 recipientId)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns + u" FROM message_recipients WHERE recipient_id = :id"_s);
    q.bind(u":id"_s, recipientId).exec();
    if (q.next())
        return readRecipient(q);
    return std::nullopt;
}

QList<MessageRecipient> MessageRecipientRepository::ofAccount(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT "_s + Columns +
                         u" FROM message_recipients WHERE account_id = :id ORDER BY "
                         "recipient_id"_s);
    q.bind(u":id"_s, accountId).exec();
    QList<MessageRecipient> list;
    while (q.next())
        list.append(readRecipient(q));
    return list;
}

} // namespace oc::store
