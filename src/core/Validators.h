#pragma once

// Field validators of ../shared/spec/rules.md (R-ID-*, R-ACC-*, R-ORG-1/2/5, R-WS-1,
// R-FC-1, R-VC-1). Pure functions: the services call them as the source of truth and the
// pages call the same functions for early feedback. Text validators return the
// normalised value (trimmed, case-folded where the rule says so) or an Error naming the
// rule, the field and the reason.

#include "Domain.h"
#include "Error.h"

#include <QString>

namespace oc::validate {

// Field names used in errors; pages map them to widgets, the API to JSON members.
namespace Field {
inline constexpr auto AccountId = "accountId";
inline constexpr auto OrderId = "orderId";
inline constexpr auto InstanceId = "instanceId";
inline constexpr auto Email = "email";
inline constexpr auto Password = "password";
inline constexpr auto PasswordConfirm = "passwordConfirm";
inline constexpr auto TenantName = "tenantName";
inline constexpr auto Mobile = "mobile";
inline constexpr auto CountryRegion = "countryRegion";
inline constexpr auto AccountType = "accountType";
inline constexpr auto EnterpriseName = "enterpriseName";
inline constexpr auto Abbreviation = "abbreviation";
inline constexpr auto MemberAccount = "account";
inline constexpr auto DisplayName = "displayName";
inline constexpr auto WorkspaceName = "workspaceName";
inline constexpr auto Username = "username";
inline constexpr auto Code = "code";
inline constexpr auto Site = "site";
inline constexpr auto Quantity = "quantity";
inline constexpr auto SecurityPhone = "securityPhone";
inline constexpr auto Agreement = "agreement";
inline constexpr auto CardNumber = "cardNumber";
inline constexpr auto CardHolder = "holder";
inline constexpr auto CardExpiry = "expiry";
inline constexpr auto CardSecurityCode = "securityCode";
inline constexpr auto Terms = "terms";
// D-LOGIN (R-ACC-19)
inline constexpr auto Identifier = "identifier";   // HUAWEI ID: phone, email, login ID, tenant
inline constexpr auto WebsiteAccountName = "name"; // a Huawei website account's name
inline constexpr auto AccountName = "accountName"; // Create and Bind's new HUAWEI ID
inline constexpr auto HuaweiPassword = "huaweiPassword"; // binding to an existing HUAWEI ID
inline constexpr auto Channel = "channel";               // where the login code goes
inline constexpr auto DeviceId = "deviceId";             // "Trust this browser?"
// My Account (my-account.md §5, D.2)
inline constexpr auto LoginId = "loginId";
inline constexpr auto CurrentPassword = "currentPassword";
inline constexpr auto NewPassword = "newPassword";
} // namespace Field

// R-ID-1: 32 hex characters; trimmed, uppercase accepted and lowered.
Result<QString> huaweiAccountId(const QString &input,
                                const QString &field = QString::fromLatin1(Field::AccountId));
// R-ID-2: CS + yyMMddHHmm + 5 uppercase alphanumerics; trimmed, lowercase raised.
Result<QString> orderId(const QString &input,
                        const QString &field = QString::fromLatin1(Field::OrderId));
// R-ID-3: RFC 4122 UUID; trimmed, braces removed, lowered.
Result<QString> instanceId(const QString &input,
                           const QString &field = QString::fromLatin1(Field::InstanceId));

// R-ACC-1
Result<QString> email(const QString &input,
                      const QString &field = QString::fromLatin1(Field::Email));
// R-ACC-2, HUAWEI ID: >= 8 characters, letters and digits, no spaces.
Result<QString> huaweiPassword(const QString &input,
                               const QString &field = QString::fromLatin1(Field::Password));
// R-ACC-2, Guance and fee-center accounts (also Joint Operations member passwords, which
// are reused as fee-center credentials, seed 002): 8-32 characters, 3 of 4 classes.
Result<QString> guancePassword(const QString &input,
                               const QString &field = QString::fromLatin1(Field::Password));
// A confirmation must equal the password (E-MISMATCH).
Problem passwordConfirmation(const QString &password, const QString &confirmation,
                             const QString &field = QString::fromLatin1(Field::PasswordConfirm));
// R-ACC-3
Result<QString> tenantName(const QString &input,
                           const QString &field = QString::fromLatin1(Field::TenantName));
// R-ACC-3: at most 3 changes per calendar year.
inline constexpr int MaxTenantNameChangesPerYear = 3;
Problem tenantNameChangeAllowed(int changesThisYear);
// R-ACC-4: "+<country code><6-14 digits>", spaces and hyphens ignored. Empty is accepted
// (returned as empty) only when `optional`.
Result<QString> mobile(const QString &input, bool optional,
                       const QString &field = QString::fromLatin1(Field::Mobile));
// R-ACC-5
Problem countryRegionChange(ServicesStatus services, const QString &from, const QString &to);
// R-ACC-5: one of the countries/regions of core/Countries.h (upper-cased).
Result<QString> countryRegion(const QString &input,
                              const QString &field = QString::fromLatin1(Field::CountryRegion));
// R-ACC-18: a card number of 12-19 digits (spaces and hyphens ignored) whose Luhn check
// digit is right; returned as digits only.
Result<QString> cardNumber(const QString &input,
                           const QString &field = QString::fromLatin1(Field::CardNumber));
// R-ACC-18: "MM/YY" (also "MM/YYYY"), a valid month, not before `today`'s month; returned
// as "MM/YY".
Result<QString> cardExpiry(const QString &input, const QDate &today,
                           const QString &field = QString::fromLatin1(Field::CardExpiry));
// R-ACC-18: 3 or 4 digits.
Result<QString>
cardSecurityCode(const QString &input,
                 const QString &field = QString::fromLatin1(Field::CardSecurityCode));
// R-AUTH-1 / R-AUTH-2: a certificate or registration number, 5-30 letters, digits or '-'
// (trimmed, upper-cased); `rule` is the rule of the form it is on.
Result<QString> certificateNumber(const QString &input, const char *rule, const QString &field);
// "**** **** **** 1234": all that is ever kept of a card number.
QString maskedCardNumber(const QString &digits);
// R-ACC-6
Problem accountTypeChange(AccountType from, AccountType to, AuthStatus auth);

// R-ORG-1: required, at most 64 characters.
Result<QString> enterpriseName(const QString &input,
                               const QString &field = QString::fromLatin1(Field::EnterpriseName));
// R-ORG-2 (format only; uniqueness is the store's).
Result<QString> abbreviation(const QString &input,
                             const QString &field = QString::fromLatin1(Field::Abbreviation));
// R-ORG-5 (format only; uniqueness inside the organization is the store's).
Result<QString> memberAccount(const QString &input,
                              const QString &field = QString::fromLatin1(Field::MemberAccount));
// R-WS-1 (format only; uniqueness inside the fee-center account is the store's).
Result<QString> workspaceName(const QString &input,
                              const QString &field = QString::fromLatin1(Field::WorkspaceName));
// R-FC-1: Guance and fee-center usernames: 3-32 characters, a letter first, then
// letters, digits, '.', '_' or '-'.
Result<QString> username(const QString &input,
                         const QString &field = QString::fromLatin1(Field::Username));
// R-ACC-19: a Huawei website account's name: 3-32 letters, digits, '_', '.' or '-' (trimmed;
// unique whatever its case, which is the store's).
Result<QString>
websiteAccountName(const QString &input,
                   const QString &field = QString::fromLatin1(Field::WebsiteAccountName));
// R-ACC-19: Create and Bind's account name, which becomes the new HUAWEI ID's login ID and
// tenant name: the form of a generated login ID and of a tenant name (R-ACC-3), 6-32
// characters, a letter first, then letters, digits, '_' or '-' (trimmed; free as a login ID
// and a tenant name whatever its case, which is the store's).
Result<QString> newAccountName(const QString &input,
                               const QString &field = QString::fromLatin1(Field::AccountName));
// R-ACC-8: a new login ID has the form of every login ID (the generated ones, Create and
// Bind's account names, newAccountName above): 6-32 characters, a letter first, then letters,
// digits, '_' or '-' (trimmed; free as a login ID and a tenant name whatever its case, which
// is the store's). Refused as R-ACC-8 format {min, max}.
Result<QString> loginId(const QString &input,
                        const QString &field = QString::fromLatin1(Field::LoginId));
// R-VC-1: six digits.
Result<QString> verificationCode(const QString &input,
                                 const QString &field = QString::fromLatin1(Field::Code));
// R-WS-3: one of the fixed sites.
Result<QString> site(const QString &input, const QString &field = QString::fromLatin1(Field::Site));

// A mandatory free-text field: trimmed, not empty, at most `maxLength` characters.
Result<QString> requiredText(const QString &input, const QString &field, int maxLength = 128);
// An optional free-text field: trimmed, at most `maxLength` characters.
Result<QString> optionalText(const QString &input, const QString &field, int maxLength = 256);

} // namespace oc::validate
