#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// W-LOGIN: the unified login of Joint Operations members (R-ORG-6) and the binding of the
// organization owner's Huawei account to a fee-center account and its workspaces (R-FC-1..3,
// R-WS-1..4, R-SET-2..5). The console drives these calls on the logged-in member's behalf.
//
// Refusals (rule, field, reason, args) besides those of the core validators and of
// CodeService (R-VC-1, always with field "code"):
//   R-ORG-6    loginName        format              (not account@abbreviation)
//   R-ORG-6    loginName        unknownOrganization
//   R-ORG-6    password         wrongPassword       (also for an unknown account)
//   R-ORG-6    loginName        throttled {minutes} (5 wrong passwords: 15 minutes)
//   R-ORG-6    loginName        disabled
//   R-ORG-6    loginName        notAuthorized
//   E-REQUIRED password         required
//   E-NOT-FOUND memberId        member
//   R-ORG-6    currentPassword  wrongPassword
//   R-ORG-6    newPassword      samePassword
//   E-CONFLICT currentPassword  changed             (changed concurrently; retry)
//   E-REQUIRED username         required
//   E-NOT-FOUND username        feeCenterAccount
//   E-NOT-FOUND feeCenterAccountId feeCenterAccount
//   R-FC-2     username         linked {username}   (owner linked to another account)
//   E-NOT-FOUND workspaceId     workspace
//   R-FC-3     workspaceId      otherFeeCenter
//   R-SET-5    workspaceId      locked
//   R-SET-4    workspaceId      otherCloud
//   R-SET-2    workspaceId      notActive           (the owner has no active instance)
//   R-SET-3    workspaceId      monthly {nextChange: yyyy-MM-dd}
//   R-WS-1     workspaceName    taken
//   E-REQUIRED terms            terms
//   R-ACC-1    email            noAccount           (no Guance account there)
//   R-ACC-1    email            taken
//   R-FC-1     username         taken
//   R-SET-2    workspaceName    notActive
//   E-REQUIRED workspaceId      bindFirst
//   R-FC-2     feeCenterAccountId linked {username}
class LoginService
{
public:
    explicit LoginService(Session &session)
        : m_session(session)
    {}

    // R-ORG-6: account@abbreviation and password; counts wrong passwords (committed even
    // though the login is refused) and throttles after five.
    Result<LoginSession> unifiedLogin(const LoginRequest &request);
    // R-ORG-6: the initial password is replaced and blanked in the member's Outbox messages.
    Status changeInitialPassword(qint64 memberId, const QString &currentPassword,
                                 const QString &newPassword);
    // R-FC-3: a code to the fee-center account's registered email, shown masked.
    Result<FeeCenterCodeSent> sendFeeCenterCode(const QString &username);
    // R-FC-3 (username + code), R-FC-2 (the owner is not linked elsewhere), R-WS-3 (site).
    Result<FeeCenterBinding> verifyFeeCenter(const FeeCenterVerification &request);
    Status confirmEnterprise(const EnterpriseConfirmation &confirmation);
    // R-FC-3, R-SET-2..5: the workspace settles through the owner's Huawei account.
    Result<Workspace> bindWorkspace(const BindWorkspaceRequest &request);
    // R-WS-1..3, R-FC-1, R-ACC-1, R-SET-2, R-VC-1: a new workspace settled through the owner's
    // Huawei account, with an existing or a new Guance account as its owner.
    Result<Workspace> createWorkspace(const CreateWorkspaceRequest &request);
    // R-FC-2: links the owner's Huawei account to the fee-center account.
    Result<ActivationSummary> finishActivation(qint64 memberId, qint64 feeCenterAccountId);

private:
    struct MemberContext
    {
        Member member;
        Organization organization;
    };
    Result<MemberContext> memberContext(qint64 memberId);
    Result<FeeCenterAccount> feeCenter(qint64 feeCenterAccountId);
    Error journalRefusal(const QString &operation, const QString &resourceType,
                         const QString &target, const Error &error);
    Error countWrongPassword(qint64 memberId, const QString &target);

    Session &m_session;
};

} // namespace oc
