#include "MarketplaceLineRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

const QString LineColumns = u"SELECT instance_id, order_id, order_line_id, business_id, test_flag, "
                            "trial, expire_at, created_at FROM koogallery_instances "_s;

std::optional<MarketplaceLine> readLine(SqlQuery &q)
{
    if (!q.next())
        return std::nullopt;
    return MarketplaceLine{q.text(0),
                           q.text(1),
                           q.text(2),
                           q.text(3),
                           q.integer(4) != 0,
                           q.integer(5) != 0,
                           timeFromDb(q.value(6)),
                           timeFromDb(q.value(7))};
}

} // namespace

void MarketplaceLineRepository::insert(const MarketplaceLine &l)
{
    SqlQuery(m_db, u"INSERT INTO koogallery_instances (instance_id, order_id, order_line_id, "
                   "business_id, test_flag, trial, expire_at, created_at) VALUES (:i, :o, :l, "
                   ":b, :t, :tr, :e, :c)"_s)
        .bind(u":i"_s, l.instanceId)
        .bind(u":o"_s, l.orderId)
        .bind(u":l"_s, l.orderLineId)
        .bind(u":b"_s, l.businessId)
        .bind(u":t"_s, l.testFlag ? 1 : 0)
        .bind(u":tr"_s, l.trial ? 1 : 0)
        .bind(u":e"_s, toDb(l.expireAt))
        .bind(u":c"_s, toDb(l.createdAt))
        .exec();
}

std::optional<MarketplaceLine> MarketplaceLineRepository::find(const QString &instanceId)
{
    SqlQuery q(m_db, LineColumns + u"WHERE instance_id = :i"_s);
    q.bind(u":i"_s, instanceId).exec();
    return readLine(q);
}

std::optional<MarketplaceLine> MarketplaceLineRepository::findByLine(const QString &orderId,
                                                                     const QString &orderLineId)
{
    SqlQuery q(m_db, LineColumns + u"WHERE order_id = :o AND order_line_id = :l"_s);
    q.bind(u":o"_s, orderId).bind(u":l"_s, orderLineId).exec();
    return readLine(q);
}

void MarketplaceLineRepository::refresh(const QString &instanceId, bool trial,
                                        const QDateTime &expireAt)
{
    SqlQuery(m_db, u"UPDATE koogallery_instances SET trial = :t, expire_at = :e "
                   "WHERE instance_id = :i"_s)
        .bind(u":t"_s, trial ? 1 : 0)
        .bind(u":e"_s, toDb(expireAt))
        .bind(u":i"_s, instanceId)
        .exec();
}

} // namespace oc::store
