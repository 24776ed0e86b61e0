// TRANSITIONAL (issue 19): the calls of partners and master accounts answer E-NOT-IMPLEMENTED
// until LocalBackend and RemoteBackend implement them; this file goes when they do.
#include "Backend.h"

#include <QFuture>

namespace oc {

namespace {

template<class T>
QFuture<T> notImplemented()
{
    return QtFuture::makeReadyFuture(
        T(makeError(QString::fromLatin1(SystemError::NotImplemented))));
}

} // namespace

QFuture<Result<PartnerInvitation>>
Backend::createPartnerInvitation(const PartnerInvitationRequest &)
{
    return notImplemented<Result<PartnerInvitation>>();
}

QFuture<Result<PartnerInvitation>> Backend::partnerInvitation(const QString &)
{
    return notImplemented<Result<PartnerInvitation>>();
}

QFuture<Result<PartnerAssociationResult>>
Backend::associatePartner(const PartnerAssociationRequest &)
{
    return notImplemented<Result<PartnerAssociationResult>>();
}

QFuture<Result<PartnerInfo>> Backend::setPartnerBudget(const PartnerBudgetRequest &)
{
    return notImplemented<Result<PartnerInfo>>();
}

QFuture<Result<PartnerDisassociationCheck>> Backend::partnerDisassociationCheck(const QString &)
{
    return notImplemented<Result<PartnerDisassociationCheck>>();
}

QFuture<Result<PartnerInfo>>
Backend::requestPartnerDisassociation(const PartnerDisassociationRequest &)
{
    return notImplemented<Result<PartnerInfo>>();
}

QFuture<Result<PartnerInfo>>
Backend::partnerRequestDisassociation(const PartnerInitiatedDisassociation &)
{
    return notImplemented<Result<PartnerInfo>>();
}

QFuture<Status> Backend::processPartnerDisassociation(const ProcessDisassociationRequest &)
{
    return notImplemented<Status>();
}

QFuture<Result<MasterLink>> Backend::inviteMember(const MasterInvitationRequest &)
{
    return notImplemented<Result<MasterLink>>();
}

QFuture<Result<MasterLink>> Backend::requestMemberCancellation(const QString &, const QString &)
{
    return notImplemented<Result<MasterLink>>();
}

QFuture<Result<MasterLink>> Backend::answerMasterRequest(const MasterAnswer &)
{
    return notImplemented<Result<MasterLink>>();
}

} // namespace oc
