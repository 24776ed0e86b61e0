#pragma once

#include <QStringList>

namespace oc {

// The changing calls of the Backend contract by name, and the list views (core/ListNames.h)
// each one's success changes: what LocalBackend announces through Backend::changed and
// what a server tells other consoles. A refused call changes the journal only (the
// refusal is journaled, R-AUD-1).
namespace operation {
inline constexpr auto SendCode = "sendCode";
inline constexpr auto CheckCode = "checkCode";
inline constexpr auto Purchase = "purchase";
inline constexpr auto RegisterCommercialPlan = "registerCommercialPlan";
inline constexpr auto CreateOrganization = "createOrganization";
inline constexpr auto AddDepartment = "addDepartment";
inline constexpr auto SaveMember = "saveMember";
inline constexpr auto RemoveMember = "removeMember";
inline constexpr auto BindOrder = "bindOrder";
inline constexpr auto AuthorizeMembers = "authorizeMembers";
inline constexpr auto UnifiedLogin = "unifiedLogin";
inline constexpr auto ChangeInitialPassword = "changeInitialPassword";
inline constexpr auto SendFeeCenterCode = "sendFeeCenterCode";
inline constexpr auto VerifyFeeCenter = "verifyFeeCenter";
inline constexpr auto ConfirmEnterprise = "confirmEnterprise";
inline constexpr auto BindWorkspace = "bindWorkspace";
inline constexpr auto CreateWorkspace = "createWorkspace";
inline constexpr auto FinishActivation = "finishActivation";
inline constexpr auto ChangeSettlement = "changeSettlement";
inline constexpr auto RechargeStoredValueCards = "rechargeStoredValueCards";
inline constexpr auto CloseResource = "closeResource";
inline constexpr auto UnlockWorkspace = "unlockWorkspace";
inline constexpr auto AdvanceClock = "advanceClock";
inline constexpr auto ResetDemo = "resetDemo";
inline constexpr auto SaveDraft = "saveDraft";
inline constexpr auto DeleteDraft = "deleteDraft";
} // namespace operation

// The views `operation` changes when it succeeds (every view for the clock and Reset
// demo; none for drafts and code checks). An unknown operation changes every view: a
// missing entry costs a refresh, never a stale list.
QStringList viewsChangedBy(const char *operation);
// The views a refusal of `operation` changes: the journal, which records it.
QStringList viewsChangedByRefusal(const char *operation);
// Every list view.
QStringList allViews();

} // namespace oc
