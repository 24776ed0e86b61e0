#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// D-CONDITIONS (my-account.md Decisions, D.2): the facts of Huawei's money and contracts the
// console does not model, per account, which the operator sets acting as Huawei and the
// checks read (R-AUTH-5 koogallerySeller, R-AUTH-6 hcpnPartner, R-AUTH-11 arrears, R-AUD-2
// ctsEnabled: CTS traces are recorded while it is on; R-CLS-1; R-PTN-2..4: chineseMainlandSite,
// partnerSupportPlan, ordersAwaitingPartner, professionalContract; R-MST-2: enterpriseCenter,
// cloudSolutionProvider). An account whose
// conditions were never set has all zero and false. A change is one transaction, journaled as
// setAccountConditions under resource type accountCenter (R-AUD-1), its details the values set.
// Refusals (rule, field, reason {args}):
//   R-ID-1      accountId  format {length}  (validate::huaweiAccountId; E-REQUIRED when empty)
//   E-INVALID   arrears    negative         (setting: money is never below zero)
//   E-INVALID   balance    negative
//   E-NOT-FOUND accountId  huaweiAccount
class ConditionsService
{
public:
    explicit ConditionsService(Session &session)
        : m_session(session)
    {}

    Result<AccountConditions> accountConditions(const QString &accountId);
    // Replaces all of the account's conditions with `conditions` (an upsert: two operators
    // setting them at once both succeed, the later one's values stay).
    Result<AccountConditions> setAccountConditions(const AccountConditions &conditions);

    // The account's conditions as the checks read them, inside the caller's transaction
    // (defaults when none are stored; the account is not looked for).
    static AccountConditions of(store::Database &db, const QString &accountId);
    // Stores `conditions` as they are (the caller validated them), inside the caller's
    // transaction (the demo story's conditions too).
    static void save(store::Database &db, const AccountConditions &conditions, const QDateTime &at);
    // The journal's details of a change: the money and the flags set, e.g. "arrears 1280.50
    // balance 0.00 koogallerySeller".
    static QString summary(const AccountConditions &conditions);

private:
    Session &m_session;
};

} // namespace oc
