#pragma once

// The billing API (../shared/spec/api.md): every call of the Backend contract as an HTTP
// route, shared by the server that serves them and the remote backend that calls them,
// so that the two cannot drift. Bodies and answers are the contract's JSON (Json.h).
//
// - A request body is the call's request struct, or for calls with plain arguments the
//   small struct of BackendTypes.h named in the table (BindOrderRequest, ...). Path
//   parameters ({organizationId}) are percent-encoded segments; query parameters carry
//   the plain arguments of the live checks (GET .../checks/username?username=...).
// - Every answer is JSON: {"value": T} (200) or {"error": {"code", "field", "reason",
//   "args", "message"}} with the status of httpStatusOf(error) (api.md: rules 409/422,
//   malformed requests 400, unknown records 404, ...). `message` is an English fallback
//   for other clients; the console words its own message from code, reason and args.
// - Requests carry "Authorization: Bearer <token>" (401 without a valid one). A changing
//   call carries "Idempotency-Key: <key>" (1..128 printable ASCII): a repeat with the same
//   key answers the first answer again and changes nothing more.
// - Bodies are at most MaxBodyBytes (413 beyond).

#include "core/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace oc {

// The calls of the Backend contract by name: the operations the server logs, journals
// and reports changes for (services/ChangedViews).
namespace operation {
inline constexpr auto Open = "open"; // the remote backend's first call (GET /v1/version)
inline constexpr auto List = "list";
inline constexpr auto ExportCsv = "exportCsv";
inline constexpr auto HuaweiAccount = "huaweiAccount";
inline constexpr auto OnboardingProgress = "onboardingProgress";
inline constexpr auto Clock = "clock";
inline constexpr auto AdvanceClock = "advanceClock";
inline constexpr auto ResetDemo = "resetDemo";
inline constexpr auto SendCode = "sendCode";
inline constexpr auto CheckCode = "checkCode";
inline constexpr auto SignUp = "signUp";
inline constexpr auto BindPhone = "bindPhone";
inline constexpr auto EnableServices = "enableServices";
inline constexpr auto BindCard = "bindCard";
inline constexpr auto SubmitAuthentication = "submitAuthentication";
inline constexpr auto Authentication = "authentication";
inline constexpr auto ReviewAuthentication = "reviewAuthentication";
inline constexpr auto SubmitReauthentication = "submitReauthentication";
inline constexpr auto AccountConditions = "accountConditions";
inline constexpr auto SetAccountConditions = "setAccountConditions";
inline constexpr auto ChangePassword = "changePassword";
inline constexpr auto ResetPassword = "resetPassword";
inline constexpr auto ChangeLoginId = "changeLoginId";
inline constexpr auto ChangeTenantName = "changeTenantName";
inline constexpr auto CompleteInformation = "completeInformation";
inline constexpr auto EditInformation = "editInformation";
inline constexpr auto ChangeServiceContact = "changeServiceContact";
inline constexpr auto SavePreferences = "savePreferences";
inline constexpr auto SaveRecipient = "saveRecipient";
inline constexpr auto DeleteRecipient = "deleteRecipient";
inline constexpr auto StartClosing = "startClosing";
inline constexpr auto CloseServices = "closeServices";
inline constexpr auto ClosingCheck = "closingCheck";
inline constexpr auto RestoreServices = "restoreServices";
inline constexpr auto DisableServices = "disableServices";
inline constexpr auto TerminateClosing = "terminateClosing";
inline constexpr auto CreatePartnerInvitation = "createPartnerInvitation";
inline constexpr auto PartnerInvitation = "partnerInvitation";
inline constexpr auto AssociatePartner = "associatePartner";
inline constexpr auto SetPartnerBudget = "setPartnerBudget";
inline constexpr auto PartnerDisassociationCheck = "partnerDisassociationCheck";
inline constexpr auto RequestPartnerDisassociation = "requestPartnerDisassociation";
inline constexpr auto PartnerRequestDisassociation = "partnerRequestDisassociation";
inline constexpr auto ProcessPartnerDisassociation = "processPartnerDisassociation";
inline constexpr auto InviteMember = "inviteMember";
inline constexpr auto RequestMemberCancellation = "requestMemberCancellation";
inline constexpr auto AnswerMasterRequest = "answerMasterRequest";
inline constexpr auto CheckHuaweiLogin = "checkHuaweiLogin";
inline constexpr auto HuaweiLogin = "huaweiLogin";
inline constexpr auto CreateWebsiteAccount = "createWebsiteAccount";
inline constexpr auto WebsiteLogin = "websiteLogin";
inline constexpr auto BindWebsiteAccount = "bindWebsiteAccount";
inline constexpr auto Purchase = "purchase";
inline constexpr auto CheckUsername = "checkUsername";
inline constexpr auto CheckGuanceEmail = "checkGuanceEmail";
inline constexpr auto CheckHuaweiActivation = "checkHuaweiActivation";
inline constexpr auto RegisterCommercialPlan = "registerCommercialPlan";
inline constexpr auto CheckAbbreviation = "checkAbbreviation";
inline constexpr auto CreateOrganization = "createOrganization";
inline constexpr auto Organization = "organization";
inline constexpr auto AddDepartment = "addDepartment";
inline constexpr auto OwnerPrefill = "ownerPrefill";
inline constexpr auto SaveMember = "saveMember";
inline constexpr auto RemoveMember = "removeMember";
inline constexpr auto BindableOrders = "bindableOrders";
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
inline constexpr auto CheckSettlementChange = "checkSettlementChange";
inline constexpr auto ChangeSettlement = "changeSettlement";
inline constexpr auto RechargeStoredValueCards = "rechargeStoredValueCards";
inline constexpr auto FeeCenterOverview = "feeCenterOverview";
inline constexpr auto CloseResourcePreview = "closeResourcePreview";
inline constexpr auto CloseResource = "closeResource";
inline constexpr auto UnlockWorkspace = "unlockWorkspace";
inline constexpr auto SaveDraft = "saveDraft";
inline constexpr auto LoadDraft = "loadDraft";
inline constexpr auto DeleteDraft = "deleteDraft";
inline constexpr auto Changes = "changes"; // the change feed
} // namespace operation

namespace api {

inline constexpr qint64 MaxBodyBytes = 1024 * 1024;
inline constexpr qsizetype MaxIdempotencyKeyLength = 128;
// How long GET /v1/changes waits for a change before answering an empty batch.
inline constexpr int ChangesWaitMs = 25000;

enum class Method
{
    Get,
    Post,
    Put,
    Delete
};

struct Route
{
    const char *operation;
    Method method;
    // "/v1/organizations/{organizationId}/departments": literal segments and {name}
    // parameters, in the order the call's arguments name them.
    const char *path;
    // Changes the store: needs an Idempotency-Key; its success is announced on the feed.
    bool changes;
};

// Every route of the API but /healthz (answered without authentication).
std::span<const Route> routes();
const Route *route(const char *operation);
QByteArray methodName(Method method);

// The path of `route` with its parameters filled in, in order, each percent-encoded (so
// that "../x" or "a/b" stays one segment).
QString pathOf(const Route &route, const QStringList &parameters = {});

// Matches a request's method and raw (percent-encoded) path against the table. The
// parameters come back decoded. `wrongMethod` is set when the path is a route's but the
// method is not (405).
struct Match
{
    const Route *route = nullptr;
    QStringList parameters;
};
std::optional<Match> match(Method method, const QByteArray &encodedPath, bool *wrongMethod);
std::optional<Method> methodOf(const QByteArray &name);

// The HTTP status an error is answered with.
int httpStatusOf(const Error &error);
// The English fallback text of an error body.
QString fallbackMessage(const Error &error);

} // namespace api
} // namespace oc
