#pragma once

// The names of the list views (ListQuery::view, Backend::changed), of their columns
// (ColumnInfo::key, ListQuery::filters and sortColumn) and of the enumerations their Enum
// columns show (ColumnInfo::enumName), shared by the store that defines the views, the
// services that report which changed, the GUI and the tests: each name is spelled here
// only. They are QLatin1StringViews: they compare with and convert to QString as they are.

#include <QAnyStringView>
#include <QString>

#include <span>

namespace oc::view {

inline constexpr QLatin1StringView HuaweiAccounts{"huaweiAccounts"};
inline constexpr QLatin1StringView Orders{"orders"};
inline constexpr QLatin1StringView Instances{"instances"};
inline constexpr QLatin1StringView Organizations{"organizations"};
inline constexpr QLatin1StringView Members{"members"};
inline constexpr QLatin1StringView Bindings{"bindings"};
inline constexpr QLatin1StringView Authorizations{"authorizations"};
inline constexpr QLatin1StringView FeeCenterAccounts{"feeCenterAccounts"};
inline constexpr QLatin1StringView Workspaces{"workspaces"};
inline constexpr QLatin1StringView StoredValueCards{"storedValueCards"};
inline constexpr QLatin1StringView Outbox{"outbox"};
inline constexpr QLatin1StringView Journal{"journal"};
// The review queue of real-name authentications (R-AUTH-4).
inline constexpr QLatin1StringView Authentications{"authentications"};
// The CTS traces of the accounts whose CTS is enabled (R-AUD-2), filtered by account.
inline constexpr QLatin1StringView CtsTraces{"ctsTraces"};

// Every view, in the order the store defines them.
inline constexpr QLatin1StringView All[] = {
    HuaweiAccounts, Orders,         Instances,         Organizations, Members,
    Bindings,       Authorizations, FeeCenterAccounts, Workspaces,    StoredValueCards,
    Outbox,         Journal,        Authentications,   CtsTraces};

} // namespace oc::view

// Column keys. One constant per distinct key: views share keys that mean the same thing
// ("accountId", "status", "createdAt", ...).
namespace oc::column {

inline constexpr QLatin1StringView Abbreviation{"abbreviation"};
inline constexpr QLatin1StringView AccountId{"accountId"};
inline constexpr QLatin1StringView AccountType{"accountType"};
inline constexpr QLatin1StringView Actor{"actor"};
inline constexpr QLatin1StringView Amount{"amount"};
inline constexpr QLatin1StringView At{"at"};
inline constexpr QLatin1StringView Authorized{"authorized"};
inline constexpr QLatin1StringView AuthorizedAt{"authorizedAt"};
inline constexpr QLatin1StringView AuthorizedCount{"authorizedCount"};
inline constexpr QLatin1StringView AuthenticationId{"authenticationId"};
inline constexpr QLatin1StringView AuthStatus{"authStatus"};
inline constexpr QLatin1StringView Balance{"balance"};
inline constexpr QLatin1StringView BindingId{"bindingId"};
inline constexpr QLatin1StringView BoundAt{"boundAt"};
inline constexpr QLatin1StringView BoundOrganization{"boundOrganization"};
inline constexpr QLatin1StringView CardBalance{"cardBalance"};
inline constexpr QLatin1StringView CardNumber{"cardNumber"};
inline constexpr QLatin1StringView CashBalance{"cashBalance"};
inline constexpr QLatin1StringView Channel{"channel"};
inline constexpr QLatin1StringView CertificateNumber{"certificateNumber"};
inline constexpr QLatin1StringView ClosedAt{"closedAt"};
inline constexpr QLatin1StringView CountryRegion{"countryRegion"};
inline constexpr QLatin1StringView CreatedAt{"createdAt"};
inline constexpr QLatin1StringView Department{"department"};
inline constexpr QLatin1StringView Destination{"destination"};
inline constexpr QLatin1StringView DueBy{"dueBy"};
inline constexpr QLatin1StringView Details{"details"};
inline constexpr QLatin1StringView DisplayName{"displayName"};
inline constexpr QLatin1StringView Email{"email"};
inline constexpr QLatin1StringView Enabled{"enabled"};
inline constexpr QLatin1StringView EnterpriseName{"enterpriseName"};
inline constexpr QLatin1StringView EntryId{"entryId"};
inline constexpr QLatin1StringView ExpiresAt{"expiresAt"};
inline constexpr QLatin1StringView FaceValue{"faceValue"};
inline constexpr QLatin1StringView FeeCenterAccountId{"feeCenterAccountId"};
inline constexpr QLatin1StringView FeeCenterUsername{"feeCenterUsername"};
inline constexpr QLatin1StringView InstanceId{"instanceId"};
inline constexpr QLatin1StringView InstanceStatus{"instanceStatus"};
inline constexpr QLatin1StringView Kind{"kind"};
inline constexpr QLatin1StringView Language{"language"};
inline constexpr QLatin1StringView LinkedHuaweiAccounts{"linkedHuaweiAccounts"};
inline constexpr QLatin1StringView LockedAt{"lockedAt"};
inline constexpr QLatin1StringView LockReason{"lockReason"};
inline constexpr QLatin1StringView LoginId{"loginId"};
inline constexpr QLatin1StringView LoginName{"loginName"};
inline constexpr QLatin1StringView MemberCount{"memberCount"};
inline constexpr QLatin1StringView MemberId{"memberId"};
inline constexpr QLatin1StringView MessageId{"messageId"};
inline constexpr QLatin1StringView Mobile{"mobile"};
inline constexpr QLatin1StringView MustChangePassword{"mustChangePassword"};
inline constexpr QLatin1StringView Name{"name"};
inline constexpr QLatin1StringView OpenedAt{"openedAt"};
inline constexpr QLatin1StringView Operation{"operation"};
inline constexpr QLatin1StringView OrderId{"orderId"};
inline constexpr QLatin1StringView OrganizationId{"organizationId"};
inline constexpr QLatin1StringView Outcome{"outcome"};
inline constexpr QLatin1StringView OwnerAccountId{"ownerAccountId"};
inline constexpr QLatin1StringView OwnerName{"ownerName"};
inline constexpr QLatin1StringView Params{"params"};
inline constexpr QLatin1StringView Partner{"partner"};
inline constexpr QLatin1StringView ProductKind{"productKind"};
inline constexpr QLatin1StringView ProductName{"productName"};
inline constexpr QLatin1StringView PurchasedAt{"purchasedAt"};
inline constexpr QLatin1StringView PurchaseType{"purchaseType"};
inline constexpr QLatin1StringView Quantity{"quantity"};
inline constexpr QLatin1StringView RejectReason{"rejectReason"};
inline constexpr QLatin1StringView ReviewedAt{"reviewedAt"};
inline constexpr QLatin1StringView ReadyAt{"readyAt"};
inline constexpr QLatin1StringView Redeemed{"redeemed"};
inline constexpr QLatin1StringView ResourceType{"resourceType"};
inline constexpr QLatin1StringView SentAt{"sentAt"};
inline constexpr QLatin1StringView ServicesStatus{"servicesStatus"};
inline constexpr QLatin1StringView Settlement{"settlement"};
inline constexpr QLatin1StringView SettlementAccountId{"settlementAccountId"};
inline constexpr QLatin1StringView SettlementInstanceId{"settlementInstanceId"};
inline constexpr QLatin1StringView Site{"site"};
inline constexpr QLatin1StringView SourceOrderId{"sourceOrderId"};
inline constexpr QLatin1StringView Status{"status"};
inline constexpr QLatin1StringView SubjectName{"subjectName"};
inline constexpr QLatin1StringView SubmittedAt{"submittedAt"};
inline constexpr QLatin1StringView Target{"target"};
inline constexpr QLatin1StringView TenantName{"tenantName"};
inline constexpr QLatin1StringView TraceId{"traceId"};
inline constexpr QLatin1StringView TraceName{"traceName"};
inline constexpr QLatin1StringView Username{"username"};
inline constexpr QLatin1StringView WorkspaceCount{"workspaceCount"};
inline constexpr QLatin1StringView WorkspaceId{"workspaceId"};

} // namespace oc::column

// The enumerations that Enum columns show (their spellings are Domain.h's EnumSpelling).
namespace oc::enumName {

inline constexpr QLatin1StringView AccountType{"accountType"};
inline constexpr QLatin1StringView AuthStatus{"authStatus"};
inline constexpr QLatin1StringView ServicesStatus{"servicesStatus"};
inline constexpr QLatin1StringView ProductKind{"productKind"};
inline constexpr QLatin1StringView Product{
    "product"}; // ProductKind spellings, shown as the product's name
inline constexpr QLatin1StringView OrderStatus{"orderStatus"};
inline constexpr QLatin1StringView InstanceStatus{"instanceStatus"};
inline constexpr QLatin1StringView OrganizationStatus{"organizationStatus"};
inline constexpr QLatin1StringView WorkspaceLanguage{"workspaceLanguage"};
inline constexpr QLatin1StringView SettlementMethod{"settlementMethod"};
inline constexpr QLatin1StringView WorkspaceStatus{"workspaceStatus"};
inline constexpr QLatin1StringView CardStatus{"cardStatus"};
inline constexpr QLatin1StringView PurchaseType{"purchaseType"};
inline constexpr QLatin1StringView Channel{"channel"};
inline constexpr QLatin1StringView ReviewStatus{"reviewStatus"};
inline constexpr QLatin1StringView RejectReason{"rejectReason"};
inline constexpr QLatin1StringView ReviewKind{"reviewKind"}; // W-AUTH or a W-REAUTH kind
// A CTS trace name (core/MyAccount.h cts::TraceNames), shown as the operation it records.
inline constexpr QLatin1StringView CtsOperation{"ctsOperation"};

inline constexpr QLatin1StringView All[] = {
    AccountType,     AuthStatus,     ServicesStatus,     ProductKind,       Product,
    OrderStatus,     InstanceStatus, OrganizationStatus, WorkspaceLanguage, SettlementMethod,
    WorkspaceStatus, CardStatus,     PurchaseType,       Channel,           ReviewStatus,
    RejectReason,    ReviewKind,     CtsOperation};

} // namespace oc::enumName

namespace oc::view {

// Each view's column keys, in the order of the store's definition (store/ListViews adds
// their SQL and kinds; tests/store checks that both list the same keys).

inline constexpr QLatin1StringView HuaweiAccountsColumns[] = {
    column::AccountId,   column::Name,       column::LoginId,        column::TenantName,
    column::AccountType, column::AuthStatus, column::ServicesStatus, column::Partner,
    column::Email,       column::Mobile,     column::CountryRegion,  column::CreatedAt};
inline constexpr QLatin1StringView OrdersColumns[] = {
    column::OrderId,           column::AccountId, column::ProductKind, column::ProductName,
    column::Quantity,          column::Amount,    column::Status,      column::Redeemed,
    column::BoundOrganization, column::CreatedAt};
inline constexpr QLatin1StringView InstancesColumns[] = {
    column::InstanceId, column::ProductName, column::OrderId,
    column::AccountId,  column::Status,      column::BoundOrganization,
    column::OpenedAt,   column::ClosedAt,    column::ProductKind};
inline constexpr QLatin1StringView OrganizationsColumns[] = {
    column::OrganizationId, column::EnterpriseName, column::Abbreviation,
    column::OwnerAccountId, column::OwnerName,      column::Status,
    column::MemberCount,    column::CreatedAt,      column::ReadyAt};
inline constexpr QLatin1StringView MembersColumns[] = {
    column::MemberId,       column::LoginName,          column::DisplayName, column::Department,
    column::OrganizationId, column::OwnerAccountId,     column::Mobile,      column::Email,
    column::Authorized,     column::MustChangePassword, column::Enabled,     column::CreatedAt};
inline constexpr QLatin1StringView BindingsColumns[] = {
    column::BindingId,       column::OrderId,        column::InstanceId,     column::ProductName,
    column::Abbreviation,    column::OrganizationId, column::OwnerAccountId, column::InstanceStatus,
    column::AuthorizedCount, column::BoundAt};
inline constexpr QLatin1StringView AuthorizationsColumns[] = {
    column::LoginName,      column::DisplayName, column::OrderId,     column::OrganizationId,
    column::OwnerAccountId, column::BindingId,   column::AuthorizedAt};
inline constexpr QLatin1StringView FeeCenterAccountsColumns[] = {
    column::FeeCenterAccountId, column::Username,
    column::EnterpriseName,     column::Email,
    column::CashBalance,        column::CardBalance,
    column::WorkspaceCount,     column::LinkedHuaweiAccounts,
    column::CreatedAt};
inline constexpr QLatin1StringView WorkspacesColumns[] = {column::WorkspaceId,
                                                          column::Name,
                                                          column::FeeCenterUsername,
                                                          column::Site,
                                                          column::Language,
                                                          column::Settlement,
                                                          column::SettlementAccountId,
                                                          column::SettlementInstanceId,
                                                          column::Status,
                                                          column::LockReason,
                                                          column::LockedAt,
                                                          column::CreatedAt,
                                                          column::FeeCenterAccountId};
inline constexpr QLatin1StringView StoredValueCardsColumns[] = {
    column::CardNumber,    column::FeeCenterUsername, column::FaceValue,   column::Balance,
    column::Status,        column::PurchaseType,      column::PurchasedAt, column::ExpiresAt,
    column::SourceOrderId, column::FeeCenterAccountId};
inline constexpr QLatin1StringView OutboxColumns[] = {column::MessageId, column::SentAt,
                                                      column::Channel,   column::Destination,
                                                      column::Kind,      column::Params};
// The review queue: `kind` is what a request asks (enumName::ReviewKind: a first
// authentication or one of W-REAUTH's re-authentications), filterable like `status`.
inline constexpr QLatin1StringView AuthenticationColumns[] = {column::AuthenticationId,
                                                              column::AccountId,
                                                              column::Name,
                                                              column::AccountType,
                                                              column::Kind,
                                                              column::SubjectName,
                                                              column::CertificateNumber,
                                                              column::Status,
                                                              column::SubmittedAt,
                                                              column::DueBy,
                                                              column::ReviewedAt,
                                                              column::RejectReason};
inline constexpr QLatin1StringView JournalColumns[] = {
    column::EntryId,      column::At,     column::Actor,   column::Operation,
    column::ResourceType, column::Target, column::Outcome, column::Details};
// The CTS traces (my-account.md D.3 "CTS traces"): `operation` is the trace name shown as the
// operation it records (enumName::CtsOperation), `traceName` the name itself; filterable by
// account and by trace name.
inline constexpr QLatin1StringView CtsTracesColumns[] = {
    column::TraceId,   column::At,    column::AccountId, column::Operation, column::ResourceType,
    column::TraceName, column::Actor, column::Outcome,   column::Details};

struct ViewColumns
{
    QLatin1StringView view;
    std::span<const QLatin1StringView> columns;
};

inline constexpr ViewColumns AllColumns[] = {{HuaweiAccounts, HuaweiAccountsColumns},
                                             {Orders, OrdersColumns},
                                             {Instances, InstancesColumns},
                                             {Organizations, OrganizationsColumns},
                                             {Members, MembersColumns},
                                             {Bindings, BindingsColumns},
                                             {Authorizations, AuthorizationsColumns},
                                             {FeeCenterAccounts, FeeCenterAccountsColumns},
                                             {Workspaces, WorkspacesColumns},
                                             {StoredValueCards, StoredValueCardsColumns},
                                             {Outbox, OutboxColumns},
                                             {Journal, JournalColumns},
                                             {Authentications, AuthenticationColumns},
                                             {CtsTraces, CtsTracesColumns}};

// The column keys of `view`; empty for an unknown view.
inline std::span<const QLatin1StringView> columns(QAnyStringView view)
{
    for (const ViewColumns &entry : AllColumns)
        if (QAnyStringView::equal(entry.view, view))
            return entry.columns;
    return {};
}

} // namespace oc::view
