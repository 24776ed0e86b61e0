#pragma once

// Entities and value types of ../shared/spec/domain.md. Plain data; rules live in
// Validators.h and in the services.

#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace oc {

// ---- enumerations, each with a stable storage/API spelling --------------------------

enum class AccountType
{
    Unset,
    Individual,
    Enterprise
};
enum class AuthStatus
{
    Unauthenticated,
    Pending,
    Authenticated,
    Rejected
};
enum class ServicesStatus
{
    NotEnabled, // R-ACC-16: signed up, services not enabled yet ("enable services later")
    Enabled,
    Closed,
    Disabled
};
enum class ProductKind
{
    Subscription,
    StoredValueCard
};
enum class OrderStatus
{
    Unpaid,
    Paid,
    Cancelled
};
enum class InstanceStatus
{
    Provisioning,
    Active,
    Frozen,
    Closed
};
enum class OrganizationStatus
{
    Creating,
    Ready
};
enum class WorkspaceLanguage
{
    Chinese,
    English
};
enum class WorkspaceStatus
{
    Active,
    Locked,
    Dissolved
};
enum class SettlementMethod
{
    FeeCenter,
    HuaweiCloud,
    AlibabaCloud,
    Aws
};
enum class CardStatus
{
    Available,
    UsedUp,
    Expired
};
enum class PurchaseType
{
    HuaweiMarketplace,
    Direct
};
enum class Channel
{
    Email,
    Sms
};
enum class PartnerModel
{
    Reseller,
    Referral
};
// Real-name authentication (my-account.md §4.2): the certificates an individual may use.
enum class CertificateType
{
    Passport,
    IdCard,
    DriverLicense // non-Chinese driver license
};
// A real-name authentication request's review (R-AUTH-4).
enum class ReviewStatus
{
    Pending,
    Approved,
    Rejected
};
// What a review request asks (R-AUTH-4): a first real-name authentication (W-AUTH) or one of
// the re-authentications of W-REAUTH (my-account.md §4.4-§4.5, R-AUTH-10..14).
enum class ReviewKind
{
    Authentication,         // W-AUTH, individual or enterprise
    IndividualOwner,        // §4.4.2 Modify Individual Authentication Information
    IndividualToEnterprise, // §4.4.3 the service ticket (R-AUTH-14)
    EnterpriseEntity,       // §4.5.2 Change Enterprise Entity
    EnterpriseName          // §4.5.3 Change Enterprise Name (R-AUTH-13)
};
// Why a reviewer rejects (R-AUTH-8, the prerequisites of §4.2.3 and §4.3.3).
enum class RejectReason
{
    CountryMismatch,    // the certificate's country is not the account's (R-AUTH-7)
    CertificateInvalid, // expired or not a valid certificate
    Illegible,          // the photo is not clear
    NameMismatch,       // the entered name is not the certificate's
    NumberMismatch,     // the entered number is not the certificate's
    HoldingPhoto,       // the holding photo breaks its rules (front side, face and arms, ...)
    NotOriginal         // edited or not an original photo
};
// Which phone a HUAWEI ID binds (W-SIGNUP): the security phone resets a forgotten password
// (R-ACC-4, skippable); the service mobile number receives news and identity checks and is
// not a login identifier (R-ACC-17).
enum class PhonePurpose
{
    Security,
    Service
};
// What D-SERVICE-CONTACT changes (my-account.md §5.6, §5.7; R-ACC-14).
enum class ServiceContact
{
    Mobile, // the service mobile number (Bind or Edit)
    Email   // the service email address (Edit)
};
// Why the customer closes Huawei Cloud services (my-account.md §5.11.2 page 1, the Reason
// radios; R-CLS-3).
enum class ClosingReason
{
    NoLongerNeeded,    // No longer wish to use
    MistakenlyEnabled, // Mistakenly enabled
    Other
};
// The three automatic checks of a close (my-account.md §5.11.2 page 2; R-CLS-1 as D.4 groups
// the conditions of §5.11.1).
enum class ClosingCheckGroup
{
    Account,           // Account Check
    Financial,         // Financial Check
    OrdersAndResources // Orders and Resources Check
};
// Why Huawei (the operator) ends a closing during retention (§5.11.1 item 2.6; R-CLS-6).
enum class ClosingTermination
{
    Complaint,     // third-party complaints
    Investigation, // government investigations
    Litigation,    // litigation or arbitration
    FailedChecks   // failed later checks
};
// The bank's answer to a card binding's 1 USD verification (R-ACC-18), simulated: the
// operator picks it in W-SIGNUP.
enum class CardVerification
{
    Approved,
    Declined,
    InsufficientFunds,
    AuthenticationFailed
};

// A partner association's state (my-account.md §6; R-PTN-1, R-PTN-6, R-PTN-7): a reseller's
// customer is frozen until the partner sets a monthly budget; a disassociation request
// (either side's) waits for the other side.
enum class PartnerStatus
{
    Associated,
    Frozen,
    Disassociating
};
// Who asked to disassociate (R-PTN-7): the customer (D-PARTNER-DISASSOC, the partner
// processes it) or the partner (a reason; the customer processes it, D-PARTNER-PROCESS).
enum class DisassociationInitiator
{
    Customer,
    Partner
};
// An enterprise master account's link to a member account (my-account.md §7; R-MST-1..3).
enum class MasterLinkStatus
{
    Invited,               // the master's invitation waits for the member's answer
    Associated,            // accepted
    CancellationRequested, // the master asked to cancel; waits for the member's answer
    Rejected,              // the member rejected the invitation (history)
    Cancelled              // the member accepted the cancellation (history)
};
// How the master accounts for its members (R-PTN-3, R-PTN-4, R-PTN-2).
enum class MasterAccounting
{
    Unified,
    Independent
};

template<class E>
struct EnumSpelling;

#define OC_ENUM_SPELLING(E, ...)                                                                   \
    template<>                                                                                     \
    struct EnumSpelling<E>                                                                         \
    {                                                                                              \
        static constexpr auto values = std::to_array<std::pair<E, const char *>>({__VA_ARGS__});   \
    };

OC_ENUM_SPELLING(AccountType, {AccountType::Unset, "unset"},
                 {AccountType::Individual, "individual"}, {AccountType::Enterprise, "enterprise"})
OC_ENUM_SPELLING(AuthStatus, {AuthStatus::Unauthenticated, "unauthenticated"},
                 {AuthStatus::Pending, "pending"}, {AuthStatus::Authenticated, "authenticated"},
                 {AuthStatus::Rejected, "rejected"})
OC_ENUM_SPELLING(ServicesStatus, {ServicesStatus::NotEnabled, "not_enabled"},
                 {ServicesStatus::Enabled, "enabled"}, {ServicesStatus::Closed, "closed"},
                 {ServicesStatus::Disabled, "disabled"})
OC_ENUM_SPELLING(ProductKind, {ProductKind::Subscription, "subscription"},
                 {ProductKind::StoredValueCard, "stored_value_card"})
OC_ENUM_SPELLING(OrderStatus, {OrderStatus::Unpaid, "unpaid"}, {OrderStatus::Paid, "paid"},
                 {OrderStatus::Cancelled, "cancelled"})
OC_ENUM_SPELLING(InstanceStatus, {InstanceStatus::Provisioning, "provisioning"},
                 {InstanceStatus::Active, "active"}, {InstanceStatus::Frozen, "frozen"},
                 {InstanceStatus::Closed, "closed"})
OC_ENUM_SPELLING(OrganizationStatus, {OrganizationStatus::Creating, "creating"},
                 {OrganizationStatus::Ready, "ready"})
OC_ENUM_SPELLING(WorkspaceLanguage, {WorkspaceLanguage::Chinese, "zh"},
                 {WorkspaceLanguage::English, "en"})
OC_ENUM_SPELLING(WorkspaceStatus, {WorkspaceStatus::Active, "active"},
                 {WorkspaceStatus::Locked, "locked"}, {WorkspaceStatus::Dissolved, "dissolved"})
OC_ENUM_SPELLING(SettlementMethod, {SettlementMethod::FeeCenter, "fee_center"},
                 {SettlementMethod::HuaweiCloud, "huawei_cloud"},
                 {SettlementMethod::AlibabaCloud, "alibaba_cloud"}, {SettlementMethod::Aws, "aws"})
OC_ENUM_SPELLING(CardStatus, {CardStatus::Available, "available"}, {CardStatus::UsedUp, "used_up"},
                 {CardStatus::Expired, "expired"})
OC_ENUM_SPELLING(PurchaseType, {PurchaseType::HuaweiMarketplace, "huawei_marketplace"},
                 {PurchaseType::Direct, "direct"})
OC_ENUM_SPELLING(Channel, {Channel::Email, "email"}, {Channel::Sms, "sms"})
OC_ENUM_SPELLING(PartnerModel, {PartnerModel::Reseller, "reseller"},
                 {PartnerModel::Referral, "referral"})
OC_ENUM_SPELLING(CertificateType, {CertificateType::Passport, "passport"},
                 {CertificateType::IdCard, "id_card"},
                 {CertificateType::DriverLicense, "driver_license"})
OC_ENUM_SPELLING(ReviewStatus, {ReviewStatus::Pending, "pending"},
                 {ReviewStatus::Approved, "approved"}, {ReviewStatus::Rejected, "rejected"})
OC_ENUM_SPELLING(ReviewKind, {ReviewKind::Authentication, "authentication"},
                 {ReviewKind::IndividualOwner, "individual_owner"},
                 {ReviewKind::IndividualToEnterprise, "individual_to_enterprise"},
                 {ReviewKind::EnterpriseEntity, "enterprise_entity"},
                 {ReviewKind::EnterpriseName, "enterprise_name"})
OC_ENUM_SPELLING(RejectReason, {RejectReason::CountryMismatch, "country_mismatch"},
                 {RejectReason::CertificateInvalid, "certificate_invalid"},
                 {RejectReason::Illegible, "illegible"},
                 {RejectReason::NameMismatch, "name_mismatch"},
                 {RejectReason::NumberMismatch, "number_mismatch"},
                 {RejectReason::HoldingPhoto, "holding_photo"},
                 {RejectReason::NotOriginal, "not_original"})
OC_ENUM_SPELLING(PhonePurpose, {PhonePurpose::Security, "security"},
                 {PhonePurpose::Service, "service"})
OC_ENUM_SPELLING(ServiceContact, {ServiceContact::Mobile, "mobile"},
                 {ServiceContact::Email, "email"})
OC_ENUM_SPELLING(CardVerification, {CardVerification::Approved, "approved"},
                 {CardVerification::Declined, "declined"},
                 {CardVerification::InsufficientFunds, "insufficient_funds"},
                 {CardVerification::AuthenticationFailed, "authentication_failed"})
OC_ENUM_SPELLING(ClosingReason, {ClosingReason::NoLongerNeeded, "no_longer_needed"},
                 {ClosingReason::MistakenlyEnabled, "mistakenly_enabled"},
                 {ClosingReason::Other, "other"})
OC_ENUM_SPELLING(ClosingCheckGroup, {ClosingCheckGroup::Account, "account"},
                 {ClosingCheckGroup::Financial, "financial"},
                 {ClosingCheckGroup::OrdersAndResources, "orders_and_resources"})
OC_ENUM_SPELLING(ClosingTermination, {ClosingTermination::Complaint, "complaint"},
                 {ClosingTermination::Investigation, "investigation"},
                 {ClosingTermination::Litigation, "litigation"},
                 {ClosingTermination::FailedChecks, "failed_checks"})
OC_ENUM_SPELLING(PartnerStatus, {PartnerStatus::Associated, "associated"},
                 {PartnerStatus::Frozen, "frozen"},
                 {PartnerStatus::Disassociating, "disassociating"})
OC_ENUM_SPELLING(DisassociationInitiator, {DisassociationInitiator::Customer, "customer"},
                 {DisassociationInitiator::Partner, "partner"})
OC_ENUM_SPELLING(MasterLinkStatus, {MasterLinkStatus::Invited, "invited"},
                 {MasterLinkStatus::Associated, "associated"},
                 {MasterLinkStatus::CancellationRequested, "cancellation_requested"},
                 {MasterLinkStatus::Rejected, "rejected"},
                 {MasterLinkStatus::Cancelled, "cancelled"})
OC_ENUM_SPELLING(MasterAccounting, {MasterAccounting::Unified, "unified"},
                 {MasterAccounting::Independent, "independent"})

#undef OC_ENUM_SPELLING

template<class E>
QString toString(E value)
{
    for (const auto &[v, name] : EnumSpelling<E>::values)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

template<class E>
std::optional<E> enumFromString(QStringView text)
{
    for (const auto &[v, name] : EnumSpelling<E>::values)
        if (text == QLatin1StringView(name))
            return v;
    return std::nullopt;
}

// Like enumFromString, for values read back from our own store: an unknown spelling
// falls back to `fallback` (the store's CHECK constraints make this unreachable).
template<class E>
E enumOr(QStringView text, E fallback)
{
    return enumFromString<E>(text).value_or(fallback);
}

// ---- fixed catalogue ----------------------------------------------------------------

namespace Catalogue {
// The marketplace product id of Guance SaaS Edition (seed 002).
inline constexpr auto SaasProductId = "OFFI845592654693900288";
inline constexpr auto StoredValueCardProductId = "OFFI736120943187652608";
inline constexpr qint64 StoredValueCardUnitFen = 100 * 100; // R-MKT-3: 100 CNY per unit
inline constexpr int CardValidityDays = 365;
inline constexpr int LockedRetentionDays = 14; // R-SET-7
// The stored lock reason of R-SET-5 (the GUI shows it in words).
inline constexpr auto InstanceClosedLockReason = "huawei_instance_closed";
// KooGallery froze the instance (updateInstanceStatus FREEZE): its workspaces are locked and
// keep their settlement until it is unfrozen (then they can be unlocked) or released.
inline constexpr auto InstanceFrozenLockReason = "huawei_instance_frozen";
inline constexpr int ProvisioningSeconds = 20; // R-MKT-2: "shortly after"
// R-ORG-3: a new organization is set up in 1-3 minutes (seed 002 "takes 1-3 minutes").
inline constexpr int OrganizationSetupMinSeconds = 60;
inline constexpr int OrganizationSetupMaxSeconds = 180;
// R-BND-4: the app's unified login address in Joint Operations, sent to every authorized
// member (seed 001 "unified login address"). demo::cast::UnifiedLoginAddress is the same.
inline constexpr auto UnifiedLoginAddress = "https://marketplace.huaweicloud.com/sso/guance";
} // namespace Catalogue

// ---- Huawei Cloud side ----------------------------------------------------------------

// The contact address of Edit Information (my-account.md §5.5, §5.8, Decisions; R-ACC-12):
// Address Line 1, City, State/Province/Region and Postal Code are required once it is edited,
// Address Line 2 and Commune optional. Its country/region is the account's (read-only).
struct ContactAddress
{
    QString line1; // "Including P.O. box"
    QString line2; // "Full address here", optional
    QString city;
    QString stateProvince; // State/Province/Region
    QString commune;       // optional
    QString postalCode;

    bool isEmpty() const
    {
        return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && stateProvince.isEmpty() &&
               commune.isEmpty() && postalCode.isEmpty();
    }

    bool operator==(const ContactAddress &) const = default;
};

// A currency chosen in Preferences and when (R-ACC-15: a month's bill uses the currency last
// selected in its billing cycle, core/MyAccount.h billCurrency).
struct CurrencySelection
{
    QString currency; // myaccount::Currencies
    QDateTime selectedAt;

    bool operator==(const CurrencySelection &) const = default;
};

// A HUAWEI ID with its Huawei Cloud tenant (my-account.md §5.2, Basic Information). Two
// kinds of contact data, kept apart:
//  - the HUAWEI ID Information: its login ID, its email address (`email`) and its mobile
//    number (`securityPhone`), which identify the person: they log in (R-ACC-19), receive
//    the codes of a password reset (R-ACC-20) and verify identity before a change (R-ACC-14);
//  - the Huawei Cloud Tenant Information: the service mobile number (`serviceMobile`) and the
//    service email address (`serviceEmail`), which receive Huawei Cloud news and notices and
//    log in nowhere (R-ACC-17). R-ACC-14: each shows only where it differs from the HUAWEI
//    ID's own (core/MyAccount.h serviceMobileRow / serviceEmailRow); an empty service email
//    means the HUAWEI ID's serves.
struct HuaweiAccount
{
    QString accountId; // R-ID-1
    // ---- HUAWEI ID Information
    QString loginId;            // R-ACC-8: may be changed once (loginIdChangedAt)
    QDateTime loginIdChangedAt; // when the login ID was changed; invalid: not yet (R-ACC-8)
    QString email;              // the HUAWEI ID's email address (R-ACC-1)
    QString securityPhone;      // the HUAWEI ID's mobile number (R-ACC-4, optional)
    // ---- Huawei Cloud Tenant Information
    QString tenantName;    // R-ACC-3, R-ACC-7
    QString serviceMobile; // Service Mobile Number (R-ACC-14, R-ACC-17); empty: not yet bound
    QString serviceEmail;  // Service Email Address (R-ACC-14); empty: the HUAWEI ID's serves
    QString countryRegion; // ISO 3166 code; fixed once services are enabled (R-ACC-5)
    AccountType accountType = AccountType::Unset;
    QString fullName;
    QString enterpriseName;
    AuthStatus authStatus = AuthStatus::Unauthenticated;
    ServicesStatus servicesStatus = ServicesStatus::Enabled;
    QDateTime servicesEnabledAt; // R-ACC-16; invalid while notEnabled
    bool promotions = false;     // opted in to discount and promotion updates (W-SIGNUP 3)
    bool postPayment = false;    // R-ACC-18: a card bound, use first and pay later
    QDateTime retentionUntil;
    // Edit Information (R-ACC-11..13); the spellings are core/MyAccount.h's lists.
    QString qualificationName; // R-ACC-11; empty: not selected
    QString taxId;             // Tax Identification Number (R-ACC-11), optional
    QString designation;       // §5.2 Designation (free text, no list); empty: "Not yet selected"
    ContactAddress contactAddress; // R-ACC-12
    QString paymentCurrency;       // R-ACC-12; empty until Edit Information sets it
    QString industry;              // R-ACC-13; empty: not selected
    QString secondaryIndustry;     // R-ACC-13; empty for an industry without any
    // Preferences (R-ACC-15)
    QString messageLanguage; // of SMS and email notifications: "zh_CN" or "en"
    QString timeZone;        // an IANA time zone
    QString currency;        // myaccount::Currencies
    QDateTime createdAt;

    QString displayName() const
    {
        return accountType == AccountType::Enterprise && !enterpriseName.isEmpty()
                   ? enterpriseName
                   : (fullName.isEmpty() ? loginId : fullName);
    }
    // R-ACC-8: the login ID can be changed once.
    bool loginIdChanged() const { return loginIdChangedAt.isValid(); }

    bool operator==(const HuaweiAccount &) const = default;
};

// One condition of R-CLS-1 that failed: its check, its spelling (core/Closing.h closing::condition)
// and a detail the message shows (an amount in CNY, a count, a partner's or master's name; empty
// when there is none).
struct ClosingFailure
{
    ClosingCheckGroup group = ClosingCheckGroup::Account;
    QString condition;
    QString detail;

    bool operator==(const ClosingFailure &) const = default;
};

// A message recipient of Preferences (my-account.md D.2 D-RECIPIENT): someone besides the
// account who receives its SMS and email notifications; a name and a mobile number and/or an
// email address.
struct MessageRecipient
{
    qint64 recipientId = 0;
    QString accountId;
    QString name;
    QString mobile; // R-ACC-4, optional when there is an email
    QString email;  // R-ACC-1, optional when there is a mobile number
    QDateTime createdAt;

    bool operator==(const MessageRecipient &) const = default;
};

// A card binding attempt (R-ACC-18): the "Historical Cards" row, with the bank's Result.
// Only the last four digits are ever kept; the security code never is.
struct PaymentCard
{
    qint64 cardId = 0;
    QString accountId;
    QString maskedNumber; // "**** **** **** 1234"
    QString holder;
    QString expiry; // "MM/YY"
    CardVerification result = CardVerification::Approved;
    QDateTime attemptedAt;

    bool operator==(const PaymentCard &) const = default;
};

struct Product
{
    QString productId;
    ProductKind kind = ProductKind::Subscription;
    QString name;
    Fen unitPrice;

    bool operator==(const Product &) const = default;
};

struct Order
{
    QString orderId; // R-ID-2
    QString accountId;
    QString productId;
    int quantity = 1;
    Fen amount;
    OrderStatus status = OrderStatus::Unpaid;
    QDateTime createdAt;

    bool operator==(const Order &) const = default;
};

struct Instance
{
    QString instanceId; // R-ID-3
    QString orderId;
    QString accountId;
    QString productId;
    InstanceStatus status = InstanceStatus::Provisioning;
    QDateTime openedAt;
    QDateTime activeAt;
    QDateTime closedAt;

    bool operator==(const Instance &) const = default;
};

struct Organization
{
    QString organizationId;
    QString ownerAccountId;
    QString enterpriseName; // R-ORG-1, immutable
    QString abbreviation;   // R-ORG-2, immutable
    OrganizationStatus status = OrganizationStatus::Creating;
    QDateTime createdAt;
    QDateTime readyAt; // R-ORG-3

    bool operator==(const Organization &) const = default;
};

struct Department
{
    qint64 departmentId = 0;
    QString organizationId;
    qint64 parentId = 0; // 0 = the organization's root department
    QString name;

    bool operator==(const Department &) const = default;
};

struct Member
{
    qint64 memberId = 0;
    QString organizationId;
    QString account; // R-ORG-5
    QString displayName;
    qint64 departmentId = 0;
    QString mobile;
    QString email;
    bool mustChangePassword = true; // R-ORG-6
    bool enabled = true;
    QDateTime createdAt;

    bool operator==(const Member &) const = default;
};

// R-ORG-6
inline QString memberLoginName(const QString &account, const QString &abbreviation)
{
    return account + QLatin1Char('@') + abbreviation;
}

struct AppBinding
{
    qint64 bindingId = 0;
    QString orderId;
    QString instanceId;
    QString productId;
    QString organizationId;
    QDateTime boundAt;

    bool operator==(const AppBinding &) const = default;
};

// ---- Guance side ----------------------------------------------------------------------

struct GuanceAccount
{
    qint64 guanceAccountId = 0;
    QString username;
    QString email;
    QString mobile;
    QString site;
    QDateTime createdAt;

    bool operator==(const GuanceAccount &) const = default;
};

struct FeeCenterAccount
{
    qint64 feeCenterAccountId = 0;
    QString username; // R-FC-1
    QString email;
    QString enterpriseName;
    QString industry;
    QString contact;
    Fen cashBalance;
    QDateTime createdAt;

    bool operator==(const FeeCenterAccount &) const = default;
};

struct Workspace
{
    QString workspaceId;
    QString name;                                            // R-WS-1
    WorkspaceLanguage language = WorkspaceLanguage::Chinese; // R-WS-2
    QString site;                                            // R-WS-3
    qint64 ownerGuanceAccountId = 0;
    qint64 feeCenterAccountId = 0;
    SettlementMethod settlement = SettlementMethod::FeeCenter;
    QString settlementAccountId;  // Huawei account id, Alibaba/AWS account id
    QString settlementInstanceId; // Huawei or Alibaba instance id
    QDateTime settlementChangedAt;
    WorkspaceStatus status = WorkspaceStatus::Active;
    QString lockReason;
    QDateTime lockedAt;
    QDateTime createdAt;

    bool operator==(const Workspace &) const = default;
};

struct StoredValueCard
{
    QString cardNumber;
    qint64 feeCenterAccountId = 0;
    Fen faceValue;
    Fen balance;
    CardStatus status = CardStatus::Available;
    PurchaseType purchaseType = PurchaseType::HuaweiMarketplace;
    QDateTime purchasedAt;
    QDateTime expiresAt;
    QString sourceOrderId;

    bool operator==(const StoredValueCard &) const = default;
};

// ---- shared mechanics -----------------------------------------------------------------

struct OutboxMessage
{
    qint64 messageId = 0;
    QDateTime sentAt;
    Channel channel = Channel::Email;
    QString destination;
    QString kind;       // template key, rendered (translated) by the GUI
    QVariantMap params; // template parameters

    bool operator==(const OutboxMessage &) const = default;
};

struct JournalEntry
{
    qint64 entryId = 0;
    QDateTime at;
    QString actor;
    QString operation; // CTS-style trace name, e.g. "createOrganization"
    QString resourceType;
    QString target;
    QString outcome; // "success" or a rule id
    QString details;

    bool operator==(const JournalEntry &) const = default;
};

} // namespace oc
