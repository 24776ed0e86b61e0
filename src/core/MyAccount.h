#pragma once

// My Account's account information, preferences and audit trail (my-account.md §5.2-§5.10,
// §8, B, Decisions, D.4 R-ACC-7..15, R-AUD-2): the lists the console offers, the validators
// of Complete Information, Edit Information and Preferences, the display rules of Basic
// Information and the currency of a month's bill. Pure functions: the services check with
// them and the pages use the same for early feedback. Values are stored and sent as the
// spellings below; the GUI words them in the user's language.

#include "Domain.h"
#include "Error.h"

#include <QList>
#include <QString>
#include <QTimeZone>

#include <span>

namespace oc::myaccount {

// A value of a list: its stored spelling and its English name (logs, CSV).
struct Choice
{
    const char *code;
    const char *name;
};

// R-ACC-11: qualification names (Decisions).
inline constexpr Choice QualificationNames[] = {
    {"business_license", "Business license"},
    {"tax_registration_certificate", "Tax registration certificate"},
    {"organization_code_certificate", "Organization code certificate"},
    {"other", "Other"},
};

// R-ACC-13: industries and their secondary industries (Decisions, two levels).
inline constexpr Choice ItInternetIndustries[] = {
    {"software", "Software"},
    {"internet_services", "Internet services"},
    {"it_services", "IT services"},
};
inline constexpr Choice FinanceIndustries[] = {
    {"banking", "Banking"},
    {"insurance", "Insurance"},
    {"securities", "Securities"},
};
inline constexpr Choice ManufacturingIndustries[] = {
    {"electronics", "Electronics"},
    {"automotive", "Automotive"},
    {"other_manufacturing", "Other manufacturing"},
};
inline constexpr Choice RetailIndustries[] = {
    {"ecommerce", "E-commerce"},
    {"stores", "Stores"},
};

struct Industry
{
    const char *code;
    const char *name;
    std::span<const Choice> secondaries; // empty: no secondary industry to choose
};

inline constexpr Industry Industries[] = {
    {"it_internet", "IT & Internet", ItInternetIndustries},
    {"finance", "Finance", FinanceIndustries},
    {"manufacturing", "Manufacturing", ManufacturingIndustries},
    {"education", "Education", {}},
    {"government", "Government & public sector", {}},
    {"retail", "Retail", RetailIndustries},
    {"other", "Other", {}},
};

// The industry of `code`; nullptr for none.
const Industry *industry(QStringView code);

// R-ACC-12, R-ACC-15: currencies (payment currency and the Preferences' currency).
inline constexpr const char *Currencies[] = {"CNY", "USD", "EUR"};
// R-ACC-15: the languages of SMS and email notifications (Chinese, English).
inline constexpr const char *MessageLanguages[] = {"zh_CN", "en"};

// Field names of the refusals (the request members they belong to; a contact address's
// parts are "contactAddress.<member>").
namespace Field {
inline constexpr auto Name = "name"; // Complete Information's name (full or enterprise)
inline constexpr auto FullName = "fullName";
inline constexpr auto EnterpriseName = "enterpriseName";
inline constexpr auto QualificationName = "qualificationName";
inline constexpr auto QualificationProof = "qualificationProof";
inline constexpr auto TaxId = "taxId";
inline constexpr auto Designation = "designation";
inline constexpr auto AddressLine1 = "contactAddress.line1";
inline constexpr auto AddressLine2 = "contactAddress.line2";
inline constexpr auto City = "contactAddress.city";
inline constexpr auto StateProvince = "contactAddress.stateProvince";
inline constexpr auto Commune = "contactAddress.commune";
inline constexpr auto PostalCode = "contactAddress.postalCode";
inline constexpr auto PaymentCurrency = "paymentCurrency";
inline constexpr auto Industry = "industry";
inline constexpr auto SecondaryIndustry = "secondaryIndustry";
inline constexpr auto MessageLanguage = "messageLanguage";
inline constexpr auto TimeZone = "timeZone";
inline constexpr auto Currency = "currency";
// D-SERVICE-CONTACT (R-ACC-14)
inline constexpr auto IdentityChannel = "identityChannel";
inline constexpr auto IdentityCode = "identityCode";
inline constexpr auto NewValue = "newValue";
inline constexpr auto NewCode = "newCode";
} // namespace Field

// ---- validators (each returns the normalised value, or the refusal named) ------------------

// R-ACC-11: empty (not selected) or one of QualificationNames: R-ACC-11 notListed.
Result<QString> qualificationName(const QString &input);
// R-ACC-11: empty or 5-30 letters, digits or '-' (trimmed, upper-cased): R-ACC-11 format
// {min, max}.
Result<QString> taxId(const QString &input);
// §5.2 Designation: optional free text, at most 64 characters (E-TOO-LONG).
Result<QString> designation(const QString &input);
// R-ACC-12: line 1, city, state/province/region and postal code required (R-ACC-12 required
// on the part's field), line 2 and commune optional; each part simplified, at most 128
// characters (R-ACC-12 tooLong {max}); a postal code of 2-12 letters, digits, spaces or '-'
// starting with a letter or digit (R-ACC-12 format).
Result<ContactAddress> contactAddress(const ContactAddress &input);
// R-ACC-12: required (R-ACC-12 required), one of Currencies (R-ACC-12 notListed).
Result<QString> paymentCurrency(const QString &input);
// R-ACC-12, R-ACC-13: the industry required (R-ACC-12 industry required), listed (R-ACC-13
// industry notListed); the secondary industry required when the industry has any (R-ACC-13
// secondaryIndustry required) and one of them (R-ACC-13 secondaryIndustry notListed, also
// for one given to an industry without any). Returns {industry, secondary}.
Result<std::pair<QString, QString>> industryChoice(const QString &industry,
                                                   const QString &secondary);
// R-ACC-15: each required (R-ACC-15 required) and listed (R-ACC-15 notListed): the language
// one of MessageLanguages, the time zone an IANA id Qt knows, the currency one of Currencies.
Result<QString> messageLanguage(const QString &input);
Result<QString> timeZone(const QString &input);
Result<QString> currency(const QString &input);

// ---- Basic Information's display rules ------------------------------------------------------

// R-ACC-14: how a service contact row shows.
enum class ServiceRow
{
    Hidden, // the same as the HUAWEI ID's (or, for the email, none of its own)
    Bind,   // the mobile: none bound ("Not yet bound", Bind)
    Edit    // its own value, differing from the HUAWEI ID's (Edit)
};
// The Service Mobile Number row: Bind when none is bound, hidden when it is the HUAWEI ID's
// mobile number, else shown with Edit.
ServiceRow serviceMobileRow(const HuaweiAccount &account);
// The Service Email Address row: shown with Edit only when it has one of its own that differs
// from the HUAWEI ID's email (letter case aside); there is no Bind.
ServiceRow serviceEmailRow(const HuaweiAccount &account);
// R-ACC-7: the Tenant Name row (and its Edit) only when the tenant name differs from the
// login ID (letter case aside: both identify the account whatever their case).
bool tenantNameEditable(const HuaweiAccount &account);
// R-ACC-10: Complete Information is offered only while the account type is unset.
bool completeInformationOffered(const HuaweiAccount &account);

// ---- R-ACC-15: the currency of a month's bill ---------------------------------------------

// The billing cycle of the bill of `year`-`month`: that calendar month in `zone`, as UTC
// instants [start, end).
std::pair<QDateTime, QDateTime> billingCycle(int year, int month, const QTimeZone &zone);
// The currency of the bill of `year`-`month`: the one last selected within its billing cycle
// (`history` in any order); without a selection in the cycle, the one in effect when it
// started (the last selected before it); without any, `fallback` (the account's currency).
QString billCurrency(const QList<CurrencySelection> &history, int year, int month,
                     const QTimeZone &zone, const QString &fallback);

} // namespace oc::myaccount

// R-AUD-2: the CTS traces of my-account.md B (Table 8-1), all of resource type accountCenter.
namespace oc::cts {

inline constexpr auto ResourceType = "accountCenter";

inline constexpr auto ChangeIndividualAuthInfo = "changeIndividualAuthInfo";
inline constexpr auto ReauthWithEnterpriseInfo = "reauthWithEnterpriseInfo";
inline constexpr auto ChangeEnterpriseName = "changeEnterpriseName";
inline constexpr auto ChangeEnterpriseEntity = "changeEnterpriseEntity";
inline constexpr auto ChangePhone = "changePhone";
inline constexpr auto ChangeEmail = "changeEmail";
inline constexpr auto AddRecipient = "addRecipient";
inline constexpr auto EditRecipient = "editRecipient";
inline constexpr auto DeleteRecipient = "deleteRecipient";

// Exactly these nine, in the table's order.
inline constexpr const char *TraceNames[] = {ChangeIndividualAuthInfo,
                                             ReauthWithEnterpriseInfo,
                                             ChangeEnterpriseName,
                                             ChangeEnterpriseEntity,
                                             ChangePhone,
                                             ChangeEmail,
                                             AddRecipient,
                                             EditRecipient,
                                             DeleteRecipient};

bool isTraceName(QStringView name);

} // namespace oc::cts
