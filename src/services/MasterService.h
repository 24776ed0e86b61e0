#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// Enterprise master accounts (my-account.md §1.1 item 5, §7.1, D.2 D-MASTER-REQUEST, D.3 My
// Master Account; R-MST-1..3). Only the master starts an association (an invitation, with
// unified or independent accounting) or its cancellation, played by the operator acting as
// the master; the member answers either (R-MST-1), accepting only with the Huawei Cloud
// Account Management Agreement ticked (R-MST-2). A member has one link at a time: invited ->
// associated | rejected; associated -> cancellation requested -> cancelled | associated. While
// the link is in effect (associated, or cancellation requested) the member is suspended with
// its master (R-MST-3: a closed or disabled master's member cannot buy, core/
// PurchaseEligibility), and ClosingService's checks count it on both sides.
//
// Every change is one transaction, journaled under resource type accountCenter (R-AUD-1; no
// CTS trace, R-AUD-2) with the member as target: inviteMember (details "<master> <accounting>"),
// requestMemberCancellation ("<master>"), answerMasterRequest ("accepted invitation",
// "rejected invitation", "accepted cancellation", "rejected cancellation"); a refusal is
// journaled too. Outbox notices (the HUAWEI ID's email, or its mobile number without one): to
// the member memberInvitation {masterName, accounting} and memberCancellationRequested
// {masterName}; to the master masterRequestAnswered {memberName, request: invitation |
// cancellation, accepted}.
//
// Refusals (rule, field, reason {args}), in the order they are checked:
//   R-ID-1 / E-REQUIRED masterAccountId, memberAccountId (format, required)
//   E-NOT-FOUND masterAccountId / memberAccountId huaweiAccount
// inviteMember:
//   core/Partners.h master::linkRefusal (R-MST-2: notEnterprise, notAuthenticated,
//   noEnterpriseCenter, cloudSolutionProvider, sameAccount, masterWithMembers {members})
//   R-MST-2 memberAccountId alreadyLinked {status, masterAccountId} (invited, associated or
//                                          cancellation requested, by any master)
// requestMemberCancellation:
//   R-MST-2 masterAccountId notMaster    (the member's link names another master, or none)
//   R-MST-1 memberAccountId notAssociated {status} (only an association is cancelled)
// answerMasterRequest:
//   R-MST-1 memberAccountId nothingPending (no invitation nor cancellation waits)
//   R-MST-2 agreementAccepted required    (to accept)
//   accepting an invitation: master::linkRefusal again (the master may have changed)
class MasterService
{
public:
    explicit MasterService(Session &session)
        : m_session(session)
    {}

    Result<MasterLink> inviteMember(const MasterInvitationRequest &request);
    Result<MasterLink> requestMemberCancellation(const QString &masterAccountId,
                                                 const QString &memberAccountId);
    Result<MasterLink> answerMasterRequest(const MasterAnswer &answer);

    // The account's link as a member (invited, associated or cancellation requested; none once
    // rejected or cancelled), inside the caller's transaction.
    static std::optional<MasterLink> masterOf(store::Database &db, const QString &accountId);
    // Its live links as a master (invited, associated, cancellation requested), by member.
    static QList<MasterLink> membersOf(store::Database &db, const QString &accountId);
    // R-MST-3: the name of the account's master when their link is in effect and the master's
    // services are closed or disabled; empty otherwise.
    static QString suspendedMasterOf(store::Database &db, const QString &accountId);

private:
    Session &m_session;
};

} // namespace oc
