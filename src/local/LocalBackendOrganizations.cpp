// Joint Operations (W-ORG; R-ORG-1..6, R-BND-1..4): the LocalBackend calls, each running
// OrganizationService on a worker. Changes run on the command worker (serialised, one
// transaction each) and name the list views they change; reads and the live check run on
// the query worker, so that they answer while a change is running.
#include "local/LocalBackend.h"
#include "services/OrganizationService.h"

namespace oc {

namespace {

QStringList views(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

} // namespace

QFuture<Status> LocalBackend::checkAbbreviation(const QString &abbreviation)
{
    return query<Done>([abbreviation](Session &session) {
        return OrganizationService(session).checkAbbreviation(abbreviation);
    });
}

QFuture<Result<Organization>> LocalBackend::createOrganization(const OrganizationRequest &request)
{
    return command<Organization>(
        [request](Session &session) {
            return OrganizationService(session).createOrganization(request);
        },
        views({"organizations", "journal"}));
}

QFuture<Result<OrganizationDetail>> LocalBackend::organization(const QString &organizationId)
{
    return query<OrganizationDetail>([organizationId](Session &session) {
        return OrganizationService(session).organization(organizationId);
    });
}

QFuture<Result<Department>> LocalBackend::addDepartment(const QString &organizationId,
                                                        qint64 parentId, const QString &name)
{
    return command<Department>(
        [organizationId, parentId, name](Session &session) {
            return OrganizationService(session).addDepartment(organizationId, parentId, name);
        },
        views({"journal"}));
}

QFuture<Result<OwnerPrefill>> LocalBackend::ownerPrefill(const QString &organizationId)
{
    return query<OwnerPrefill>([organizationId](Session &session) {
        return OrganizationService(session).ownerPrefill(organizationId);
    });
}

QFuture<Result<Member>> LocalBackend::saveMember(const MemberInput &member)
{
    // "organizations" shows the member count.
    return command<Member>(
        [member](Session &session) { return OrganizationService(session).saveMember(member); },
        views({"members", "organizations", "journal"}));
}

QFuture<Status> LocalBackend::removeMember(qint64 memberId)
{
    return command<Done>(
        [memberId](Session &session) {
            return OrganizationService(session).removeMember(memberId);
        },
        views({"members", "organizations", "authorizations", "bindings", "journal"}));
}

QFuture<Result<QList<BindableOrder>>> LocalBackend::bindableOrders(const QString &ownerAccountId)
{
    return query<QList<BindableOrder>>([ownerAccountId](Session &session) {
        return OrganizationService(session).bindableOrders(ownerAccountId);
    });
}

QFuture<Result<AppBinding>> LocalBackend::bindOrder(const QString &orderId,
                                                    const QString &organizationId)
{
    // Orders and instances show the organization they are bound to.
    return command<AppBinding>(
        [orderId, organizationId](Session &session) {
            return OrganizationService(session).bindOrder(orderId, organizationId);
        },
        views({"bindings", "orders", "instances", "organizations", "journal"}));
}

QFuture<Result<AuthorizationResult>>
LocalBackend::authorizeMembers(const AuthorizationRequest &request)
{
    return command<AuthorizationResult>(
        [request](Session &session) {
            return OrganizationService(session).authorizeMembers(request);
        },
        views({"authorizations", "members", "bindings", "outbox", "journal"}));
}

} // namespace oc
