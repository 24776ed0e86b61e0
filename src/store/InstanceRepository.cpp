#include "InstanceRepository.h"

#include "RowReaders.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

// The columns readInstance() reads (RowReaders.h), in its order.
const QString InstanceColumns =
    u"instance_id, order_id, account_id, product_id, status, opened_at, active_at, closed_at"_s;

} // namespace

void InstanceRepository::insert(const Instance &i)
{
    SqlQuery(m_db, u"INSERT INTO instances (instance_id, order_id, account_id, product_id, status, "
                   "opened_at, active_at, closed_at) VALUES (:id, :order, :acc, :prod, :status, "
                   ":opened, :active, :closed)"_s)
        .bind(u":id"_s, i.instanceId)
        .bind(u":order"_s, i.orderId)
        .bind(u":acc"_s, i.accountId)
        .bind(u":prod"_s, i.productId)
        .bind(u":status"_s, toString(i.status))
        .bind(u":opened"_s, toDb(i.openedAt))
        .bind(u":active"_s, toDb(i.activeAt))
        .bind(u":closed"_s, toDb(i.closedAt))
        .exec();
}

std::optional<Instance> InstanceRepository::find(const QString &instanceId)
{
    SqlQuery q(m_db, u"SELECT "_s + InstanceColumns + u" FROM instances WHERE instance_id = :id"_s);
    q.bind(u":id"_s, instanceId).exec();
    if (q.next())
        return readInstance(q);
    return std::nullopt;
}

std::optional<Instance> InstanceRepository::findByOrder(const QString &orderId)
{
    SqlQuery q(m_db, u"SELECT "_s + InstanceColumns + u" FROM instances WHERE order_id = :id"_s);
    q.bind(u":id"_s, orderId).exec();
    if (q.next())
        return readInstance(q);
    return std::nullopt;
}

void InstanceRepository::setStatus(const QString &instanceId, InstanceStatus status,
                                   const QDateTime &closedAt)
{
    SqlQuery(m_db, u"UPDATE instances SET status = :s, closed_at = :c WHERE instance_id = :id"_s)
        .bind(u":s"_s, toString(status))
        .bind(u":c"_s, toDb(closedAt))
        .bind(u":id"_s, instanceId)
        .exec();
}

std::optional<Instance> InstanceRepository::newestActive(const QString &accountId,
                                                         const QString &productId)
{
    SqlQuery q(m_db, u"SELECT "_s + InstanceColumns +
                         u" FROM instances WHERE account_id = :acc AND "
                         "product_id = :prod AND status = 'active' "
                         "ORDER BY opened_at DESC, instance_id DESC LIMIT 1"_s);
    q.bind(u":acc"_s, accountId).bind(u":prod"_s, productId).exec();
    if (q.next())
        return readInstance(q);
    return std::nullopt;
}

QStringList InstanceRepository::activateDue(const QDateTime &now)
{
    SqlQuery q(m_db, u"UPDATE instances SET status = 'active' WHERE status = 'provisioning' "
                     "AND active_at <= :now RETURNING instance_id"_s);
    q.bind(u":now"_s, toDb(now)).exec();
    return q.texts();
}

bool InstanceRepository::hasActiveSubscription(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT 1 FROM instances i JOIN products p ON p.product_id = i.product_id "
                     "WHERE i.account_id = :id AND p.kind = 'subscription' AND "
                     "i.status = 'active'"_s);
    q.bind(u":id"_s, accountId).exec();
    return q.next();
}

} // namespace oc::store
