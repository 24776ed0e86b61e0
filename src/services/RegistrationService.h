#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// W-REG: registering the Commercial Plan (R-REG-1..3), and the live checks of its pages.
// Refusals (rule, field, reason) besides those of the core validators:
//   R-FC-1   username          taken             (a Guance or a fee-center username)
//   R-ACC-1  email             taken             (a Guance account on this site)
//   E-NOT-FOUND huaweiAccountId huaweiAccount
//   R-FC-2   huaweiAccountId   linked {username} (linked to a fee-center account already)
//   R-REG-2  huaweiAccountId   noActiveInstance
//   R-REG-1  agreement         terms
//   E-REQUIRED alibabaAccountId required
//   R-SET-1  alibabaAccountId  format            (8-20 digits)
//   R-SET-1  awsSubscription   notConfirmed
//   R-REG-3  createFeeCenterAccount feeCenterRequired (fee-center and Huawei settlement)
//   R-REG-2  terms             terms
//   R-WS-1   workspaceName     taken
//   R-VC-1   code              wrong/expired/exhausted/used/notSent (CodeService)
class RegistrationService
{
public:
    explicit RegistrationService(Session &session)
        : m_session(session)
    {}

    // R-FC-1: format, and free both as a Guance and as a fee-center username.
    Status checkUsername(const QString &username);
    // R-ACC-1 format, a known site (R-WS-3), and no Guance account with the email there.
    Status checkGuanceEmail(const QString &email, const QString &site);
    // R-REG-2: the account exists, is not linked to a fee-center account (R-FC-2) and has an
    // active Guance SaaS Edition instance (the newest is returned).
    Result<HuaweiActivationCheck> checkHuaweiActivation(const QString &accountId);
    // R-REG-1..3: checks every field, the uniqueness and the email code, then creates the
    // Guance account, the fee-center account, the workspace and the Huawei link in one
    // transaction that consumes the code.
    Result<RegistrationResult> registerCommercialPlan(const RegistrationRequest &request);

private:
    Problem usernameTaken(const QString &username);
    Problem emailTaken(const QString &email, const QString &site);
    Result<HuaweiActivationCheck> huaweiActivation(const QString &accountId);

    Session &m_session;
};

} // namespace oc
