#include "FeeCenterRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

FeeCenterAccount readFeeCenter(const SqlQuery &q)
{
    FeeCenterAccount f;
    f.feeCenterAccountId = q.integer(0);
    f.username = q.text(1);
    f.email = q.text(2);
    f.enterpriseName = q.text(3);
    f.industry = q.text(4);
    f.contact = q.text(5);
    f.cashBalance = Fen(q.integer(6));
    f.createdAt = timeFromDb(q.value(7));
    return f;
}

const QString FeeCenterColumns =
    u"fee_center_account_id, username, email, enterprise_name, industry, "
    "contact, cash_balance_fen, created_at"_s;

} // namespace

qint64 FeeCenterRepository::insert(const FeeCenterAccount &f, const QString &passwordHash)
{
    SqlQuery q(m_db,
               u"INSERT INTO fee_center_accounts (username, email, password_hash, "
               "enterprise_name, industry, contact, cash_balance_fen, created_at) VALUES "
               "(:u, :e, :h, :ent, :ind, :contact, :cash, :at) RETURNING fee_center_account_id"_s);
    q.bind(u":u"_s, f.username)
        .bind(u":e"_s, f.email)
        .bind(u":h"_s, passwordHash)
        .bind(u":ent"_s, f.enterpriseName)
        .bind(u":ind"_s, f.industry)
        .bind(u":contact"_s, f.contact)
        .bind(u":cash"_s, f.cashBalance.value)
        .bind(u":at"_s, toDb(f.createdAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

std::optional<FeeCenterAccount> FeeCenterRepository::find(qint64 id)
{
    SqlQuery q(m_db, u"SELECT "_s + FeeCenterColumns +
                         u" FROM fee_center_accounts WHERE fee_center_account_id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (q.next())
        return readFeeCenter(q);
    return std::nullopt;
}

std::optional<FeeCenterAccount> FeeCenterRepository::findByUsername(const QString &username)
{
    SqlQuery q(m_db, u"SELECT "_s + FeeCenterColumns +
                         u" FROM fee_center_accounts WHERE lower(username) = lower(:u)"_s);
    q.bind(u":u"_s, username).exec();
    if (q.next())
        return readFeeCenter(q);
    return std::nullopt;
}

void FeeCenterRepository::addCash(qint64 id, Fen amount)
{
    SqlQuery(m_db, u"UPDATE fee_center_accounts SET cash_balance_fen = cash_balance_fen + :a "
                   "WHERE fee_center_account_id = :id"_s)
        .bind(u":a"_s, amount.value)
        .bind(u":id"_s, id)
        .exec();
}

void FeeCenterRepository::linkHuaweiAccount(const QString &huaweiAccountId,
                                            qint64 feeCenterAccountId, const QDateTime &at)
{
    SqlQuery(m_db,
             u"INSERT INTO fee_center_huawei_links (huawei_account_id, fee_center_account_id, "
             "linked_at) VALUES (:h, :f, :at)"_s)
        .bind(u":h"_s, huaweiAccountId)
        .bind(u":f"_s, feeCenterAccountId)
        .bind(u":at"_s, toDb(at))
        .exec();
}

std::optional<qint64> FeeCenterRepository::linkedFeeCenter(const QString &huaweiAccountId)
{
    SqlQuery q(m_db, u"SELECT fee_center_account_id FROM fee_center_huawei_links "
                     "WHERE huawei_account_id = :h"_s);
    q.bind(u":h"_s, huaweiAccountId).exec();
    if (q.next())
        return q.integer(0);
    return std::nullopt;
}

bool FeeCenterRepository::isLinked(const QString &huaweiAccountId)
{
    SqlQuery q(m_db, u"SELECT 1 FROM fee_center_huawei_links WHERE huawei_account_id = :id"_s);
    q.bind(u":id"_s, huaweiAccountId).exec();
    return q.next();
}

QStringList FeeCenterRepository::linkedHuaweiAccounts(qint64 feeCenterAccountId)
{
    SqlQuery q(m_db, u"SELECT huawei_account_id FROM fee_center_huawei_links "
                     "WHERE fee_center_account_id = :f ORDER BY linked_at"_s);
    q.bind(u":f"_s, feeCenterAccountId).exec();
    return q.texts();
}

void FeeCenterRepository::setCompanyInformation(qint64 id, const QString &enterpriseName,
                                                const QString &industry, const QString &contact)
{
    SqlQuery(m_db, u"UPDATE fee_center_accounts SET enterprise_name = :ent, industry = :ind, "
                   "contact = :contact WHERE fee_center_account_id = :id"_s)
        .bind(u":ent"_s, enterpriseName)
        .bind(u":ind"_s, industry)
        .bind(u":contact"_s, contact)
        .bind(u":id"_s, id)
        .exec();
}

} // namespace oc::store
