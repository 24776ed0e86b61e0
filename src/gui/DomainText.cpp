#include "DomainText.h"

#include "core/ListNames.h"
#include "core/Sites.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <span>

namespace oc::gui {

namespace {

// A source text and its disambiguation, translated in the context "DomainText".
struct Text
{
    const char *source;
    const char *comment = nullptr;

    QString translated() const
    {
        return QCoreApplication::translate("DomainText", source, comment);
    }
};

struct EnumText
{
    QLatin1StringView enumName;
    const char *value; // the stored spelling (core/Domain.h)
    Text text;
};

// The disambiguation of each value is its enumeration's name.
constexpr EnumText EnumTexts[] = {
    {enumName::AccountType, "unset", QT_TRANSLATE_NOOP3("DomainText", "Not set", "accountType")},
    {enumName::AccountType, "individual",
     QT_TRANSLATE_NOOP3("DomainText", "Individual", "accountType")},
    {enumName::AccountType, "enterprise",
     QT_TRANSLATE_NOOP3("DomainText", "Enterprise", "accountType")},
    {enumName::AuthStatus, "unauthenticated",
     // The seed's words (my-account.md, Decisions): not yet authenticated; "Under review"
     // is a submitted request.
     QT_TRANSLATE_NOOP3("DomainText", "Pending real-name authentication", "authStatus")},
    {enumName::AuthStatus, "pending",
     QT_TRANSLATE_NOOP3("DomainText", "Under review", "authStatus")},
    {enumName::AuthStatus, "authenticated",
     QT_TRANSLATE_NOOP3("DomainText", "Authenticated", "authStatus")},
    {enumName::AuthStatus, "rejected", QT_TRANSLATE_NOOP3("DomainText", "Rejected", "authStatus")},
    {enumName::ServicesStatus, "not_enabled",
     QT_TRANSLATE_NOOP3("DomainText", "Not enabled", "servicesStatus")},
    {enumName::ServicesStatus, "enabled",
     QT_TRANSLATE_NOOP3("DomainText", "Enabled", "servicesStatus")},
    {enumName::ServicesStatus, "closed",
     QT_TRANSLATE_NOOP3("DomainText", "Closed (retention)", "servicesStatus")},
    {enumName::ServicesStatus, "disabled",
     QT_TRANSLATE_NOOP3("DomainText", "Disabled", "servicesStatus")},
    {enumName::ProductKind, "subscription",
     QT_TRANSLATE_NOOP3("DomainText", "Subscription", "productKind")},
    {enumName::ProductKind, "stored_value_card",
     QT_TRANSLATE_NOOP3("DomainText", "Stored-value card", "productKind")},
    {enumName::OrderStatus, "unpaid", QT_TRANSLATE_NOOP3("DomainText", "Unpaid", "orderStatus")},
    {enumName::OrderStatus, "paid", QT_TRANSLATE_NOOP3("DomainText", "Paid", "orderStatus")},
    {enumName::OrderStatus, "cancelled",
     QT_TRANSLATE_NOOP3("DomainText", "Cancelled", "orderStatus")},
    {enumName::InstanceStatus, "provisioning",
     QT_TRANSLATE_NOOP3("DomainText", "Provisioning", "instanceStatus")},
    {enumName::InstanceStatus, "active",
     QT_TRANSLATE_NOOP3("DomainText", "Active", "instanceStatus")},
    {enumName::InstanceStatus, "frozen",
     QT_TRANSLATE_NOOP3("DomainText", "Frozen", "instanceStatus")},
    {enumName::InstanceStatus, "closed",
     QT_TRANSLATE_NOOP3("DomainText", "Closed", "instanceStatus")},
    {enumName::OrganizationStatus, "creating",
     QT_TRANSLATE_NOOP3("DomainText", "Setting up", "organizationStatus")},
    {enumName::OrganizationStatus, "ready",
     QT_TRANSLATE_NOOP3("DomainText", "Ready", "organizationStatus")},
    {enumName::WorkspaceLanguage, "zh",
     QT_TRANSLATE_NOOP3("DomainText", "Chinese", "workspaceLanguage")},
    {enumName::WorkspaceLanguage, "en",
     QT_TRANSLATE_NOOP3("DomainText", "English", "workspaceLanguage")},
    {enumName::WorkspaceStatus, "active",
     QT_TRANSLATE_NOOP3("DomainText", "Active", "workspaceStatus")},
    {enumName::WorkspaceStatus, "locked",
     QT_TRANSLATE_NOOP3("DomainText", "Locked", "workspaceStatus")},
    {enumName::WorkspaceStatus, "dissolved",
     QT_TRANSLATE_NOOP3("DomainText", "Dissolved", "workspaceStatus")},
    {enumName::SettlementMethod, "fee_center",
     QT_TRANSLATE_NOOP3("DomainText", "Fee-center account", "settlementMethod")},
    {enumName::SettlementMethod, "huawei_cloud",
     QT_TRANSLATE_NOOP3("DomainText", "Huawei Cloud account", "settlementMethod")},
    {enumName::SettlementMethod, "alibaba_cloud",
     QT_TRANSLATE_NOOP3("DomainText", "Alibaba Cloud account", "settlementMethod")},
    {enumName::SettlementMethod, "aws",
     QT_TRANSLATE_NOOP3("DomainText", "AWS account", "settlementMethod")},
    {enumName::CardStatus, "available",
     QT_TRANSLATE_NOOP3("DomainText", "Available", "cardStatus")},
    {enumName::CardStatus, "used_up", QT_TRANSLATE_NOOP3("DomainText", "Used up", "cardStatus")},
    {enumName::CardStatus, "expired", QT_TRANSLATE_NOOP3("DomainText", "Expired", "cardStatus")},
    {enumName::PurchaseType, "huawei_marketplace",
     QT_TRANSLATE_NOOP3("DomainText", "Huawei Cloud marketplace purchase", "purchaseType")},
    {enumName::PurchaseType, "direct",
     QT_TRANSLATE_NOOP3("DomainText", "Direct purchase", "purchaseType")},
    {enumName::Channel, "email", QT_TRANSLATE_NOOP3("DomainText", "Email", "channel")},
    {enumName::Channel, "sms", QT_TRANSLATE_NOOP3("DomainText", "SMS", "channel")},
    {enumName::ReviewStatus, "pending",
     QT_TRANSLATE_NOOP3("DomainText", "Under review", "reviewStatus")},
    {enumName::ReviewStatus, "approved",
     QT_TRANSLATE_NOOP3("DomainText", "Approved", "reviewStatus")},
    {enumName::ReviewStatus, "rejected",
     QT_TRANSLATE_NOOP3("DomainText", "Rejected", "reviewStatus")},
    {enumName::ReviewKind, "authentication",
     QT_TRANSLATE_NOOP3("DomainText", "Real-name authentication", "reviewKind")},
    {enumName::ReviewKind, "individual_owner",
     QT_TRANSLATE_NOOP3("DomainText", "Change of individual owner", "reviewKind")},
    {enumName::ReviewKind, "individual_to_enterprise",
     QT_TRANSLATE_NOOP3("DomainText", "Individual to enterprise (service ticket)", "reviewKind")},
    {enumName::ReviewKind, "enterprise_entity",
     QT_TRANSLATE_NOOP3("DomainText", "Change of enterprise entity", "reviewKind")},
    {enumName::ReviewKind, "enterprise_name",
     QT_TRANSLATE_NOOP3("DomainText", "Change of enterprise name", "reviewKind")},
    {enumName::RejectReason, "country_mismatch",
     QT_TRANSLATE_NOOP3("DomainText", "The certificate's country/region is not the account's",
                        "rejectReason")},
    {enumName::RejectReason, "certificate_invalid",
     QT_TRANSLATE_NOOP3("DomainText", "The certificate is expired or not valid", "rejectReason")},
    {enumName::RejectReason, "illegible",
     QT_TRANSLATE_NOOP3("DomainText", "The photo is not clear", "rejectReason")},
    {enumName::RejectReason, "name_mismatch",
     QT_TRANSLATE_NOOP3("DomainText", "The name does not match the certificate", "rejectReason")},
    {enumName::RejectReason, "number_mismatch",
     QT_TRANSLATE_NOOP3("DomainText", "The number does not match the certificate", "rejectReason")},
    {enumName::RejectReason, "holding_photo",
     QT_TRANSLATE_NOOP3("DomainText",
                        "The holding photo breaks its rules (front side, face and arms visible, "
                        "no headwear)",
                        "rejectReason")},
    {enumName::RejectReason, "not_original",
     QT_TRANSLATE_NOOP3("DomainText", "The photo is edited or not an original", "rejectReason")},
    // R-AUD-2: the operations of the CTS trace names (my-account.md B, Table 8-1).
    {enumName::CtsOperation, "changeIndividualAuthInfo",
     QT_TRANSLATE_NOOP3("DomainText", "Changing individual authentication", "ctsOperation")},
    {enumName::CtsOperation, "reauthWithEnterpriseInfo",
     QT_TRANSLATE_NOOP3("DomainText", "Re-authenticating as an enterprise", "ctsOperation")},
    {enumName::CtsOperation, "changeEnterpriseName",
     QT_TRANSLATE_NOOP3("DomainText", "Changing an enterprise name", "ctsOperation")},
    {enumName::CtsOperation, "changeEnterpriseEntity",
     QT_TRANSLATE_NOOP3("DomainText", "Changing an enterprise entity", "ctsOperation")},
    {enumName::CtsOperation, "changePhone",
     QT_TRANSLATE_NOOP3("DomainText", "Changing a mobile number", "ctsOperation")},
    {enumName::CtsOperation, "changeEmail",
     QT_TRANSLATE_NOOP3("DomainText", "Changing an email address", "ctsOperation")},
    {enumName::CtsOperation, "addRecipient",
     QT_TRANSLATE_NOOP3("DomainText", "Adding a recipient", "ctsOperation")},
    {enumName::CtsOperation, "editRecipient",
     QT_TRANSLATE_NOOP3("DomainText", "Changing a recipient", "ctsOperation")},
    {enumName::CtsOperation, "deleteRecipient",
     QT_TRANSLATE_NOOP3("DomainText", "Deleting a recipient", "ctsOperation")},
};

struct KeyText
{
    const char *key;
    Text text;
};

constexpr KeyText SiteTexts[] = {
    {"cn1", {QT_TRANSLATE_NOOP("DomainText", "China 1 (Hangzhou)")}},
    {"cn2", {QT_TRANSLATE_NOOP("DomainText", "China 2 (Ningxia)")}},
    {"cn4", {QT_TRANSLATE_NOOP("DomainText", "China 4 (Guangzhou)")}},
    {"cn6", {QT_TRANSLATE_NOOP("DomainText", "China 6 (Hong Kong)")}},
    {"us1", {QT_TRANSLATE_NOOP("DomainText", "US1 (Oregon)")}},
    {"eu1", {QT_TRANSLATE_NOOP("DomainText", "EU1 (Frankfurt)")}},
    {"ap1", {QT_TRANSLATE_NOOP("DomainText", "AP1 (Singapore)")}},
};

// W-SIGNUP: the countries/regions of core/Countries.h.
constexpr KeyText CountryTexts[] = {
    {"CN", {QT_TRANSLATE_NOOP("DomainText", "Chinese mainland")}},
    {"HK", {QT_TRANSLATE_NOOP("DomainText", "Hong Kong (China)")}},
    {"MO", {QT_TRANSLATE_NOOP("DomainText", "Macao (China)")}},
    {"SG", {QT_TRANSLATE_NOOP("DomainText", "Singapore")}},
    {"MY", {QT_TRANSLATE_NOOP("DomainText", "Malaysia")}},
    {"TH", {QT_TRANSLATE_NOOP("DomainText", "Thailand")}},
    {"ID", {QT_TRANSLATE_NOOP("DomainText", "Indonesia")}},
    {"PH", {QT_TRANSLATE_NOOP("DomainText", "Philippines")}},
    {"AE", {QT_TRANSLATE_NOOP("DomainText", "United Arab Emirates")}},
    {"SA", {QT_TRANSLATE_NOOP("DomainText", "Saudi Arabia")}},
    {"TR", {QT_TRANSLATE_NOOP("DomainText", "Türkiye")}},
    {"ZA", {QT_TRANSLATE_NOOP("DomainText", "South Africa")}},
    {"EG", {QT_TRANSLATE_NOOP("DomainText", "Egypt")}},
    {"BR", {QT_TRANSLATE_NOOP("DomainText", "Brazil")}},
    {"MX", {QT_TRANSLATE_NOOP("DomainText", "Mexico")}},
    {"CL", {QT_TRANSLATE_NOOP("DomainText", "Chile")}},
    {"PE", {QT_TRANSLATE_NOOP("DomainText", "Peru")}},
    {"DE", {QT_TRANSLATE_NOOP("DomainText", "Germany")}},
    {"FR", {QT_TRANSLATE_NOOP("DomainText", "France")}},
    {"GB", {QT_TRANSLATE_NOOP("DomainText", "United Kingdom")}},
    {"ES", {QT_TRANSLATE_NOOP("DomainText", "Spain")}},
    {"IE", {QT_TRANSLATE_NOOP("DomainText", "Ireland")}},
};

// R-ACC-18: the bank's answer to a card binding (Historical Cards "Result").
// My Account's lists (core/MyAccount.h, my-account.md Decisions): industries, secondary
// industries and notification languages, by their stored spelling.
constexpr KeyText IndustryTexts[] = {
    {"it_internet", {QT_TRANSLATE_NOOP("DomainText", "IT & Internet")}},
    {"software", {QT_TRANSLATE_NOOP("DomainText", "Software")}},
    {"internet_services", {QT_TRANSLATE_NOOP("DomainText", "Internet services")}},
    {"it_services", {QT_TRANSLATE_NOOP("DomainText", "IT services")}},
    {"finance", {QT_TRANSLATE_NOOP("DomainText", "Finance")}},
    {"banking", {QT_TRANSLATE_NOOP("DomainText", "Banking")}},
    {"insurance", {QT_TRANSLATE_NOOP("DomainText", "Insurance")}},
    {"securities", {QT_TRANSLATE_NOOP("DomainText", "Securities")}},
    {"manufacturing", {QT_TRANSLATE_NOOP("DomainText", "Manufacturing")}},
    {"electronics", {QT_TRANSLATE_NOOP("DomainText", "Electronics")}},
    {"automotive", {QT_TRANSLATE_NOOP("DomainText", "Automotive")}},
    {"other_manufacturing", {QT_TRANSLATE_NOOP("DomainText", "Other manufacturing")}},
    {"education", {QT_TRANSLATE_NOOP("DomainText", "Education")}},
    {"government", {QT_TRANSLATE_NOOP("DomainText", "Government & public sector")}},
    {"retail", {QT_TRANSLATE_NOOP("DomainText", "Retail")}},
    {"ecommerce", {QT_TRANSLATE_NOOP("DomainText", "E-commerce")}},
    {"stores", {QT_TRANSLATE_NOOP("DomainText", "Stores")}},
    {"other", {QT_TRANSLATE_NOOP("DomainText", "Other")}},
};

constexpr KeyText MessageLanguageTexts[] = {
    {"zh_CN", {QT_TRANSLATE_NOOP("DomainText", "Chinese")}},
    {"en", {QT_TRANSLATE_NOOP("DomainText", "English")}},
};

// R-ACC-11: the qualification names of core/MyAccount.h.
constexpr KeyText QualificationTexts[] = {
    {"business_license", {QT_TRANSLATE_NOOP("DomainText", "Business license")}},
    {"tax_registration_certificate",
     {QT_TRANSLATE_NOOP("DomainText", "Tax registration certificate")}},
    {"organization_code_certificate",
     {QT_TRANSLATE_NOOP("DomainText", "Organization code certificate")}},
    {"other", {QT_TRANSLATE_NOOP("DomainText", "Other")}},
};

constexpr KeyText CardResultTexts[] = {
    {"approved", {QT_TRANSLATE_NOOP("DomainText", "Bound successfully")}},
    {"declined", {QT_TRANSLATE_NOOP("DomainText", "Declined by the bank")}},
    {"insufficient_funds",
     {QT_TRANSLATE_NOOP("DomainText", "Insufficient funds for the 1 USD verification")}},
    {"authentication_failed",
     {QT_TRANSLATE_NOOP("DomainText", "Identity verification at the bank failed")}},
};

// W-AUTH: the certificates an individual may use (CertificateType spellings).
constexpr KeyText CertificateTexts[] = {
    {"passport", {QT_TRANSLATE_NOOP("DomainText", "Passport")}},
    {"id_card", {QT_TRANSLATE_NOOP("DomainText", "ID card")}},
    {"driver_license", {QT_TRANSLATE_NOOP("DomainText", "Non-Chinese driver license")}},
};

// Journal: the resource types of the entries.
constexpr KeyText ResourceTypeTexts[] = {
    {"accountCenter", {QT_TRANSLATE_NOOP("DomainText", "Account center")}},
    {"verificationCode", {QT_TRANSLATE_NOOP("DomainText", "Verification code")}},
    {"order", {QT_TRANSLATE_NOOP("DomainText", "Order")}},
    {"instance", {QT_TRANSLATE_NOOP("DomainText", "Purchased service")}},
    {"organization", {QT_TRANSLATE_NOOP("DomainText", "Organization")}},
    {"member", {QT_TRANSLATE_NOOP("DomainText", "Member")}},
    {"binding", {QT_TRANSLATE_NOOP("DomainText", "App binding")}},
    {"authorization", {QT_TRANSLATE_NOOP("DomainText", "App authorization")}},
    {"guanceAccount", {QT_TRANSLATE_NOOP("DomainText", "Console account")}},
    {"feeCenterAccount", {QT_TRANSLATE_NOOP("DomainText", "Fee-center account")}},
    {"workspace", {QT_TRANSLATE_NOOP("DomainText", "Workspace")}},
    {"storedValueCard", {QT_TRANSLATE_NOOP("DomainText", "Stored-value card")}},
    {"clock", {QT_TRANSLATE_NOOP("DomainText", "Demo clock")}},
};

struct ColumnText
{
    QLatin1StringView view; // empty: any view
    QLatin1StringView key;
    Text text;
};

// View-specific wording first: the first match wins.
constexpr ColumnText ColumnTexts[] = {
    {view::Instances, column::OpenedAt, {QT_TRANSLATE_NOOP("DomainText", "Purchased")}},
    {view::Outbox, column::Params, {QT_TRANSLATE_NOOP("DomainText", "Message")}},
    {view::Authentications, column::Kind, {QT_TRANSLATE_NOOP("DomainText", "Request for")}},
    {view::Journal, column::At, {QT_TRANSLATE_NOOP("DomainText", "Time")}},
    {view::CtsTraces, column::At, {QT_TRANSLATE_NOOP("DomainText", "Time")}},
    {view::Orders,
     column::BoundOrganization,
     {QT_TRANSLATE_NOOP("DomainText", "Bound organization")}},
    {view::Workspaces, column::Name, {QT_TRANSLATE_NOOP("DomainText", "Workspace")}},
    {view::Workspaces, column::Status, {QT_TRANSLATE_NOOP("DomainText", "Status")}},
    {{}, column::AccountId, {QT_TRANSLATE_NOOP("DomainText", "Account ID")}},
    {{}, column::Name, {QT_TRANSLATE_NOOP("DomainText", "Name")}},
    {{}, column::LoginId, {QT_TRANSLATE_NOOP("DomainText", "Login ID")}},
    {{}, column::TenantName, {QT_TRANSLATE_NOOP("DomainText", "Tenant name")}},
    {{}, column::AccountType, {QT_TRANSLATE_NOOP("DomainText", "Account type")}},
    {{}, column::AuthStatus, {QT_TRANSLATE_NOOP("DomainText", "Real-name authentication")}},
    {{}, column::ServicesStatus, {QT_TRANSLATE_NOOP("DomainText", "Services")}},
    {{}, column::Partner, {QT_TRANSLATE_NOOP("DomainText", "Partner")}},
    {{}, column::Email, QT_TRANSLATE_NOOP3("DomainText", "Email", "column: email address")},
    {{}, column::Mobile, {QT_TRANSLATE_NOOP("DomainText", "Mobile")}},
    {{}, column::CountryRegion, {QT_TRANSLATE_NOOP("DomainText", "Country/Region")}},
    {{}, column::CreatedAt, {QT_TRANSLATE_NOOP("DomainText", "Created")}},
    {{}, column::OrderId, {QT_TRANSLATE_NOOP("DomainText", "Order number")}},
    {{}, column::ProductKind, {QT_TRANSLATE_NOOP("DomainText", "Product type")}},
    {{}, column::ProductName, {QT_TRANSLATE_NOOP("DomainText", "Product")}},
    {{}, column::Quantity, {QT_TRANSLATE_NOOP("DomainText", "Quantity")}},
    {{}, column::Amount, {QT_TRANSLATE_NOOP("DomainText", "Amount")}},
    {{}, column::Status, {QT_TRANSLATE_NOOP("DomainText", "Status")}},
    {{}, column::Redeemed, {QT_TRANSLATE_NOOP("DomainText", "Redeemed")}},
    {{}, column::BoundOrganization, {QT_TRANSLATE_NOOP("DomainText", "Organization")}},
    {{}, column::InstanceId, {QT_TRANSLATE_NOOP("DomainText", "Instance ID")}},
    {{}, column::OpenedAt, {QT_TRANSLATE_NOOP("DomainText", "Opened at")}},
    {{}, column::ClosedAt, {QT_TRANSLATE_NOOP("DomainText", "Closed at")}},
    {{}, column::OrganizationId, {QT_TRANSLATE_NOOP("DomainText", "Organization ID")}},
    {{}, column::EnterpriseName, {QT_TRANSLATE_NOOP("DomainText", "Enterprise name")}},
    {{}, column::Abbreviation, {QT_TRANSLATE_NOOP("DomainText", "Abbreviation")}},
    {{}, column::OwnerAccountId, {QT_TRANSLATE_NOOP("DomainText", "Owner account ID")}},
    {{}, column::OwnerName, {QT_TRANSLATE_NOOP("DomainText", "Owner")}},
    {{},
     column::MemberCount,
     QT_TRANSLATE_NOOP3("DomainText", "Members", "column: number of members")},
    {{}, column::ReadyAt, {QT_TRANSLATE_NOOP("DomainText", "Ready at")}},
    {{}, column::MemberId, {QT_TRANSLATE_NOOP("DomainText", "Member")}},
    {{}, column::LoginName, {QT_TRANSLATE_NOOP("DomainText", "Login name")}},
    {{}, column::DisplayName, {QT_TRANSLATE_NOOP("DomainText", "Name")}},
    {{}, column::Department, {QT_TRANSLATE_NOOP("DomainText", "Department")}},
    {{},
     column::Authorized,
     QT_TRANSLATE_NOOP3("DomainText", "Authorized", "column: member authorized")},
    {{}, column::MustChangePassword, {QT_TRANSLATE_NOOP("DomainText", "Initial password")}},
    {{}, column::Enabled, QT_TRANSLATE_NOOP3("DomainText", "Enabled", "column: member may log in")},
    {{}, column::BindingId, {QT_TRANSLATE_NOOP("DomainText", "Binding")}},
    {{}, column::InstanceStatus, {QT_TRANSLATE_NOOP("DomainText", "Instance status")}},
    {{}, column::AuthorizedCount, {QT_TRANSLATE_NOOP("DomainText", "Authorized members")}},
    {{}, column::BoundAt, {QT_TRANSLATE_NOOP("DomainText", "Bound at")}},
    {{}, column::AuthorizedAt, {QT_TRANSLATE_NOOP("DomainText", "Authorized at")}},
    {{}, column::FeeCenterAccountId, {QT_TRANSLATE_NOOP("DomainText", "Fee-center account")}},
    {{}, column::Username, {QT_TRANSLATE_NOOP("DomainText", "Username")}},
    {{}, column::CashBalance, {QT_TRANSLATE_NOOP("DomainText", "Cash balance")}},
    {{}, column::CardBalance, {QT_TRANSLATE_NOOP("DomainText", "Card balance")}},
    {{},
     column::WorkspaceCount,
     QT_TRANSLATE_NOOP3("DomainText", "Workspaces", "column: number of workspaces")},
    {{}, column::LinkedHuaweiAccounts, {QT_TRANSLATE_NOOP("DomainText", "Linked Huawei accounts")}},
    {{}, column::WorkspaceId, {QT_TRANSLATE_NOOP("DomainText", "Workspace ID")}},
    {{}, column::FeeCenterUsername, {QT_TRANSLATE_NOOP("DomainText", "Fee-center account")}},
    {{}, column::Site, {QT_TRANSLATE_NOOP("DomainText", "Site")}},
    {{}, column::Language, {QT_TRANSLATE_NOOP("DomainText", "Language")}},
    {{}, column::Settlement, {QT_TRANSLATE_NOOP("DomainText", "Settlement method")}},
    {{}, column::SettlementAccountId, {QT_TRANSLATE_NOOP("DomainText", "Settlement account")}},
    {{}, column::SettlementInstanceId, {QT_TRANSLATE_NOOP("DomainText", "Settlement instance")}},
    {{}, column::LockReason, {QT_TRANSLATE_NOOP("DomainText", "Lock reason")}},
    {{}, column::LockedAt, {QT_TRANSLATE_NOOP("DomainText", "Locked at")}},
    {{}, column::CardNumber, {QT_TRANSLATE_NOOP("DomainText", "Card number")}},
    {{}, column::FaceValue, {QT_TRANSLATE_NOOP("DomainText", "Face value")}},
    {{}, column::Balance, {QT_TRANSLATE_NOOP("DomainText", "Available balance")}},
    {{}, column::PurchaseType, {QT_TRANSLATE_NOOP("DomainText", "Purchase type")}},
    {{}, column::PurchasedAt, {QT_TRANSLATE_NOOP("DomainText", "Purchase time")}},
    {{}, column::ExpiresAt, {QT_TRANSLATE_NOOP("DomainText", "Expiry")}},
    {{}, column::SourceOrderId, {QT_TRANSLATE_NOOP("DomainText", "Order number")}},
    {{}, column::MessageId, {QT_TRANSLATE_NOOP("DomainText", "No.")}},
    {{}, column::SentAt, {QT_TRANSLATE_NOOP("DomainText", "Sent")}},
    {{}, column::AuthenticationId, {QT_TRANSLATE_NOOP("DomainText", "Request")}},
    {{}, column::SubjectName, {QT_TRANSLATE_NOOP("DomainText", "Name on the certificate")}},
    {{}, column::CertificateNumber, {QT_TRANSLATE_NOOP("DomainText", "Certificate number")}},
    {{}, column::SubmittedAt, {QT_TRANSLATE_NOOP("DomainText", "Submitted")}},
    {{}, column::DueBy, {QT_TRANSLATE_NOOP("DomainText", "Review due by")}},
    {{}, column::ReviewedAt, {QT_TRANSLATE_NOOP("DomainText", "Reviewed")}},
    {{}, column::RejectReason, {QT_TRANSLATE_NOOP("DomainText", "Reason")}},
    {{}, column::Channel, {QT_TRANSLATE_NOOP("DomainText", "Channel")}},
    {{}, column::Destination, {QT_TRANSLATE_NOOP("DomainText", "To")}},
    {{}, column::Kind, {QT_TRANSLATE_NOOP("DomainText", "Subject")}},
    {{}, column::EntryId, {QT_TRANSLATE_NOOP("DomainText", "No.")}},
    {{}, column::Actor, {QT_TRANSLATE_NOOP("DomainText", "Operator")}},
    {{}, column::Operation, {QT_TRANSLATE_NOOP("DomainText", "Operation")}},
    {{}, column::ResourceType, {QT_TRANSLATE_NOOP("DomainText", "Resource type")}},
    {{}, column::Target, {QT_TRANSLATE_NOOP("DomainText", "Target")}},
    {{}, column::Outcome, {QT_TRANSLATE_NOOP("DomainText", "Outcome")}},
    {{}, column::Details, {QT_TRANSLATE_NOOP("DomainText", "Details")}},
    {{}, column::TraceId, {QT_TRANSLATE_NOOP("DomainText", "No.")}},
    {{}, column::TraceName, {QT_TRANSLATE_NOOP("DomainText", "Trace name")}},
};

QString keyText(std::span<const KeyText> table, const QString &key)
{
    for (const KeyText &entry : table)
        if (key == QLatin1StringView(entry.key))
            return entry.text.translated();
    return key;
}

} // namespace

QString DomainText::enumValue(const QString &enumName, const QString &v)
{
    for (const EnumText &entry : EnumTexts)
        if (enumName == entry.enumName && v == QLatin1StringView(entry.value))
            return entry.text.translated();
    return v;
}

QString DomainText::siteName(const QString &code)
{
    return keyText(SiteTexts, code);
}

QString DomainText::countryName(const QString &code)
{
    return keyText(CountryTexts, code);
}

QString DomainText::cardResult(const QString &result)
{
    return keyText(CardResultTexts, result);
}

QString DomainText::industry(const QString &industry, const QString &secondary)
{
    if (industry.isEmpty())
        return QString();
    const QString primary = keyText(IndustryTexts, industry);
    return secondary.isEmpty() ? primary
                               : QCoreApplication::translate("DomainText", "%1 / %2")
                                     .arg(primary, keyText(IndustryTexts, secondary));
}

QString DomainText::messageLanguage(const QString &code)
{
    return keyText(MessageLanguageTexts, code);
}

QString DomainText::qualificationName(const QString &code)
{
    return code.isEmpty() ? QString() : keyText(QualificationTexts, code);
}

QString DomainText::maskedEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return email;
    // As Basic Information shows it ("zhuceyi*****@qq.com"): the first characters kept.
    const qsizetype kept = std::min<qsizetype>(at, std::max<qsizetype>(1, at - 5));
    return email.left(kept) + QString(at - kept, QLatin1Char('*')) + email.mid(at);
}

QString DomainText::maskedMobile(const QString &mobile)
{
    // "+86138****0320": the country code and the first digits, four hidden, the last four.
    return mobile.size() > 8
               ? mobile.left(mobile.size() - 8) + QStringLiteral("****") + mobile.right(4)
               : mobile;
}

QString DomainText::certificateType(CertificateType type)
{
    return keyText(CertificateTexts, oc::toString(type));
}

QString DomainText::productName(const QString &kind, const QString &brand)
{
    if (kind == u"stored_value_card")
        return tr("%1 stored-value card").arg(brand);
    return tr("%1 SaaS Edition").arg(brand);
}

QString DomainText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString DomainText::resourceType(const QString &type)
{
    return keyText(ResourceTypeTexts, type);
}

QString DomainText::outcome(const QString &outcome)
{
    if (outcome == u"success")
        return tr("Success");
    return tr("Refused (%1)").arg(outcome);
}

QString DomainText::withoutAccelerator(QString text)
{
    static const QRegularExpression chinese(QStringLiteral("\\(&\\w\\)"));
    text.remove(chinese);
    text.remove(QLatin1Char('&'));
    return text;
}

QString DomainText::columnHeader(const QString &view, const QString &key)
{
    for (const ColumnText &entry : ColumnTexts)
        if ((entry.view.isEmpty() || view == entry.view) && key == entry.key)
            return entry.text.translated();
    return key;
}

QString DomainText::outboxSubject(const QString &kind, const QVariantMap &params,
                                  const QString &brand)
{
    Q_UNUSED(params)
    if (kind == u"verificationCode")
        return tr("Verification code");
    if (kind == u"memberCredentials")
        return tr("Unified login for %1").arg(brand);
    if (kind == u"purchaseNotice")
        return tr("Purchase successful");
    if (kind == u"workspaceLocked")
        return tr("Workspace locked");
    if (kind == u"workspaceUnlocked")
        return tr("Workspace unlocked");
    if (kind == u"organizationReady")
        return tr("Organization ready");
    if (kind == u"registration")
        return tr("Welcome to the %1 Commercial Plan").arg(brand);
    if (kind == u"recharge")
        return tr("Stored-value cards recharged");
    if (kind == u"cardBound")
        return tr("Card bound to your HUAWEI ID");
    if (kind == u"cardRejected")
        return tr("Card binding failed");
    if (kind == u"authenticationApproved")
        return tr("Real-name authentication approved");
    if (kind == u"authenticationRejected")
        return tr("Real-name authentication rejected");
    if (kind == u"reauthenticationApproved")
        return tr("Authentication change approved");
    if (kind == u"reauthenticationRejected")
        return tr("Authentication change rejected");
    // Closing Huawei Cloud services (my-account.md §5.11.2).
    if (kind == u"closingCheckResult")
        return tr("Check result of closing Huawei Cloud services");
    if (kind == u"servicesClosed")
        return tr("Huawei Cloud services closed");
    if (kind == u"servicesRestored")
        return tr("Huawei Cloud services restored");
    if (kind == u"servicesDisabled")
        return tr("Huawei Cloud services disabled");
    if (kind == u"closingTerminated")
        return tr("Closing of Huawei Cloud services terminated");
    // Partners and master accounts (my-account.md §6, §7).
    if (kind == u"partnerAssociated")
        return tr("Associated with a Huawei Cloud partner");
    if (kind == u"partnerBudgetSet")
        return tr("Your partner set a monthly budget");
    if (kind == u"partnerDisassociationRequested")
        return tr("Your partner requests to disassociate");
    if (kind == u"partnerDisassociated")
        return tr("Disassociated from your partner");
    if (kind == u"partnerDisassociationRefused")
        return tr("Disassociation request refused");
    if (kind == u"memberInvitation")
        return tr("Invitation to become a member account");
    if (kind == u"memberCancellationRequested")
        return tr("Request to cancel the member association");
    if (kind == u"masterRequestAnswered")
        return tr("Your request to a member account was answered");
    return kind;
}

QString DomainText::outboxBody(const QString &kind, const QVariantMap &p, const QString &brand)
{
    const auto v = [&](const char *name) { return p.value(QString::fromLatin1(name)).toString(); };
    if (kind == u"verificationCode")
        return tr("Your verification code is %1. It is valid for %2 minutes. Do not share it.")
            .arg(v("code"), v("minutes"));
    if (kind == u"memberCredentials")
        return tr("You can now use %1 (organization %2). Unified login address: %3  Login name: %4 "
                  " "
                  "Initial password: %5  Change the password at first login.")
            .arg(brand, v("organization"), v("loginAddress"), v("loginName"), v("initialPassword"));
    if (kind == u"purchaseNotice")
        return tr("Order %1 is paid: %2 x %3. Associate an organization to start using it.")
            .arg(v("orderId"),
                 productName(v("productKind").isEmpty() ? v("product") : v("productKind"), brand),
                 v("quantity"));
    if (kind == u"workspaceLocked")
        return tr("Workspace \"%1\" is locked: its Huawei Cloud subscription was closed. Unlock it "
                  "in the "
                  "Billing Center; data is kept for 14 days.")
            .arg(v("workspaceName"));
    if (kind == u"workspaceUnlocked")
        return tr("Workspace \"%1\" is unlocked and now settles through the fee-center account.")
            .arg(v("workspaceName"));
    if (kind == u"organizationReady")
        return tr("Organization %1 (%2) is ready. Add members and bind your order.")
            .arg(v("enterpriseName"), v("abbreviation"));
    if (kind == u"registration")
        return tr("Your %1 account %2 and fee-center account are ready. Workspace: %3.")
            .arg(brand, v("username"), v("workspaceName"));
    if (kind == u"recharge")
        return tr("%n stored-value card(s) from order %1 were added to fee-center account %2.",
                  nullptr, p.value(QStringLiteral("cards")).toInt())
            .arg(v("orderId"), v("username"));
    if (kind == u"cardBound")
        return tr("Card %1 is bound: you can use Huawei Cloud first and pay later. The 1 USD "
                  "verification hold is returned; when depends on your bank.")
            .arg(v("maskedNumber"));
    if (kind == u"cardRejected")
        return tr("Card %1 could not be bound: %2. Bind again, or submit a service ticket.")
            .arg(v("maskedNumber"), cardResult(v("result")));
    if (kind == u"authenticationApproved")
        return tr("The real-name authentication of %1 is approved. You can now buy on KooGallery.")
            .arg(v("subjectName"));
    if (kind == u"authenticationRejected")
        return tr("The real-name authentication of %1 is rejected: %2. Correct the information "
                  "and authenticate again.")
            .arg(v("subjectName"), enumValue(enumName::RejectReason, v("reason")));
    if (kind == u"reauthenticationApproved")
        return tr("Your request (%1) is approved: the account is now authenticated as %2.")
            .arg(enumValue(enumName::ReviewKind, v("kind")), v("subjectName"));
    if (kind == u"reauthenticationRejected")
        return tr("Your request (%1) for %2 is rejected: %3. The previous authentication stays "
                  "valid.")
            .arg(enumValue(enumName::ReviewKind, v("kind")), v("subjectName"),
                 enumValue(enumName::RejectReason, v("reason")));
    if (kind == u"closingCheckResult")
        return p.value(QStringLiteral("passed")).toBool()
                   ? tr("Every check passed: you can proceed to close Huawei Cloud services.")
                   : tr("The checks found what must be settled before closing: %1.")
                         .arg(v("failures"));
    if (kind == u"servicesClosed")
        return tr("Huawei Cloud services are closed. Your data is kept until %1; from %2 you can "
                  "restore or disable the services.")
            .arg(v("retentionUntil"), v("restoreFrom"));
    if (kind == u"servicesRestored")
        return tr("Huawei Cloud services are restored: your resources are available again.");
    if (kind == u"servicesDisabled")
        return p.value(QStringLiteral("automatic")).toBool()
                   ? tr("The retention period ended: Huawei Cloud services are disabled and the "
                        "data is deleted.")
                   : tr("Huawei Cloud services are disabled; the data is deleted and can no longer "
                        "be accessed.");
    if (kind == u"closingTerminated")
        return tr("Huawei terminated the closing of your Huawei Cloud services (%1). They are "
                  "enabled again.")
            .arg(v("reason"));
    if (kind == u"partnerAssociated")
        return p.value(QStringLiteral("frozen")).toBool()
                   ? tr("Your account is associated with the partner %1 (reseller). It is frozen "
                        "until the partner sets a monthly budget.")
                         .arg(v("partnerName"))
                   : tr("Your account is associated with the partner %1.").arg(v("partnerName"));
    if (kind == u"partnerBudgetSet")
        return tr("Your partner %1 set your monthly budget to %2 CNY: you can buy and use "
                  "resources again.")
            .arg(v("partnerName"), v("monthlyBudget"));
    if (kind == u"partnerDisassociationRequested")
        return tr("Your partner %1 requests to disassociate from your account (reason: %2). "
                  "Process the request on My Partner.")
            .arg(v("partnerName"), v("reason"));
    if (kind == u"partnerDisassociated")
        return tr("Your account is no longer associated with the partner %1.")
            .arg(v("partnerName"));
    if (kind == u"partnerDisassociationRefused")
        return tr("Your partner %1 refused your request to disassociate. The association "
                  "continues.")
            .arg(v("partnerName"));
    if (kind == u"memberInvitation")
        return tr("%1 has invited you to become a member account for enterprise accounting "
                  "management. Accept or reject it on My Master Account.")
            .arg(v("masterName"));
    if (kind == u"memberCancellationRequested")
        return tr("%1 requests to cancel your member association. Accept or reject it on My "
                  "Master Account.")
            .arg(v("masterName"));
    if (kind == u"masterRequestAnswered") {
        const bool accepted = p.value(QStringLiteral("accepted")).toBool();
        if (v("request") == u"cancellation")
            return accepted ? tr("%1 accepted the cancellation of its member association.")
                                  .arg(v("memberName"))
                            : tr("%1 rejected the cancellation of its member association.")
                                  .arg(v("memberName"));
        return accepted ? tr("%1 accepted your invitation and is now a member account.")
                              .arg(v("memberName"))
                        : tr("%1 rejected your invitation.").arg(v("memberName"));
    }
    return QStringList(p.keys()).join(QStringLiteral(", "));
}

QString DomainText::money(Fen amount)
{
    // The yuan sign first in both languages, as both consoles show it.
    return QStringLiteral("¥") + QLocale().toString(double(amount.value) / 100.0, 'f', 2);
}

QString DomainText::time(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DomainText::cell(const ColumnInfo &column, const QVariant &value, const QString &brand,
                         const QTimeZone &zone)
{
    if (value.isNull())
        return {};
    switch (column.kind) {
    case ColumnKind::Money:
        return money(Fen(value.toLongLong()));
    case ColumnKind::Time:
        return time(QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc()), zone);
    case ColumnKind::Boolean:
        return yesNo(value.toLongLong() != 0);
    case ColumnKind::Enum:
        if (column.enumName == enumName::Product)
            return productName(value.toString(), brand);
        return enumValue(column.enumName, value.toString());
    case ColumnKind::Site:
        return siteName(value.toString());
    case ColumnKind::Integer:
        return QLocale().toString(value.toLongLong());
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Id:
        return value.toString();
    }
    return value.toString();
}

} // namespace oc::gui
