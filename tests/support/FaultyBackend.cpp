#include "FaultyBackend.h"

#include <QFutureWatcher>
#include <QTimer>

namespace oc::test {

FaultyBackend::FaultyBackend(Backend *inner, QObject *parent)
    : Backend(parent)
    , m_inner(inner)
{
    connect(inner, &Backend::changed, this, &Backend::changed);
    connect(inner, &Backend::clockChanged, this, &Backend::clockChanged);
    connect(inner, &Backend::failed, this, &Backend::failed);
}

// Hung calls still held end cancelled (their promises go): a consumer sees no result.
FaultyBackend::~FaultyBackend() = default;

Error FaultyBackend::unreachable()
{
    return makeError(QString::fromLatin1(SystemError::Unreachable), QString(),
                     QStringLiteral("connection"));
}

void FaultyBackend::addPlan(const QString &method, Plan plan)
{
    m_plans[method].append(std::move(plan));
}

void FaultyBackend::delay(const QString &method, int ms, int times)
{
    addPlan(method, Plan{Plan::Kind::Delay, ms, {}, times});
}

void FaultyBackend::fail(const QString &method, const Error &error, int times, int ms)
{
    addPlan(method, Plan{Plan::Kind::Fail, ms, error, times});
}

void FaultyBackend::hang(const QString &method, int times)
{
    addPlan(method, Plan{Plan::Kind::Hang, 0, {}, times});
}

void FaultyBackend::clearPlans()
{
    m_plans.clear();
}

std::optional<FaultyBackend::Plan> FaultyBackend::takePlan(const QString &method)
{
    const auto found = m_plans.find(method);
    if (found == m_plans.end() || found->isEmpty())
        return std::nullopt;
    Plan &first = found->first();
    const Plan plan = first;
    if (first.times > 0 && --first.times == 0)
        found->removeFirst();
    return plan;
}

void FaultyBackend::answerHung()
{
    const QList<std::function<void()>> hung = std::exchange(m_hung, {});
    for (const auto &answer : hung)
        answer();
}

template<class T>
void FaultyBackend::relay(QFuture<T> from, const std::shared_ptr<QPromise<T>> &to)
{
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, to] {
        watcher->deleteLater();
        const QFuture<T> done = watcher->future();
        if (done.resultCount() > 0)
            to->addResult(done.result());
        to->finish();
    });
    watcher->setFuture(std::move(from));
}

template<class T>
QFuture<T> FaultyBackend::route(const char *method, std::function<QFuture<T>()> forward)
{
    const QString name = QString::fromLatin1(method);
    ++m_calls[name];
    const std::optional<Plan> plan = takePlan(name);
    if (!plan)
        return forward();
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    switch (plan->kind) {
    case Plan::Kind::Delay:
        ++m_waiting;
        QTimer::singleShot(plan->ms, this, [this, promise, forward] {
            --m_waiting;
            relay(forward(), promise);
        });
        break;
    case Plan::Kind::Fail:
        ++m_waiting;
        QTimer::singleShot(plan->ms, this, [this, promise, error = plan->error] {
            --m_waiting;
            promise->addResult(T(error));
            promise->finish();
        });
        break;
    case Plan::Kind::Hang:
        m_hung.append([this, promise, forward] { relay(forward(), promise); });
        break;
    }
    return future;
}

QFuture<Status> FaultyBackend::open()
{
    return m_inner->open();
}

BackendInfo FaultyBackend::info() const
{
    return m_info.value_or(m_inner->info());
}

int FaultyBackend::callsInFlight() const
{
    return m_inner->callsInFlight() + m_waiting + int(m_hung.size());
}

QFuture<Result<ListPage>> FaultyBackend::list(const ListQuery &query)
{
    return route<Result<ListPage>>("list", [=, this] { return m_inner->list(query); });
}

QFuture<Result<HuaweiAccountDetail>> FaultyBackend::huaweiAccount(const QString &accountId)
{
    return route<Result<HuaweiAccountDetail>>(
        "huaweiAccount", [=, this] { return m_inner->huaweiAccount(accountId); });
}

QFuture<Result<OnboardingProgress>> FaultyBackend::onboardingProgress(const QString &accountId)
{
    return route<Result<OnboardingProgress>>(
        "onboardingProgress", [=, this] { return m_inner->onboardingProgress(accountId); });
}

QFuture<Result<ClockState>> FaultyBackend::clock()
{
    return route<Result<ClockState>>("clock", [this] { return m_inner->clock(); });
}

QFuture<Result<ClockState>> FaultyBackend::advanceClock(ClockStep step)
{
    return route<Result<ClockState>>("advanceClock",
                                     [=, this] { return m_inner->advanceClock(step); });
}

QFuture<Status> FaultyBackend::resetDemo()
{
    return route<Status>("resetDemo", [this] { return m_inner->resetDemo(); });
}

QFuture<Result<CodeSent>> FaultyBackend::sendCode(Channel channel, const QString &destination,
                                                  const QString &purpose)
{
    return route<Result<CodeSent>>(
        "sendCode", [=, this] { return m_inner->sendCode(channel, destination, purpose); });
}

QFuture<Status> FaultyBackend::checkCode(const QString &destination, const QString &purpose,
                                         const QString &code)
{
    return route<Status>("checkCode",
                         [=, this] { return m_inner->checkCode(destination, purpose, code); });
}

QFuture<Result<HuaweiAccount>> FaultyBackend::signUp(const SignUpRequest &request)
{
    return route<Result<HuaweiAccount>>("signUp", [=, this] { return m_inner->signUp(request); });
}

QFuture<Result<HuaweiAccount>> FaultyBackend::bindPhone(const BindPhoneRequest &request)
{
    return route<Result<HuaweiAccount>>("bindPhone",
                                        [=, this] { return m_inner->bindPhone(request); });
}

QFuture<Result<HuaweiAccount>> FaultyBackend::enableServices(const EnableServicesRequest &request)
{
    return route<Result<HuaweiAccount>>("enableServices",
                                        [=, this] { return m_inner->enableServices(request); });
}

QFuture<Result<PaymentCard>> FaultyBackend::bindCard(const BindCardRequest &request)
{
    return route<Result<PaymentCard>>("bindCard", [=, this] { return m_inner->bindCard(request); });
}

QFuture<Result<PurchaseResult>> FaultyBackend::purchase(const PurchaseRequest &request)
{
    return route<Result<PurchaseResult>>("purchase",
                                         [=, this] { return m_inner->purchase(request); });
}

QFuture<Result<AuthenticationRecord>>
FaultyBackend::submitAuthentication(const AuthenticationRequest &request)
{
    return route<Result<AuthenticationRecord>>(
        "submitAuthentication", [=, this] { return m_inner->submitAuthentication(request); });
}

QFuture<Result<AuthenticationRecord>> FaultyBackend::authentication(qint64 authenticationId)
{
    return route<Result<AuthenticationRecord>>(
        "authentication", [=, this] { return m_inner->authentication(authenticationId); });
}

QFuture<Result<AuthenticationRecord>>
FaultyBackend::reviewAuthentication(const ReviewDecision &decision)
{
    return route<Result<AuthenticationRecord>>(
        "reviewAuthentication", [=, this] { return m_inner->reviewAuthentication(decision); });
}

QFuture<Result<HuaweiLoginChallenge>>
FaultyBackend::checkHuaweiLogin(const HuaweiLoginRequest &request)
{
    return route<Result<HuaweiLoginChallenge>>(
        "checkHuaweiLogin", [=, this] { return m_inner->checkHuaweiLogin(request); });
}

QFuture<Result<HuaweiLoginResult>> FaultyBackend::huaweiLogin(const HuaweiLoginRequest &request)
{
    return route<Result<HuaweiLoginResult>>("huaweiLogin",
                                            [=, this] { return m_inner->huaweiLogin(request); });
}

QFuture<Result<WebsiteAccount>>
FaultyBackend::createWebsiteAccount(const WebsiteAccountRequest &request)
{
    return route<Result<WebsiteAccount>>(
        "createWebsiteAccount", [=, this] { return m_inner->createWebsiteAccount(request); });
}

QFuture<Result<HuaweiLoginResult>> FaultyBackend::websiteLogin(const WebsiteLoginRequest &request)
{
    return route<Result<HuaweiLoginResult>>("websiteLogin",
                                            [=, this] { return m_inner->websiteLogin(request); });
}

QFuture<Result<HuaweiLoginResult>>
FaultyBackend::bindWebsiteAccount(const BindWebsiteAccountRequest &request)
{
    return route<Result<HuaweiLoginResult>>(
        "bindWebsiteAccount", [=, this] { return m_inner->bindWebsiteAccount(request); });
}

QFuture<Result<AuthenticationRecord>>
FaultyBackend::submitReauthentication(const ReauthenticationRequest &request)
{
    return route<Result<AuthenticationRecord>>(
        "submitReauthentication", [=, this] { return m_inner->submitReauthentication(request); });
}

QFuture<Result<AccountConditions>> FaultyBackend::accountConditions(const QString &accountId)
{
    return route<Result<AccountConditions>>(
        "accountConditions", [=, this] { return m_inner->accountConditions(accountId); });
}

QFuture<Result<AccountConditions>>
FaultyBackend::setAccountConditions(const AccountConditions &conditions)
{
    return route<Result<AccountConditions>>(
        "setAccountConditions", [=, this] { return m_inner->setAccountConditions(conditions); });
}

QFuture<Status> FaultyBackend::changePassword(const PasswordChangeRequest &request)
{
    return route<Status>("changePassword", [=, this] { return m_inner->changePassword(request); });
}

QFuture<Status> FaultyBackend::resetPassword(const PasswordResetRequest &request)
{
    return route<Status>("resetPassword", [=, this] { return m_inner->resetPassword(request); });
}

QFuture<Result<HuaweiAccount>> FaultyBackend::changeLoginId(const LoginIdChangeRequest &request)
{
    return route<Result<HuaweiAccount>>("changeLoginId",
                                        [=, this] { return m_inner->changeLoginId(request); });
}

QFuture<Result<HuaweiAccount>>
FaultyBackend::changeTenantName(const TenantNameChangeRequest &request)
{
    return route<Result<HuaweiAccount>>("changeTenantName",
                                        [=, this] { return m_inner->changeTenantName(request); });
}

QFuture<Result<HuaweiAccount>>
FaultyBackend::completeInformation(const CompleteInformationRequest &request)
{
    return route<Result<HuaweiAccount>>(
        "completeInformation", [=, this] { return m_inner->completeInformation(request); });
}

QFuture<Result<HuaweiAccount>> FaultyBackend::editInformation(const EditInformationRequest &request)
{
    return route<Result<HuaweiAccount>>("editInformation",
                                        [=, this] { return m_inner->editInformation(request); });
}

QFuture<Result<HuaweiAccount>>
FaultyBackend::changeServiceContact(const ServiceContactChangeRequest &request)
{
    return route<Result<HuaweiAccount>>(
        "changeServiceContact", [=, this] { return m_inner->changeServiceContact(request); });
}

QFuture<Result<HuaweiAccount>> FaultyBackend::savePreferences(const PreferencesRequest &request)
{
    return route<Result<HuaweiAccount>>("savePreferences",
                                        [=, this] { return m_inner->savePreferences(request); });
}

QFuture<Result<MessageRecipient>> FaultyBackend::saveRecipient(const RecipientInput &recipient)
{
    return route<Result<MessageRecipient>>("saveRecipient",
                                           [=, this] { return m_inner->saveRecipient(recipient); });
}

QFuture<Status> FaultyBackend::deleteRecipient(qint64 recipientId)
{
    return route<Status>("deleteRecipient",
                         [=, this] { return m_inner->deleteRecipient(recipientId); });
}

QFuture<Result<ClosingCheck>> FaultyBackend::startClosing(const CloseServicesRequest &request)
{
    return route<Result<ClosingCheck>>("startClosing",
                                       [=, this] { return m_inner->startClosing(request); });
}

QFuture<Result<ServicesClosing>> FaultyBackend::closeServices(const QString &accountId,
                                                              qint64 checkId)
{
    return route<Result<ServicesClosing>>(
        "closeServices", [=, this] { return m_inner->closeServices(accountId, checkId); });
}

QFuture<Result<ClosingCheck>> FaultyBackend::closingCheck(const QString &accountId)
{
    return route<Result<ClosingCheck>>("closingCheck",
                                       [=, this] { return m_inner->closingCheck(accountId); });
}

QFuture<Result<HuaweiAccount>> FaultyBackend::restoreServices(const QString &accountId)
{
    return route<Result<HuaweiAccount>>("restoreServices",
                                        [=, this] { return m_inner->restoreServices(accountId); });
}

QFuture<Result<ServicesClosing>>
FaultyBackend::disableServices(const DisableServicesRequest &request)
{
    return route<Result<ServicesClosing>>("disableServices",
                                          [=, this] { return m_inner->disableServices(request); });
}

QFuture<Result<HuaweiAccount>>
FaultyBackend::terminateClosing(const TerminateClosingRequest &request)
{
    return route<Result<HuaweiAccount>>("terminateClosing",
                                        [=, this] { return m_inner->terminateClosing(request); });
}

QFuture<Result<PartnerInvitation>>
FaultyBackend::createPartnerInvitation(const PartnerInvitationRequest &request)
{
    return route<Result<PartnerInvitation>>(
        "createPartnerInvitation", [=, this] { return m_inner->createPartnerInvitation(request); });
}

QFuture<Result<PartnerInvitation>> FaultyBackend::partnerInvitation(const QString &token)
{
    return route<Result<PartnerInvitation>>(
        "partnerInvitation", [=, this] { return m_inner->partnerInvitation(token); });
}

QFuture<Result<PartnerAssociationResult>>
FaultyBackend::associatePartner(const PartnerAssociationRequest &request)
{
    return route<Result<PartnerAssociationResult>>(
        "associatePartner", [=, this] { return m_inner->associatePartner(request); });
}

QFuture<Result<PartnerInfo>> FaultyBackend::setPartnerBudget(const PartnerBudgetRequest &request)
{
    return route<Result<PartnerInfo>>("setPartnerBudget",
                                      [=, this] { return m_inner->setPartnerBudget(request); });
}

QFuture<Result<PartnerDisassociationCheck>>
FaultyBackend::partnerDisassociationCheck(const QString &accountId)
{
    return route<Result<PartnerDisassociationCheck>>("partnerDisassociationCheck", [=, this] {
        return m_inner->partnerDisassociationCheck(accountId);
    });
}

QFuture<Result<PartnerInfo>>
FaultyBackend::requestPartnerDisassociation(const PartnerDisassociationRequest &request)
{
    return route<Result<PartnerInfo>>("requestPartnerDisassociation", [=, this] {
        return m_inner->requestPartnerDisassociation(request);
    });
}

QFuture<Result<PartnerInfo>>
FaultyBackend::partnerRequestDisassociation(const PartnerInitiatedDisassociation &request)
{
    return route<Result<PartnerInfo>>("partnerRequestDisassociation", [=, this] {
        return m_inner->partnerRequestDisassociation(request);
    });
}

QFuture<Status>
FaultyBackend::processPartnerDisassociation(const ProcessDisassociationRequest &request)
{
    return route<Status>("processPartnerDisassociation",
                         [=, this] { return m_inner->processPartnerDisassociation(request); });
}

QFuture<Result<MasterLink>> FaultyBackend::inviteMember(const MasterInvitationRequest &request)
{
    return route<Result<MasterLink>>("inviteMember",
                                     [=, this] { return m_inner->inviteMember(request); });
}

QFuture<Result<MasterLink>> FaultyBackend::requestMemberCancellation(const QString &masterAccountId,
                                                                     const QString &memberAccountId)
{
    return route<Result<MasterLink>>("requestMemberCancellation", [=, this] {
        return m_inner->requestMemberCancellation(masterAccountId, memberAccountId);
    });
}

QFuture<Result<MasterLink>> FaultyBackend::answerMasterRequest(const MasterAnswer &answer)
{
    return route<Result<MasterLink>>("answerMasterRequest",
                                     [=, this] { return m_inner->answerMasterRequest(answer); });
}

QFuture<Status> FaultyBackend::checkUsername(const QString &username)
{
    return route<Status>("checkUsername", [=, this] { return m_inner->checkUsername(username); });
}

QFuture<Status> FaultyBackend::checkGuanceEmail(const QString &email, const QString &site)
{
    return route<Status>("checkGuanceEmail",
                         [=, this] { return m_inner->checkGuanceEmail(email, site); });
}

QFuture<Result<HuaweiActivationCheck>>
FaultyBackend::checkHuaweiActivation(const QString &accountId)
{
    return route<Result<HuaweiActivationCheck>>(
        "checkHuaweiActivation", [=, this] { return m_inner->checkHuaweiActivation(accountId); });
}

QFuture<Result<RegistrationResult>>
FaultyBackend::registerCommercialPlan(const RegistrationRequest &request)
{
    return route<Result<RegistrationResult>>(
        "registerCommercialPlan", [=, this] { return m_inner->registerCommercialPlan(request); });
}

QFuture<Status> FaultyBackend::checkAbbreviation(const QString &abbreviation)
{
    return route<Status>("checkAbbreviation",
                         [=, this] { return m_inner->checkAbbreviation(abbreviation); });
}

QFuture<Result<Organization>> FaultyBackend::createOrganization(const OrganizationRequest &request)
{
    return route<Result<Organization>>("createOrganization",
                                       [=, this] { return m_inner->createOrganization(request); });
}

QFuture<Result<OrganizationDetail>> FaultyBackend::organization(const QString &organizationId)
{
    return route<Result<OrganizationDetail>>(
        "organization", [=, this] { return m_inner->organization(organizationId); });
}

QFuture<Result<Department>> FaultyBackend::addDepartment(const QString &organizationId,
                                                         qint64 parentId, const QString &name)
{
    return route<Result<Department>>("addDepartment", [=, this] {
        return m_inner->addDepartment(organizationId, parentId, name);
    });
}

QFuture<Result<OwnerPrefill>> FaultyBackend::ownerPrefill(const QString &organizationId)
{
    return route<Result<OwnerPrefill>>("ownerPrefill",
                                       [=, this] { return m_inner->ownerPrefill(organizationId); });
}

QFuture<Result<Member>> FaultyBackend::saveMember(const MemberInput &member)
{
    return route<Result<Member>>("saveMember", [=, this] { return m_inner->saveMember(member); });
}

QFuture<Status> FaultyBackend::removeMember(qint64 memberId)
{
    return route<Status>("removeMember", [=, this] { return m_inner->removeMember(memberId); });
}

QFuture<Result<QList<BindableOrder>>> FaultyBackend::bindableOrders(const QString &ownerAccountId)
{
    return route<Result<QList<BindableOrder>>>(
        "bindableOrders", [=, this] { return m_inner->bindableOrders(ownerAccountId); });
}

QFuture<Result<AppBinding>> FaultyBackend::bindOrder(const QString &orderId,
                                                     const QString &organizationId)
{
    return route<Result<AppBinding>>(
        "bindOrder", [=, this] { return m_inner->bindOrder(orderId, organizationId); });
}

QFuture<Result<AuthorizationResult>>
FaultyBackend::authorizeMembers(const AuthorizationRequest &request)
{
    return route<Result<AuthorizationResult>>(
        "authorizeMembers", [=, this] { return m_inner->authorizeMembers(request); });
}

QFuture<Result<LoginSession>> FaultyBackend::unifiedLogin(const LoginRequest &request)
{
    return route<Result<LoginSession>>("unifiedLogin",
                                       [=, this] { return m_inner->unifiedLogin(request); });
}

QFuture<Status> FaultyBackend::changeInitialPassword(qint64 memberId,
                                                     const QString &currentPassword,
                                                     const QString &newPassword)
{
    return route<Status>("changeInitialPassword", [=, this] {
        return m_inner->changeInitialPassword(memberId, currentPassword, newPassword);
    });
}

QFuture<Result<FeeCenterCodeSent>> FaultyBackend::sendFeeCenterCode(const QString &username)
{
    return route<Result<FeeCenterCodeSent>>(
        "sendFeeCenterCode", [=, this] { return m_inner->sendFeeCenterCode(username); });
}

QFuture<Result<FeeCenterBinding>>
FaultyBackend::verifyFeeCenter(const FeeCenterVerification &request)
{
    return route<Result<FeeCenterBinding>>("verifyFeeCenter",
                                           [=, this] { return m_inner->verifyFeeCenter(request); });
}

QFuture<Status> FaultyBackend::confirmEnterprise(const EnterpriseConfirmation &confirmation)
{
    return route<Status>("confirmEnterprise",
                         [=, this] { return m_inner->confirmEnterprise(confirmation); });
}

QFuture<Result<Workspace>> FaultyBackend::bindWorkspace(const BindWorkspaceRequest &request)
{
    return route<Result<Workspace>>("bindWorkspace",
                                    [=, this] { return m_inner->bindWorkspace(request); });
}

QFuture<Result<Workspace>> FaultyBackend::createWorkspace(const CreateWorkspaceRequest &request)
{
    return route<Result<Workspace>>("createWorkspace",
                                    [=, this] { return m_inner->createWorkspace(request); });
}

QFuture<Result<ActivationSummary>> FaultyBackend::finishActivation(qint64 memberId,
                                                                   qint64 feeCenterAccountId)
{
    return route<Result<ActivationSummary>>("finishActivation", [=, this] {
        return m_inner->finishActivation(memberId, feeCenterAccountId);
    });
}

QFuture<Status> FaultyBackend::checkSettlementChange(const SettlementChangeRequest &request)
{
    return route<Status>("checkSettlementChange",
                         [=, this] { return m_inner->checkSettlementChange(request); });
}

QFuture<Result<Workspace>> FaultyBackend::changeSettlement(const SettlementChangeRequest &request)
{
    return route<Result<Workspace>>("changeSettlement",
                                    [=, this] { return m_inner->changeSettlement(request); });
}

QFuture<Result<QList<StoredValueCard>>>
FaultyBackend::rechargeStoredValueCards(const RechargeRequest &request)
{
    return route<Result<QList<StoredValueCard>>>("rechargeStoredValueCards", [=, this] {
        return m_inner->rechargeStoredValueCards(request);
    });
}

QFuture<Result<FeeCenterOverview>> FaultyBackend::feeCenterOverview(qint64 feeCenterAccountId)
{
    return route<Result<FeeCenterOverview>>(
        "feeCenterOverview", [=, this] { return m_inner->feeCenterOverview(feeCenterAccountId); });
}

QFuture<Result<QList<Workspace>>> FaultyBackend::closeResourcePreview(const QString &instanceId)
{
    return route<Result<QList<Workspace>>>(
        "closeResourcePreview", [=, this] { return m_inner->closeResourcePreview(instanceId); });
}

QFuture<Result<CloseResourceResult>> FaultyBackend::closeResource(const QString &instanceId)
{
    return route<Result<CloseResourceResult>>(
        "closeResource", [=, this] { return m_inner->closeResource(instanceId); });
}

QFuture<Result<Workspace>> FaultyBackend::unlockWorkspace(const QString &workspaceId)
{
    return route<Result<Workspace>>("unlockWorkspace",
                                    [=, this] { return m_inner->unlockWorkspace(workspaceId); });
}

QFuture<Status> FaultyBackend::saveDraft(const WizardDraft &draft)
{
    return route<Status>("saveDraft", [=, this] { return m_inner->saveDraft(draft); });
}

QFuture<Result<WizardDraft>> FaultyBackend::loadDraft(const QString &wizard, const QString &key)
{
    return route<Result<WizardDraft>>("loadDraft",
                                      [=, this] { return m_inner->loadDraft(wizard, key); });
}

QFuture<Status> FaultyBackend::deleteDraft(const QString &wizard, const QString &key)
{
    return route<Status>("deleteDraft", [=, this] { return m_inner->deleteDraft(wizard, key); });
}

QFuture<Result<qint64>> FaultyBackend::exportCsv(const ListQuery &query, const QStringList &headers,
                                                 const QString &path)
{
    return route<Result<qint64>>("exportCsv",
                                 [=, this] { return m_inner->exportCsv(query, headers, path); });
}

} // namespace oc::test
