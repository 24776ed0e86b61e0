#include "OrderRepository.h"

#include "RowReaders.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

// Reads the order's columns from column `first` on.
Order readOrder(const SqlQuery &q, int first = 0)
{
    Order o;
    o.orderId = q.text(first);
    o.accountId = q.text(first + 1);
    o.productId = q.text(first + 2);
    o.quantity = int(q.integer(first + 3));
    o.amount = Fen(q.integer(first + 4));
    o.status = enumOr(q.text(first + 5), OrderStatus::Unpaid);
    o.createdAt = timeFromDb(q.value(first + 6));
    return o;
}

} // namespace

void OrderRepository::insert(const Order &o)
{
    SqlQuery(m_db, u"INSERT INTO orders (order_id, account_id, product_id, quantity, amount_fen, "
                   "status, created_at, paid_at) VALUES (:id, :acc, :prod, :qty, :amount, "
                   ":status, :created, :paid)"_s)
        .bind(u":id"_s, o.orderId)
        .bind(u":acc"_s, o.accountId)
        .bind(u":prod"_s, o.productId)
        .bind(u":qty"_s, o.quantity)
        .bind(u":amount"_s, o.amount.value)
        .bind(u":status"_s, toString(o.status))
        .bind(u":created"_s, toDb(o.createdAt))
        .bind(u":paid"_s, o.status == OrderStatus::Paid ? toDb(o.createdAt) : toDb({}))
        .exec();
}

std::optional<Order> OrderRepository::find(const QString &orderId)
{
    SqlQuery q(m_db, u"SELECT order_id, account_id, product_id, quantity, amount_fen, status, "
                     "created_at FROM orders WHERE order_id = :id"_s);
    q.bind(u":id"_s, orderId).exec();
    if (q.next())
        return readOrder(q);
    return std::nullopt;
}

QStringList OrderRepository::paidWithoutInstance(const QString &productId, int limit)
{
    SqlQuery q(m_db, u"SELECT o.order_id FROM orders o WHERE o.product_id = :prod AND "
                     u"o.status = 'paid' AND NOT EXISTS (SELECT 1 FROM instances i WHERE "
                     u"i.order_id = o.order_id) ORDER BY o.created_at, o.order_id LIMIT :l"_s);
    q.bind(u":prod"_s, productId).bind(u":l"_s, limit).exec();
    return q.texts();
}

QList<SubscriptionOrder> OrderRepository::subscriptionOrders(const QString &accountId)
{
    SqlQuery q(m_db,
               u"SELECT o.order_id, o.account_id, o.product_id, o.quantity, o.amount_fen, "
               "o.status, o.created_at, i.instance_id, i.order_id, i.account_id, i.product_id, "
               "i.status, i.opened_at, i.active_at, i.closed_at, "
               "COALESCE(g.organization_id, ''), COALESCE(g.abbreviation, '') "
               "FROM orders o JOIN products p ON p.product_id = o.product_id "
               "JOIN instances i ON i.order_id = o.order_id "
               "LEFT JOIN app_bindings b ON b.order_id = o.order_id "
               "LEFT JOIN organizations g ON g.organization_id = b.organization_id "
               "WHERE o.account_id = :acc AND p.kind = 'subscription' "
               "ORDER BY o.created_at DESC, o.order_id DESC"_s);
    q.bind(u":acc"_s, accountId).exec();
    QList<SubscriptionOrder> list;
    while (q.next())
        list << SubscriptionOrder{readOrder(q), readInstance(q, 7), q.text(15), q.text(16)};
    return list;
}

} // namespace oc::store
