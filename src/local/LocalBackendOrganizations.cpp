// Joint Operations (W-ORG; R-ORG-1..6, R-BND-1..4): the LocalBackend calls, each running
// OrganizationService on a worker. Changes run on the command worker (serialised, one
// transaction each) and name the list views they change; reads and the live check run on
// the query worker, so that they answer while a change is running.
#include "core/ListNames.h"
#include "local/LocalBackend.h"
#include "services/OrganizationService.h"

namespace oc {

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
        {view::Organizations, view::Journal});
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
        {view::Journal});
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
        {view::Members, view::Organizations, view::Journal});
}

QFuture<Status> LocalBackend::removeMember(qint64 memberId)
{
    return command<Done>(
        [memberId](Session &session) {
            return OrganizationService(session).removeMember(memberId);
        },
        {view::Members, view::Organizations, view::Authorizations, view::Bindings, view::Journal});
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
        {view::Bindings, view::Orders, view::Instances, view::Organizations, view::Journal});
}

QFuture<Result<AuthorizationResult>>
LocalBackend::authorizeMembers(const AuthorizationRequest &request)
{
    return command<AuthorizationResult>(
        [request](Session &session) {
            return OrganizationService(session).authorizeMembers(request);
        },
        {view::Authorizations, view::Members, view::Bindings, view::Outbox, view::Journal});
}

} // namespace oc
