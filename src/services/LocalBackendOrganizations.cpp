// Joint Operations (W-ORG): NOT IMPLEMENTED YET. Every call here is refused with E-NOT-IMPLEMENTED
// so that the contract (Backend.h) builds and links while the services are written on their own
// branch; that branch replaces this whole file. Nothing here is called done.
#include "LocalBackend.h"

namespace oc {

namespace {
Error notImplemented()
{
    return makeError(QStringLiteral("E-NOT-IMPLEMENTED"));
}
} // namespace

#define OC_NOT_IMPLEMENTED(T) command<T>([](Session &) -> Result<T> { return notImplemented(); })

QFuture<Status> LocalBackend::checkAbbreviation(const QString &)
{
    return OC_NOT_IMPLEMENTED(Done);
}

QFuture<Result<Organization>> LocalBackend::createOrganization(const OrganizationRequest &)
{
    return OC_NOT_IMPLEMENTED(Organization);
}

QFuture<Result<OrganizationDetail>> LocalBackend::organization(const QString &)
{
    return OC_NOT_IMPLEMENTED(OrganizationDetail);
}

QFuture<Result<Department>> LocalBackend::addDepartment(const QString &, qint64, const QString &)
{
    return OC_NOT_IMPLEMENTED(Department);
}

QFuture<Result<OwnerPrefill>> LocalBackend::ownerPrefill(const QString &)
{
    return OC_NOT_IMPLEMENTED(OwnerPrefill);
}

QFuture<Result<Member>> LocalBackend::saveMember(const MemberInput &)
{
    return OC_NOT_IMPLEMENTED(Member);
}

QFuture<Status> LocalBackend::removeMember(qint64)
{
    return OC_NOT_IMPLEMENTED(Done);
}

QFuture<Result<QList<BindableOrder>>> LocalBackend::bindableOrders(const QString &)
{
    return OC_NOT_IMPLEMENTED(QList<BindableOrder>);
}

QFuture<Result<AppBinding>> LocalBackend::bindOrder(const QString &, const QString &)
{
    return OC_NOT_IMPLEMENTED(AppBinding);
}

QFuture<Result<AuthorizationResult>> LocalBackend::authorizeMembers(const AuthorizationRequest &)
{
    return OC_NOT_IMPLEMENTED(AuthorizationResult);
}

#undef OC_NOT_IMPLEMENTED

} // namespace oc
