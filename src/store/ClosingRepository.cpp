#include "ClosingRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

qint64 ClosingRepository::insertCheck(const QString &accountId, ClosingReason reason,
                                      const QDateTime &at, const QList<ClosingFailure> &failures)
{
    SqlQuery q(m_db, u"INSERT INTO closing_checks (account_id, reason, checked_at) VALUES (:id, "
                     ":reason, :at) RETURNING check_id"_s);
    q.bind(u":id"_s, accountId)
        .bind(u":reason"_s, toString(reason))
        .bind(u":at"_s, toDb(at))
        .exec();
    const qint64 checkId = q.next() ? q.integer(0) : 0;
    int ordinal = 0;
    for (const ClosingFailure &f : failures)
        SqlQuery(m_db, u"INSERT INTO closing_check_failures (check_id, ordinal, check_group, "
                       "condition_name, detail) VALUES (:check, :n, :group, :condition, "
                       ":detail)"_s)
            .bind(u":check"_s, checkId)
            .bind(u":n"_s, ++ordinal)
            .bind(u":group"_s, toString(f.group))
            .bind(u":condition"_s, f.condition)
            .bind(u":detail"_s, f.detail.isNull() ? u""_s : f.detail)
            .exec();
    return checkId;
}

std::optional<ClosingCheckRow> ClosingRepository::lastCheck(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT check_id, reason, checked_at, closed_at FROM closing_checks "
                     "WHERE account_id = :id ORDER BY check_id DESC LIMIT 1"_s);
    q.bind(u":id"_s, accountId).exec();
    if (!q.next())
        return std::nullopt;
    ClosingCheckRow row;
    row.checkId = q.integer(0);
    row.accountId = accountId;
    row.reason = enumOr(q.text(1), ClosingReason::Other);
    row.checkedAt = timeFromDb(q.value(2));
    row.closedAt = timeFromDb(q.value(3));
    SqlQuery f(m_db, u"SELECT check_group, condition_name, detail FROM closing_check_failures "
                     "WHERE check_id = :check ORDER BY ordinal"_s);
    f.bind(u":check"_s, row.checkId).exec();
    while (f.next())
        row.failures << ClosingFailure{enumOr(f.text(0), ClosingCheckGroup::Account), f.text(1),
                                       f.text(2)};
    return row;
}

void ClosingRepository::markClosed(qint64 checkId, const QDateTime &at)
{
    SqlQuery(m_db, u"UPDATE closing_checks SET closed_at = :at WHERE check_id = :check"_s)
        .bind(u":at"_s, toDb(at))
        .bind(u":check"_s, checkId)
        .exec();
}

QDateTime ClosingRepository::closedAt(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT services_closed_at FROM huawei_accounts WHERE account_id = :id"_s);
    q.bind(u":id"_s, accountId).exec();
    return q.next() ? timeFromDb(q.value(0)) : QDateTime();
}

QStringList ClosingRepository::retentionEnded(const QDateTime &now, int limit)
{
    SqlQuery q(m_db, u"SELECT account_id FROM huawei_accounts WHERE services_status = 'closed' "
                     "AND retention_until <= :now ORDER BY retention_until, account_id "
                     "LIMIT :limit"_s);
    q.bind(u":now"_s, toDb(now)).bind(u":limit"_s, limit).exec();
    QStringList ids;
    while (q.next())
        ids << q.text(0);
    return ids;
}

namespace {

int countOf(Database &db, const QString &sql, const QString &accountId)
{
    SqlQuery q(db, sql);
    q.bind(u":id"_s, accountId).exec();
    return q.next() ? int(q.integer(0)) : 0;
}

} // namespace

int ClosingRepository::reviewsInProgress(const QString &accountId)
{
    return countOf(m_db,
                   u"SELECT COUNT(*) FROM authentications WHERE account_id = :id AND "
                   "status = 'pending'"_s,
                   accountId);
}

int ClosingRepository::unpaidOrders(const QString &accountId)
{
    return countOf(m_db,
                   u"SELECT COUNT(*) FROM orders WHERE account_id = :id AND status = 'unpaid'"_s,
                   accountId);
}

int ClosingRepository::instancesInUse(const QString &accountId)
{
    return countOf(m_db,
                   u"SELECT COUNT(*) FROM instances WHERE account_id = :id AND "
                   "status <> 'closed'"_s,
                   accountId);
}

QString ClosingRepository::masterOf(const QString &memberAccountId)
{
    SqlQuery q(m_db, u"SELECT master_account_id FROM master_associations WHERE "
                     "member_account_id = :id AND status IN ('invited', 'associated', "
                     "'cancellation_requested')"_s);
    q.bind(u":id"_s, memberAccountId).exec();
    return q.next() ? q.text(0) : QString();
}

int ClosingRepository::membersOf(const QString &masterAccountId)
{
    return countOf(m_db,
                   u"SELECT COUNT(*) FROM master_associations WHERE master_account_id = :id "
                   "AND status IN ('invited', 'associated', 'cancellation_requested')"_s,
                   masterAccountId);
}

} // namespace oc::store
