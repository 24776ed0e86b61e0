#include "WebsiteAccountRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

const QString Columns = u"website_account_id, name, password_hash, country_region, "
                        "COALESCE(account_id, ''), created_at, bound_at"_s;

WebsiteAccountRow readRow(const SqlQuery &q)
{
    WebsiteAccountRow row;
    row.websiteAccountId = q.integer(0);
    row.name = q.text(1);
    row.passwordHash = q.text(2);
    row.countryRegion = q.text(3);
    row.accountId = q.text(4);
    row.createdAt = timeFromDb(q.value(5));
    row.boundAt = timeFromDb(q.value(6));
    return row;
}

} // namespace

qint64 WebsiteAccountRepository::insert(const WebsiteAccountRow &row)
{
    // Unbound (account_id and bound_at NULL): bind() binds it.
    SqlQuery q(m_db, u"INSERT INTO website_accounts (name, password_hash, country_region, "
                     "created_at) VALUES (:name, :hash, :country, :at) "
                     "RETURNING website_account_id"_s);
    q.bind(u":name"_s, row.name)
        .bind(u":hash"_s, row.passwordHash)
        .bind(u":country"_s, row.countryRegion)
        .bind(u":at"_s, toDb(row.createdAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

std::optional<WebsiteAccountRow> WebsiteAccountRepository::findByName(const QString &name)
{
    SqlQuery q(m_db, u"SELECT "_s + Columns +
                         u" FROM website_accounts WHERE lower(name) = lower(:name)"_s);
    q.bind(u":name"_s, name).exec();
    if (q.next())
        return readRow(q);
    return std::nullopt;
}

std::optional<WebsiteAccountRow> WebsiteAccountRepository::findByAccount(const QString &accountId)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns + u" FROM website_accounts WHERE account_id = :account"_s);
    q.bind(u":account"_s, accountId).exec();
    if (q.next())
        return readRow(q);
    return std::nullopt;
}

bool WebsiteAccountRepository::bind(qint64 websiteAccountId, const QString &accountId,
                                    const QDateTime &at)
{
    SqlQuery q(m_db, u"UPDATE website_accounts SET account_id = :account, bound_at = :at "
                     "WHERE website_account_id = :id AND account_id IS NULL"_s);
    q.bind(u":account"_s, accountId)
        .bind(u":at"_s, toDb(at))
        .bind(u":id"_s, websiteAccountId)
        .exec();
    return q.rowsAffected() == 1;
}

} // namespace oc::store
