#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

class BindingRepository
{
public:
    explicit BindingRepository(Database &db)
        : m_db(db)
    {}
    qint64 insert(const AppBinding &binding);
    std::optional<AppBinding> findByOrder(const QString &orderId);
    std::optional<AppBinding> find(qint64 bindingId);
    std::optional<AppBinding> findByOrganizationProduct(const QString &organizationId,
                                                        const QString &productId);
    QList<AppBinding> listByOrganization(const QString &organizationId);
    void authorize(qint64 bindingId, qint64 memberId, const QDateTime &at);
    bool isAuthorized(qint64 bindingId, qint64 memberId);
    QList<qint64> authorizedMembers(qint64 bindingId);
    // Whether an order is bound to one of the organizations of `ownerAccountId`.
    bool hasBindingOfOwner(const QString &ownerAccountId);
    // Whether a member is authorized for a binding of the organizations of `ownerAccountId`.
    bool hasAuthorizationOfOwner(const QString &ownerAccountId);

private:
    Database &m_db;
};

} // namespace oc::store
