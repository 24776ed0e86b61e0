#pragma once

// A Backend that misbehaves on purpose, for GUI tests of a slow or failing server: it sits
// between the console and a real backend (the tests' LocalBackend over a demo copy) and,
// per method, delays calls, fails them with a chosen Error, or lets them hang (a future
// that never finishes). Every other call, and every signal, is forwarded unchanged.

#include "contract/Backend.h"

#include <QHash>
#include <QList>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

namespace oc::test {

class FaultyBackend final : public Backend
{
    Q_OBJECT
public:
    // `inner` must outlive this decorator.
    explicit FaultyBackend(Backend *inner, QObject *parent = nullptr);
    ~FaultyBackend() override;

    Backend *inner() const { return m_inner; }

    // ---- what the next calls of a method do ---------------------------------------------
    // `method` is the Backend member's name ("purchase", "list", ...). Plans for one method
    // apply in the order given; `times` < 0 means every call from now on.
    // Forwards the call `ms` later.
    void delay(const QString &method, int ms, int times = -1);
    // Answers `error` after `ms` without reaching the real backend.
    void fail(const QString &method, const Error &error = unreachable(), int times = 1, int ms = 0);
    // Never answers: the future stays running (its promise is kept) until answerHung().
    void hang(const QString &method, int times = 1);
    // Forgets every plan not yet used (calls already delayed or hung are not affected).
    void clearPlans();
    // Says `info` about itself instead of what the real backend says (e.g. that it is a
    // remote one); nullopt: the real backend's again.
    void setInfo(std::optional<BackendInfo> info) { m_info = std::move(info); }

    // ---- what happened -----------------------------------------------------------------
    // Calls of `method` made so far, whatever was done with them.
    int calls(const QString &method) const { return m_calls.value(method); }
    int hungCalls() const { return int(m_hung.size()); }
    // Answers the hung calls late, as a slow server finally would: each is forwarded to the
    // real backend now and finishes with its result.
    void answerHung();

    // The failure of a server that cannot be reached (E-UNREACHABLE, reason "connection").
    static Error unreachable();

    // ---- Backend -----------------------------------------------------------------------
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
    QFuture<Result<AuthenticationRecord>>
    submitAuthentication(const AuthenticationRequest &request) override;
    QFuture<Result<AuthenticationRecord>> authentication(qint64 authenticationId) override;
    QFuture<Result<AuthenticationRecord>>
    reviewAuthentication(const ReviewDecision &decision) override;
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
    struct Plan
    {
        enum class Kind
        {
            Delay,
            Fail,
            Hang
        };
        Kind kind = Kind::Delay;
        int ms = 0;
        Error error;
        int times = 1;
    };

    void addPlan(const QString &method, Plan plan);
    std::optional<Plan> takePlan(const QString &method);
    // Every call goes through here: `forward` makes the real call.
    template<class T>
    QFuture<T> route(const char *method, std::function<QFuture<T>()> forward);
    template<class T>
    void relay(QFuture<T> from, const std::shared_ptr<QPromise<T>> &to);

    Backend *m_inner;
    std::optional<BackendInfo> m_info;
    QHash<QString, QList<Plan>> m_plans;
    QHash<QString, int> m_calls;
    QList<std::function<void()>> m_hung; // each answers one hung call
    int m_waiting = 0;                   // delayed or failing calls not answered yet
};

} // namespace oc::test
