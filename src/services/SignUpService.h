#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// W-SIGNUP (my-account.md §2, D.1): a HUAWEI ID by email, its security phone and service
// mobile number, enabling Huawei Cloud services and binding a card. Each call is one
// transaction, journaled on success under resource type accountCenter (R-AUD-1); a code is
// judged before the transaction (a wrong one counts, R-VC-1) and consumed inside it.
// Refusals (rule, field, reason) besides those of the core validators (countryRegion,
// email, huaweiPassword, mobile, verificationCode, cardNumber, cardExpiry,
// cardSecurityCode):
//   E-NOT-FOUND accountId    huaweiAccount
//   R-ACC-1     email        idTaken          (a HUAWEI ID has it, whatever its case)
//   R-ACC-16    accountId    notEnabled       (service mobile, card: enable services first)
//   R-ACC-16    accountId    alreadyEnabled   (enabling twice)
//   R-ACC-16    accountId    servicesClosed   (all but the security phone)
//   R-ACC-16    accountId    servicesDisabled (all)
//   R-ACC-16    agreement    required         (Customer Agreement and Privacy Statement)
//   E-REQUIRED  holder       required         (E-TOO-LONG tooLong above 64 characters)
//   R-ACC-18    terms        required
//   R-VC-1      code         wrong/expired/exhausted/used/notSent (CodeService)
class SignUpService
{
public:
    explicit SignUpService(Session &session)
        : m_session(session)
    {}

    // Step 1 (R-ACC-1, R-ACC-2, R-VC-1): the account, services not enabled (R-ACC-16), its
    // login id and tenant name "hid_" + 12 random lowercase letters and digits.
    Result<HuaweiAccount> signUp(const SignUpRequest &request);

    // Step 1 in two halves, for the flows that sign up inside a change of their own
    // (W-PARTNER-ASSOC's Register and Associate). prepare(): before any transaction, the
    // fields validated, the email free (R-ACC-1), the code judged (a wrong one counted,
    // R-VC-1) and the password hashed. create(): inside the caller's transaction, the code
    // consumed, the email free again, the account made and journaled "signUp".
    struct PreparedSignUp
    {
        QString countryRegion;
        QString email;
        QString code;
        QString passwordHash;
    };
    Result<PreparedSignUp> prepare(const SignUpRequest &request);
    static Result<HuaweiAccount> create(Session &session, const PreparedSignUp &signUp);
    // Step 3 inside the caller's transaction (enableServices' checks and change, journaled
    // "enableServices").
    static Result<HuaweiAccount> enableIn(Session &session, const EnableServicesRequest &request);
    // Step 2 (security phone, R-ACC-4; any state but disabled) and step 4a (service mobile
    // number, R-ACC-17; services enabled).
    Result<HuaweiAccount> bindPhone(const BindPhoneRequest &request);
    // Step 3 (R-ACC-16, R-ACC-5): the country/region is set now and fixed from then on.
    Result<HuaweiAccount> enableServices(const EnableServicesRequest &request);
    // Step 4b (R-ACC-18): one Historical Cards row with the simulated bank answer; approved
    // gives post-payment. A bank's refusal is a result, not an error. Either way the
    // account's email is told (Outbox kinds cardBound / cardRejected).
    Result<PaymentCard> bindCard(const BindCardRequest &request);

private:
    Session &m_session;
};

} // namespace oc
