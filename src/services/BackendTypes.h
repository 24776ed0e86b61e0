#pragma once

// Values exchanged through the Backend interface (and later the billing API).

#include "core/Domain.h"
#include "core/Listing.h"

#include <QDateTime>
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

} // namespace oc
