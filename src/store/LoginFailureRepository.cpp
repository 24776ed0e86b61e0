#include "LoginFailureRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

QString kindOf(LoginFailureRepository::Kind kind)
{
    return kind == LoginFailureRepository::Kind::HuaweiId ? u"huaweiId"_s : u"websiteAccount"_s;
}

} // namespace

LoginFailureRepository::Failures LoginFailureRepository::failures(Kind kind, const QString &subject)
{
    SqlQuery q(m_db, u"SELECT failed_logins, locked_until FROM login_failures "
                     "WHERE kind = :kind AND subject = :subject"_s);
    q.bind(u":kind"_s, kindOf(kind)).bind(u":subject"_s, subject).exec();
    if (!q.next())
        return {};
    return Failures{int(q.integer(0)), timeFromDb(q.value(1))};
}

std::optional<LoginFailureRepository::Failures>
LoginFailureRepository::count(Kind kind, const QString &subject, const QDateTime &now,
                              int maxFailures, const QDateTime &lockUntil)
{
    // The first wrong password makes the row (locked at once only when one is the limit);
    // a later one counts on it. Every SET expression reads the row as it was, so the new
    // count is computed twice. A row locked at `now` is not updated: no row comes back.
    SqlQuery q(m_db,
               u"INSERT INTO login_failures (kind, subject, failed_logins, locked_until) "
               "VALUES (:kind, :subject, 1, CASE WHEN 1 >= :max THEN CAST(:until AS BIGINT) "
               "ELSE NULL END) "
               "ON CONFLICT (kind, subject) DO UPDATE SET "
               "failed_logins = CASE WHEN login_failures.locked_until IS NULL THEN "
               "login_failures.failed_logins + 1 ELSE 1 END, "
               "locked_until = CASE WHEN (CASE WHEN login_failures.locked_until IS NULL THEN "
               "login_failures.failed_logins + 1 ELSE 1 END) >= :max "
               "THEN CAST(:until AS BIGINT) ELSE NULL END "
               "WHERE login_failures.locked_until IS NULL OR login_failures.locked_until <= :now "
               "RETURNING failed_logins, locked_until"_s);
    q.bind(u":kind"_s, kindOf(kind))
        .bind(u":subject"_s, subject)
        .bind(u":max"_s, maxFailures)
        .bind(u":until"_s, toDb(lockUntil))
        .bind(u":now"_s, toDb(now))
        .exec();
    if (!q.next())
        return std::nullopt;
    return Failures{int(q.integer(0)), timeFromDb(q.value(1))};
}

void LoginFailureRepository::reset(Kind kind, const QString &subject)
{
    SqlQuery(m_db, u"UPDATE login_failures SET failed_logins = 0, locked_until = NULL "
                   "WHERE kind = :kind AND subject = :subject"_s)
        .bind(u":kind"_s, kindOf(kind))
        .bind(u":subject"_s, subject)
        .exec();
}

} // namespace oc::store
