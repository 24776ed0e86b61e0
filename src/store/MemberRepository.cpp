#include "MemberRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

Member readMember(const SqlQuery &q)
{
    Member m;
    m.memberId = q.integer(0);
    m.organizationId = q.text(1);
    m.account = q.text(2);
    m.displayName = q.text(3);
    m.departmentId = q.integer(4);
    m.mobile = q.text(5);
    m.email = q.text(6);
    m.mustChangePassword = q.integer(7) != 0;
    m.enabled = q.integer(8) != 0;
    m.createdAt = timeFromDb(q.value(9));
    return m;
}

const QString MemberColumns = u"member_id, organization_id, account, display_name, department_id, "
                              "mobile, email, must_change_password, enabled, created_at"_s;

} // namespace

qint64 MemberRepository::insert(const Member &m, const QString &passwordHash)
{
    SqlQuery q(m_db, u"INSERT INTO members (organization_id, account, display_name, department_id, "
                     "mobile, email, password_hash, must_change_password, enabled, created_at) "
                     "VALUES (:org, :acc, :name, :dept, :mobile, :email, :hash, :must, :enabled, "
                     ":created) RETURNING member_id"_s);
    q.bind(u":org"_s, m.organizationId)
        .bind(u":acc"_s, m.account)
        .bind(u":name"_s, m.displayName)
        .bind(u":dept"_s, idOrNull(m.departmentId))
        .bind(u":mobile"_s, m.mobile)
        .bind(u":email"_s, m.email)
        .bind(u":hash"_s, passwordHash)
        .bind(u":must"_s, m.mustChangePassword ? 1 : 0)
        .bind(u":enabled"_s, m.enabled ? 1 : 0)
        .bind(u":created"_s, toDb(m.createdAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

std::optional<Member> MemberRepository::find(qint64 memberId)
{
    SqlQuery q(m_db, u"SELECT "_s + MemberColumns + u" FROM members WHERE member_id = :id"_s);
    q.bind(u":id"_s, memberId).exec();
    if (q.next())
        return readMember(q);
    return std::nullopt;
}

std::optional<Member> MemberRepository::findByAccount(const QString &organizationId,
                                                      const QString &account)
{
    SqlQuery q(m_db, u"SELECT "_s + MemberColumns +
                         u" FROM members WHERE organization_id = :org AND account = :acc"_s);
    q.bind(u":org"_s, organizationId).bind(u":acc"_s, account).exec();
    if (q.next())
        return readMember(q);
    return std::nullopt;
}

QList<Member> MemberRepository::listByOrganization(const QString &organizationId)
{
    SqlQuery q(m_db, u"SELECT "_s + MemberColumns +
                         u" FROM members WHERE organization_id = :org ORDER BY member_id"_s);
    q.bind(u":org"_s, organizationId).exec();
    QList<Member> list;
    while (q.next())
        list << readMember(q);
    return list;
}

std::optional<QString> MemberRepository::passwordHash(qint64 memberId)
{
    SqlQuery q(m_db, u"SELECT password_hash FROM members WHERE member_id = :id"_s);
    q.bind(u":id"_s, memberId).exec();
    if (q.next())
        return q.text(0);
    return std::nullopt;
}

void MemberRepository::setPassword(qint64 memberId, const QString &passwordHash, bool mustChange)
{
    SqlQuery(m_db, u"UPDATE members SET password_hash = :h, must_change_password = :m "
                   "WHERE member_id = :id"_s)
        .bind(u":h"_s, passwordHash)
        .bind(u":m"_s, mustChange ? 1 : 0)
        .bind(u":id"_s, memberId)
        .exec();
}

int MemberRepository::loginFailures(qint64 memberId, QDateTime *lockedUntil)
{
    SqlQuery q(m_db, u"SELECT failed_logins, locked_until FROM members WHERE member_id = :id"_s);
    q.bind(u":id"_s, memberId).exec();
    if (!q.next())
        return 0;
    if (lockedUntil)
        *lockedUntil = timeFromDb(q.value(1));
    return int(q.integer(0));
}

std::optional<MemberRepository::LoginFailures>
MemberRepository::countLoginFailure(qint64 memberId, const QDateTime &now, int maxFailures,
                                    const QDateTime &lockUntil)
{
    // Every SET expression reads the row as it was: the new count is computed twice.
    SqlQuery q(m_db,
               u"UPDATE members SET "
               "failed_logins = CASE WHEN locked_until IS NULL THEN failed_logins + 1 "
               "ELSE 1 END, "
               "locked_until = CASE WHEN (CASE WHEN locked_until IS NULL THEN "
               "failed_logins + 1 ELSE 1 END) >= :max THEN CAST(:until AS BIGINT) ELSE NULL END "
               "WHERE member_id = :id AND (locked_until IS NULL OR locked_until <= :now) "
               "RETURNING failed_logins, locked_until"_s);
    q.bind(u":max"_s, maxFailures)
        .bind(u":until"_s, toDb(lockUntil))
        .bind(u":id"_s, memberId)
        .bind(u":now"_s, toDb(now))
        .exec();
    if (!q.next())
        return std::nullopt;
    return LoginFailures{int(q.integer(0)), timeFromDb(q.value(1))};
}

void MemberRepository::resetLoginFailures(qint64 memberId)
{
    SqlQuery(m_db, u"UPDATE members SET failed_logins = 0, locked_until = NULL "
                   "WHERE member_id = :id"_s)
        .bind(u":id"_s, memberId)
        .exec();
}

void MemberRepository::update(const Member &m)
{
    SqlQuery(m_db, u"UPDATE members SET display_name = :name, department_id = :dept, "
                   "mobile = :mobile, email = :email WHERE member_id = :id"_s)
        .bind(u":name"_s, m.displayName)
        .bind(u":dept"_s, idOrNull(m.departmentId))
        .bind(u":mobile"_s, m.mobile)
        .bind(u":email"_s, m.email)
        .bind(u":id"_s, m.memberId)
        .exec();
}

RemovedMember MemberRepository::remove(qint64 memberId, const QString &relatedId)
{
    RemovedMember removed;
    SqlQuery authorizations(m_db, u"DELETE FROM app_authorizations WHERE member_id = :id"_s);
    authorizations.bind(u":id"_s, memberId).exec();
    removed.authorizations = authorizations.rowsAffected();
    SqlQuery held(m_db, u"DELETE FROM outbox WHERE related_id = :r AND held = 1"_s);
    held.bind(u":r"_s, relatedId).exec();
    removed.heldMessages = held.rowsAffected();
    SqlQuery(m_db, u"DELETE FROM members WHERE member_id = :id"_s).bind(u":id"_s, memberId).exec();
    return removed;
}

} // namespace oc::store
