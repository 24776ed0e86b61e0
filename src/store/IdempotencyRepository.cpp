#include "IdempotencyRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

std::optional<IdempotencyRecord> IdempotencyRepository::findForUpdate(const QString &key)
{
    SqlQuery q(m_db, u"SELECT idempotency_key, operator_id, fingerprint, state, changed, "
                     "status, body, created_at FROM idempotency_keys "
                     "WHERE idempotency_key = :k"_s +
                         m_db.dialect().forUpdate());
    q.bind(u":k"_s, key).exec();
    if (!q.next())
        return std::nullopt;
    IdempotencyRecord r;
    r.key = q.text(0);
    r.operatorId = q.text(1);
    r.fingerprint = q.text(2);
    r.done = q.text(3) == u"done";
    r.changed = q.integer(4) != 0;
    r.status = int(q.integer(5));
    r.body = q.text(6).toUtf8();
    r.createdAt = timeFromDb(q.value(7));
    return r;
}

void IdempotencyRepository::insertRunning(const IdempotencyRecord &r)
{
    SqlQuery(m_db, u"INSERT INTO idempotency_keys (idempotency_key, operator_id, fingerprint, "
                   "state, changed, created_at) VALUES (:k, :op, :fp, 'running', 0, :at)"_s)
        .bind(u":k"_s, r.key)
        .bind(u":op"_s, r.operatorId)
        .bind(u":fp"_s, r.fingerprint)
        .bind(u":at"_s, toDb(r.createdAt))
        .exec();
}

void IdempotencyRepository::restart(const QString &key, const QDateTime &at)
{
    SqlQuery(m_db, u"UPDATE idempotency_keys SET created_at = :at WHERE idempotency_key = :k"_s)
        .bind(u":at"_s, toDb(at))
        .bind(u":k"_s, key)
        .exec();
}

void IdempotencyRepository::markChanged(const QString &key)
{
    SqlQuery(m_db, u"UPDATE idempotency_keys SET changed = 1 WHERE idempotency_key = :k"_s)
        .bind(u":k"_s, key)
        .exec();
}

void IdempotencyRepository::complete(const QString &key, int status, const QByteArray &body)
{
    SqlQuery(m_db, u"UPDATE idempotency_keys SET state = 'done', status = :st, body = :b "
                   "WHERE idempotency_key = :k"_s)
        .bind(u":st"_s, status)
        .bind(u":b"_s, QString::fromUtf8(body))
        .bind(u":k"_s, key)
        .exec();
}

int IdempotencyRepository::prune(const QDateTime &before)
{
    SqlQuery q(m_db, u"DELETE FROM idempotency_keys WHERE created_at < :t"_s);
    q.bind(u":t"_s, toDb(before)).exec();
    return q.rowsAffected();
}

} // namespace oc::store
