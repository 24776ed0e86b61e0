#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

class InstanceRepository
{
public:
    explicit InstanceRepository(Database &db)
        : m_db(db)
    {}
    void insert(const Instance &instance);
    std::optional<Instance> find(const QString &instanceId);
    std::optional<Instance> findByOrder(const QString &orderId);
    void setStatus(const QString &instanceId, InstanceStatus status,
                   const QDateTime &closedAt = {});
    // R-REG-2, R-SET-2: the account's most recently opened active instance of `productId`.
    std::optional<Instance> newestActive(const QString &accountId, const QString &productId);
    // R-MKT-2: provisioning instances whose time has come become active; returns their ids.
    QStringList activateDue(const QDateTime &now);
    // Whether the account has an active instance of a subscription product.
    bool hasActiveSubscription(const QString &accountId);

private:
    Database &m_db;
};

} // namespace oc::store
