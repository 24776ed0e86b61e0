#include "GuanceAccountRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

GuanceAccount readGuance(const SqlQuery &q)
{
    GuanceAccount g;
    g.guanceAccountId = q.integer(0);
    g.username = q.text(1);
    g.email = q.text(2);
    g.site = q.text(3);
    g.mobile = q.text(4);
    g.createdAt = timeFromDb(q.value(5));
    return g;
}

const QString GuanceColumns = u"guance_account_id, username, email, site, mobile, created_at"_s;

} // namespace

qint64 GuanceAccountRepository::insert(const GuanceAccount &g, const QString &passwordHash)
{
    SqlQuery q(m_db,
               u"INSERT INTO guance_accounts (username, email, site, password_hash, mobile, "
               "created_at) VALUES (:u, :e, :site, :h, :m, :at) RETURNING guance_account_id"_s);
    q.bind(u":u"_s, g.username)
        .bind(u":e"_s, g.email)
        .bind(u":site"_s, g.site)
        .bind(u":h"_s, passwordHash)
        .bind(u":m"_s, g.mobile)
        .bind(u":at"_s, toDb(g.createdAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

std::optional<GuanceAccount> GuanceAccountRepository::find(qint64 id)
{
    SqlQuery q(m_db, u"SELECT "_s + GuanceColumns +
                         u" FROM guance_accounts WHERE guance_account_id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (q.next())
        return readGuance(q);
    return std::nullopt;
}

// Usernames and emails are one account whatever their case (as on the real consoles): the
// lookups behind every uniqueness check and login compare case-insensitively (ASCII, which
// is all R-FC-1 usernames hold; lower() is the same in SQLite and PostgreSQL).
std::optional<GuanceAccount> GuanceAccountRepository::findByUsername(const QString &username)
{
    SqlQuery q(m_db, u"SELECT "_s + GuanceColumns +
                         u" FROM guance_accounts WHERE lower(username) = lower(:u)"_s);
    q.bind(u":u"_s, username).exec();
    if (q.next())
        return readGuance(q);
    return std::nullopt;
}

std::optional<GuanceAccount> GuanceAccountRepository::findByEmail(const QString &email,
                                                                  const QString &site)
{
    SqlQuery q(m_db, u"SELECT "_s + GuanceColumns +
                         u" FROM guance_accounts WHERE lower(email) = lower(:e) AND site = :s"_s);
    q.bind(u":e"_s, email).bind(u":s"_s, site).exec();
    if (q.next())
        return readGuance(q);
    return std::nullopt;
}

} // namespace oc::store
