// Joint Operations (W-ORG; R-ORG-1..6, R-BND-1..4): the LocalBackend calls, each running
// OrganizationService on a worker. Changes run on the command worker (serialised, one
// transaction each) and name the list views they change; reads and the live check run on
// the query worker, so that they answer while a change is running.
#include "local/LocalBackend.h"
#include "services/ChangedViews.h"
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
    return command<Organization>(operation::CreateOrganization, [request](Session &session) {
        return OrganizationService(session).createOrganization(request);
    });
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
        operation::AddDepartment, [organizationId, parentId, name](Session &session) {
            return OrganizationService(session).addDepartment(organizationId, parentId, name);
        });
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
    return command<Member>(operation::SaveMember, [member](Session &session) {
        return OrganizationService(session).saveMember(member);
    });
}

QFuture<Status> LocalBackend::removeMember(qint64 memberId)
{
    return command<Done>(operation::RemoveMember, [memberId](Session &session) {
        return OrganizationService(session).removeMember(memberId);
    });
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
    return command<AppBinding>(operation::BindOrder, [orderId, organizationId](Session &session) {
        return OrganizationService(session).bindOrder(orderId, organizationId);
    });
}

QFuture<Result<AuthorizationResult>>
LocalBackend::authorizeMembers(const AuthorizationRequest &request)
{
    return command<AuthorizationResult>(operation::AuthorizeMembers, [request](Session &session) {
        return OrganizationService(session).authorizeMembers(request);
    });
}

} // namespace oc
