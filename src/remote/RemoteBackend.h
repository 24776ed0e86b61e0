#pragma once

#include "contract/Backend.h"
#include "contract/Routes.h"

#include <QDateTime>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace oc {

namespace remote {
class ApiClient;
class DraftCache;
class ChangeFeed;
struct ApiAnswer;
struct ApiRequest;
} // namespace remote

struct RemoteBackendOptions
{
    QUrl server;   // the billing API server: http://host:port (or https)
    QString token; // the operator's token, "<operatorId>.<secret>"; never logged
    // A call ends as unreachable (reason "timeout") after this long without a byte
    // transferred.
    std::chrono::milliseconds callTimeout{30000};
    // The change feed: how long the server holds a GET /v1/changes (api::ChangesWaitMs;
    // the poll's timeout is this plus callTimeout), and the pause after a failed poll,
    // doubling from min to max.
    std::chrono::milliseconds changesWait{api::ChangesWaitMs};
    std::chrono::milliseconds feedRetryMin{1000};
    std::chrono::milliseconds feedRetryMax{30000};
    // Where the drafts the server could not take are kept until it can (remote::DraftCache);
    // empty: nowhere.
    QString draftFolder;
};

// The Backend contract over HTTP: every call is a request of the billing API's route
// table (contract/Routes.h, resources/api/README.md) with the contract's JSON
// (contract/Json.h), sent by QNetworkAccessManager on the thread that owns the backend
// (the GUI's). Nothing blocks: each call returns a future at once and finishes it from
// that thread's event loop when the answer is in.
//
// - Answers are {"value": T} or {"error": Error} whatever the status; one that is not
//   (not JSON, a proxy's page, the wrong shape) is E-UNREACHABLE "badAnswer" (args
//   status, field, problem): the server is there but not usable, and Retry may help once
//   it is fixed. Transport failures are E-UNREACHABLE "connection" (arg detail), a call
//   without a byte for callTimeout is E-UNREACHABLE "timeout" (arg seconds).
// - A changing route carries a fresh Idempotency-Key. A call whose connection drops
//   before its answer is sent once more with the same key (remote::ApiExchange), reads
//   and changes alike; never after a timeout or an HTTP answer.
// - open() asks GET /v1/version (info() then knows demo and schema), and starts the
//   change feed (remote::ChangeFeed): changed() and clockChanged() come from it, as from
//   the calls that move the clock or reset the demo. Calls made while open() runs wait
//   for it, and fail with its error if it fails.
// - A token refused after open() (401) is reported once through failed().
// - A draft the server cannot take (unreachable, or failing to store it) is kept on disk
//   (options.draftFolder, remote::DraftCache) and saveDraft() succeeds: typed input
//   outlives a lost server, and a closed console. loadDraft() offers a kept draft first
//   (and hands it to the server again); deleteDraft() removes both.
class RemoteBackend final : public Backend
{
    Q_OBJECT
public:
    explicit RemoteBackend(RemoteBackendOptions options, QObject *parent = nullptr);
    ~RemoteBackend() override;

    QFuture<Status> open() override;
    BackendInfo info() const override;
    int callsInFlight() const override;
    // What GET /v1/version said (after a successful open()).
    std::optional<ServerVersion> serverVersion() const { return m_version; }
    // The change feed's position: the sequence its next poll asks after.
    std::optional<qint64> changesSince() const;

    QFuture<Result<ListPage>> list(const ListQuery &query) override;
    QFuture<Result<qint64>> exportCsv(const ListQuery &query, const QStringList &headers,
                                      const QString &path) override;
    QFuture<Result<HuaweiAccountDetail>> huaweiAccount(const QString &accountId) override;
    QFuture<Result<OnboardingProgress>> onboardingProgress(const QString &accountId) override;

    QFuture<Result<ClockState>> clock() override;
    QFuture<Result<ClockState>> advanceClock(ClockStep step) override;
    QFuture<Status> resetDemo() override;

    QFuture<Result<CodeSent>> sendCode(Channel channel, const QString &destination,
                                       const QString &purpose) override;
    QFuture<Status> checkCode(const QString &destination, const QString &purpose,
                              const QString &code) override;

    QFuture<Result<HuaweiAccount>> signUp(const SignUpRequest &request) override;
    QFuture<Result<HuaweiAccount>> bindPhone(const BindPhoneRequest &request) override;
    QFuture<Result<HuaweiAccount>> enableServices(const EnableServicesRequest &request) override;
    QFuture<Result<PaymentCard>> bindCard(const BindCardRequest &request) override;

    QFuture<Result<PurchaseResult>> purchase(const PurchaseRequest &request) override;

    // Real-name authentication (W-AUTH) and its review
    QFuture<Result<AuthenticationRecord>>
    submitAuthentication(const AuthenticationRequest &request) override;
    QFuture<Result<AuthenticationRecord>> authentication(qint64 authenticationId) override;
    QFuture<Result<AuthenticationRecord>>
    reviewAuthentication(const ReviewDecision &decision) override;
    // Re-authentication (W-REAUTH) and the simulated conditions (D-CONDITIONS)
    QFuture<Result<AuthenticationRecord>>
    submitReauthentication(const ReauthenticationRequest &request) override;
    QFuture<Result<AccountConditions>> accountConditions(const QString &accountId) override;
    QFuture<Result<AccountConditions>>
    setAccountConditions(const AccountConditions &conditions) override;
    // My Account: account information, preferences, recipients
    QFuture<Status> changePassword(const PasswordChangeRequest &request) override;
    QFuture<Status> resetPassword(const PasswordResetRequest &request) override;
    QFuture<Result<HuaweiAccount>> changeLoginId(const LoginIdChangeRequest &request) override;
    QFuture<Result<HuaweiAccount>>
    changeTenantName(const TenantNameChangeRequest &request) override;
    QFuture<Result<HuaweiAccount>>
    completeInformation(const CompleteInformationRequest &request) override;
    QFuture<Result<HuaweiAccount>> editInformation(const EditInformationRequest &request) override;
    QFuture<Result<HuaweiAccount>>
    changeServiceContact(const ServiceContactChangeRequest &request) override;
    QFuture<Result<HuaweiAccount>> savePreferences(const PreferencesRequest &request) override;
    QFuture<Result<MessageRecipient>> saveRecipient(const RecipientInput &recipient) override;
    QFuture<Status> deleteRecipient(qint64 recipientId) override;
    // Closing Huawei Cloud services (W-CLOSE, D-DISABLE, D-RESTORE)
    QFuture<Result<ClosingCheck>> startClosing(const CloseServicesRequest &request) override;
    QFuture<Result<ServicesClosing>> closeServices(const QString &accountId,
                                                   qint64 checkId) override;
    QFuture<Result<ClosingCheck>> closingCheck(const QString &accountId) override;
    QFuture<Result<HuaweiAccount>> restoreServices(const QString &accountId) override;
    QFuture<Result<ServicesClosing>>
    disableServices(const DisableServicesRequest &request) override;
    QFuture<Result<HuaweiAccount>>
    terminateClosing(const TerminateClosingRequest &request) override;

    // Partners and enterprise master accounts (W-PARTNER-ASSOC, My Partner, My Master Account)
    QFuture<Result<PartnerInvitation>>
    createPartnerInvitation(const PartnerInvitationRequest &request) override;
    QFuture<Result<PartnerInvitation>> partnerInvitation(const QString &token) override;
    QFuture<Result<PartnerAssociationResult>>
    associatePartner(const PartnerAssociationRequest &request) override;
    QFuture<Result<PartnerInfo>> setPartnerBudget(const PartnerBudgetRequest &request) override;
    QFuture<Result<PartnerDisassociationCheck>>
    partnerDisassociationCheck(const QString &accountId) override;
    QFuture<Result<PartnerInfo>>
    requestPartnerDisassociation(const PartnerDisassociationRequest &request) override;
    QFuture<Result<PartnerInfo>>
    partnerRequestDisassociation(const PartnerInitiatedDisassociation &request) override;
    QFuture<Status>
    processPartnerDisassociation(const ProcessDisassociationRequest &request) override;
    QFuture<Result<MasterLink>> inviteMember(const MasterInvitationRequest &request) override;
    QFuture<Result<MasterLink>> requestMemberCancellation(const QString &masterAccountId,
                                                          const QString &memberAccountId) override;
    QFuture<Result<MasterLink>> answerMasterRequest(const MasterAnswer &answer) override;
    QFuture<Result<HuaweiLoginChallenge>>
    checkHuaweiLogin(const HuaweiLoginRequest &request) override;
    QFuture<Result<HuaweiLoginResult>> huaweiLogin(const HuaweiLoginRequest &request) override;
    QFuture<Result<WebsiteAccount>>
    createWebsiteAccount(const WebsiteAccountRequest &request) override;
    QFuture<Result<HuaweiLoginResult>> websiteLogin(const WebsiteLoginRequest &request) override;
    QFuture<Result<HuaweiLoginResult>>
    bindWebsiteAccount(const BindWebsiteAccountRequest &request) override;

    QFuture<Status> checkUsername(const QString &username) override;
    QFuture<Status> checkGuanceEmail(const QString &email, const QString &site) override;
    QFuture<Result<HuaweiActivationCheck>> checkHuaweiActivation(const QString &accountId) override;
    QFuture<Result<RegistrationResult>>
    registerCommercialPlan(const RegistrationRequest &request) override;

    QFuture<Status> checkAbbreviation(const QString &abbreviation) override;
    QFuture<Result<Organization>> createOrganization(const OrganizationRequest &request) override;
    QFuture<Result<OrganizationDetail>> organization(const QString &organizationId) override;
    QFuture<Result<Department>> addDepartment(const QString &organizationId, qint64 parentId,
                                              const QString &name) override;
    QFuture<Result<OwnerPrefill>> ownerPrefill(const QString &organizationId) override;
    QFuture<Result<Member>> saveMember(const MemberInput &member) override;
    QFuture<Status> removeMember(qint64 memberId) override;
    QFuture<Result<QList<BindableOrder>>> bindableOrders(const QString &ownerAccountId) override;
    QFuture<Result<AppBinding>> bindOrder(const QString &orderId,
                                          const QString &organizationId) override;
    QFuture<Result<AuthorizationResult>>
    authorizeMembers(const AuthorizationRequest &request) override;

    QFuture<Result<LoginSession>> unifiedLogin(const LoginRequest &request) override;
    QFuture<Status> changeInitialPassword(qint64 memberId, const QString &currentPassword,
                                          const QString &newPassword) override;
    QFuture<Result<FeeCenterCodeSent>> sendFeeCenterCode(const QString &username) override;
    QFuture<Result<FeeCenterBinding>>
    verifyFeeCenter(const FeeCenterVerification &request) override;
    QFuture<Status> confirmEnterprise(const EnterpriseConfirmation &confirmation) override;
    QFuture<Result<Workspace>> bindWorkspace(const BindWorkspaceRequest &request) override;
    QFuture<Result<Workspace>> createWorkspace(const CreateWorkspaceRequest &request) override;
    QFuture<Result<ActivationSummary>> finishActivation(qint64 memberId,
                                                        qint64 feeCenterAccountId) override;

    QFuture<Status> checkSettlementChange(const SettlementChangeRequest &request) override;
    QFuture<Result<Workspace>> changeSettlement(const SettlementChangeRequest &request) override;
    QFuture<Result<QList<StoredValueCard>>>
    rechargeStoredValueCards(const RechargeRequest &request) override;
    QFuture<Result<FeeCenterOverview>> feeCenterOverview(qint64 feeCenterAccountId) override;
    QFuture<Result<QList<Workspace>>> closeResourcePreview(const QString &instanceId) override;
    QFuture<Result<CloseResourceResult>> closeResource(const QString &instanceId) override;
    QFuture<Result<Workspace>> unlockWorkspace(const QString &workspaceId) override;

    QFuture<Status> saveDraft(const WizardDraft &draft) override;
    QFuture<Result<WizardDraft>> loadDraft(const QString &wizard, const QString &key) override;
    QFuture<Status> deleteDraft(const QString &wizard, const QString &key) override;

private:
    // Something to send once open() has finished: called with null to go, or with the
    // reason it never will (open() failed, or the backend is going away).
    using Waiting = std::function<void(const Error *closed)>;

    remote::ApiRequest request(const char *operation, QStringList parameters = {}) const;
    template<class Body>
    remote::ApiRequest request(const char *operation, const Body &body,
                               QStringList parameters = {}) const;
    // Sends `request` (after open() if it runs) and finishes the future with the decoded
    // answer; `then` sees a successful result first.
    template<class T>
    QFuture<Result<T>> call(remote::ApiRequest request,
                            std::function<void(const T &)> then = nullptr);
    void send(remote::ApiRequest request, std::function<void(const remote::ApiAnswer &)> done);
    void whenOpen(Waiting waiting);
    void opened(const Result<ServerVersion> &version);
    void refusedMidSession(const Error &error);
    void noteClock(const QDateTime &now);  // told by the change feed
    void learnClock(const QDateTime &now); // from an answer of this backend's own call

    RemoteBackendOptions m_options;
    remote::ApiClient *m_client;
    remote::ChangeFeed *m_feed;
    std::optional<ServerVersion> m_version;
    int m_opening = 0; // open() calls not yet answered
    QList<Waiting> m_waiting;
    int m_inFlight = 0;
    bool m_refusalReported = false;
    std::optional<QDateTime> m_lastClock; // the last instant clockChanged() told
    bool m_resetUntold = false; // a reset was sent and no clockChanged() has been told since
    std::unique_ptr<remote::DraftCache> m_drafts;
};

} // namespace oc
