#pragma once

// Closing Huawei Cloud services (my-account.md §5.11, D.1 W-CLOSE, D.2 D-DISABLE / D-RESTORE /
// D-LAST-CHECK, D.4 R-CLS-1..7): the three automatic checks, each condition of §5.11.1 that
// fails listed with what it is about, and the dates of retention. Pure functions: the service
// fills the facts from the store and the simulated conditions (D-CONDITIONS) and stores what
// they answer; the GUI words each condition, with what to do, in the user's language.

#include "Domain.h"
#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace oc {

namespace closing {

// R-CLS-2 (Decisions: retention is 90 days): closed services are disabled 90 days after
// closing; Restore (R-CLS-2) and Disable (R-CLS-5) are possible from 24 hours after it.
inline constexpr int RetentionDays = 90;
inline constexpr int WaitHours = 24;

// The conditions of R-CLS-1 (my-account.md §5.11.1 item 1, grouped as D.4 says), in the
// order the checks list them.
namespace condition {
// Account Check
inline constexpr auto PartnerAssociation = "partnerAssociation"; // detail: the partner's name
inline constexpr auto MasterAccount = "masterAccount";   // a member of (or invited by) a master;
                                                         // detail: the master's name
inline constexpr auto MemberAccounts = "memberAccounts"; // a master with members; detail: n
inline constexpr auto ApplicationsInProgress = "applicationsInProgress"; // detail: n
inline constexpr auto Complaints = "complaints"; // violations, complaints (simulated)
// Financial Check (simulated conditions)
inline constexpr auto Arrears = "arrears"; // overdue payments; detail: CNY
inline constexpr auto OverIssuedInvoices = "overIssuedInvoices";
inline constexpr auto PendingPayments = "pendingPayments";
inline constexpr auto Balance = "balance"; // a remaining cash balance; detail: CNY
inline constexpr auto UnpaidTaxes = "unpaidTaxes";
// Orders and Resources Check
inline constexpr auto UnpaidOrders = "unpaidOrders";           // active orders; detail: n
inline constexpr auto InstancesInUse = "instancesInUse";       // resources in use; detail: n
inline constexpr auto ReservedInstances = "reservedInstances"; // simulated
inline constexpr auto PendingContracts = "pendingContracts";   // simulated
} // namespace condition

// Every condition with its check, in the order above (the GUI has a text for each).
struct ConditionOf
{
    const char *condition;
    ClosingCheckGroup group;
};
inline constexpr ConditionOf Conditions[] = {
    {condition::PartnerAssociation, ClosingCheckGroup::Account},
    {condition::MasterAccount, ClosingCheckGroup::Account},
    {condition::MemberAccounts, ClosingCheckGroup::Account},
    {condition::ApplicationsInProgress, ClosingCheckGroup::Account},
    {condition::Complaints, ClosingCheckGroup::Account},
    {condition::Arrears, ClosingCheckGroup::Financial},
    {condition::OverIssuedInvoices, ClosingCheckGroup::Financial},
    {condition::PendingPayments, ClosingCheckGroup::Financial},
    {condition::Balance, ClosingCheckGroup::Financial},
    {condition::UnpaidTaxes, ClosingCheckGroup::Financial},
    {condition::UnpaidOrders, ClosingCheckGroup::OrdersAndResources},
    {condition::InstancesInUse, ClosingCheckGroup::OrdersAndResources},
    {condition::ReservedInstances, ClosingCheckGroup::OrdersAndResources},
    {condition::PendingContracts, ClosingCheckGroup::OrdersAndResources},
};

// What the checks read: the simulated conditions (D-CONDITIONS) and the store's own facts.
struct Facts
{
    // simulated (AccountConditions)
    Fen arrears;
    Fen balance;
    bool overIssuedInvoices = false;
    bool pendingPayments = false;
    bool unpaidTaxes = false;
    bool reservedInstances = false;
    bool pendingContracts = false;
    bool complaints = false;
    // the store's
    QString partnerName;            // a partner association (any model or status); empty: none
    QString masterName;             // associated with, or invited by, a master; empty: none
    int associatedMembers = 0;      // members associated with (or invited by) this account
    int applicationsInProgress = 0; // requests under review, disassociation requests, ...
    int unpaidOrders = 0;
    int instancesInUse = 0; // provisioning, active or frozen instances
};

// R-CLS-1: every condition that fails, in Conditions' order; empty: all three checks pass.
QList<ClosingFailure> failures(const Facts &facts);
// The failures of one check.
QList<ClosingFailure> failuresOf(const QList<ClosingFailure> &failures, ClosingCheckGroup group);
// R-CLS-5: "nothing owed" — the Financial Check's conditions.
bool owes(const QList<ClosingFailure> &failures);

// R-CLS-2: the end of retention (automatic disabling) and the earliest Restore / Disable.
QDateTime retentionUntil(const QDateTime &closedAt);
QDateTime earliestRestoreOrDisable(const QDateTime &closedAt);

} // namespace closing
} // namespace oc
