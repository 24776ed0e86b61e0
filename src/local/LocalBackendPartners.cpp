// Partners and enterprise master accounts (my-account.md §6, §7): the LocalBackend calls of
// PartnerService and MasterService, the changes on the command worker, the invitation a
// token names and D-PARTNER-DISASSOC's checks queries.
#include "local/LocalBackend.h"
#include "services/ChangedViews.h"
#include "services/MasterService.h"
#include "services/PartnerService.h"

namespace oc {

QFuture<Result<PartnerInvitation>>
LocalBackend::createPartnerInvitation(const PartnerInvitationRequest &request)
{
    return command<PartnerInvitation>(
        operation::CreatePartnerInvitation, [request](Session &session) {
            return PartnerService(session).createPartnerInvitation(request);
        });
}

QFuture<Result<PartnerInvitation>> LocalBackend::partnerInvitation(const QString &token)
{
    return query<PartnerInvitation>(
        [token](Session &session) { return PartnerService(session).partnerInvitation(token); });
}

QFuture<Result<PartnerAssociationResult>>
LocalBackend::associatePartner(const PartnerAssociationRequest &request)
{
    return command<PartnerAssociationResult>(
        operation::AssociatePartner,
        [request](Session &session) { return PartnerService(session).associatePartner(request); });
}

QFuture<Result<PartnerInfo>> LocalBackend::setPartnerBudget(const PartnerBudgetRequest &request)
{
    return command<PartnerInfo>(operation::SetPartnerBudget, [request](Session &session) {
        return PartnerService(session).setPartnerBudget(request);
    });
}

QFuture<Result<PartnerDisassociationCheck>>
LocalBackend::partnerDisassociationCheck(const QString &accountId)
{
    return query<PartnerDisassociationCheck>([accountId](Session &session) {
        return PartnerService(session).partnerDisassociationCheck(accountId);
    });
}

QFuture<Result<PartnerInfo>>
LocalBackend::requestPartnerDisassociation(const PartnerDisassociationRequest &request)
{
    return command<PartnerInfo>(
        operation::RequestPartnerDisassociation, [request](Session &session) {
            return PartnerService(session).requestPartnerDisassociation(request);
        });
}

QFuture<Result<PartnerInfo>>
LocalBackend::partnerRequestDisassociation(const PartnerInitiatedDisassociation &request)
{
    return command<PartnerInfo>(
        operation::PartnerRequestDisassociation, [request](Session &session) {
            return PartnerService(session).partnerRequestDisassociation(request);
        });
}

QFuture<Status>
LocalBackend::processPartnerDisassociation(const ProcessDisassociationRequest &request)
{
    return command<Done>(operation::ProcessPartnerDisassociation, [request](Session &session) {
        return PartnerService(session).processPartnerDisassociation(request);
    });
}

QFuture<Result<MasterLink>> LocalBackend::inviteMember(const MasterInvitationRequest &request)
{
    return command<MasterLink>(operation::InviteMember, [request](Session &session) {
        return MasterService(session).inviteMember(request);
    });
}

QFuture<Result<MasterLink>> LocalBackend::requestMemberCancellation(const QString &masterAccountId,
                                                                    const QString &memberAccountId)
{
    return command<MasterLink>(operation::RequestMemberCancellation,
                               [masterAccountId, memberAccountId](Session &session) {
                                   return MasterService(session).requestMemberCancellation(
                                       masterAccountId, memberAccountId);
                               });
}

QFuture<Result<MasterLink>> LocalBackend::answerMasterRequest(const MasterAnswer &answer)
{
    return command<MasterLink>(operation::AnswerMasterRequest, [answer](Session &session) {
        return MasterService(session).answerMasterRequest(answer);
    });
}

} // namespace oc
