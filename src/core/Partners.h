#pragma once

// Partners and enterprise master accounts (my-account.md §6, §7, D.1 W-PARTNER-ASSOC, D.2
// D-PARTNER-DISASSOC / D-MASTER-REQUEST, D.4 R-PTN-2..7, R-MST-1..3): the conditions an
// association, a disassociation request and a master-member link are judged on, each with
// its stable spelling (the GUI words every spelling in the user's language), and the dates
// of the once-per-3-months limit. Pure functions: the services fill the facts from the store
// and the simulated conditions (D-CONDITIONS) and refuse with what these answer.

#include "Domain.h"
#include "Error.h"
#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace oc {

namespace partner {

// R-PTN-3 (§6.1: any model) and R-PTN-4 (the reseller model only): the conditions of an
// association, in the order the spec lists them.
namespace eligibility {
// R-PTN-3
inline constexpr auto ChineseMainlandSite = "chineseMainlandSite"; // registered there (simulated)
inline constexpr auto PartnerAssociated = "partnerAssociated";     // has a partner already
inline constexpr auto SpecialContract = "specialContract";         // simulated
inline constexpr auto RegisteredOver7Days = "registeredOver7Days"; // on the clock
inline constexpr auto CashSpending = "cashSpending";               // simulated
inline constexpr auto UnpaidBills = "unpaidBills";                 // arrears or unpaid orders
inline constexpr auto UnifiedMaster = "unifiedMaster"; // in a unified-accounting master-member
                                                       // link (see Facts::unifiedAccounting)
// R-PTN-4 (reseller)
inline constexpr auto ProfessionalContract = "professionalContract"; // simulated
inline constexpr auto ReservedInstances = "reservedInstances";       // valid RIs (simulated)
inline constexpr auto MemberAccount = "memberAccount";               // a member of a master
inline constexpr auto IndependentMembers = "independentMembers";     // a master with members in
                                                                     // independent accounting
} // namespace eligibility

// R-PTN-2 as my-account.md D.4 extends it (§6.2 and §6.2.1 merged; D-PARTNER-DISASSOC's
// check list), in the order the spec lists them, the once-per-3-months limit last.
namespace disassociation {
inline constexpr auto MasterOrMember = "masterOrMember"; // a member of a master, or a master
                                                         // with unified-accounting members;
                                                         // detail: the master's name, or n
inline constexpr auto IndependentMembers = "independentMembers"; // detail: n
inline constexpr auto Arrears = "arrears";                       // detail: CNY
inline constexpr auto ReservedInstances = "reservedInstances";   // unexpired RIs
inline constexpr auto PartnerSupportPlan = "partnerSupportPlan";
inline constexpr auto NoCurrency = "noCurrency";           // HuaweiAccount::currency not set
inline constexpr auto SpecialContract = "specialContract"; // an effective special commerce one
inline constexpr auto OrdersAwaitingPartner = "ordersAwaitingPartner";
inline constexpr auto RequestedWithin3Months = "requestedWithin3Months"; // detail: from when
                                                                         // a request is allowed
} // namespace disassociation

// The Error args of an R-PTN-2/3/4 refusal: every failed condition's spelling, in order (a
// string list); the refusal's reason is the first of them.
inline constexpr auto FailedArg = "failed";
// R-PTN-2: the time (ISO 8601, China time) from when the customer may ask again.
inline constexpr auto AllowedFromArg = "allowedFrom";

// R-PTN-3: "registered more than 7 days ago" on the clock.
inline constexpr int RegistrationDays = 7;
// R-PTN-2: one customer request per 3 months (calendar months).
inline constexpr int RequestIntervalMonths = 3;

// The Operation Log's operations (PartnerLogEntry::operation, R-PTN-7) and actors.
namespace log {
inline constexpr auto Associated = "associated";
inline constexpr auto Authorized = "authorized"; // the Letter of Authorization
inline constexpr auto BudgetSet = "budgetSet";
// The partner took the budget back, which freezes the customer again (R-PTN-1): the demo
// story's (5) only; no call of the console does it.
inline constexpr auto BudgetWithdrawn = "budgetWithdrawn";
inline constexpr auto DisassociationRequested = "disassociationRequested";
inline constexpr auto DisassociationRefused = "disassociationRefused";
inline constexpr auto Disassociated = "disassociated";
inline constexpr auto Customer = "customer";
inline constexpr auto Partner = "partner";
} // namespace log

// What the checks read: the simulated conditions (D-CONDITIONS) and the store's own facts.
struct Facts
{
    // the account's
    QDateTime registeredAt; // HuaweiAccount::createdAt
    QString currency;       // HuaweiAccount::currency (R-ACC-15)
    // simulated (AccountConditions)
    bool chineseMainlandSite = false;
    bool specialContract = false;
    bool cashSpending = false;
    Fen arrears;
    bool professionalContract = false;
    bool reservedInstances = false;
    bool partnerSupportPlan = false;
    bool ordersAwaitingPartner = false;
    // the store's
    QString partnerName;  // its partner association; empty: none
    int unpaidOrders = 0; // orders not paid
    // As a member: its master's name (empty: none) and that link's accounting. Invited,
    // associated or cancellation requested: a link until the member's answer ends it.
    QString masterName;
    MasterAccounting memberAccounting = MasterAccounting::Unified;
    bool memberAssociated = false; // associated (or cancellation requested), not only invited
    // As a master: its members (associated or cancellation requested) by accounting.
    int unifiedMembers = 0;
    int independentMembers = 0;
    int invitedMembers = 0; // invitations not answered yet
    // R-PTN-2: the customer's last disassociation request (invalid: none yet).
    QDateTime lastCustomerRequest;

    // R-PTN-3's last condition, "associated with an enterprise master in unified accounting
    // mode with a resource account or cloud account", read as: the account takes part in a
    // unified-accounting master-member link that is in effect — a member whose master pays
    // in unified accounting, or a master whose associated members (its resource or cloud
    // accounts, which §1.1 item 5 says it pays for) are in unified accounting. An invitation
    // not accepted yet is no link in effect.
    bool unifiedAccounting() const
    {
        return (memberAssociated && memberAccounting == MasterAccounting::Unified) ||
               unifiedMembers > 0;
    }
};

// R-PTN-3, then for `model` Reseller R-PTN-4: every condition that fails, in order; empty:
// the account may associate.
QStringList ineligibility(const Facts &facts, PartnerModel model, const QDateTime &now);
// Whether `condition` (one of ineligibility()'s) is R-PTN-4's; R-PTN-3's otherwise.
bool resellerOnly(const QString &condition);

// R-PTN-2: D-PARTNER-DISASSOC's check, every failed condition in order with its detail.
struct CheckItem
{
    QString condition;
    QString detail;
};
QList<CheckItem> disassociationFailures(const Facts &facts, const QDateTime &now);
// R-PTN-2: from when the customer may request again (invalid: now, or no request yet).
QDateTime nextCustomerRequestFrom(const QDateTime &lastCustomerRequest, const QDateTime &now);

// The refusal of failed conditions `failed` (not empty): rule `rule`, field accountId,
// reason the first condition, args {failed: the list}, plus `args`.
Error refusal(const char *rule, const QStringList &failed, QVariantMap args = {});

// A time as the refusals' args and the checks' details carry it: ISO 8601 in China time.
QString chinaTime(const QDateTime &at);

} // namespace partner

namespace master {

// R-MST-2: why `masterAccount` cannot invite `memberAccount` (or, when the member accepts, why
// the link cannot take effect), in the order they are judged; nullopt when it can.
//   R-MST-2 masterAccountId notEnterprise        (the master must be an enterprise account)
//   R-MST-2 masterAccountId notAuthenticated     (… real-name authenticated)
//   R-MST-2 masterAccountId noEnterpriseCenter   (… with Enterprise Center enabled)
//   R-MST-2 masterAccountId cloudSolutionProvider (… not in the Cloud Solution Provider
//                                                  Program)
//   R-MST-2 memberAccountId sameAccount          (a master cannot invite itself)
//   R-MST-2 memberAccountId masterWithMembers {members} (the member is a master itself)
struct MasterFacts
{
    bool enterpriseCenter = false;
    bool cloudSolutionProvider = false;
    int memberMembers = 0; // the member's own members (invited, associated or cancellation
                           // requested)
};
std::optional<Error> linkRefusal(const HuaweiAccount &masterAccount,
                                 const HuaweiAccount &memberAccount, const MasterFacts &facts);

// R-MST-3: a link that makes the member follow its master (associated, or cancellation
// requested and not yet answered).
bool inEffect(MasterLinkStatus status);
// A link that names both sides until the member's answer ends it (R-MST-1): invited,
// associated or cancellation requested.
bool live(MasterLinkStatus status);

} // namespace master

} // namespace oc
