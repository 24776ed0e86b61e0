#include "RemoteBackend.h"

#include "ApiAnswer.h"
#include "ApiClient.h"
#include "ApiExchange.h"
#include "ChangeFeed.h"
#include "CsvDownload.h"
#include "DraftCache.h"
#include "RemoteLog.h"
#include "core/ListNames.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

#include <utility>

namespace oc {

using remote::ApiAnswer;
using remote::ApiExchange;
using remote::ApiRequest;
using remote::lcRemote;

namespace {

// Futures still running when the backend goes away end with this.
Error closedError()
{
    return makeError(QString::fromLatin1(SystemError::Cancelled), QString(),
                     QStringLiteral("closed"));
}

QStringList everyView()
{
    QStringList views;
    for (const QLatin1StringView name : view::All)
        views << name;
    return views;
}

} // namespace

RemoteBackend::RemoteBackend(RemoteBackendOptions options, QObject *parent)
    : Backend(parent)
    , m_options(std::move(options))
    , m_client(
          new remote::ApiClient(m_options.server, m_options.token, m_options.callTimeout, this))
    , m_feed(new remote::ChangeFeed(
          m_client, {m_options.changesWait, m_options.feedRetryMin, m_options.feedRetryMax}, this))
    , m_drafts(
          std::make_unique<remote::DraftCache>(m_options.draftFolder, m_options.server.toString()))
{
    connect(m_feed, &remote::ChangeFeed::changed, this, &Backend::changed);
    connect(m_feed, &remote::ChangeFeed::clockChanged, this, &RemoteBackend::noteClock);
    connect(m_feed, &remote::ChangeFeed::refused, this, &RemoteBackend::refusedMidSession);
}

RemoteBackend::~RemoteBackend()
{
    // Every future still running ends now (E-CANCELLED "closed"), while this object is whole.
    m_feed->stop();
    const Error closed = closedError();
    for (const Waiting &waiting : std::exchange(m_waiting, {}))
        waiting(&closed);
    for (ApiExchange *exchange : findChildren<ApiExchange *>(Qt::FindDirectChildrenOnly))
        exchange->abandon(closed);
    for (remote::CsvDownload *download :
         findChildren<remote::CsvDownload *>(Qt::FindDirectChildrenOnly))
        download->abandon(closed);
}

BackendInfo RemoteBackend::info() const
{
    return BackendInfo{QStringLiteral("remote"), m_client->server().toString(),
                       m_version ? m_version->demo : false,
                       m_version ? m_version->schemaVersion : 0,
                       m_version ? m_version->operatorName : QString()};
}

int RemoteBackend::callsInFlight() const
{
    return m_inFlight;
}

std::optional<qint64> RemoteBackend::changesSince() const
{
    return m_feed->since();
}

// ---- sending -----------------------------------------------------------------------------

ApiRequest RemoteBackend::request(const char *operation, QStringList parameters) const
{
    return m_client->request(operation, std::move(parameters));
}

template<class Body>
ApiRequest RemoteBackend::request(const char *operation, const Body &body,
                                  QStringList parameters) const
{
    ApiRequest request = m_client->request(operation, std::move(parameters));
    request.body = QJsonDocument(json::toJson(body).toObject()).toJson(QJsonDocument::Compact);
    return request;
}

void RemoteBackend::whenOpen(Waiting waiting)
{
    if (m_opening > 0)
        m_waiting.append(std::move(waiting));
    else
        waiting(nullptr);
}

void RemoteBackend::send(ApiRequest request, std::function<void(const ApiAnswer &)> done)
{
    ++m_inFlight;
    const auto answered = [this, done = std::move(done)](const ApiAnswer &answer) {
        --m_inFlight;
        if (answer.status == 401) {
            const Status refusal = remote::decodeAnswer<Done>(answer);
            refusedMidSession(refusal.ok() ? remote::undecodableAnswer(401, {}) : refusal.error());
        }
        done(answer);
    };
    whenOpen([this, request = std::move(request), answered](const Error *failure) {
        if (failure)
            return answered(ApiAnswer{0, {}, *failure});
        ApiExchange::start(m_client, request, this, answered);
    });
}

template<class T>
QFuture<Result<T>> RemoteBackend::call(ApiRequest request, std::function<void(const T &)> then)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    send(std::move(request), [promise, then = std::move(then)](const ApiAnswer &answer) {
        Result<T> result = remote::decodeAnswer<T>(answer);
        if (result.ok() && then)
            then(*result);
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

void RemoteBackend::noteClock(const QDateTime &now)
{
    // An advance made here is told by its answer and again by the feed (which sees the
    // clock change like any other): once is what a LocalBackend says.
    if (now == m_lastClock)
        return;
    m_lastClock = now;
    m_resetUntold = false;
    emit clockChanged(now);
}

void RemoteBackend::learnClock(const QDateTime &now)
{
    m_feed->clockLearnt();
    noteClock(now);
}

void RemoteBackend::refusedMidSession(const Error &error)
{
    // While open() runs, its own result says it; after it, once is enough.
    if (!m_version || m_refusalReported)
        return;
    m_refusalReported = true;
    qCWarning(lcRemote) << "the server refused the operator token:" << error.reason;
    emit failed(error);
}

// ---- opening -----------------------------------------------------------------------------

QFuture<Status> RemoteBackend::open()
{
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    ++m_opening;
    ++m_inFlight;
    ApiExchange::start(
        m_client, request(operation::Open), this, [this, promise](const ApiAnswer &answer) {
            --m_inFlight;
            const Result<ServerVersion> version = remote::decodeAnswer<ServerVersion>(answer);
            const auto finish = [this, promise, version] {
                opened(version);
                promise->addResult(version.ok() ? okStatus() : Status(version.error()));
                promise->finish();
            };
            if (!version.ok() || m_feed->since())
                return finish();
            // The feed learns where the store's sequence stands before any call goes: a
            // change this console makes right after open() is then surely told.
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = connect(m_feed, &remote::ChangeFeed::firstAnswer, this, [once, finish] {
                QObject::disconnect(*once);
                finish();
            });
            m_version = *version;
            m_feed->start();
        });
    return future;
}

void RemoteBackend::opened(const Result<ServerVersion> &version)
{
    if (version.ok()) {
        m_version = *version;
        m_refusalReported = false;
        qCInfo(lcRemote) << "server" << m_client->server().toString() << "version"
                         << version->version << "schema" << version->schemaVersion;
        m_feed->start();
    }
    if (--m_opening > 0)
        return;
    // Calls made meanwhile go now, or fail as open() did (they would: no server, or no
    // token it takes).
    const Error *failure = version.ok() ? nullptr : &version.error();
    for (const Waiting &waiting : std::exchange(m_waiting, {}))
        waiting(failure);
}

// ---- reading -----------------------------------------------------------------------------

QFuture<Result<ListPage>> RemoteBackend::list(const ListQuery &query)
{
    return call<ListPage>(request(operation::List, query, {query.view}));
}

QFuture<Result<qint64>> RemoteBackend::exportCsv(const ListQuery &query, const QStringList &headers,
                                                 const QString &path)
{
    auto promise = std::make_shared<QPromise<Result<qint64>>>();
    QFuture<Result<qint64>> future = promise->future();
    promise->setProgressRange(0, 1000);
    promise->start();
    ++m_inFlight;
    ApiRequest exporting =
        request(operation::ExportCsv, ExportRequest{query, headers}, {query.view});
    whenOpen([this, promise, exporting = std::move(exporting), path](const Error *failure) {
        auto *download = new remote::CsvDownload(m_client, exporting, path, promise, this);
        connect(download, &remote::CsvDownload::done, this, [this] { --m_inFlight; });
        if (failure)
            download->abandon(*failure);
        else
            download->start();
    });
    return future;
}

QFuture<Result<HuaweiAccountDetail>> RemoteBackend::huaweiAccount(const QString &accountId)
{
    return call<HuaweiAccountDetail>(request(operation::HuaweiAccount, {accountId}));
}

QFuture<Result<OnboardingProgress>> RemoteBackend::onboardingProgress(const QString &accountId)
{
    return call<OnboardingProgress>(request(operation::OnboardingProgress, {accountId}));
}

// ---- clock and demo ----------------------------------------------------------------------

QFuture<Result<ClockState>> RemoteBackend::clock()
{
    return call<ClockState>(request(operation::Clock));
}

QFuture<Result<ClockState>> RemoteBackend::advanceClock(ClockStep step)
{
    return call<ClockState>(request(operation::AdvanceClock, ClockAdvance{step}),
                            [this](const ClockState &state) { learnClock(state.now); });
}

QFuture<Status> RemoteBackend::resetDemo()
{
    // Everything changed, and the clock with it (which GET /v1/clock then tells): both are
    // told before the call finishes, as the local backend does.
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    m_resetUntold = true;
    send(request(operation::ResetDemo, QJsonObject()), [this, promise](const ApiAnswer &answer) {
        const Status reset = remote::decodeAnswer<Done>(answer);
        if (!reset.ok()) {
            m_resetUntold = false;
            promise->addResult(reset);
            promise->finish();
            return;
        }
        emit changed(everyView());
        send(request(operation::Clock), [this, promise](const ApiAnswer &clock) {
            if (const auto state = remote::decodeAnswer<ClockState>(clock); state.ok()) {
                // A reset tells its clock even when it did not move, but only once: the change
                // feed may have told it already (it sees the reset too, and can be first).
                if (std::exchange(m_resetUntold, false))
                    m_lastClock.reset();
                learnClock(state->now);
            }
            promise->addResult(okStatus());
            promise->finish();
        });
    });
    return future;
}

// ---- verification codes ------------------------------------------------------------------

QFuture<Result<CodeSent>> RemoteBackend::sendCode(Channel channel, const QString &destination,
                                                  const QString &purpose)
{
    return call<CodeSent>(
        request(operation::SendCode, SendCodeRequest{channel, destination, purpose}));
}

QFuture<Status> RemoteBackend::checkCode(const QString &destination, const QString &purpose,
                                         const QString &code)
{
    return call<Done>(request(operation::CheckCode, CheckCodeRequest{destination, purpose, code}));
}

// ---- HUAWEI ID sign-up (W-SIGNUP): the account's id is in the path and the body ----------

QFuture<Result<HuaweiAccount>> RemoteBackend::signUp(const SignUpRequest &signUpRequest)
{
    return call<HuaweiAccount>(request(operation::SignUp, signUpRequest));
}

QFuture<Result<HuaweiAccount>> RemoteBackend::bindPhone(const BindPhoneRequest &binding)
{
    return call<HuaweiAccount>(request(operation::BindPhone, binding, {binding.accountId}));
}

QFuture<Result<HuaweiAccount>> RemoteBackend::enableServices(const EnableServicesRequest &enabling)
{
    return call<HuaweiAccount>(request(operation::EnableServices, enabling, {enabling.accountId}));
}

QFuture<Result<PaymentCard>> RemoteBackend::bindCard(const BindCardRequest &binding)
{
    return call<PaymentCard>(request(operation::BindCard, binding, {binding.accountId}));
}

// ---- marketplace -------------------------------------------------------------------------

QFuture<Result<PurchaseResult>> RemoteBackend::purchase(const PurchaseRequest &purchaseRequest)
{
    return call<PurchaseResult>(request(operation::Purchase, purchaseRequest));
}

// ---- real-name authentication and its review: a decision's request is in the path too ----

QFuture<Result<AuthenticationRecord>>
RemoteBackend::submitAuthentication(const AuthenticationRequest &submission)
{
    return call<AuthenticationRecord>(request(operation::SubmitAuthentication, submission));
}

QFuture<Result<AuthenticationRecord>> RemoteBackend::authentication(qint64 authenticationId)
{
    return call<AuthenticationRecord>(
        request(operation::Authentication, {QString::number(authenticationId)}));
}

QFuture<Result<AuthenticationRecord>>
RemoteBackend::reviewAuthentication(const ReviewDecision &decision)
{
    return call<AuthenticationRecord>(request(operation::ReviewAuthentication, decision,
                                              {QString::number(decision.authenticationId)}));
}

// ---- Sign in to Huawei Cloud (D-LOGIN): a binding names its website account in the path ---

QFuture<Result<HuaweiLoginChallenge>>
RemoteBackend::checkHuaweiLogin(const HuaweiLoginRequest &login)
{
    return call<HuaweiLoginChallenge>(request(operation::CheckHuaweiLogin, login));
}

QFuture<Result<HuaweiLoginResult>> RemoteBackend::huaweiLogin(const HuaweiLoginRequest &login)
{
    return call<HuaweiLoginResult>(request(operation::HuaweiLogin, login));
}

QFuture<Result<WebsiteAccount>>
RemoteBackend::createWebsiteAccount(const WebsiteAccountRequest &account)
{
    return call<WebsiteAccount>(request(operation::CreateWebsiteAccount, account));
}

QFuture<Result<HuaweiLoginResult>> RemoteBackend::websiteLogin(const WebsiteLoginRequest &login)
{
    return call<HuaweiLoginResult>(request(operation::WebsiteLogin, login));
}

QFuture<Result<HuaweiLoginResult>>
RemoteBackend::bindWebsiteAccount(const BindWebsiteAccountRequest &binding)
{
    return call<HuaweiLoginResult>(
        request(operation::BindWebsiteAccount, binding, {binding.name.trimmed()}));
}

// ---- re-authentication; the simulated conditions (the account in the path and the body) --

QFuture<Result<AuthenticationRecord>>
RemoteBackend::submitReauthentication(const ReauthenticationRequest &submission)
{
    return call<AuthenticationRecord>(request(operation::SubmitReauthentication, submission));
}

QFuture<Result<AccountConditions>> RemoteBackend::accountConditions(const QString &accountId)
{
    return call<AccountConditions>(request(operation::AccountConditions, {accountId}));
}

QFuture<Result<AccountConditions>>
RemoteBackend::setAccountConditions(const AccountConditions &conditions)
{
    return call<AccountConditions>(
        request(operation::SetAccountConditions, conditions, {conditions.accountId}));
}

// ---- My Account: account information, preferences, recipients ------------------------------

QFuture<Status> RemoteBackend::changePassword(const PasswordChangeRequest &change)
{
    return call<Done>(request(operation::ChangePassword, change, {change.accountId}));
}

QFuture<Status> RemoteBackend::resetPassword(const PasswordResetRequest &reset)
{
    return call<Done>(request(operation::ResetPassword, reset, {reset.accountId}));
}

QFuture<Result<HuaweiAccount>> RemoteBackend::changeLoginId(const LoginIdChangeRequest &change)
{
    return call<HuaweiAccount>(request(operation::ChangeLoginId, change, {change.accountId}));
}

QFuture<Result<HuaweiAccount>>
RemoteBackend::changeTenantName(const TenantNameChangeRequest &change)
{
    return call<HuaweiAccount>(request(operation::ChangeTenantName, change, {change.accountId}));
}

QFuture<Result<HuaweiAccount>>
RemoteBackend::completeInformation(const CompleteInformationRequest &information)
{
    return call<HuaweiAccount>(
        request(operation::CompleteInformation, information, {information.accountId}));
}

QFuture<Result<HuaweiAccount>>
RemoteBackend::editInformation(const EditInformationRequest &information)
{
    return call<HuaweiAccount>(
        request(operation::EditInformation, information, {information.accountId}));
}

QFuture<Result<HuaweiAccount>>
RemoteBackend::changeServiceContact(const ServiceContactChangeRequest &change)
{
    return call<HuaweiAccount>(
        request(operation::ChangeServiceContact, change, {change.accountId}));
}

QFuture<Result<HuaweiAccount>> RemoteBackend::savePreferences(const PreferencesRequest &preferences)
{
    return call<HuaweiAccount>(
        request(operation::SavePreferences, preferences, {preferences.accountId}));
}

QFuture<Result<MessageRecipient>> RemoteBackend::saveRecipient(const RecipientInput &recipient)
{
    return call<MessageRecipient>(request(operation::SaveRecipient, recipient));
}

QFuture<Status> RemoteBackend::deleteRecipient(qint64 recipientId)
{
    return call<Done>(request(operation::DeleteRecipient, {QString::number(recipientId)}));
}

// ---- closing Huawei Cloud services -----------------------------------------------------------

QFuture<Result<ClosingCheck>> RemoteBackend::startClosing(const CloseServicesRequest &close)
{
    return call<ClosingCheck>(request(operation::StartClosing, close, {close.accountId}));
}

QFuture<Result<ServicesClosing>> RemoteBackend::closeServices(const QString &accountId,
                                                              qint64 checkId)
{
    return call<ServicesClosing>(
        request(operation::CloseServices, QJsonObject(), {accountId, QString::number(checkId)}));
}

QFuture<Result<ClosingCheck>> RemoteBackend::closingCheck(const QString &accountId)
{
    return call<ClosingCheck>(request(operation::ClosingCheck, {accountId}));
}

QFuture<Result<HuaweiAccount>> RemoteBackend::restoreServices(const QString &accountId)
{
    return call<HuaweiAccount>(request(operation::RestoreServices, QJsonObject(), {accountId}));
}

QFuture<Result<ServicesClosing>>
RemoteBackend::disableServices(const DisableServicesRequest &disable)
{
    return call<ServicesClosing>(request(operation::DisableServices, disable, {disable.accountId}));
}

QFuture<Result<HuaweiAccount>>
RemoteBackend::terminateClosing(const TerminateClosingRequest &termination)
{
    return call<HuaweiAccount>(
        request(operation::TerminateClosing, termination, {termination.accountId}));
}

// ---- partners and enterprise master accounts ----------------------------------------------

QFuture<Result<PartnerInvitation>>
RemoteBackend::createPartnerInvitation(const PartnerInvitationRequest &invitation)
{
    return call<PartnerInvitation>(request(operation::CreatePartnerInvitation, invitation));
}

QFuture<Result<PartnerInvitation>> RemoteBackend::partnerInvitation(const QString &token)
{
    return call<PartnerInvitation>(request(operation::PartnerInvitation, {token}));
}

QFuture<Result<PartnerAssociationResult>>
RemoteBackend::associatePartner(const PartnerAssociationRequest &association)
{
    return call<PartnerAssociationResult>(request(operation::AssociatePartner, association));
}

QFuture<Result<PartnerInfo>> RemoteBackend::setPartnerBudget(const PartnerBudgetRequest &budget)
{
    return call<PartnerInfo>(request(operation::SetPartnerBudget, budget, {budget.accountId}));
}

QFuture<Result<PartnerDisassociationCheck>>
RemoteBackend::partnerDisassociationCheck(const QString &accountId)
{
    return call<PartnerDisassociationCheck>(
        request(operation::PartnerDisassociationCheck, {accountId}));
}

QFuture<Result<PartnerInfo>>
RemoteBackend::requestPartnerDisassociation(const PartnerDisassociationRequest &disassociation)
{
    return call<PartnerInfo>(request(operation::RequestPartnerDisassociation, disassociation,
                                     {disassociation.accountId}));
}

QFuture<Result<PartnerInfo>>
RemoteBackend::partnerRequestDisassociation(const PartnerInitiatedDisassociation &disassociation)
{
    return call<PartnerInfo>(request(operation::PartnerRequestDisassociation, disassociation,
                                     {disassociation.accountId}));
}

QFuture<Status>
RemoteBackend::processPartnerDisassociation(const ProcessDisassociationRequest &answer)
{
    return call<Done>(request(operation::ProcessPartnerDisassociation, answer, {answer.accountId}));
}

QFuture<Result<MasterLink>> RemoteBackend::inviteMember(const MasterInvitationRequest &invitation)
{
    return call<MasterLink>(request(operation::InviteMember, invitation));
}

QFuture<Result<MasterLink>> RemoteBackend::requestMemberCancellation(const QString &masterAccountId,
                                                                     const QString &memberAccountId)
{
    return call<MasterLink>(request(operation::RequestMemberCancellation, QJsonObject(),
                                    {masterAccountId, memberAccountId}));
}

QFuture<Result<MasterLink>> RemoteBackend::answerMasterRequest(const MasterAnswer &answer)
{
    return call<MasterLink>(
        request(operation::AnswerMasterRequest, answer, {answer.memberAccountId}));
}

// ---- Commercial Plan registration --------------------------------------------------------

QFuture<Status> RemoteBackend::checkUsername(const QString &username)
{
    ApiRequest checking = request(operation::CheckUsername);
    checking.query = {{QStringLiteral("username"), username}};
    return call<Done>(std::move(checking));
}

QFuture<Status> RemoteBackend::checkGuanceEmail(const QString &email, const QString &site)
{
    ApiRequest checking = request(operation::CheckGuanceEmail);
    checking.query = {{QStringLiteral("email"), email}, {QStringLiteral("site"), site}};
    return call<Done>(std::move(checking));
}

QFuture<Result<HuaweiActivationCheck>>
RemoteBackend::checkHuaweiActivation(const QString &accountId)
{
    return call<HuaweiActivationCheck>(request(operation::CheckHuaweiActivation, {accountId}));
}

QFuture<Result<RegistrationResult>>
RemoteBackend::registerCommercialPlan(const RegistrationRequest &registration)
{
    return call<RegistrationResult>(request(operation::RegisterCommercialPlan, registration));
}

// ---- Joint Operations --------------------------------------------------------------------

QFuture<Status> RemoteBackend::checkAbbreviation(const QString &abbreviation)
{
    ApiRequest checking = request(operation::CheckAbbreviation);
    checking.query = {{QStringLiteral("abbreviation"), abbreviation}};
    return call<Done>(std::move(checking));
}

QFuture<Result<Organization>>
RemoteBackend::createOrganization(const OrganizationRequest &organizationRequest)
{
    return call<Organization>(request(operation::CreateOrganization, organizationRequest));
}

QFuture<Result<OrganizationDetail>> RemoteBackend::organization(const QString &organizationId)
{
    return call<OrganizationDetail>(request(operation::Organization, {organizationId}));
}

QFuture<Result<Department>> RemoteBackend::addDepartment(const QString &organizationId,
                                                         qint64 parentId, const QString &name)
{
    return call<Department>(
        request(operation::AddDepartment, DepartmentRequest{parentId, name}, {organizationId}));
}

QFuture<Result<OwnerPrefill>> RemoteBackend::ownerPrefill(const QString &organizationId)
{
    return call<OwnerPrefill>(request(operation::OwnerPrefill, {organizationId}));
}

QFuture<Result<Member>> RemoteBackend::saveMember(const MemberInput &member)
{
    return call<Member>(request(operation::SaveMember, member));
}

QFuture<Status> RemoteBackend::removeMember(qint64 memberId)
{
    return call<Done>(request(operation::RemoveMember, {QString::number(memberId)}));
}

QFuture<Result<QList<BindableOrder>>> RemoteBackend::bindableOrders(const QString &ownerAccountId)
{
    return call<QList<BindableOrder>>(request(operation::BindableOrders, {ownerAccountId}));
}

QFuture<Result<AppBinding>> RemoteBackend::bindOrder(const QString &orderId,
                                                     const QString &organizationId)
{
    return call<AppBinding>(
        request(operation::BindOrder, BindOrderRequest{orderId, organizationId}));
}

QFuture<Result<AuthorizationResult>>
RemoteBackend::authorizeMembers(const AuthorizationRequest &authorization)
{
    return call<AuthorizationResult>(request(operation::AuthorizeMembers, authorization));
}

// ---- unified login and workspace binding -------------------------------------------------

QFuture<Result<LoginSession>> RemoteBackend::unifiedLogin(const LoginRequest &login)
{
    return call<LoginSession>(request(operation::UnifiedLogin, login));
}

QFuture<Status> RemoteBackend::changeInitialPassword(qint64 memberId,
                                                     const QString &currentPassword,
                                                     const QString &newPassword)
{
    return call<Done>(request(operation::ChangeInitialPassword,
                              PasswordChange{currentPassword, newPassword},
                              {QString::number(memberId)}));
}

QFuture<Result<FeeCenterCodeSent>> RemoteBackend::sendFeeCenterCode(const QString &username)
{
    return call<FeeCenterCodeSent>(
        request(operation::SendFeeCenterCode, FeeCenterCodeRequest{username}));
}

QFuture<Result<FeeCenterBinding>>
RemoteBackend::verifyFeeCenter(const FeeCenterVerification &verification)
{
    return call<FeeCenterBinding>(request(operation::VerifyFeeCenter, verification));
}

QFuture<Status> RemoteBackend::confirmEnterprise(const EnterpriseConfirmation &confirmation)
{
    return call<Done>(request(operation::ConfirmEnterprise, confirmation));
}

QFuture<Result<Workspace>> RemoteBackend::bindWorkspace(const BindWorkspaceRequest &binding)
{
    return call<Workspace>(request(operation::BindWorkspace, binding));
}

QFuture<Result<Workspace>> RemoteBackend::createWorkspace(const CreateWorkspaceRequest &creation)
{
    return call<Workspace>(request(operation::CreateWorkspace, creation));
}

QFuture<Result<ActivationSummary>> RemoteBackend::finishActivation(qint64 memberId,
                                                                   qint64 feeCenterAccountId)
{
    return call<ActivationSummary>(
        request(operation::FinishActivation, ActivationRequest{memberId, feeCenterAccountId}));
}

// ---- Billing Center ----------------------------------------------------------------------

QFuture<Status> RemoteBackend::checkSettlementChange(const SettlementChangeRequest &change)
{
    return call<Done>(request(operation::CheckSettlementChange, change));
}

QFuture<Result<Workspace>> RemoteBackend::changeSettlement(const SettlementChangeRequest &change)
{
    return call<Workspace>(request(operation::ChangeSettlement, change));
}

QFuture<Result<QList<StoredValueCard>>>
RemoteBackend::rechargeStoredValueCards(const RechargeRequest &recharge)
{
    return call<QList<StoredValueCard>>(request(operation::RechargeStoredValueCards, recharge));
}

QFuture<Result<FeeCenterOverview>> RemoteBackend::feeCenterOverview(qint64 feeCenterAccountId)
{
    return call<FeeCenterOverview>(
        request(operation::FeeCenterOverview, {QString::number(feeCenterAccountId)}));
}

QFuture<Result<QList<Workspace>>> RemoteBackend::closeResourcePreview(const QString &instanceId)
{
    return call<QList<Workspace>>(request(operation::CloseResourcePreview, {instanceId}));
}

QFuture<Result<CloseResourceResult>> RemoteBackend::closeResource(const QString &instanceId)
{
    return call<CloseResourceResult>(
        request(operation::CloseResource, QJsonObject(), {instanceId}));
}

QFuture<Result<Workspace>> RemoteBackend::unlockWorkspace(const QString &workspaceId)
{
    return call<Workspace>(request(operation::UnlockWorkspace, QJsonObject(), {workspaceId}));
}

// ---- wizard drafts -----------------------------------------------------------------------

namespace {

// The server could not take a draft (rather than refusing it).
bool keepLocally(const Error &error)
{
    return error.rule == QLatin1String(SystemError::Unreachable) ||
           error.rule == QLatin1String(SystemError::Store);
}

} // namespace

QFuture<Status> RemoteBackend::saveDraft(const WizardDraft &draft)
{
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    send(request(operation::SaveDraft, draft, {draft.wizard, draft.key}),
         [this, promise, draft](const ApiAnswer &answer) {
             Status result = remote::decodeAnswer<Done>(answer);
             if (result.ok()) {
                 m_drafts->remove(draft.wizard, draft.key);
             } else if (m_drafts->enabled() && keepLocally(result.error())) {
                 qCInfo(lcRemote).noquote()
                     << "draft kept on this computer until the server takes it:"
                     << result.error().toString();
                 WizardDraft kept = draft;
                 if (!kept.updatedAt.isValid())
                     kept.updatedAt = QDateTime::currentDateTimeUtc();
                 m_drafts->store(kept);
                 result = okStatus();
             }
             promise->addResult(result);
             promise->finish();
         });
    return future;
}

QFuture<Result<WizardDraft>> RemoteBackend::loadDraft(const QString &wizard, const QString &key)
{
    auto promise = std::make_shared<QPromise<Result<WizardDraft>>>();
    QFuture<Result<WizardDraft>> future = promise->future();
    promise->start();
    m_drafts->load(
        wizard, key, this, [this, promise, wizard, key](const std::optional<WizardDraft> &kept) {
            if (kept) {
                // Newer than the server's: typed while it could not be reached.
                promise->addResult(*kept);
                promise->finish();
                saveDraft(*kept);
                return;
            }
            send(request(operation::LoadDraft, {wizard, key}), [promise](const ApiAnswer &answer) {
                promise->addResult(remote::decodeAnswer<WizardDraft>(answer));
                promise->finish();
            });
        });
    return future;
}

QFuture<Status> RemoteBackend::deleteDraft(const QString &wizard, const QString &key)
{
    m_drafts->remove(wizard, key);
    return call<Done>(request(operation::DeleteDraft, {wizard, key}));
}

} // namespace oc
