#pragma once

#include "BackendTypes.h"
#include "core/Error.h"

#include <QFuture>
#include <QObject>

namespace oc {

// Everything the GUI does goes through this interface. Every call is asynchronous: it
// returns at once and its QFuture finishes later on another thread; consumers attach a
// continuation in their own thread (see Async.h). The local implementation runs the
// services over the embedded store; a remote one (HTTP, later) speaks the billing API. The
// GUI cannot tell them apart.
class Backend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Backend() override = default;

    // Opens the backend (the database, or the connection to a server) off the calling
    // thread. Calls made before it finishes wait behind it.
    virtual QFuture<Status> open() = 0;
    virtual BackendInfo info() const = 0;
    // Calls accepted and not yet answered (the screenshot runner waits for none before a
    // picture; a remote backend counts its requests in flight).
    virtual int callsInFlight() const = 0;

    // ---- reading -----------------------------------------------------------------------
    virtual QFuture<Result<ListPage>> list(const ListQuery &query) = 0;
    // Writes every row of `query` as CSV (UTF-8 with BOM, `headers` first) to `path`.
    // Reports progress through the future (0..1000) and stops when the future is
    // cancelled, removing the partial file. The value is the number of rows written.
    virtual QFuture<Result<qint64>> exportCsv(const ListQuery &query, const QStringList &headers,
                                              const QString &path) = 0;
    virtual QFuture<Result<HuaweiAccountDetail>> huaweiAccount(const QString &accountId) = 0;
    virtual QFuture<Result<OnboardingProgress>> onboardingProgress(const QString &accountId) = 0;

    // ---- clock and demo ----------------------------------------------------------------
    virtual QFuture<Result<ClockState>> clock() = 0;
    virtual QFuture<Result<ClockState>> advanceClock(ClockStep step) = 0;
    // Restores the demo data set (demo databases only).
    virtual QFuture<Status> resetDemo() = 0;

    // ---- verification codes (R-VC-1) ----------------------------------------------------
    // Sends a new code for `purpose` to `destination` through the Outbox.
    virtual QFuture<Result<CodeSent>> sendCode(Channel channel, const QString &destination,
                                               const QString &purpose) = 0;
    // Checks a code without consuming it (a wizard page's early feedback); the commit that
    // needs the code consumes it.
    virtual QFuture<Status> checkCode(const QString &destination, const QString &purpose,
                                      const QString &code) = 0;

    // W-SIGNUP (my-account.md §2): a HUAWEI ID by email; its security phone or service
    // mobile number; enabling Huawei Cloud services; binding a card (R-ACC-1/2/4/5/16/17/18).
    virtual QFuture<Result<HuaweiAccount>> signUp(const SignUpRequest &request) = 0;
    virtual QFuture<Result<HuaweiAccount>> bindPhone(const BindPhoneRequest &request) = 0;
    virtual QFuture<Result<HuaweiAccount>> enableServices(const EnableServicesRequest &request) = 0;
    virtual QFuture<Result<PaymentCard>> bindCard(const BindCardRequest &request) = 0;

    // W-AUTH (my-account.md §4): submit a real-name authentication; a request as it stands
    // (the review progress page); the review queue's decision (R-AUTH-1..4, R-AUTH-7..9).
    virtual QFuture<Result<AuthenticationRecord>>
    submitAuthentication(const AuthenticationRequest &request) = 0;
    virtual QFuture<Result<AuthenticationRecord>> authentication(qint64 authenticationId) = 0;
    virtual QFuture<Result<AuthenticationRecord>>
    reviewAuthentication(const ReviewDecision &decision) = 0;

    // W-REAUTH (my-account.md §4.4-§4.5): a re-authentication request, reviewed in the same
    // queue (R-AUTH-5, R-AUTH-10..14); the old record stays valid until the decision.
    virtual QFuture<Result<AuthenticationRecord>>
    submitReauthentication(const ReauthenticationRequest &request) = 0;
    // D-CONDITIONS: the simulated facts the checks read (the operator acting as Huawei).
    virtual QFuture<Result<AccountConditions>> accountConditions(const QString &accountId) = 0;
    virtual QFuture<Result<AccountConditions>>
    setAccountConditions(const AccountConditions &conditions) = 0;

    // My Account, part 2 (my-account.md §5.1-§5.10, D.2; R-ACC-3, R-ACC-6..15, R-ACC-20):
    // the HUAWEI ID's password and login ID, the tenant's information, Preferences and
    // message recipients. Each success is journaled (R-AUD-1); changePhone / changeEmail and
    // the recipients' changes also leave a CTS trace while the account's CTS is enabled
    // (R-AUD-2, AccountConditions::ctsEnabled; the list view ctsTraces shows them).
    virtual QFuture<Status> changePassword(const PasswordChangeRequest &request) = 0;
    virtual QFuture<Status> resetPassword(const PasswordResetRequest &request) = 0;
    virtual QFuture<Result<HuaweiAccount>> changeLoginId(const LoginIdChangeRequest &request) = 0;
    virtual QFuture<Result<HuaweiAccount>>
    changeTenantName(const TenantNameChangeRequest &request) = 0;
    virtual QFuture<Result<HuaweiAccount>>
    completeInformation(const CompleteInformationRequest &request) = 0;
    virtual QFuture<Result<HuaweiAccount>>
    editInformation(const EditInformationRequest &request) = 0;
    virtual QFuture<Result<HuaweiAccount>>
    changeServiceContact(const ServiceContactChangeRequest &request) = 0;
    virtual QFuture<Result<HuaweiAccount>> savePreferences(const PreferencesRequest &request) = 0;
    virtual QFuture<Result<MessageRecipient>> saveRecipient(const RecipientInput &recipient) = 0;
    virtual QFuture<Status> deleteRecipient(qint64 recipientId) = 0;

    // Closing Huawei Cloud services (my-account.md §5.11; W-CLOSE, D-LAST-CHECK, D-RESTORE,
    // D-DISABLE; R-CLS-1..7). startClosing runs the three automatic checks of a new close
    // application and stores their result (R-CLS-4; a failed one is a result, not an error);
    // closeServices is Proceed to Close with that check (retention of 90 days); closingCheck
    // runs the checks now without storing them (D-DISABLE shows them); restoreServices and
    // disableServices from 24 hours after closing, within retention (R-CLS-2, R-CLS-5; at 90
    // days the clock disables them); terminateClosing is the operator acting as Huawei
    // (R-CLS-6). Each change journaled (R-AUD-1), no CTS trace (R-AUD-2).
    virtual QFuture<Result<ClosingCheck>> startClosing(const CloseServicesRequest &request) = 0;
    virtual QFuture<Result<ServicesClosing>> closeServices(const QString &accountId,
                                                           qint64 checkId) = 0;
    virtual QFuture<Result<ClosingCheck>> closingCheck(const QString &accountId) = 0;
    virtual QFuture<Result<HuaweiAccount>> restoreServices(const QString &accountId) = 0;
    virtual QFuture<Result<ServicesClosing>>
    disableServices(const DisableServicesRequest &request) = 0;
    virtual QFuture<Result<HuaweiAccount>>
    terminateClosing(const TerminateClosingRequest &request) = 0;

    // Partners (my-account.md §6; W-PARTNER-ASSOC, My Partner, D-PARTNER-DISASSOC,
    // D-PARTNER-PROCESS; R-PTN-1..7). The operator acts as the partner for
    // createPartnerInvitation, setPartnerBudget, partnerRequestDisassociation and
    // processPartnerDisassociation answered by the partner. Each change journaled (R-AUD-1)
    // and written to the association's Operation Log; no CTS trace (R-AUD-2). The refusals:
    // services/PartnerService.h.
    virtual QFuture<Result<PartnerInvitation>>
    createPartnerInvitation(const PartnerInvitationRequest &request) = 0;
    // W-PARTNER-ASSOC's entry: the invitation a pasted link / QR token names (E-NOT-FOUND).
    virtual QFuture<Result<PartnerInvitation>> partnerInvitation(const QString &token) = 0;
    virtual QFuture<Result<PartnerAssociationResult>>
    associatePartner(const PartnerAssociationRequest &request) = 0;
    virtual QFuture<Result<PartnerInfo>> setPartnerBudget(const PartnerBudgetRequest &request) = 0;
    // Runs D-PARTNER-DISASSOC's checks now (R-PTN-2; not stored).
    virtual QFuture<Result<PartnerDisassociationCheck>>
    partnerDisassociationCheck(const QString &accountId) = 0;
    virtual QFuture<Result<PartnerInfo>>
    requestPartnerDisassociation(const PartnerDisassociationRequest &request) = 0;
    virtual QFuture<Result<PartnerInfo>>
    partnerRequestDisassociation(const PartnerInitiatedDisassociation &request) = 0;
    // Agreed: the association ends (the detail's partner is empty afterwards).
    virtual QFuture<Status>
    processPartnerDisassociation(const ProcessDisassociationRequest &request) = 0;

    // Enterprise master accounts (my-account.md §7; D-MASTER-REQUEST, My Master Account;
    // R-MST-1..3). The operator acts as the master for inviteMember and
    // requestMemberCancellation; the member answers. Journaled, no CTS trace. The refusals:
    // services/MasterService.h.
    virtual QFuture<Result<MasterLink>> inviteMember(const MasterInvitationRequest &request) = 0;
    virtual QFuture<Result<MasterLink>>
    requestMemberCancellation(const QString &masterAccountId, const QString &memberAccountId) = 0;
    virtual QFuture<Result<MasterLink>> answerMasterRequest(const MasterAnswer &answer) = 0;

    // D-LOGIN (my-account.md §3, R-ACC-19): sign in by HUAWEI ID (password, then code,
    // trust this device) or by a Huawei website account (bound on first use). A disabled
    // account is refused (R-CLS-5); a not-enabled one signs in and is offered Enable
    // (enableServices above).
    virtual QFuture<Result<HuaweiLoginChallenge>>
    checkHuaweiLogin(const HuaweiLoginRequest &request) = 0;
    virtual QFuture<Result<HuaweiLoginResult>> huaweiLogin(const HuaweiLoginRequest &request) = 0;
    virtual QFuture<Result<WebsiteAccount>>
    createWebsiteAccount(const WebsiteAccountRequest &request) = 0;
    virtual QFuture<Result<HuaweiLoginResult>> websiteLogin(const WebsiteLoginRequest &request) = 0;
    virtual QFuture<Result<HuaweiLoginResult>>
    bindWebsiteAccount(const BindWebsiteAccountRequest &request) = 0;

    // ---- marketplace (W-BUY; R-MKT-1..3) -------------------------------------------------
    virtual QFuture<Result<PurchaseResult>> purchase(const PurchaseRequest &request) = 0;

    // ---- Commercial Plan registration (W-REG; R-REG-1..3) ---------------------------------
    // Live checks for the pages; the commit checks everything again.
    // R-FC-1: format, and free both as a Guance and as a fee-center username.
    virtual QFuture<Status> checkUsername(const QString &username) = 0;
    // R-ACC-1 format, and no Guance account with this email on `site`.
    virtual QFuture<Status> checkGuanceEmail(const QString &email, const QString &site) = 0;
    // R-REG-2: the account exists, is not linked to another fee-center account (R-FC-2)
    // and has an active Guance SaaS Edition instance.
    virtual QFuture<Result<HuaweiActivationCheck>>
    checkHuaweiActivation(const QString &accountId) = 0;
    // R-REG-3: creates everything in one transaction, consuming the email code.
    virtual QFuture<Result<RegistrationResult>>
    registerCommercialPlan(const RegistrationRequest &request) = 0;

    // ---- Joint Operations (W-ORG; R-ORG-*, R-BND-*) ---------------------------------------
    // R-ORG-2: format, and not used by any organization.
    virtual QFuture<Status> checkAbbreviation(const QString &abbreviation) = 0;
    // Creates the organization `creating` (ready 1-3 minutes later on the clock, R-ORG-3)
    // with its root department; the owner is its administrator (R-ORG-4).
    virtual QFuture<Result<Organization>>
    createOrganization(const OrganizationRequest &request) = 0;
    virtual QFuture<Result<OrganizationDetail>> organization(const QString &organizationId) = 0;
    virtual QFuture<Result<Department>> addDepartment(const QString &organizationId,
                                                      qint64 parentId, const QString &name) = 0;
    virtual QFuture<Result<OwnerPrefill>> ownerPrefill(const QString &organizationId) = 0;
    // Adds (memberId 0) or edits a member (R-ORG-3 ready, R-ORG-5, R-ACC-2/4).
    virtual QFuture<Result<Member>> saveMember(const MemberInput &member) = 0;
    virtual QFuture<Status> removeMember(qint64 memberId) = 0;
    // Purchased orders of an owner (subscriptions) with their binding state.
    virtual QFuture<Result<QList<BindableOrder>>> bindableOrders(const QString &ownerAccountId) = 0;
    // R-BND-1..3.
    virtual QFuture<Result<AppBinding>> bindOrder(const QString &orderId,
                                                  const QString &organizationId) = 0;
    // R-BND-4: authorizes members and sends each their login by SMS (Outbox).
    virtual QFuture<Result<AuthorizationResult>>
    authorizeMembers(const AuthorizationRequest &request) = 0;

    // ---- unified login and workspace binding (W-LOGIN; R-ORG-6, R-FC-*, R-WS-*) ----------
    // R-ORG-6: wrong password, unknown organization, unauthorized or disabled member each
    // refused with their own reason; repeated failures throttled.
    virtual QFuture<Result<LoginSession>> unifiedLogin(const LoginRequest &request) = 0;
    virtual QFuture<Status> changeInitialPassword(qint64 memberId, const QString &currentPassword,
                                                  const QString &newPassword) = 0;
    // R-FC-3: sends a code to the fee-center account's registered email.
    virtual QFuture<Result<FeeCenterCodeSent>> sendFeeCenterCode(const QString &username) = 0;
    virtual QFuture<Result<FeeCenterBinding>>
    verifyFeeCenter(const FeeCenterVerification &request) = 0;
    virtual QFuture<Status> confirmEnterprise(const EnterpriseConfirmation &confirmation) = 0;
    // Binds a workspace of that fee-center account: it settles through the owner's Huawei
    // account and its active instance.
    virtual QFuture<Result<Workspace>> bindWorkspace(const BindWorkspaceRequest &request) = 0;
    virtual QFuture<Result<Workspace>> createWorkspace(const CreateWorkspaceRequest &request) = 0;
    // "Activated successfully": links the owner's Huawei account to the fee-center account
    // (R-FC-2); the next login of any member goes straight through.
    virtual QFuture<Result<ActivationSummary>> finishActivation(qint64 memberId,
                                                                qint64 feeCenterAccountId) = 0;

    // ---- Billing Center (W-SET, W-SVC, W-CANCEL; R-SET-*, R-SVC-*, R-MKT-4) ----------------
    // Live check and change of a workspace's settlement (R-SET-2..4).
    virtual QFuture<Status> checkSettlementChange(const SettlementChangeRequest &request) = 0;
    virtual QFuture<Result<Workspace>> changeSettlement(const SettlementChangeRequest &request) = 0;
    // R-SVC-1..4: one card per unit of a paid stored-value-card order of that account.
    virtual QFuture<Result<QList<StoredValueCard>>>
    rechargeStoredValueCards(const RechargeRequest &request) = 0;
    virtual QFuture<Result<FeeCenterOverview>> feeCenterOverview(qint64 feeCenterAccountId) = 0;
    // The workspaces that closing `instanceId` would lock (R-SET-5), for the confirmation.
    virtual QFuture<Result<QList<Workspace>>> closeResourcePreview(const QString &instanceId) = 0;
    virtual QFuture<Result<CloseResourceResult>> closeResource(const QString &instanceId) = 0;
    // R-SET-6.
    virtual QFuture<Result<Workspace>> unlockWorkspace(const QString &workspaceId) = 0;

    // ---- wizard drafts -------------------------------------------------------------------
    virtual QFuture<Status> saveDraft(const WizardDraft &draft) = 0;
    // An empty wizard name in the result means "no draft".
    virtual QFuture<Result<WizardDraft>> loadDraft(const QString &wizard, const QString &key) = 0;
    virtual QFuture<Status> deleteDraft(const QString &wizard, const QString &key) = 0;

signals:
    // Data behind these list views changed (view names of ListQuery::view).
    void changed(const QStringList &views);
    void clockChanged(const QDateTime &now);
    // The backend became unusable (database lost); the GUI shows `error`.
    void failed(const oc::Error &error);
};

} // namespace oc
