#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// My Account, part 2 (my-account.md §5.1-§5.10, D.2, D.4): the HUAWEI ID's password (change,
// or reset with a code) and login ID (once), and the Huawei Cloud tenant's information —
// tenant name, Complete Information, Edit Information, the service mobile number and email
// address (two verified steps), Preferences and message recipients.
//
// Every change is one transaction, journaled under resource type accountCenter (R-AUD-1) as
// the operation named below with short details (never a password or a code); a refusal is
// journaled too (a wrong password or code by the call that judged it). changeServiceContact
// (changePhone / changeEmail) and the recipients' changes (addRecipient / editRecipient /
// deleteRecipient) also leave a CTS trace, success or refusal, while the account's CTS is
// enabled (R-AUD-2, CtsTrail). Passwords are Argon2id hashes (core/PasswordHasher), hashed
// and verified outside the transaction (they are slow on purpose). Verification codes
// (R-VC-1) are sent with sendCode (CodeService) under the purposes of CodePurpose; a call
// judges its codes first outside its transaction, so that a wrong one is counted, then
// consumes them inside.
//
// Every call first: R-ID-1 accountId format {length} (E-REQUIRED accountId when empty), then
// E-NOT-FOUND accountId huaweiAccount. The tenant's calls (all but the two password calls and
// changeLoginId, which are the HUAWEI ID's, §5.11.1 "the HUAWEI ID itself remains") need the
// services enabled: R-ACC-16 accountId notEnabled / servicesClosed / servicesDisabled.
// Refusals besides, in the order they are checked (rule, field, reason {args}):
//
// changePassword (operation changePassword):
//   E-REQUIRED currentPassword required
//   R-ACC-2    newPassword     tooShort {min} / whitespace / lettersAndDigits (E-REQUIRED)
//   R-ACC-20   currentPassword wrongPassword
//   R-ACC-20   newPassword     samePassword
// resetPassword (operation resetPassword; a reset also lifts a login lock of R-ACC-19):
//   R-ACC-2    newPassword     as above
//   R-ACC-20   channel         unbound          (no security phone / email to send the code to)
//   R-VC-1     code            format / wrong {attemptsLeft} / expired / exhausted / used /
//                              notSent          (purpose reset-password, to the channel's
//                                               destination)
// changeLoginId (operation changeLoginId, details "old -> new"):
//   R-ACC-8    loginId         format {min, max} (E-REQUIRED loginId required)
//   R-ACC-8    loginId         changedOnce      (it was changed before)
//   R-ACC-8    loginId         unchanged        (the current one, whatever its case)
//   R-ACC-8    loginId         taken            (another account's login ID or tenant name,
//                                               whatever its case)
// changeTenantName (operation changeTenantName, details "old -> new"):
//   R-ACC-3    tenantName      length / format  (E-REQUIRED tenantName required)
//   R-ACC-7    tenantName      sameAsLoginId    (the tenant name is the login ID: not editable)
//   R-ACC-3    tenantName      unchanged        (the current one, whatever its case)
//   R-ACC-3    tenantName      changeLimit {max} (3 changes this calendar year, China's
//                                               calendar on the clock)
//   R-ACC-3    tenantName      taken            (another account's tenant name or login ID,
//                                               whatever its case)
// completeInformation (operation completeInformation):
//   R-ACC-10   accountType     required         (unset)
//   R-ACC-10   name            required
//   E-TOO-LONG name            tooLong {max: 64}
//   R-ACC-10   accountType     typeSet          (the type is set: Complete Information is no
//                                               longer offered; Edit Information changes it)
// editInformation (operation editInformation), the form's fields first, then the account:
//   R-ACC-6    accountType     unset
//   R-ACC-10   fullName | enterpriseName  required  (the type's name)
//   E-TOO-LONG fullName | enterpriseName  tooLong {max: 64}
//   R-ACC-11   qualificationName notListed
//   E-INVALID  qualificationProof sha256 / header / thumbnail
//   R-ACC-11   qualificationProof empty / tooLarge {maxMb: 5} / type {allowed} / extension
//                              {type}           (DOC, DOCX, JPG, PNG, PDF or ODT by content)
//   E-INVALID  qualificationProof slot          (not MaterialSlot::QualificationProof)
//   R-ACC-11   taxId           format {min, max}
//   E-TOO-LONG designation     tooLong {max: 64}
//   R-ACC-12   contactAddress.<part> required / tooLong {max} / format (postal code)
//   R-ACC-12   paymentCurrency required / notListed
//   R-ACC-12   industry        required
//   R-ACC-13   industry        notListed
//   R-ACC-13   secondaryIndustry required / notListed
//   R-ACC-6    accountType     enterpriseToIndividual / reauthenticationRequired
//   R-ACC-9    fullName | enterpriseName  authenticated / pending  (the name changed after
//                              authentication was submitted or approved)
// changeServiceContact (operation and CTS trace changePhone / changeEmail):
//   R-ACC-4    newValue        format           (a mobile; E-REQUIRED newValue required)
//   R-ACC-1    newValue        format / forbiddenCharacter (an email)
//   R-ACC-14   identityChannel unbound          (no HUAWEI ID mobile number / email)
//   R-ACC-14   newValue        unchanged        (the current service value)
//   R-VC-1     identityCode    format / wrong {attemptsLeft} / expired / exhausted / used /
//                              notSent          (step 1, purpose verify-identity)
//   R-VC-1     newCode         the same         (step 2, purpose service-mobile /
//                                               service-email, sent to newValue)
// savePreferences (operation savePreferences; a new currency is kept with its time, R-ACC-15):
//   R-ACC-15   messageLanguage | timeZone | currency  required / notListed
// saveRecipient (operation and CTS trace addRecipient, or editRecipient for an existing id):
//   E-REQUIRED name            required; E-TOO-LONG name tooLong {max: 64}
//   R-ACC-4    mobile          format;  R-ACC-1 email format / forbiddenCharacter
//   E-REQUIRED mobile          mobileOrEmail    (neither given)
//   E-NOT-FOUND recipientId    recipient        (no such recipient of this account)
// deleteRecipient (operation and CTS trace deleteRecipient):
//   E-NOT-FOUND recipientId    recipient
class MyAccountService
{
public:
    explicit MyAccountService(Session &session)
        : m_session(session)
    {}

    Status changePassword(const PasswordChangeRequest &request);
    Status resetPassword(const PasswordResetRequest &request);
    Result<HuaweiAccount> changeLoginId(const LoginIdChangeRequest &request);
    Result<HuaweiAccount> changeTenantName(const TenantNameChangeRequest &request);
    Result<HuaweiAccount> completeInformation(const CompleteInformationRequest &request);
    Result<HuaweiAccount> editInformation(const EditInformationRequest &request);
    Result<HuaweiAccount> changeServiceContact(const ServiceContactChangeRequest &request);
    Result<HuaweiAccount> savePreferences(const PreferencesRequest &request);
    Result<MessageRecipient> saveRecipient(const RecipientInput &recipient);
    Status deleteRecipient(qint64 recipientId);

    // R-ACC-3: the account's tenant-name changes in the calendar year of `now` (China's
    // calendar), inside the caller's transaction.
    static int tenantNameChangesThisYear(store::Database &db, const QString &accountId,
                                         const QDateTime &now);

private:
    Result<HuaweiAccount> changeServiceContactChecked(const ServiceContactChangeRequest &request,
                                                      const QString &accountId);
    Result<MessageRecipient> saveRecipientChecked(const RecipientInput &recipient,
                                                  const QString &accountId);
    // A refusal judged outside any transaction, journaled in one of its own (R-AUD-1).
    Error journaled(const QString &operation, const QString &target, const Error &refusal);

    Session &m_session;
};

} // namespace oc
