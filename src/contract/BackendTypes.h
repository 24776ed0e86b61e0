#pragma once

// Values exchanged through the Backend interface (and later the billing API).

#include "core/Closing.h"
#include "core/Domain.h"
#include "core/Listing.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace oc {

struct BackendInfo
{
    QString kind;     // "local" or "remote"
    QString location; // database path or server URL
    bool demo = false;
    int schemaVersion = 0;
    QString operatorName; // remote: the operator the server knows the token as

    bool operator==(const BackendInfo &) const = default;
};

enum class ClockStep
{
    Minute,
    Hour,
    Day,
    ThreeWorkingDays,
    Month,
    NinetyDays
};

// The spelling the screenshot runner's scenarios already use (gui/screenshots).
template<>
struct EnumSpelling<ClockStep>
{
    static constexpr auto values = std::to_array<std::pair<ClockStep, const char *>>(
        {{ClockStep::Minute, "minute"},
         {ClockStep::Hour, "hour"},
         {ClockStep::Day, "day"},
         {ClockStep::ThreeWorkingDays, "threeWorkingDays"},
         {ClockStep::Month, "month"},
         {ClockStep::NinetyDays, "ninetyDays"}});
};

struct ClockState
{
    QDateTime now;
    bool adjustable = false; // demo clock: can be advanced
    bool running = true;     // moves with real time

    bool operator==(const ClockState &) const = default;
};

// ---- partners (my-account.md §6, D.1 W-PARTNER-ASSOC, D.2 D-PARTNER-DISASSOC and
// D-PARTNER-PROCESS, D.3 My Partner; R-PTN-1..7) ------------------------------------------

// One contact card of My Partner (§6.2.1 figure: "Technical administration", "Marketing").
struct PartnerContact
{
    QString role;
    QString email;
    QString mobile;
    QString telephone;

    bool operator==(const PartnerContact &) const = default;
};

// The partner as its customers see it on My Partner; the operator acting as the partner
// names it in an invitation.
struct PartnerProfile
{
    QString enterpriseName;
    QString information; // Enterprise Information
    QString website;
    QList<PartnerContact> contacts;

    bool operator==(const PartnerProfile &) const = default;
};

// A pending disassociation (R-PTN-7): the customer's request waits for the partner, the
// partner's (with its reason) for the customer.
struct PartnerDisassociation
{
    DisassociationInitiator initiator = DisassociationInitiator::Customer;
    QString reason; // the partner's; empty for the customer's
    QDateTime requestedAt;

    bool operator==(const PartnerDisassociation &) const = default;
};

// One line of the association's Operation Log (R-PTN-7: every step).
struct PartnerLogEntry
{
    QDateTime at;
    QString operation; // associated, budgetSet, disassociationRequested, disassociationRefused,
                       // disassociated, authorized …
    QString actor;     // "customer" | "partner"
    QString detail;

    bool operator==(const PartnerLogEntry &) const = default;
};

// An account's partner association as My Partner shows it.
struct PartnerInfo
{
    QString partnerName; // = profile.enterpriseName
    PartnerModel model = PartnerModel::Referral;
    PartnerStatus status = PartnerStatus::Associated;
    QDateTime since;
    PartnerProfile profile;
    bool authorized = false;          // the Letter of Authorization (Perform Operations on
                                      // Customers' Behalf: Authorized / Not authorized)
    std::optional<Fen> monthlyBudget; // R-PTN-1: set by the partner (unfreezes the account)
    std::optional<PartnerDisassociation> pending; // R-PTN-7
    QDateTime nextCustomerRequestFrom;            // R-PTN-2: once per 3 months; invalid: any time
    QList<PartnerLogEntry> log;                   // Operation Log, newest first

    bool operator==(const PartnerInfo &) const = default;
};

// The operator acting as the partner makes an invitation link / QR token (R-PTN-5). Only an
// online invitation lets an existing account associate (Log In and Associate).
struct PartnerInvitationRequest
{
    PartnerProfile partner;
    PartnerModel model = PartnerModel::Reseller;
    bool online = true;

    bool operator==(const PartnerInvitationRequest &) const = default;
};

struct PartnerInvitation
{
    QString token; // what the link / QR code carries (W-PARTNER-ASSOC's entry)
    PartnerProfile partner;
    PartnerModel model = PartnerModel::Reseller;
    bool online = true;
    QDateTime createdAt;

    bool operator==(const PartnerInvitation &) const = default;
};

// W-PARTNER-ASSOC's commit (Enable): register a new HUAWEI ID (as W-SIGNUP 1; the code sent to
// `email` with CodePurpose::SignUp) or log in with an existing one (online invitations only),
// then the eligibility of R-PTN-3 / R-PTN-4; a reseller association freezes the account
// (R-PTN-1, R-PTN-6). A refusal names the first failed condition as its reason and all of them
// in args "failed" (a string list).
struct PartnerAssociationRequest
{
    QString token;
    bool instructionsAccepted = false;  // required (R-PTN-5)
    bool authorizationAccepted = false; // the Letter of Authorization, optional
    bool registerNew = true;            // Register and Associate | Log In and Associate
    // register
    QString countryRegion;
    QString email;
    QString code;
    // log in: the login ID, email, mobile number or tenant name
    QString accountName;
    QString password;               // both
    bool documentsAccepted = false; // Customer Agreement, Privacy Statement, Instructions
    bool promotions = false;

    bool operator==(const PartnerAssociationRequest &) const = default;
};

struct PartnerAssociationResult
{
    HuaweiAccount account;
    PartnerInfo partner;

    bool operator==(const PartnerAssociationResult &) const = default;
};

// The partner sets the reseller customer's monthly budget, which unfreezes it (R-PTN-1).
struct PartnerBudgetRequest
{
    QString accountId;
    Fen monthlyBudget;

    bool operator==(const PartnerBudgetRequest &) const = default;
};

// One failed condition of a check (D-PARTNER-DISASSOC's list): its spelling and a detail
// (an amount, a name; empty when there is none).
struct CheckFailure
{
    QString condition;
    QString detail;

    bool operator==(const CheckFailure &) const = default;
};

// D-PARTNER-DISASSOC step 1 (R-PTN-2 as D.4 extends it): every failed condition, in order.
struct PartnerDisassociationCheck
{
    QString accountId;
    QDateTime checkedAt;
    QList<CheckFailure> failures;

    bool passed() const { return failures.isEmpty(); }
    bool operator==(const PartnerDisassociationCheck &) const = default;
};

// D-PARTNER-DISASSOC steps 2-3 (R-PTN-7): the statement and the SMS code (purpose
// CodePurpose::PartnerDisassociate, to the service mobile number or the security phone).
struct PartnerDisassociationRequest
{
    QString accountId;
    bool statementAccepted = false;
    QString code;

    bool operator==(const PartnerDisassociationRequest &) const = default;
};

// The operator acting as the partner starts a disassociation with a reason (R-PTN-7).
struct PartnerInitiatedDisassociation
{
    QString accountId;
    QString reason;

    bool operator==(const PartnerInitiatedDisassociation &) const = default;
};

// The other side answers a pending disassociation (R-PTN-7): the partner a customer's request,
// the customer (D-PARTNER-PROCESS) a partner's. Agreed: the association ends (its log stays);
// refused: it goes back to what it was.
struct ProcessDisassociationRequest
{
    QString accountId;
    DisassociationInitiator answeredBy = DisassociationInitiator::Partner;
    bool agree = false;

    bool operator==(const ProcessDisassociationRequest &) const = default;
};

// ---- enterprise master accounts (my-account.md §7, D.2 D-MASTER-REQUEST, D.3 My Master
// Account; R-MST-1..3) -----------------------------------------------------------------------

// A master-member link as both sides see it.
struct MasterLink
{
    QString masterAccountId;
    QString masterName; // the master's enterprise name
    QString memberAccountId;
    QString memberName;
    MasterLinkStatus status = MasterLinkStatus::Invited;
    MasterAccounting accounting = MasterAccounting::Unified;
    QDateTime requestedAt;  // of the pending invitation or cancellation (or the last answer)
    QDateTime associatedAt; // invalid until accepted

    bool operator==(const MasterLink &) const = default;
};

// The operator acting as the master (R-MST-2: only the master starts either): invite an
// existing account, or ask to cancel an association.
struct MasterInvitationRequest
{
    QString masterAccountId;
    QString memberAccountId;
    MasterAccounting accounting = MasterAccounting::Unified;

    bool operator==(const MasterInvitationRequest &) const = default;
};

// D-MASTER-REQUEST: the member accepts (the Account Management Agreement ticked) or rejects
// the pending invitation or cancellation (R-MST-1, R-MST-2).
struct MasterAnswer
{
    QString memberAccountId;
    bool accept = false;
    bool agreementAccepted = false;

    bool operator==(const MasterAnswer &) const = default;
};

// Which steps of the overall process (flows.md "Home / onboarding map") a Huawei account
// has completed.
struct OnboardingProgress
{
    QString accountId;
    bool authenticated = false;    // real-name authentication
    bool purchased = false;        // an active Guance SaaS instance
    bool organization = false;     // owns a ready organization
    bool bound = false;            // an order bound to an organization
    bool authorized = false;       // members authorized
    bool feeCenterLinked = false;  // Huawei account linked to a fee-center account
    bool workspace = false;        // the linked fee-center account has a workspace
    bool huaweiSettlement = false; // a workspace settles through this Huawei account

    bool operator==(const OnboardingProgress &) const = default;
};

// A verification code was "sent" (R-VC-1): where, and when the next may be requested.
struct CodeSent
{
    QString destination;
    QDateTime expiresAt;
    QDateTime resendAllowedAt;

    bool operator==(const CodeSent &) const = default;
};

// ---- real-name authentication (W-AUTH and the review queue; my-account.md §4, D.1) ------

// Which upload a material is (the seed's named uploads).
namespace MaterialSlot {
inline constexpr auto CertificatePage = "certificatePage";   // the certificate's personal page
inline constexpr auto HoldingPhoto = "holdingPhoto";         // the person holding it
inline constexpr auto CertificateFront = "certificateFront"; // enterprise certificate
inline constexpr auto CertificateBack = "certificateBack";
// W-REAUTH (my-account.md §4.4-§4.5, R-AUTH-11..14)
inline constexpr auto CurrentCertificatePage = "currentCertificatePage"; // §4.4.2 the current owner
inline constexpr auto CurrentHoldingPhoto = "currentHoldingPhoto";
inline constexpr auto ApplicationForm = "applicationForm"; // PDF or image, never Word (R-AUTH-12)
inline constexpr auto HoldingVisaPage = "holdingVisaPage"; // §4.4.3 item 5
inline constexpr auto Statement = "statement";             // §4.5.3 statement of commitment
inline constexpr auto AuthorityDocument = "authorityDocument"; // §4.5.3 supporting document
inline constexpr auto NewCertificate = "newCertificate";       // §4.5.3 new certificate scan
// Edit Information (my-account.md §5.5, R-ACC-11): DOC, DOCX, JPG, PNG, PDF or ODT, <= 5 MB.
inline constexpr auto QualificationProof = "qualificationProof";
} // namespace MaterialSlot

// A material as the backend receives it: what the console read of the chosen file — its
// name, size, first bytes (core/Materials.h judges the type by them) and SHA-256 — and a
// thumbnail it drew. The file itself stays with the customer: the reviewer works from the
// thumbnail and the entered data (my-account.md, D: Huawei's review is simulated).
struct MaterialUpload
{
    QString slot; // MaterialSlot
    QString fileName;
    qint64 size = 0;
    QString header;    // base64 of the first material::HeaderBytes bytes
    QString sha256;    // 64 lowercase hex digits
    QString thumbnail; // base64 of an RGB PNG of at most 112x112 pixels (so that it fits a JSON
                       // text); empty for a PDF

    bool operator==(const MaterialUpload &) const = default;
};

// ---- closing Huawei Cloud services (W-CLOSE, D-DISABLE, D-RESTORE, D-LAST-CHECK; my-account.md
// §5.11, R-CLS-1..7) -----------------------------------------------------------------------

// A close application's three automatic checks (R-CLS-1), as stored (R-CLS-4): every
// condition that failed, grouped by check (ClosingFailure::group); none: all three passed and
// Proceed to Close may use it (once: closedAt). A failed check ends its application; a new
// one may be submitted.
struct ClosingCheck
{
    qint64 checkId = 0;
    QString accountId;
    ClosingReason reason = ClosingReason::NoLongerNeeded;
    QDateTime checkedAt;
    QList<ClosingFailure> failures; // in core/Closing.h's order
    QDateTime closedAt;             // when Proceed to Close used it; invalid: not used

    bool passed() const { return failures.isEmpty(); }
    bool operator==(const ClosingCheck &) const = default;
};

// The services' closing as Basic Information shows it (R-CLS-2, R-CLS-5): closed at, retained
// until (then disabled automatically), the earliest Restore and Disable, and when they were
// disabled (invalid while closed).
struct ServicesClosing
{
    QDateTime closedAt;
    QDateTime retentionUntil;
    QDateTime restoreFrom; // 24 hours after closing (R-CLS-2)
    QDateTime disableFrom; // 24 hours after closing (R-CLS-5)
    QDateTime disabledAt;

    bool operator==(const ServicesClosing &) const = default;
};

// W-CLOSE pages 1-2 (R-CLS-3): the acceptance checkbox, the reason, and the code sent to the
// HUAWEI ID's mobile number (sms) or email (purpose close-services).
struct CloseServicesRequest
{
    QString accountId;
    bool termsAccepted = false;
    std::optional<ClosingReason> reason;
    Channel channel = Channel::Email;
    QString code;

    bool operator==(const CloseServicesRequest &) const = default;
};

// D-DISABLE (R-CLS-5): the code (purpose disable-services) and the acknowledgement that all
// data will be deleted.
struct DisableServicesRequest
{
    QString accountId;
    Channel channel = Channel::Email;
    QString code;
    bool acknowledged = false;

    bool operator==(const DisableServicesRequest &) const = default;
};

// The operator acting as Huawei ends a closing during retention (R-CLS-6), with its reason.
struct TerminateClosingRequest
{
    QString accountId;
    ClosingTermination reason = ClosingTermination::Complaint;
    QString note;

    bool operator==(const TerminateClosingRequest &) const = default;
};

// The account detail (the Huawei accounts view): the account and what its tabs show.
struct HuaweiAccountDetail
{
    HuaweiAccount account;
    std::optional<PartnerInfo> partner;
    // R-ACC-3: tenant-name changes in the current calendar year (China's calendar, on the
    // clock), of validate::MaxTenantNameChangesPerYear ("n of 3 used this year").
    int tenantNameChangesThisYear = 0;
    QString linkedFeeCenterUsername; // R-FC-2, empty when not linked
    QList<JournalEntry> traces;      // the journal of this account, newest first
    QList<PaymentCard> cards;        // Historical Cards (R-ACC-18), newest first
    // My Account, part 2 (my-account.md §5.5, §5.10, D.2, D.3)
    QList<MessageRecipient> recipients;               // D-RECIPIENT, oldest first
    std::optional<MaterialUpload> qualificationProof; // R-ACC-11, the stored one
    // R-ACC-15: the Preferences' currency selections, newest first (myaccount::billCurrency
    // answers the currency of a month's bill from them).
    QList<CurrencySelection> currencySelections;
    bool ctsEnabled = false; // R-AUD-2: the CTS traces view is shown (AccountConditions)
    // Closing (my-account.md §5.11): the last check (R-CLS-4, View Last Check Result) and,
    // while closed or once disabled, the closing's dates (R-CLS-2, R-CLS-5).
    std::optional<ClosingCheck> lastClosingCheck;
    std::optional<ServicesClosing> closing;
    // Enterprise master accounts (my-account.md §7): this account as a member (its current or
    // pending link; none once rejected or cancelled), and as a master (its members, pending
    // and associated).
    std::optional<MasterLink> master;
    QList<MasterLink> members;

    bool operator==(const HuaweiAccountDetail &) const = default;
};

// W-AUTH's submission (R-AUTH-1..3, R-AUTH-7). Individual: certificate type, issuing
// country/region, full name, certificate number, the certificate page and the holding
// photo. Enterprise: registered address, enterprise name, registration number (in
// certificateNumber), the certificate's front and back; its country/region is the account's.
struct AuthenticationRequest
{
    QString accountId;
    AccountType type = AccountType::Individual;
    CertificateType certificateType = CertificateType::Passport;
    QString issuingCountryRegion;
    QString fullName;
    QString certificateNumber;
    QString enterpriseName;
    QString registeredAddress;
    QList<MaterialUpload> materials;

    bool operator==(const AuthenticationRequest &) const = default;
};

// W-REAUTH's submission (my-account.md D.1; R-AUTH-5, R-AUTH-10..14), by kind (never
// ReviewKind::Authentication). The fields and slots each kind takes:
//  IndividualOwner (§4.4.2): the new owner's certificateType, issuingCountryRegion, fullName,
//    certificateNumber; slots currentCertificatePage, currentHoldingPhoto, applicationForm
//    (PDF only), certificatePage, holdingPhoto; declaration = both owners signed the form.
//  IndividualToEnterprise (§4.4.3, the service ticket, R-AUTH-14): registeredAddress,
//    enterpriseName, certificateNumber (registration number; the country is the account's);
//    slots holdingVisaPage, holdingPhoto, applicationForm, certificateFront, certificateBack;
//    declaration = signed by both parties.
//  EnterpriseEntity (§4.5.2): issuingCountryRegion, registeredAddress, enterpriseName,
//    certificateNumber (the new entity's); slots certificateFront, certificateBack,
//    applicationForm (PDF scan or one photo); declaration = stamped by both enterprises.
//  EnterpriseName (§4.5.3, R-AUTH-13): enterpriseName (the registration number is fixed:
//    certificateNumber empty or the current one); slots statement, authorityDocument,
//    newCertificate (JPG, JPEG, BMP, PNG, GIF or PDF); declaration = the statement is sealed
//    with the new name's seal (Chinese mainland) or signed (elsewhere).
struct ReauthenticationRequest
{
    QString accountId;
    ReviewKind kind = ReviewKind::IndividualOwner;
    CertificateType certificateType = CertificateType::Passport;
    QString issuingCountryRegion;
    QString fullName;
    QString certificateNumber;
    QString enterpriseName;
    QString registeredAddress;
    bool declaration = false; // R-AUTH-11 / R-AUTH-13: the signatures or seals are on the form
    QList<MaterialUpload> materials;

    bool operator==(const ReauthenticationRequest &) const = default;
};

// A request as submitted and reviewed: the review progress page and the review queue.
struct AuthenticationRecord
{
    qint64 authenticationId = 0;
    ReviewKind kind = ReviewKind::Authentication;
    QString accountId;
    QString accountName;
    AccountType type = AccountType::Individual;
    CertificateType certificateType = CertificateType::Passport;
    QString certificateNumber;
    QString subjectName; // the full name or the enterprise name
    QString countryRegion;
    QString address;
    ReviewStatus status = ReviewStatus::Pending;
    QDateTime submittedAt;
    QDateTime dueBy; // "within three working days"
    QDateTime reviewedAt;
    std::optional<RejectReason> rejectReason;
    QString reviewerNote;
    QList<MaterialUpload> materials;

    bool operator==(const AuthenticationRecord &) const = default;
};

// The operator, acting as Huawei's reviewer (R-AUTH-4, R-AUTH-8): approve, or reject with a
// reason from the checklist.
struct ReviewDecision
{
    qint64 authenticationId = 0;
    bool approve = false;
    std::optional<RejectReason> reason;
    QString note;

    bool operator==(const ReviewDecision &) const = default;
};

// The facts of Huawei's money and contracts the console does not model, per account: the
// operator edits them (D-CONDITIONS, "act as Huawei") and the checks read them
// (my-account.md Decisions; R-AUTH-5, R-AUTH-11, R-AUTH-6, later R-CLS-1 and R-PTN-3/4).
struct AccountConditions
{
    QString accountId;
    Fen arrears; // overdue payments (R-AUTH-11: re-authentication needs none)
    Fen balance; // remaining cash balance
    bool overIssuedInvoices = false;
    bool pendingPayments = false;
    bool unpaidTaxes = false;
    bool reservedInstances = false;
    bool pendingContracts = false;
    bool complaints = false;       // violations or complaints
    bool koogallerySeller = false; // R-AUTH-5: cannot change its entity
    bool hcpnPartner = false;      // R-AUTH-6: joined a partner program
    bool specialContract = false;
    bool cashSpending = false;
    bool ctsEnabled = false; // R-AUD-2: CTS traces are recorded while it is on
    // Partners and master accounts (R-PTN-2..4, R-MST-2; my-account.md D.2 D-CONDITIONS)
    bool chineseMainlandSite = false;   // registered on the Chinese mainland website
    bool partnerSupportPlan = false;    // a product in the partner support plan
    bool ordersAwaitingPartner = false; // orders waiting for the partner to pay
    bool professionalContract = false;  // a professional service contract
    bool enterpriseCenter = false;      // Enterprise Center enabled (a master, R-MST-2)
    bool cloudSolutionProvider = false; // in the Cloud Solution Provider Program

    bool operator==(const AccountConditions &) const = default;
};

// ---- marketplace (W-BUY) -------------------------------------------------------------

struct PurchaseRequest
{
    QString accountId;                               // the buyer (R-MKT-1: authenticated)
    ProductKind product = ProductKind::Subscription; // SaaS Edition or stored-value cards
    int quantity = 1;                                // cards only (R-MKT-3), 1..MaxCardQuantity
    bool termsAccepted = false;

    static constexpr int MaxCardQuantity = 999;

    bool operator==(const PurchaseRequest &) const = default;
};

struct PurchaseResult
{
    Order order;
    std::optional<Instance> instance; // subscriptions: provisioning -> active (R-MKT-2)

    bool operator==(const PurchaseResult &) const = default;
};

// ---- Commercial Plan registration (W-REG) ---------------------------------------------

struct RegistrationRequest
{
    // 1. basic information
    QString site;
    QString username;
    QString password;
    QString email;
    QString code;   // sent to `email` with purpose CodePurpose::Register
    QString mobile; // optional
    // 2. company information
    QString enterpriseName;
    QString industry;
    QString contact;
    bool agreementAccepted = false;
    // 3. activation
    QString workspaceName;
    WorkspaceLanguage language = WorkspaceLanguage::Chinese;
    SettlementMethod method = SettlementMethod::FeeCenter;
    QString huaweiAccountId;               // HuaweiCloud (R-REG-2)
    QString alibabaAccountId;              // AlibabaCloud
    QString alibabaInstanceId;             // AlibabaCloud
    bool awsSubscriptionConfirmed = false; // Aws
    // Also create a fee-center account with the same username and password. Required
    // (and forced on) for fee-center and Huawei Cloud settlement.
    bool createFeeCenterAccount = true;
    bool termsAccepted = false;

    bool operator==(const RegistrationRequest &) const = default;
};

struct RegistrationResult
{
    GuanceAccount guanceAccount;
    std::optional<FeeCenterAccount> feeCenterAccount;
    Workspace workspace;

    bool operator==(const RegistrationResult &) const = default;
};

// What the activation page learns about a Huawei account id (R-REG-2).
struct HuaweiActivationCheck
{
    QString accountId;
    QString displayName;
    QString instanceId; // its active Guance SaaS Edition instance

    bool operator==(const HuaweiActivationCheck &) const = default;
};

namespace CodePurpose {
inline constexpr auto Register = "register";                // W-REG basic information
inline constexpr auto BindFeeCenter = "bind-fee-center";    // W-LOGIN existing account (R-FC-3)
inline constexpr auto CreateWorkspace = "create-workspace"; // W-LOGIN create workspace
inline constexpr auto SignUp = "sign-up";                   // W-SIGNUP 1: the email
inline constexpr auto SecurityPhone = "security-phone";     // W-SIGNUP 2 (R-ACC-4)
inline constexpr auto ServiceMobile = "service-mobile";     // W-SIGNUP 4a (R-ACC-17)
inline constexpr auto HuaweiLogin = "huawei-login";         // D-LOGIN: the login code (R-ACC-19)
inline constexpr auto WebsiteBind = "website-bind";         // D-LOGIN: Create and Bind's mobile
// My Account (my-account.md §5.1, §5.6, §5.7; R-ACC-14, R-ACC-20)
inline constexpr auto ResetPassword = "reset-password";   // D-PASSWORD forgot: phone or email
inline constexpr auto VerifyIdentity = "verify-identity"; // D-SERVICE-CONTACT step 1
inline constexpr auto ServiceEmail =
    "service-email"; // step 2 of an email (a mobile: ServiceMobile)
// Closing Huawei Cloud services (my-account.md §5.11.2; R-CLS-3, R-CLS-5)
inline constexpr auto CloseServices = "close-services";     // W-CLOSE's code
inline constexpr auto DisableServices = "disable-services"; // D-DISABLE's code
// Partners (my-account.md §6.2.1; R-PTN-7): D-PARTNER-DISASSOC's SMS code
inline constexpr auto PartnerDisassociate = "partner-disassociate";
} // namespace CodePurpose

// ---- HUAWEI ID sign-up (W-SIGNUP; my-account.md §2, D.1) -----------------------------

// Step 1 (R-ACC-1, R-ACC-2, R-VC-1): a new HUAWEI ID by email, services not yet enabled
// (R-ACC-16). Its login id and tenant name are generated ("hid_" + 12 characters).
struct SignUpRequest
{
    QString countryRegion; // ISO 3166 code (core/Countries.h)
    QString email;
    QString code; // sent to `email` with purpose CodePurpose::SignUp
    QString password;

    bool operator==(const SignUpRequest &) const = default;
};

// Step 2, the security phone (R-ACC-4), and step 4a, the service mobile number (R-ACC-17):
// the number with the code sent to it (purpose SecurityPhone / ServiceMobile).
struct BindPhoneRequest
{
    QString accountId;
    PhonePurpose purpose = PhonePurpose::Security;
    QString mobile;
    QString code;

    bool operator==(const BindPhoneRequest &) const = default;
};

// Step 3 (R-ACC-5, R-ACC-16): the country/region, still editable, is fixed by enabling;
// the Customer Agreement and Privacy Statement must be accepted.
struct EnableServicesRequest
{
    QString accountId;
    QString countryRegion;
    bool agreementAccepted = false;
    bool promotions = false;

    bool operator==(const EnableServicesRequest &) const = default;
};

// Step 4b (R-ACC-18): the card, and the bank's answer to the 1 USD verification the
// operator plays. A refusal by the bank is not an error: it is recorded (Historical Cards)
// and returned as the attempt's result.
struct BindCardRequest
{
    QString accountId;
    QString cardNumber;
    QString holder;
    QString expiry; // "MM/YY"
    QString securityCode;
    bool termsAccepted = false;
    CardVerification simulatedResult = CardVerification::Approved;

    bool operator==(const BindCardRequest &) const = default;
};

// ---- Sign in to Huawei Cloud (D-LOGIN; my-account.md §3, R-ACC-19) ----------------------

// The HUAWEI ID tab. The identifier is the account's security phone, email, login ID or tenant
// name (the service mobile number cannot log in, R-ACC-17), whatever its letter case.
// checkHuaweiLogin judges identifier and password only (wrong passwords counted and throttled
// like R-ORG-6: five in a row lock the account's login for 15 minutes on the clock);
// huaweiLogin judges them again with the code sent to the chosen channel (purpose
// CodePurpose::HuaweiLogin), which a trusted device skips, and signs in.
struct HuaweiLoginRequest
{
    QString identifier;
    QString password;
    QString deviceId;               // the console's own id (settings): "Trust this browser?"
    Channel channel = Channel::Sms; // where the code went: the security phone or the email
    QString code;
    bool trustDevice = false; // TRUST: later logins from deviceId need no code

    bool operator==(const HuaweiLoginRequest &) const = default;
};

// What the password step learns: whose account, where a code may go (the bound destinations,
// empty when unbound; both bound → the user chooses) and whether one is needed at all.
struct HuaweiLoginChallenge
{
    QString accountId;
    QString securityPhone;
    QString email;
    bool codeRequired = true; // false: deviceId is trusted by this account
    ServicesStatus servicesStatus = ServicesStatus::Enabled; // NotEnabled → the Enable page

    bool operator==(const HuaweiLoginChallenge &) const = default;
};

// A Huawei website account (the "other accounts" of §3): bound to a HUAWEI ID on its first
// login (R-ACC-19). The operator, acting as the Huawei website, makes them.
struct WebsiteAccount
{
    QString name;
    QString countryRegion;
    QString accountId; // the bound HUAWEI ID; empty until bound
    QDateTime createdAt;
    QDateTime boundAt;

    bool operator==(const WebsiteAccount &) const = default;
};

struct WebsiteAccountRequest
{
    QString name;     // 3-32 letters, digits, '_', '-', '.'; unique whatever its case
    QString password; // R-ACC-2
    QString countryRegion;

    bool operator==(const WebsiteAccountRequest &) const = default;
};

// The Huawei Website Account tab: its name and password (throttled as above). Bound: signed
// in to its HUAWEI ID. Not bound yet: bind it — to an existing HUAWEI ID (its identifier and
// password), or to a new one (Create and Bind: an account name, a mobile number and the code
// sent to it, purpose CodePurpose::WebsiteBind; the new account's login ID and tenant name are
// the account name, its security phone the mobile, its password the website account's, its
// country the website account's, its services not enabled yet).
struct WebsiteLoginRequest
{
    QString name;
    QString password;
    QString deviceId;

    bool operator==(const WebsiteLoginRequest &) const = default;
};

struct BindWebsiteAccountRequest
{
    QString name;     // the website account
    QString password; // its password
    bool createNew = false;
    // an existing HUAWEI ID
    QString identifier;
    QString huaweiPassword;
    // Create and Bind
    QString accountName; // R-ACC-19: a tenant name's form (R-ACC-3), 6-32 letters, digits, '_',
                         // '-', a letter first; free as a login ID and tenant name, any case
    QString mobile;
    QString code;

    bool operator==(const BindWebsiteAccountRequest &) const = default;
};

// Signed in: the account as it stands (NotEnabled → the Enable page follows), and whether
// the device is now trusted. A website login not bound yet answers with bindRequired and no
// account.
struct HuaweiLoginResult
{
    std::optional<HuaweiAccount> account;
    QString websiteAccount; // the website account's name when it signed in through one
    bool bindRequired = false;
    bool deviceTrusted = false;

    bool operator==(const HuaweiLoginResult &) const = default;
};

// ---- My Account: account information, preferences (my-account.md §5, D.2) --------------
// Every change is one transaction, journaled under resource type accountCenter (R-AUD-1);
// the services' headers (services/MyAccountService.h) list each call's refusals.

// D-PASSWORD change (§5.1, R-ACC-20): the current password and a new one (R-ACC-2).
struct PasswordChangeRequest
{
    QString accountId;
    QString currentPassword;
    QString newPassword;

    bool operator==(const PasswordChangeRequest &) const = default;
};

// D-PASSWORD forgot (§5.1, R-ACC-20): the code sent (purpose CodePurpose::ResetPassword) to the
// HUAWEI ID's mobile number (Sms: its security phone) or email, and a new password (R-ACC-2).
struct PasswordResetRequest
{
    QString accountId;
    Channel channel = Channel::Sms;
    QString code;
    QString newPassword;

    bool operator==(const PasswordResetRequest &) const = default;
};

// D-HWID-MANAGE (R-ACC-8): a new login ID, once.
struct LoginIdChangeRequest
{
    QString accountId;
    QString loginId;

    bool operator==(const LoginIdChangeRequest &) const = default;
};

// D-TENANT-NAME (§5.3; R-ACC-3, R-ACC-7).
struct TenantNameChangeRequest
{
    QString accountId;
    QString tenantName;

    bool operator==(const TenantNameChangeRequest &) const = default;
};

// D-COMPLETE-INFO (§5.4, R-ACC-10): the account type and the name that goes with it (the full
// name of an individual, the enterprise name of an enterprise).
struct CompleteInformationRequest
{
    QString accountId;
    AccountType accountType = AccountType::Individual;
    QString name;

    bool operator==(const CompleteInformationRequest &) const = default;
};

// D-EDIT-INFO "Edit Information" (§5.5, §5.8, §5.9; R-ACC-6, R-ACC-9, R-ACC-11..13): the whole
// form. The names: the one of the account type (fullName of an individual, enterpriseName of
// an enterprise) is required and, once authentication was submitted, must stay what it is
// (R-ACC-9); the other is kept as stored. No qualificationProof keeps the stored one.
struct EditInformationRequest
{
    QString accountId;
    AccountType accountType = AccountType::Individual;
    QString fullName;
    QString enterpriseName;
    QString qualificationName;                        // myaccount::QualificationNames or empty
    std::optional<MaterialUpload> qualificationProof; // slot MaterialSlot::QualificationProof
    QString taxId;
    QString designation;
    ContactAddress contactAddress;
    QString paymentCurrency;
    QString industry;
    QString secondaryIndustry;

    bool operator==(const EditInformationRequest &) const = default;
};

// D-SERVICE-CONTACT (§5.6, §5.7; R-ACC-14): both verified steps in one call. Step 1 verifies
// identity with the code sent (purpose CodePurpose::VerifyIdentity) to the HUAWEI ID's mobile
// number (identityChannel Sms: its security phone) or email (Email), as the customer chose;
// step 2 the code sent to the new value (purpose ServiceMobile / ServiceEmail). The pages
// check each code early with checkCode; this call consumes both.
struct ServiceContactChangeRequest
{
    QString accountId;
    ServiceContact contact = ServiceContact::Mobile;
    Channel identityChannel = Channel::Sms;
    QString identityCode;
    QString newValue; // the new service mobile number or email address
    QString newCode;

    bool operator==(const ServiceContactChangeRequest &) const = default;
};

// Preferences (§5.10, R-ACC-15): notifications' language and time zone, the currency.
struct PreferencesRequest
{
    QString accountId;
    QString messageLanguage; // myaccount::MessageLanguages
    QString timeZone;        // an IANA time zone
    QString currency;        // myaccount::Currencies

    bool operator==(const PreferencesRequest &) const = default;
};

// D-RECIPIENT: adds (recipientId 0) or edits a message recipient of the account.
struct RecipientInput
{
    qint64 recipientId = 0;
    QString accountId;
    QString name;
    QString mobile; // R-ACC-4; a mobile number and/or an email address
    QString email;  // R-ACC-1

    bool operator==(const RecipientInput &) const = default;
};

// ---- Joint Operations (W-ORG) -----------------------------------------------------------

struct OrganizationRequest
{
    QString ownerAccountId;
    QString enterpriseName; // R-ORG-1
    QString abbreviation;   // R-ORG-2

    bool operator==(const OrganizationRequest &) const = default;
};

// The first member is prefilled from the owner's real-name data (R-ORG-5, seed 002).
struct OwnerPrefill
{
    QString displayName;
    QString account; // suggested: the owner's login id, made valid for R-ORG-5
    QString mobile;
    QString email;

    bool operator==(const OwnerPrefill &) const = default;
};

struct MemberInput
{
    qint64 memberId = 0; // 0: add a member; otherwise edit that member
    QString organizationId;
    QString account; // R-ORG-5; cannot change once the member exists
    QString displayName;
    qint64 departmentId = 0; // 0: the organization's root department
    QString mobile;          // R-ACC-4, mobile and/or email
    QString email;
    QString password; // the initial password (adding only); R-ACC-2 (Guance rule)

    bool operator==(const MemberInput &) const = default;
};

struct OrganizationDetail
{
    Organization organization;
    QList<Department> departments; // the tree, root first
    QList<Member> members;
    QList<AppBinding> bindings;
    QHash<qint64, QList<qint64>> authorizedMembers; // binding id -> member ids

    bool operator==(const OrganizationDetail &) const = default;
};

// A purchased order of an owner and whether it is bound (flows.md W-ORG step 3).
struct BindableOrder
{
    Order order;
    Instance instance;
    QString boundOrganizationId; // empty when unbound
    QString boundAbbreviation;

    bool operator==(const BindableOrder &) const = default;
};

struct AuthorizationRequest
{
    qint64 bindingId = 0;
    QList<qint64> memberIds;
    bool termsAccepted = false;

    bool operator==(const AuthorizationRequest &) const = default;
};

struct MemberLogin
{
    qint64 memberId = 0;
    QString displayName;
    QString loginName; // account@abbreviation (R-ORG-6)
    QString sentTo;    // where the SMS (or email) with the credentials went

    bool operator==(const MemberLogin &) const = default;
};

struct AuthorizationResult
{
    QString loginAddress; // the unified login address
    QList<MemberLogin> logins;

    bool operator==(const AuthorizationResult &) const = default;
};

// ---- unified login and workspace binding (W-LOGIN) --------------------------------------

struct LoginRequest
{
    QString loginName; // account@abbreviation (R-ORG-6)
    QString password;

    bool operator==(const LoginRequest &) const = default;
};

// A member logged in through the unified login. The operator's console drives the rest
// of W-LOGIN on this member's behalf.
struct LoginSession
{
    qint64 memberId = 0;
    QString loginName;
    QString displayName;
    QString organizationId;
    QString abbreviation;
    QString ownerAccountId; // the organization owner's Huawei account
    bool mustChangePassword = false;
    // R-FC-2: the owner's Huawei account is linked to this fee-center account (0 = not
    // linked): the member logs in directly.
    qint64 linkedFeeCenterAccountId = 0;
    QString linkedFeeCenterUsername;

    bool operator==(const LoginSession &) const = default;
};

// R-FC-3: a code went to the fee-center account's registered email, shown masked.
struct FeeCenterCodeSent
{
    QString maskedEmail; // e.g. "f***@lanhai.com"
    QDateTime expiresAt;
    QDateTime resendAllowedAt;

    bool operator==(const FeeCenterCodeSent &) const = default;
};

struct FeeCenterVerification
{
    qint64 memberId = 0;
    QString site;     // R-WS-3: the site for workspaces created in this flow
    QString username; // the fee-center account
    QString code;     // sent by sendFeeCenterCode

    bool operator==(const FeeCenterVerification &) const = default;
};

struct FeeCenterBinding
{
    FeeCenterAccount account;
    QList<Workspace> workspaces; // the account's workspaces, with their settlement

    bool operator==(const FeeCenterBinding &) const = default;
};

struct EnterpriseConfirmation
{
    qint64 feeCenterAccountId = 0;
    QString enterpriseName;
    QString industry;
    QString contact;

    bool operator==(const EnterpriseConfirmation &) const = default;
};

struct BindWorkspaceRequest
{
    qint64 memberId = 0;
    qint64 feeCenterAccountId = 0;
    QString workspaceId;

    bool operator==(const BindWorkspaceRequest &) const = default;
};

// "Create workspace": with an existing Guance account (email + code) or registering one.
struct CreateWorkspaceRequest
{
    qint64 memberId = 0;
    qint64 feeCenterAccountId = 0;
    QString site;
    QString workspaceName;
    WorkspaceLanguage language = WorkspaceLanguage::Chinese;
    bool haveGuanceAccount = true;
    QString email; // the Guance account's email (have) or the new account's email (register)
    QString code;  // sent to `email` with purpose CodePurpose::CreateWorkspace
    // registering only:
    QString username;
    QString password;
    QString mobile;
    bool termsAccepted = false;

    bool operator==(const CreateWorkspaceRequest &) const = default;
};

struct ActivationSummary
{
    FeeCenterAccount account;
    QList<Workspace> boundWorkspaces; // settled through the owner's Huawei account

    bool operator==(const ActivationSummary &) const = default;
};

// ---- Billing Center (W-SET, W-SVC, W-CANCEL) ---------------------------------------------

struct SettlementChangeRequest
{
    QString workspaceId;
    SettlementMethod method = SettlementMethod::HuaweiCloud;
    QString accountId;  // Huawei account id (R-SET-2)
    QString instanceId; // its active SaaS instance (R-SET-2)

    bool operator==(const SettlementChangeRequest &) const = default;
};

struct RechargeRequest
{
    qint64 feeCenterAccountId = 0;
    QString huaweiAccountId; // R-SVC-1
    QString orderId;         // R-SVC-1

    bool operator==(const RechargeRequest &) const = default;
};

// Account overview of the Billing Center: cash and stored-value cards by status.
struct FeeCenterOverview
{
    FeeCenterAccount account;
    Fen availableCardBalance;
    int availableCards = 0;
    int usedUpCards = 0;
    int expiredCards = 0;
    Fen expiredCardBalance; // balance left on expired cards (lost)

    bool operator==(const FeeCenterOverview &) const = default;
};

struct CloseResourceResult
{
    Instance instance;                 // now closed (R-MKT-4)
    QList<Workspace> lockedWorkspaces; // R-SET-5

    bool operator==(const CloseResourceResult &) const = default;
};

// ---- drafts -----------------------------------------------------------------------------

// An interrupted wizard's page and entries (never passwords), kept in the store.
struct WizardDraft
{
    QString wizard;
    QString key;
    QString page;
    QJsonObject state;
    QDateTime updatedAt;

    bool operator==(const WizardDraft &) const = default;
};

// ---- the billing API's bodies of calls with plain arguments (contract/Routes.h) ----------

struct SendCodeRequest
{
    Channel channel = Channel::Email;
    QString destination;
    QString purpose; // CodePurpose

    bool operator==(const SendCodeRequest &) const = default;
};

struct CheckCodeRequest
{
    QString destination;
    QString purpose;
    QString code;

    bool operator==(const CheckCodeRequest &) const = default;
};

struct DepartmentRequest
{
    qint64 parentId = 0;
    QString name;

    bool operator==(const DepartmentRequest &) const = default;
};

struct BindOrderRequest
{
    QString orderId;
    QString organizationId;

    bool operator==(const BindOrderRequest &) const = default;
};

struct PasswordChange
{
    QString currentPassword;
    QString newPassword;

    bool operator==(const PasswordChange &) const = default;
};

struct FeeCenterCodeRequest
{
    QString username;

    bool operator==(const FeeCenterCodeRequest &) const = default;
};

struct ActivationRequest
{
    qint64 memberId = 0;
    qint64 feeCenterAccountId = 0;

    bool operator==(const ActivationRequest &) const = default;
};

struct ClockAdvance
{
    ClockStep step = ClockStep::Minute;

    bool operator==(const ClockAdvance &) const = default;
};

struct ExportRequest
{
    ListQuery query;
    QStringList headers; // the CSV's first line, by column; the column keys where missing

    bool operator==(const ExportRequest &) const = default;
};

// GET /v1/changes: the list views changed after `since`, up to `sequence` (the store's
// change sequence, shared by every server process on the store); `clock` when the clock
// was moved or the demo reset.
struct ChangeBatch
{
    qint64 sequence = 0;
    QStringList views;
    bool clock = false;

    bool operator==(const ChangeBatch &) const = default;
};

// GET /v1/version.
struct ServerVersion
{
    QString version; // the server's build
    int schemaVersion = 0;
    bool demo = false;
    QString store;        // "sqlite" or "postgres"
    QString operatorName; // whose token the request carried

    bool operator==(const ServerVersion &) const = default;
};

} // namespace oc
