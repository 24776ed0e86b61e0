#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"
#include "store/LoginFailureRepository.h"
#include "store/WebsiteAccountRepository.h"

namespace oc {

// D-LOGIN "Sign in to Huawei Cloud" (my-account.md §3, D.2; R-ACC-19): the HUAWEI ID tab
// (identifier and password, then a code to the chosen channel unless the device is trusted)
// and the Huawei Website Account tab (bound to a HUAWEI ID on its first login, to an existing
// one or a new one made by Create and Bind). The operator plays the Huawei website, which
// makes the website accounts.
//
// Passwords: wrong ones are counted per HUAWEI ID and per website account, each in a
// transaction of its own that commits although the login is refused, and journaled (like
// R-ORG-6); the fifth in a row locks the login for 15 minutes on the session's clock, during
// which even the right password is refused without being judged; a right one starts the count
// again. An unknown identifier or name takes as long as a wrong password (a decoy hash) and
// gets the same answer. A disabled account (R-CLS-2, R-CLS-5) is refused only once its
// password is verified, so that the refusal tells nothing about other accounts; a not enabled
// one signs in (the console then offers enableServices), and so does a closed one.
//
// Refusals (rule, field, reason {args}) besides those of the core validators (countryRegion,
// password of a new website account, mobile) and of CodeService (R-VC-1, always with field
// "code"):
//   E-REQUIRED  identifier     required
//   E-REQUIRED  password       required
//   E-REQUIRED  deviceId       required             (TRUST without a device id)
//   R-ACC-19    password       wrongPassword        (also an unknown identifier or name, and
//                                                    the service mobile number, R-ACC-17)
//   R-ACC-19    identifier     throttled {minutes}  (5 wrong passwords: 15 minutes)
//   R-CLS-2     identifier     disabled {disabledAt: yyyy-MM-dd, when known}
//   R-ACC-19    channel        unbound              (no security phone / email to send to)
//   E-REQUIRED  name           required
//   R-ACC-19    name           format {min, max}    (3-32 letters, digits, '_', '.', '-')
//   R-ACC-19    name           taken                (a website account has it, any case)
//   R-ACC-19    name           throttled {minutes}
//   R-CLS-2     name           disabled {disabledAt} (its HUAWEI ID is disabled)
//   R-ACC-19    name           alreadyBound
//   E-REQUIRED  huaweiPassword required
//   R-ACC-19    huaweiPassword wrongPassword        (binding to an existing HUAWEI ID)
//   R-ACC-19    identifier     alreadyBound         (that HUAWEI ID has a website account)
//   E-REQUIRED  accountName    required
//   R-ACC-19    accountName    format {min, max}    (6-32, a letter first: a login ID and a
//                                                    tenant name, R-ACC-3)
//   R-ACC-19    accountName    taken                (a login ID or tenant name, any case)
//   R-ACC-19    mobile         taken                (another HUAWEI ID's security phone: a
//                                                    login identifier must name one account)
class HuaweiLoginService
{
public:
    explicit HuaweiLoginService(Session &session)
        : m_session(session)
    {}

    // LOG IN: identifier and password judged (and counted); where a code may go and whether
    // one is needed on this device. A right password starts the count again.
    Result<HuaweiLoginChallenge> checkHuaweiLogin(const HuaweiLoginRequest &request);
    // OK: identifier and password judged again, the code of the chosen channel consumed
    // (purpose huawei-login) unless the device is trusted, the device trusted on TRUST;
    // journaled as "login".
    Result<HuaweiLoginResult> huaweiLogin(const HuaweiLoginRequest &request);
    // The operator acting as the Huawei website: a website account, not bound yet.
    Result<WebsiteAccount> createWebsiteAccount(const WebsiteAccountRequest &request);
    // Bound: signed in to its HUAWEI ID ("login"). Not bound yet: bindRequired, nothing else.
    Result<HuaweiLoginResult> websiteLogin(const WebsiteLoginRequest &request);
    // The first login's binding: to an existing HUAWEI ID (its identifier and password), or to
    // a new one (Create and Bind: account name, mobile number and the code sent to it,
    // purpose website-bind). Journaled as "bindWebsiteAccount".
    Result<HuaweiLoginResult> bindWebsiteAccount(const BindWebsiteAccountRequest &request);

    // The fields a HUAWEI ID's credentials are refused on (the HUAWEI ID tab's, those of
    // binding to an existing HUAWEI ID, or W-PARTNER-ASSOC's Log In and Associate), and the
    // operation that journals the refusals.
    struct HuaweiIdFields
    {
        const char *identifier;
        const char *password;
        QString operation;
    };
    struct VerifiedHuaweiId
    {
        HuaweiAccount account;
        QString passwordHash; // as verified: a change meanwhile is judged again
        int failures = 0;
    };
    // Identifier and password judged (R-ACC-19): an account that is neither locked nor
    // disabled, or the refusal (a wrong password counted and journaled). Outside any
    // transaction (the hash is slow; a wrong password's count commits on its own).
    Result<VerifiedHuaweiId> verifyHuaweiId(const QString &identifier, const QString &password,
                                            const HuaweiIdFields &fields);

private:
    using FailureKind = store::LoginFailureRepository::Kind;

    // A website account's name and password judged, likewise.
    Result<store::WebsiteAccountRow>
    verifyWebsiteAccount(const QString &name, const QString &password, const QString &operation);
    Error countWrongPassword(FailureKind kind, const QString &subject, const QString &operation,
                             const QString &resourceType, const QString &target,
                             const Error &wrongPassword, const char *throttledField);
    Error journalRefusal(const QString &operation, const QString &resourceType,
                         const QString &target, const Error &error);
    Result<HuaweiLoginResult> bindExisting(const BindWebsiteAccountRequest &request,
                                           const store::WebsiteAccountRow &website);
    // Create and Bind's input, as the validators returned it.
    struct NewHuaweiId
    {
        QString accountName;
        QString mobile;
        QString code;
    };
    Result<HuaweiLoginResult> createAndBind(const NewHuaweiId &created,
                                            const store::WebsiteAccountRow &website);

    Session &m_session;
};

} // namespace oc
