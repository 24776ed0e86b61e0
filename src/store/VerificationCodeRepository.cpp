#include "VerificationCodeRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

qint64 VerificationCodeRepository::insert(const VerificationCodeRecord &r)
{
    SqlQuery q(m_db, u"INSERT INTO verification_codes (channel, destination, purpose, code, "
                     "issued_at, expires_at, attempts) VALUES (:c, :d, :p, :code, :i, :e, 0) "
                     "RETURNING code_id"_s);
    q.bind(u":c"_s, r.channel)
        .bind(u":d"_s, r.destination)
        .bind(u":p"_s, r.purpose)
        .bind(u":code"_s, r.code)
        .bind(u":i"_s, toDb(r.issuedAt))
        .bind(u":e"_s, toDb(r.expiresAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

std::optional<VerificationCodeRecord> VerificationCodeRepository::latest(const QString &destination,
                                                                         const QString &purpose)
{
    SqlQuery q(m_db, u"SELECT code_id, channel, destination, purpose, code, issued_at, expires_at, "
                     "attempts, consumed_at FROM verification_codes WHERE destination = :d AND "
                     "purpose = :p ORDER BY issued_at DESC, code_id DESC LIMIT 1"_s);
    q.bind(u":d"_s, destination).bind(u":p"_s, purpose).exec();
    if (!q.next())
        return std::nullopt;
    VerificationCodeRecord r;
    r.codeId = q.integer(0);
    r.channel = q.text(1);
    r.destination = q.text(2);
    r.purpose = q.text(3);
    r.code = q.text(4);
    r.issuedAt = timeFromDb(q.value(5));
    r.expiresAt = timeFromDb(q.value(6));
    r.attempts = int(q.integer(7));
    r.consumed = !q.value(8).isNull();
    return r;
}

std::optional<QDateTime> VerificationCodeRepository::lastIssuedTo(const QString &destination)
{
    SqlQuery q(m_db, u"SELECT max(issued_at) FROM verification_codes WHERE destination = :d"_s);
    q.bind(u":d"_s, destination).exec();
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return timeFromDb(q.value(0));
}

int VerificationCodeRepository::countWrongAttempt(qint64 codeId)
{
    SqlQuery q(m_db, u"UPDATE verification_codes SET attempts = attempts + 1 WHERE code_id = :id "
                     "RETURNING attempts"_s);
    q.bind(u":id"_s, codeId).exec();
    return q.next() ? int(q.integer(0)) : 0;
}

void VerificationCodeRepository::consume(qint64 codeId, const QDateTime &at)
{
    SqlQuery(m_db, u"UPDATE verification_codes SET consumed_at = :at WHERE code_id = :id"_s)
        .bind(u":at"_s, toDb(at))
        .bind(u":id"_s, codeId)
        .exec();
}

} // namespace oc::store
