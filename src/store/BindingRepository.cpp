#include "BindingRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

AppBinding readBinding(const SqlQuery &q)
{
    AppBinding b;
    b.bindingId = q.integer(0);
    b.orderId = q.text(1);
    b.instanceId = q.text(2);
    b.productId = q.text(3);
    b.organizationId = q.text(4);
    b.boundAt = timeFromDb(q.value(5));
    return b;
}

const QString BindingColumns =
    u"binding_id, order_id, instance_id, product_id, organization_id, bound_at"_s;

} // namespace

qint64 BindingRepository::insert(const AppBinding &b)
{
    SqlQuery q(m_db,
               u"INSERT INTO app_bindings (order_id, instance_id, product_id, organization_id, "
               "bound_at) VALUES (:order, :inst, :prod, :org, :at) RETURNING binding_id"_s);
    q.bind(u":order"_s, b.orderId)
        .bind(u":inst"_s, b.instanceId)
        .bind(u":prod"_s, b.productId)
        .bind(u":org"_s, b.organizationId)
        .bind(u":at"_s, toDb(b.boundAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

std::optional<AppBinding> BindingRepository::findByOrder(const QString &orderId)
{
    SqlQuery q(m_db, u"SELECT "_s + BindingColumns + u" FROM app_bindings WHERE order_id = :id"_s);
    q.bind(u":id"_s, orderId).exec();
    if (q.next())
        return readBinding(q);
    return std::nullopt;
}

std::optional<AppBinding> BindingRepository::find(qint64 bindingId)
{
    SqlQuery q(m_db,
               u"SELECT "_s + BindingColumns + u" FROM app_bindings WHERE binding_id = :id"_s);
    q.bind(u":id"_s, bindingId).exec();
    if (q.next())
        return readBinding(q);
    return std::nullopt;
}

std::optional<AppBinding>
BindingRepository::findByOrganizationProduct(const QString &organizationId,
                                             const QString &productId)
{
    SqlQuery q(m_db,
               u"SELECT "_s + BindingColumns +
                   u" FROM app_bindings WHERE organization_id = :org AND product_id = :prod"_s);
    q.bind(u":org"_s, organizationId).bind(u":prod"_s, productId).exec();
    if (q.next())
        return readBinding(q);
    return std::nullopt;
}

QList<AppBinding> BindingRepository::listByOrganization(const QString &organizationId)
{
    SqlQuery q(m_db, u"SELECT "_s + BindingColumns +
                         u" FROM app_bindings WHERE organization_id = :org ORDER BY binding_id"_s);
    q.bind(u":org"_s, organizationId).exec();
    QList<AppBinding> list;
    while (q.next())
        list << readBinding(q);
    return list;
}

void BindingRepository::authorize(qint64 bindingId, qint64 memberId, const QDateTime &at)
{
    SqlQuery(m_db, u"INSERT INTO app_authorizations (binding_id, member_id, authorized_at) "
                   "VALUES (:b, :m, :at)"_s)
        .bind(u":b"_s, bindingId)
        .bind(u":m"_s, memberId)
        .bind(u":at"_s, toDb(at))
        .exec();
}

bool BindingRepository::isAuthorized(qint64 bindingId, qint64 memberId)
{
    SqlQuery q(m_db,
               u"SELECT 1 FROM app_authorizations WHERE binding_id = :b AND member_id = :m"_s);
    q.bind(u":b"_s, bindingId).bind(u":m"_s, memberId).exec();
    return q.next();
}

QList<qint64> BindingRepository::authorizedMembers(qint64 bindingId)
{
    SqlQuery q(m_db, u"SELECT member_id FROM app_authorizations WHERE binding_id = :b "
                     "ORDER BY member_id"_s);
    q.bind(u":b"_s, bindingId).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.integer(0);
    return ids;
}

bool BindingRepository::hasBindingOfOwner(const QString &ownerAccountId)
{
    SqlQuery q(m_db, u"SELECT 1 FROM app_bindings b JOIN organizations o ON o.organization_id = "
                     "b.organization_id WHERE o.owner_account_id = :id"_s);
    q.bind(u":id"_s, ownerAccountId).exec();
    return q.next();
}

bool BindingRepository::hasAuthorizationOfOwner(const QString &ownerAccountId)
{
    SqlQuery q(m_db, u"SELECT 1 FROM app_authorizations z JOIN app_bindings b ON b.binding_id = "
                     "z.binding_id JOIN organizations o ON o.organization_id = b.organization_id "
                     "WHERE o.owner_account_id = :id"_s);
    q.bind(u":id"_s, ownerAccountId).exec();
    return q.next();
}

} // namespace oc::store
