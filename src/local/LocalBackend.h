#pragma once

#include "contract/Backend.h"
#include "services/ServiceHost.h"

#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace oc {

class LocalWorker;
class Session;

struct LocalBackendOptions : ServiceHostOptions
{
    // How often due transitions (R-MKT-2, R-ORG-3) are looked for, in ms.
    int settleIntervalMs = 1000;
};

// The Backend contract in process: the services of a ServiceHost over the embedded store,
// run on worker threads so that no call blocks the calling thread. Two workers, each with
// its own session and connection: one runs every change (serialised, one transaction each)
// and the due-state timer; the other serves lists and live checks, so a long read never
// delays a click. An export runs on a thread and connection of its own, so that lists keep
// loading while a million rows are written. Besides threading it only forwards: what
// a call does is the services', what it changes is ChangedViews'.
class LocalBackend final : public Backend
{
    Q_OBJECT
public:
    explicit LocalBackend(LocalBackendOptions options, QObject *parent = nullptr);
    ~LocalBackend() override;

    // Opens (and in demo mode prepares) the database on the worker threads.
    QFuture<Status> open() override;

    BackendInfo info() const override;
    int callsInFlight() const override;

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

    // My Account: account information, preferences, recipients: LocalBackendMyAccount.cpp
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
    // Closing Huawei Cloud services (W-CLOSE, D-DISABLE, D-RESTORE): LocalBackendClosing.cpp
    QFuture<Result<ClosingCheck>> startClosing(const CloseServicesRequest &request) override;
    QFuture<Result<ServicesClosing>> closeServices(const QString &accountId,
                                                   qint64 checkId) override;
    QFuture<Result<ClosingCheck>> closingCheck(const QString &accountId) override;
    QFuture<Result<HuaweiAccount>> restoreServices(const QString &accountId) override;
    QFuture<Result<ServicesClosing>>
    disableServices(const DisableServicesRequest &request) override;
    QFuture<Result<HuaweiAccount>>
    terminateClosing(const TerminateClosingRequest &request) override;

    // Partners and enterprise master accounts (W-PARTNER-ASSOC, My Partner, My Master
    // Account): LocalBackendPartners.cpp
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

    // Sign in to Huawei Cloud (D-LOGIN)
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

    // Joint Operations: LocalBackendOrganizations.cpp
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

    // Unified login and workspace binding: LocalBackendLogin.cpp
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

    // Billing Center: LocalBackendBilling.cpp
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

    // Runs `body` on the command worker (one transaction is up to the body, through
    // Session::mutate) and emits changed() with the views `operation` changes
    // (ChangedViews.h): on success its views, on a refusal the journal's.
    template<class T>
    QFuture<Result<T>> command(const char *operation, std::function<Result<T>(Session &)> body);
    // Runs `body` on the read worker.
    template<class T>
    QFuture<Result<T>> query(std::function<Result<T>(Session &)> body);

private:
    // Runs `job` on `worker`'s thread with its session (null when the database is not open).
    void runOn(LocalWorker *worker, std::function<void(Session *)> job);
    void announce(const char *operation, bool succeeded, const Error *refusal);
    Status connectCommandSide(); // command worker: its session, the due-transition timer
    Status connectQuerySide();   // read worker: its own session
    Status resetOnWorker();
    void settleDue();

    LocalBackendOptions m_options;
    ServiceHost m_host;
    QThread m_commandThread;
    QThread m_queryThread;
    LocalWorker *m_command = nullptr;
    LocalWorker *m_query = nullptr;
    QThreadPool m_exportPool;
    QList<QFuture<Result<qint64>>> m_exports; // cancelled when the backend goes away
    QAtomicInt m_inFlight;
};

template<class T>
QFuture<Result<T>> LocalBackend::command(const char *operation,
                                         std::function<Result<T>(Session &)> body)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    runOn(m_command, [this, promise, operation, body = std::move(body)](Session *session) {
        Result<T> result = session ? body(*session) : Result<T>(ServiceHost::notOpen());
        if (session)
            announce(operation, result.ok(), result.ok() ? nullptr : &result.error());
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

template<class T>
QFuture<Result<T>> LocalBackend::query(std::function<Result<T>(Session &)> body)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    runOn(m_query, [promise, body = std::move(body)](Session *session) {
        promise->addResult(session ? body(*session) : Result<T>(ServiceHost::notOpen()));
        promise->finish();
    });
    return future;
}

} // namespace oc
