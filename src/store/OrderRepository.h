#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

// A subscription order of a Huawei account with its instance and, when bound, the
// organization it is bound to (W-ORG page 3, R-BND-1..3).
struct SubscriptionOrder
{
    Order order;
    Instance instance;
    QString boundOrganizationId; // empty when unbound
    QString boundAbbreviation;
};

class OrderRepository
{
public:
    explicit OrderRepository(Database &db)
        : m_db(db)
    {}
    void insert(const Order &order);
    std::optional<Order> find(const QString &orderId);
    // Paid orders of `productId` without an instance (a subscription whose newInstance has
    // not gone through yet), oldest first, at most `limit`.
    QStringList paidWithoutInstance(const QString &productId, int limit);
    // The subscription orders of `accountId` that have an instance, newest first.
    QList<SubscriptionOrder> subscriptionOrders(const QString &accountId);

private:
    Database &m_db;
};

} // namespace oc::store
