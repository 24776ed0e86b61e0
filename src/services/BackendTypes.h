#pragma once

// Values exchanged through the Backend interface (and later the billing API).

#include "core/Domain.h"
#include "core/Listing.h"

#include <QDateTime>
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
};

enum class ClockStep { Minute, Hour, Day, ThreeWorkingDays, Month, NinetyDays };

struct ClockState
{
    QDateTime now;
    bool adjustable = false; // demo clock: can be advanced
    bool running = true;     // moves with real time
};

struct PartnerInfo
{
    QString partnerName;
    PartnerModel model = PartnerModel::Referral;
    QString status;
    QDateTime since;
};

struct HuaweiAccountDetail
{
    HuaweiAccount account;
    std::optional<PartnerInfo> partner;
    int tenantNameChangesThisYear = 0;
    QString linkedFeeCenterUsername; // R-FC-2, empty when not linked
    QList<JournalEntry> traces;      // CTS-style journal of this account, newest first
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
};

// A verification code was "sent" (R-VC-1): where, and when the next may be requested.
struct CodeSent
{
    QString destination;
    QDateTime expiresAt;
    QDateTime resendAllowedAt;
};

// ---- marketplace (W-BUY) -------------------------------------------------------------

struct PurchaseRequest
{
    QString accountId;                              // the buyer (R-MKT-1: authenticated)
    ProductKind product = ProductKind::Subscription; // SaaS Edition or stored-value cards
    int quantity = 1;                               // cards only (R-MKT-3), 1..MaxCardQuantity
    bool termsAccepted = false;

    static constexpr int MaxCardQuantity = 999;
};

struct PurchaseResult
{
    Order order;
    std::optional<Instance> instance; // subscriptions: provisioning -> active (R-MKT-2)
};

// ---- Commercial Plan registration (W-REG) ---------------------------------------------

struct RegistrationRequest
{
    // 1. basic information
    QString site;
    QString username;
    QString password;
    QString email;
    QString code; // sent to `email` with purpose CodePurpose::Register
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
    QString huaweiAccountId;   // HuaweiCloud (R-REG-2)
    QString alibabaAccountId;  // AlibabaCloud
    QString alibabaInstanceId; // AlibabaCloud
    bool awsSubscriptionConfirmed = false; // Aws
    // Also create a fee-center account with the same username and password. Required
    // (and forced on) for fee-center and Huawei Cloud settlement.
    bool createFeeCenterAccount = true;
    bool termsAccepted = false;
};

struct RegistrationResult
{
    GuanceAccount guanceAccount;
    std::optional<FeeCenterAccount> feeCenterAccount;
    Workspace workspace;
};

// What the activation page learns about a Huawei account id (R-REG-2).
struct HuaweiActivationCheck
{
    QString accountId;
    QString displayName;
    QString instanceId; // its active Guance SaaS Edition instance
};

namespace CodePurpose {
inline constexpr auto Register = "register";                // W-REG basic information
inline constexpr auto BindFeeCenter = "bind-fee-center";    // W-LOGIN existing account (R-FC-3)
inline constexpr auto CreateWorkspace = "create-workspace"; // W-LOGIN create workspace
} // namespace CodePurpose

// ---- drafts -----------------------------------------------------------------------------

// An interrupted wizard's page and entries (never passwords), kept in the store.
struct WizardDraft
{
    QString wizard;
    QString key;
    QString page;
    QJsonObject state;
    QDateTime updatedAt;
};

} // namespace oc
