// RemoteBackend against a scripted fake of the billing API server (FakeServer): what each
// call puts on the wire (method, path, query, headers, JSON body), how answers are read
// (values, refusals, answers that are not the API's), the failures of a network (a
// timeout, a refused connection, a dropped one, retried once with the same
// Idempotency-Key), the change feed, and the CSV export streamed to a file.

#include "FakeServer.h"
#include "contract/Json.h"
#include "contract/Routes.h"
#include "core/ListNames.h"
#include "remote/RemoteBackend.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace oc {
// So that QCOMPARE prints an Error (an exact overload: see DomainPrinting.h).
inline char *toString(const Error &error)
{
    return qstrdup(qPrintable(error.toString()));
}
} // namespace oc

using namespace oc;
using namespace oc::test;
using namespace std::chrono_literals;

namespace {

const QString Token = QStringLiteral("op-7.s3cret-Z");

// Waits (running the event loop) until `future` has finished.
#define AWAIT(future) QTRY_VERIFY_WITH_TIMEOUT((future).isFinished(), 10000)

// A successful Result, or the test fails naming its Error.
#define VERIFY_OK(result)                                                                          \
    do {                                                                                           \
        const auto &checked = (result);                                                            \
        QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().toString()));        \
    } while (false)

QJsonValue valueJson(const auto &value)
{
    return json::toJson(value);
}

QJsonObject objectOf(const auto &value)
{
    return json::toJson(value).toObject();
}

Error refusal(const char *rule, const char *field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromLatin1(rule), QString::fromLatin1(field),
                     QString::fromLatin1(reason), std::move(args));
}

// The API's refusal of `error`, with its status.
CannedAnswer refused(const Error &error)
{
    QJsonObject body = json::toJson(error).toObject();
    body.insert(QStringLiteral("message"), api::fallbackMessage(error));
    return CannedAnswer::json(api::httpStatusOf(error),
                              QJsonObject{{QStringLiteral("error"), body}});
}

ServerVersion demoServer()
{
    return ServerVersion{QStringLiteral("0.3.0"), 7, true, QStringLiteral("postgres"),
                         QStringLiteral("alice")};
}

CannedAnswer batch(qint64 sequence, const QStringList &views = {}, bool clock = false)
{
    return CannedAnswer::value(valueJson(ChangeBatch{sequence, views, clock}));
}

// The Error of a result, or one saying that it succeeded (instead of throwing).
template<class T>
Error errorOf(const Result<T> &result)
{
    return result.ok() ? makeError(QStringLiteral("(succeeded)")) : result.error();
}

} // namespace

class TestRemoteBackend : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // ---- opening ------------------------------------------------------------------------
    void openAsksTheVersion();
    void openFailsWhenUnreachable();
    void openFailsWhenTheTokenIsRefused_data();
    void openFailsWhenTheTokenIsRefused();
    void callsWaitForOpen();
    void callsWaitingForAFailedOpenFail();

    // ---- on the wire --------------------------------------------------------------------
    void everyCallTakesItsRoute();
    void list();
    void purchase();
    void purchaseRefused();
    void bindOrder();
    void saveAndLoadDraftWithAwkwardKey();
    void checkUsernameQuery();
    void checkGuanceEmailQuery();
    void removeMemberAndDeleteDraft();

    // ---- answers that are not the API's --------------------------------------------------
    void badAnswers_data();
    void badAnswers();

    // ---- failures of the network --------------------------------------------------------
    void timeoutIsUnreachable();
    void refusedConnectionIsUnreachable();
    void droppedChangeIsRetriedWithTheSameKey();
    void secondDropIsUnreachable();
    void droppedReadIsRetriedOnce();
    void httpErrorIsNotRetried();
    void timeoutIsNotRetried();
    void tokenRefusedMidSession();
    void destroyingEndsRunningCalls();

    // ---- change feed --------------------------------------------------------------------
    void feedAnnouncesBatches();
    void feedRecoversAfterFailures();
    void feedSequenceGoingBack();
    void feedStopsWhenTheTokenIsRefused();
    void resetDemoAnnouncesEverything();

    // ---- export -------------------------------------------------------------------------
    void exportStreamsToTheFile_data();
    void exportStreamsToTheFile();
    void exportCancelLeavesNoFile();
    void exportRefused();
    void exportDroppedMidFileLeavesNoFile_data();
    void exportDroppedMidFileLeavesNoFile();

private:
    std::unique_ptr<RemoteBackend> makeBackend(std::chrono::milliseconds callTimeout = 3000ms);
    // Opens m_backend against a demo server whose feed answers `changes` (then nothing).
    void openWithFeed(const QList<CannedAnswer> &changes);
    // The one request `method path` the fake received (fails the test otherwise).
    RecordedRequest onlyRequest(const QByteArray &method, const QByteArray &path);
    // Checks the headers every request carries, and those of its route.
    static void verifyHeaders(const RecordedRequest &request, bool changes, bool hasBody);

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<RemoteBackend> m_backend;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRemoteBackend::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_backend = makeBackend();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRemoteBackend::cleanup()
{
    m_backend.reset();
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<RemoteBackend> TestRemoteBackend::makeBackend(std::chrono::milliseconds callTimeout)
{
    RemoteBackendOptions options;
    options.server = m_server->url();
    options.token = Token;
    options.callTimeout = callTimeout;
    options.changesWait = 2000ms;
    options.feedRetryMin = 50ms;
    options.feedRetryMax = 200ms;
    return std::make_unique<RemoteBackend>(options);
}

void TestRemoteBackend::openWithFeed(const QList<CannedAnswer> &changes)
{
    m_server->script("GET", "/v1/version", CannedAnswer::value(valueJson(demoServer())));
    QList<CannedAnswer> feed = changes;
    feed << CannedAnswer::silent();
    m_server->script("GET", "/v1/changes", feed);
    QFuture<Status> opened = m_backend->open();
    AWAIT(opened);
    VERIFY_OK(opened.result());
}

RecordedRequest TestRemoteBackend::onlyRequest(const QByteArray &method, const QByteArray &path)
{
    const QList<RecordedRequest> found = m_server->requests(method, path);
    if (found.size() != 1) {
        QTest::qFail(qPrintable(QStringLiteral("%1 request(s) %2 %3")
                                    .arg(found.size())
                                    .arg(QLatin1String(method), QLatin1String(path))),
                     __FILE__, __LINE__);
        return {};
    }
    return found.first();
}

void TestRemoteBackend::verifyHeaders(const RecordedRequest &request, bool changes, bool hasBody)
{
    QCOMPARE(request.header("Authorization"), "Bearer " + Token.toLatin1());
    QCOMPARE(request.headerCount("Authorization"), 1);
    QCOMPARE(request.hasHeader("Idempotency-Key"), changes);
    if (changes) {
        const QByteArray key = request.header("Idempotency-Key");
        QVERIFY(!key.isEmpty() && key.size() <= api::MaxIdempotencyKeyLength);
        for (const char c : key)
            QVERIFY(c > 0x20 && c < 0x7F);
    }
    QCOMPARE(request.hasHeader("Content-Type"), hasBody);
    if (hasBody)
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    else
        QVERIFY(request.body.isEmpty());
}

// ---- opening ----------------------------------------------------------------------------

void TestRemoteBackend::openAsksTheVersion()
{
    QCOMPARE(m_backend->info().kind, QStringLiteral("remote"));
    QCOMPARE(m_backend->info().location, m_server->url().toString());
    QVERIFY(!m_backend->info().demo); // not known yet
    openWithFeed({batch(5)});
    const BackendInfo info = m_backend->info();
    QCOMPARE(info.kind, QStringLiteral("remote"));
    QCOMPARE(info.location, m_server->url().toString());
    QVERIFY(info.demo);
    QCOMPARE(info.schemaVersion, 7);
    QVERIFY(m_backend->serverVersion() == demoServer());
    const RecordedRequest version = onlyRequest("GET", "/v1/version");
    verifyHeaders(version, false, false);
    // The feed learns the current sequence, then asks after it.
    QTRY_COMPARE(m_server->requests("GET", "/v1/changes").size(), 2);
    QCOMPARE(m_server->requests("GET", "/v1/changes").at(0).query, QByteArray());
    QCOMPARE(m_server->requests("GET", "/v1/changes").at(1).query, QByteArray("since=5"));
    QCOMPARE(m_backend->changesSince(), std::optional<qint64>(5));
    QCOMPARE(m_backend->callsInFlight(), 0); // the feed is not a call
}

void TestRemoteBackend::openFailsWhenUnreachable()
{
    // A port nobody listens on.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    RemoteBackendOptions options;
    options.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    options.token = Token;
    closed.close();
    RemoteBackend backend(options);
    QFuture<Status> opened = backend.open();
    AWAIT(opened);
    QVERIFY(!opened.result().ok());
    QCOMPARE(errorOf(opened.result()).rule, QStringLiteral("E-UNREACHABLE"));
    QCOMPARE(errorOf(opened.result()).reason, QStringLiteral("connection"));
    QVERIFY(!errorOf(opened.result()).toString().contains(Token));
}

void TestRemoteBackend::openFailsWhenTheTokenIsRefused_data()
{
    QTest::addColumn<int>("answer"); // 0: the API's error body, 1: a proxy's page
    QTest::newRow("the API's refusal") << 0;
    QTest::newRow("a bare 401") << 1;
}

void TestRemoteBackend::openFailsWhenTheTokenIsRefused()
{
    QFETCH(int, answer);
    CannedAnswer unauthorized = refused(refusal("E-AUTH", "", "revoked"));
    if (answer == 1) {
        unauthorized.contentType = "text/html";
        unauthorized.body = "<html>401 Authorization Required</html>";
    }
    m_server->script("GET", "/v1/version", unauthorized);
    QSignalSpy failed(m_backend.get(), &Backend::failed);
    QFuture<Status> opened = m_backend->open();
    AWAIT(opened);
    QVERIFY(!opened.result().ok());
    QCOMPARE(errorOf(opened.result()).rule, QStringLiteral("E-AUTH"));
    QCOMPARE(errorOf(opened.result()).reason,
             answer == 0 ? QStringLiteral("revoked") : QStringLiteral("invalid"));
    QCOMPARE(failed.size(), 0); // open() says it
    QTest::qWait(100);
    QVERIFY(m_server->requests("GET", "/v1/changes").isEmpty()); // no feed
}

void TestRemoteBackend::callsWaitForOpen()
{
    CannedAnswer slowVersion = CannedAnswer::value(valueJson(demoServer()));
    slowVersion.delayMs = 300;
    m_server->script("GET", "/v1/version", slowVersion);
    m_server->script("GET", "/v1/changes", {batch(1), CannedAnswer::silent()});
    m_server->script("GET", "/v1/clock", CannedAnswer::value(valueJson(ClockState{})));
    QFuture<Status> opened = m_backend->open();
    QFuture<Result<ClockState>> clock = m_backend->clock();
    QCOMPARE(m_backend->callsInFlight(), 2);
    AWAIT(clock);
    QVERIFY(opened.isFinished());
    QVERIFY(clock.result().ok());
    // The call went out only after the version was answered.
    QCOMPARE(m_server->requests().first().path, QByteArray("/v1/version"));
    QCOMPARE(m_server->requests("GET", "/v1/clock").size(), 1);
    QCOMPARE(m_backend->callsInFlight(), 0);
}

void TestRemoteBackend::callsWaitingForAFailedOpenFail()
{
    CannedAnswer refusedToken = refused(refusal("E-AUTH", "", "invalid"));
    refusedToken.delayMs = 200;
    m_server->script("GET", "/v1/version", refusedToken);
    QFuture<Status> opened = m_backend->open();
    QFuture<Result<ClockState>> clock = m_backend->clock();
    AWAIT(clock);
    QVERIFY(opened.isFinished());
    QCOMPARE(errorOf(clock.result()), errorOf(opened.result()));
    QCOMPARE(m_server->requests().size(), 1); // the clock was never asked
    QCOMPARE(m_backend->callsInFlight(), 0);
}

// ---- on the wire ------------------------------------------------------------------------

void TestRemoteBackend::everyCallTakesItsRoute()
{
    // Each Backend call once, answered by the fake's 404: the request matches the route of
    // its operation in the table, with an Idempotency-Key exactly on changing routes and a
    // JSON body exactly on POST and PUT.
    RemoteBackend &b = *m_backend;
    const QString id = QStringLiteral("x");
    ListQuery query;
    query.view = view::Orders;
    const QList<std::pair<const char *, std::function<QFuture<void>()>>> calls = {
        {operation::List, [&] { return QFuture<void>(b.list(query)); }},
        {operation::HuaweiAccount, [&] { return QFuture<void>(b.huaweiAccount(id)); }},
        {operation::OnboardingProgress, [&] { return QFuture<void>(b.onboardingProgress(id)); }},
        {operation::Clock, [&] { return QFuture<void>(b.clock()); }},
        {operation::AdvanceClock, [&] { return QFuture<void>(b.advanceClock(ClockStep::Hour)); }},
        {operation::ResetDemo, [&] { return QFuture<void>(b.resetDemo()); }},
        {operation::SendCode, [&] { return QFuture<void>(b.sendCode(Channel::Email, id, id)); }},
        {operation::CheckCode, [&] { return QFuture<void>(b.checkCode(id, id, id)); }},
        {operation::SignUp, [&] { return QFuture<void>(b.signUp({})); }},
        {operation::BindPhone,
         [&] {
             BindPhoneRequest r;
             r.accountId = id;
             return QFuture<void>(b.bindPhone(r));
         }},
        {operation::EnableServices,
         [&] {
             EnableServicesRequest r;
             r.accountId = id;
             return QFuture<void>(b.enableServices(r));
         }},
        {operation::BindCard,
         [&] {
             BindCardRequest r;
             r.accountId = id;
             return QFuture<void>(b.bindCard(r));
         }},
        {operation::Purchase, [&] { return QFuture<void>(b.purchase({})); }},
        {operation::SubmitAuthentication,
         [&] { return QFuture<void>(b.submitAuthentication({})); }},
        {operation::Authentication, [&] { return QFuture<void>(b.authentication(7)); }},
        {operation::ReviewAuthentication,
         [&] {
             return QFuture<void>(b.reviewAuthentication(ReviewDecision{7, true, {}, {}}));
         }},
        {operation::CheckHuaweiLogin, [&] { return QFuture<void>(b.checkHuaweiLogin({})); }},
        {operation::HuaweiLogin, [&] { return QFuture<void>(b.huaweiLogin({})); }},
        {operation::CreateWebsiteAccount,
         [&] { return QFuture<void>(b.createWebsiteAccount({})); }},
        {operation::WebsiteLogin, [&] { return QFuture<void>(b.websiteLogin({})); }},
        {operation::BindWebsiteAccount,
         [&] {
             BindWebsiteAccountRequest r;
             r.name = id;
             return QFuture<void>(b.bindWebsiteAccount(r));
         }},
        {operation::SubmitReauthentication,
         [&] { return QFuture<void>(b.submitReauthentication({})); }},
        {operation::AccountConditions, [&] { return QFuture<void>(b.accountConditions(id)); }},
        {operation::SetAccountConditions,
         [&] {
             AccountConditions c;
             c.accountId = id;
             return QFuture<void>(b.setAccountConditions(c));
         }},
        {operation::ChangePassword,
         [&] {
             return QFuture<void>(b.changePassword(PasswordChangeRequest{id, {}, {}}));
         }},
        {operation::ResetPassword,
         [&] {
             return QFuture<void>(b.resetPassword(PasswordResetRequest{id, Channel::Sms, {}, {}}));
         }},
        {operation::ChangeLoginId,
         [&] {
             return QFuture<void>(b.changeLoginId(LoginIdChangeRequest{id, {}}));
         }},
        {operation::ChangeTenantName,
         [&] {
             return QFuture<void>(b.changeTenantName(TenantNameChangeRequest{id, {}}));
         }},
        {operation::CompleteInformation,
         [&] {
             return QFuture<void>(b.completeInformation(
                 CompleteInformationRequest{id, AccountType::Individual, {}}));
         }},
        {operation::EditInformation,
         [&] {
             EditInformationRequest r;
             r.accountId = id;
             return QFuture<void>(b.editInformation(r));
         }},
        {operation::ChangeServiceContact,
         [&] {
             ServiceContactChangeRequest r;
             r.accountId = id;
             return QFuture<void>(b.changeServiceContact(r));
         }},
        {operation::SavePreferences,
         [&] {
             return QFuture<void>(b.savePreferences(PreferencesRequest{id, {}, {}, {}}));
         }},
        {operation::SaveRecipient, [&] { return QFuture<void>(b.saveRecipient({})); }},
        {operation::DeleteRecipient, [&] { return QFuture<void>(b.deleteRecipient(3)); }},
        {operation::StartClosing, [&] { return QFuture<void>(b.startClosing({})); }},
        {operation::CloseServices, [&] { return QFuture<void>(b.closeServices(id, 5)); }},
        {operation::ClosingCheck, [&] { return QFuture<void>(b.closingCheck(id)); }},
        {operation::RestoreServices, [&] { return QFuture<void>(b.restoreServices(id)); }},
        {operation::DisableServices, [&] { return QFuture<void>(b.disableServices({})); }},
        {operation::TerminateClosing, [&] { return QFuture<void>(b.terminateClosing({})); }},
        {operation::CreatePartnerInvitation,
         [&] { return QFuture<void>(b.createPartnerInvitation({})); }},
        {operation::PartnerInvitation, [&] { return QFuture<void>(b.partnerInvitation(id)); }},
        {operation::AssociatePartner, [&] { return QFuture<void>(b.associatePartner({})); }},
        {operation::SetPartnerBudget,
         [&] {
             return QFuture<void>(b.setPartnerBudget(PartnerBudgetRequest{id, Fen(100)}));
         }},
        {operation::PartnerDisassociationCheck,
         [&] { return QFuture<void>(b.partnerDisassociationCheck(id)); }},
        {operation::RequestPartnerDisassociation,
         [&] {
             return QFuture<void>(
                 b.requestPartnerDisassociation(PartnerDisassociationRequest{id, true, id}));
         }},
        {operation::PartnerRequestDisassociation,
         [&] {
             return QFuture<void>(
                 b.partnerRequestDisassociation(PartnerInitiatedDisassociation{id, id}));
         }},
        {operation::ProcessPartnerDisassociation,
         [&] {
             return QFuture<void>(b.processPartnerDisassociation(
                 ProcessDisassociationRequest{id, DisassociationInitiator::Partner, true}));
         }},
        {operation::InviteMember, [&] { return QFuture<void>(b.inviteMember({})); }},
        {operation::RequestMemberCancellation,
         [&] { return QFuture<void>(b.requestMemberCancellation(id, id)); }},
        {operation::AnswerMasterRequest,
         [&] {
             return QFuture<void>(b.answerMasterRequest(MasterAnswer{id, true, true}));
         }},
        {operation::CheckUsername, [&] { return QFuture<void>(b.checkUsername(id)); }},
        {operation::CheckGuanceEmail, [&] { return QFuture<void>(b.checkGuanceEmail(id, id)); }},
        {operation::CheckHuaweiActivation,
         [&] { return QFuture<void>(b.checkHuaweiActivation(id)); }},
        {operation::RegisterCommercialPlan,
         [&] { return QFuture<void>(b.registerCommercialPlan({})); }},
        {operation::CheckAbbreviation, [&] { return QFuture<void>(b.checkAbbreviation(id)); }},
        {operation::CreateOrganization, [&] { return QFuture<void>(b.createOrganization({})); }},
        {operation::Organization, [&] { return QFuture<void>(b.organization(id)); }},
        {operation::AddDepartment, [&] { return QFuture<void>(b.addDepartment(id, 1, id)); }},
        {operation::OwnerPrefill, [&] { return QFuture<void>(b.ownerPrefill(id)); }},
        {operation::SaveMember, [&] { return QFuture<void>(b.saveMember({})); }},
        {operation::RemoveMember, [&] { return QFuture<void>(b.removeMember(3)); }},
        {operation::BindableOrders, [&] { return QFuture<void>(b.bindableOrders(id)); }},
        {operation::BindOrder, [&] { return QFuture<void>(b.bindOrder(id, id)); }},
        {operation::AuthorizeMembers, [&] { return QFuture<void>(b.authorizeMembers({})); }},
        {operation::UnifiedLogin, [&] { return QFuture<void>(b.unifiedLogin({})); }},
        {operation::ChangeInitialPassword,
         [&] { return QFuture<void>(b.changeInitialPassword(3, id, id)); }},
        {operation::SendFeeCenterCode, [&] { return QFuture<void>(b.sendFeeCenterCode(id)); }},
        {operation::VerifyFeeCenter, [&] { return QFuture<void>(b.verifyFeeCenter({})); }},
        {operation::ConfirmEnterprise, [&] { return QFuture<void>(b.confirmEnterprise({})); }},
        {operation::BindWorkspace, [&] { return QFuture<void>(b.bindWorkspace({})); }},
        {operation::CreateWorkspace, [&] { return QFuture<void>(b.createWorkspace({})); }},
        {operation::FinishActivation, [&] { return QFuture<void>(b.finishActivation(3, 4)); }},
        {operation::CheckSettlementChange,
         [&] { return QFuture<void>(b.checkSettlementChange({})); }},
        {operation::ChangeSettlement, [&] { return QFuture<void>(b.changeSettlement({})); }},
        {operation::RechargeStoredValueCards,
         [&] { return QFuture<void>(b.rechargeStoredValueCards({})); }},
        {operation::FeeCenterOverview, [&] { return QFuture<void>(b.feeCenterOverview(4)); }},
        {operation::CloseResourcePreview,
         [&] { return QFuture<void>(b.closeResourcePreview(id)); }},
        {operation::CloseResource, [&] { return QFuture<void>(b.closeResource(id)); }},
        {operation::UnlockWorkspace, [&] { return QFuture<void>(b.unlockWorkspace(id)); }},
        {operation::SaveDraft,
         [&] {
             return QFuture<void>(b.saveDraft(WizardDraft{id, id, id, {}, {}}));
         }},
        {operation::LoadDraft, [&] { return QFuture<void>(b.loadDraft(id, id)); }},
        {operation::DeleteDraft, [&] { return QFuture<void>(b.deleteDraft(id, id)); }},
        {operation::ExportCsv,
         [&] {
             return QFuture<void>(
                 b.exportCsv(query, {}, m_dir->filePath(QStringLiteral("routes.csv"))));
         }},
    };
    // Every route but the opening and the feed (covered below) has its call here.
    QCOMPARE(qsizetype(calls.size()), qsizetype(api::routes().size()) - 2);
    for (const auto &[operation, call] : calls) {
        m_server->clearRequests();
        QFuture<void> future = call();
        AWAIT(future);
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &request = m_server->requests().first();
        bool wrongMethod = false;
        const auto found = api::match(*api::methodOf(request.method), request.path, &wrongMethod);
        QVERIFY2(found && qstrcmp(found->route->operation, operation) == 0, operation);
        const bool hasBody = request.method == "POST" || request.method == "PUT";
        verifyHeaders(request, found->route->changes, hasBody);
        if (hasBody)
            QVERIFY2(request.json().isObject(), operation);
    }
    QCOMPARE(m_backend->callsInFlight(), 0);
}

void TestRemoteBackend::list()
{
    ListQuery query;
    query.view = view::Orders;
    query.search = QStringLiteral("蓝海");
    query.filters = {{QStringLiteral("status"), QStringLiteral("paid")}};
    query.sortColumn = QStringLiteral("createdAt");
    query.descending = true;
    query.offset = 200;
    query.limit = 100;
    ListPage page;
    page.columns = {ColumnInfo{QStringLiteral("orderId"), ColumnKind::Id, {}},
                    ColumnInfo{QStringLiteral("amount"), ColumnKind::Money, {}}};
    page.rows = {{QStringLiteral("CS2603020001"), qlonglong(9900)}};
    page.total = 201;
    page.offset = 200;
    m_server->script("POST", "/v1/lists/orders/page", CannedAnswer::value(valueJson(page)));

    QFuture<Result<ListPage>> answer = m_backend->list(query);
    AWAIT(answer);
    VERIFY_OK(answer.result());
    QVERIFY(*answer.result() == page);
    const RecordedRequest request = onlyRequest("POST", "/v1/lists/orders/page");
    verifyHeaders(request, false, true);
    QCOMPARE(request.json(), QJsonValue(objectOf(query)));
}

void TestRemoteBackend::purchase()
{
    const PurchaseRequest purchase{QStringLiteral("hw-0001"), ProductKind::StoredValueCard, 3,
                                   true};
    PurchaseResult result;
    result.order.orderId = QStringLiteral("CS2603020007");
    result.order.accountId = purchase.accountId;
    result.order.quantity = 3;
    result.order.amount = Fen(300000);
    result.order.status = OrderStatus::Paid;
    result.order.createdAt = QDateTime(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC);
    m_server->script("POST", "/v1/orders", CannedAnswer::value(valueJson(result)));

    QFuture<Result<PurchaseResult>> answer = m_backend->purchase(purchase);
    AWAIT(answer);
    VERIFY_OK(answer.result());
    QVERIFY(*answer.result() == result);
    const RecordedRequest request = onlyRequest("POST", "/v1/orders");
    verifyHeaders(request, true, true);
    QCOMPARE(request.json(), QJsonValue(objectOf(purchase)));

    // Another purchase has another key.
    QFuture<Result<PurchaseResult>> again = m_backend->purchase(purchase);
    AWAIT(again);
    QCOMPARE(m_server->requests("POST", "/v1/orders").size(), 2);
    QVERIFY(m_server->requests("POST", "/v1/orders").at(1).header("Idempotency-Key") !=
            request.header("Idempotency-Key"));
}

void TestRemoteBackend::purchaseRefused()
{
    const Error error = refusal("R-MKT-3", "quantity", "range",
                                {{QStringLiteral("min"), 1}, {QStringLiteral("max"), 999}});
    m_server->script("POST", "/v1/orders", refused(error));
    QFuture<Result<PurchaseResult>> answer =
        m_backend->purchase({QStringLiteral("hw-0001"), ProductKind::StoredValueCard, 1000, true});
    AWAIT(answer);
    QVERIFY(!answer.result().ok());
    QCOMPARE(errorOf(answer.result()), error); // rule, field, reason and args
    QCOMPARE(errorOf(answer.result()).args.value(QStringLiteral("max")).toLongLong(), 999);
    QCOMPARE(m_server->requests().size(), 1); // a refusal is an answer: not retried
}

void TestRemoteBackend::bindOrder()
{
    AppBinding binding;
    binding.bindingId = 12;
    binding.orderId = QStringLiteral("CS2603020001");
    binding.organizationId = QStringLiteral("org_lanhai");
    m_server->script(
        "POST", "/v1/bindings",
        {CannedAnswer::value(valueJson(binding)),
         refused(refusal("R-BND-1", "order", "alreadyBound",
                         {{QStringLiteral("organization"), QStringLiteral("lanhai")}}))});
    QFuture<Result<AppBinding>> answer =
        m_backend->bindOrder(binding.orderId, binding.organizationId);
    AWAIT(answer);
    VERIFY_OK(answer.result());
    QVERIFY(*answer.result() == binding);
    const RecordedRequest request = onlyRequest("POST", "/v1/bindings");
    verifyHeaders(request, true, true);
    QCOMPARE(request.json(),
             QJsonValue(QJsonObject{{QStringLiteral("orderId"), binding.orderId},
                                    {QStringLiteral("organizationId"), binding.organizationId}}));

    QFuture<Result<AppBinding>> second =
        m_backend->bindOrder(binding.orderId, binding.organizationId);
    AWAIT(second);
    QVERIFY(!second.result().ok());
    QCOMPARE(errorOf(second.result()).rule, QStringLiteral("R-BND-1"));
    QCOMPARE(errorOf(second.result()).field, QStringLiteral("order"));
    QCOMPARE(errorOf(second.result()).reason, QStringLiteral("alreadyBound"));
    QCOMPARE(errorOf(second.result()).args.value(QStringLiteral("organization")).toString(),
             QStringLiteral("lanhai"));
}

void TestRemoteBackend::saveAndLoadDraftWithAwkwardKey()
{
    // A key with "../" and a space stays one percent-encoded segment.
    const QString key = QStringLiteral("../lanhai games");
    const QByteArray path = "/v1/drafts/W-REG/..%2Flanhai%20games";
    WizardDraft draft{QStringLiteral("W-REG"), key, QStringLiteral("company"),
                      QJsonObject{{QStringLiteral("enterpriseName"), QStringLiteral("蓝海")}},
                      QDateTime(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC)};
    m_server->script("PUT", path, CannedAnswer::value(QJsonObject()));
    m_server->script("GET", path, CannedAnswer::value(valueJson(draft)));

    QFuture<Status> saved = m_backend->saveDraft(draft);
    AWAIT(saved);
    VERIFY_OK(saved.result());
    const RecordedRequest put = onlyRequest("PUT", path);
    verifyHeaders(put, true, true);
    QCOMPARE(put.json(), QJsonValue(objectOf(draft)));

    QFuture<Result<WizardDraft>> loaded = m_backend->loadDraft(draft.wizard, key);
    AWAIT(loaded);
    VERIFY_OK(loaded.result());
    QVERIFY(*loaded.result() == draft);
    verifyHeaders(onlyRequest("GET", path), false, false);
}

void TestRemoteBackend::checkUsernameQuery()
{
    m_server->script(
        "GET", "/v1/checks/username",
        {CannedAnswer::value(QJsonObject()), refused(refusal("R-FC-1", "username", "taken"))});
    // "+", "&", "=" and spaces stay data.
    QFuture<Status> free = m_backend->checkUsername(QStringLiteral("li+na&x=1 y"));
    AWAIT(free);
    QVERIFY(free.result().ok());
    const RecordedRequest request = onlyRequest("GET", "/v1/checks/username");
    verifyHeaders(request, false, false);
    QCOMPARE(request.query, QByteArray("username=li%2Bna%26x%3D1%20y"));

    QFuture<Status> taken = m_backend->checkUsername(QStringLiteral("lanhai"));
    AWAIT(taken);
    QCOMPARE(errorOf(taken.result()), refusal("R-FC-1", "username", "taken"));
    QCOMPARE(m_server->requests().last().query, QByteArray("username=lanhai"));
}

void TestRemoteBackend::checkGuanceEmailQuery()
{
    m_server->script("GET", "/v1/checks/guance-email", CannedAnswer::value(QJsonObject()));
    QFuture<Status> free =
        m_backend->checkGuanceEmail(QStringLiteral("a.b@lanhai.com"), QStringLiteral("cn1"));
    AWAIT(free);
    QVERIFY(free.result().ok());
    QCOMPARE(onlyRequest("GET", "/v1/checks/guance-email").query,
             QByteArray("email=a.b%40lanhai.com&site=cn1"));
}

void TestRemoteBackend::removeMemberAndDeleteDraft()
{
    // DELETE changes the store: a key, and no body.
    m_server->script("DELETE", "/v1/members/42", CannedAnswer::value(QJsonObject()));
    m_server->script("DELETE", "/v1/drafts/W-ORG/a%2Fb", CannedAnswer::value(QJsonObject()));
    QFuture<Status> removed = m_backend->removeMember(42);
    QFuture<Status> deleted =
        m_backend->deleteDraft(QStringLiteral("W-ORG"), QStringLiteral("a/b"));
    AWAIT(removed);
    AWAIT(deleted);
    QVERIFY(removed.result().ok());
    QVERIFY(deleted.result().ok());
    verifyHeaders(onlyRequest("DELETE", "/v1/members/42"), true, false);
    verifyHeaders(onlyRequest("DELETE", "/v1/drafts/W-ORG/a%2Fb"), true, false);
}

// ---- answers that are not the API's -----------------------------------------------------

void TestRemoteBackend::badAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // where the decoder gave up
    QTest::newRow("a proxy's page")
        << 502 << QByteArray("text/html") << QByteArray("<html>Bad Gateway</html>") << QString();
    QTest::newRow("truncated JSON")
        << 200 << QByteArray("application/json") << QByteArray("{\"value\": {\"now\"") << QString();
    QTest::newRow("neither value nor error")
        << 200 << QByteArray("application/json") << QByteArray("{\"status\": \"ok\"}")
        << QStringLiteral("value");
    QTest::newRow("a value of the wrong shape")
        << 200 << QByteArray("application/json")
        << QByteArray(R"({"value": {"now": 5, "adjustable": true, "running": true}})")
        << QStringLiteral("value.now");
    QTest::newRow("an empty 204") << 204 << QByteArray() << QByteArray() << QString();
    QTest::newRow("a redirect is not followed")
        << 302 << QByteArray("text/plain") << QByteArray("elsewhere") << QString();
}

void TestRemoteBackend::badAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    CannedAnswer answer;
    answer.status = status;
    answer.contentType = contentType;
    answer.body = body;
    m_server->script("GET", "/v1/clock", answer);
    QFuture<Result<ClockState>> clock = m_backend->clock();
    AWAIT(clock);
    QVERIFY(!clock.result().ok());
    const Error error = errorOf(clock.result());
    QCOMPARE(error.rule, QStringLiteral("E-UNREACHABLE"));
    QCOMPARE(error.reason, QStringLiteral("badAnswer"));
    QCOMPARE(error.args.value(QStringLiteral("status")).toInt(), status);
    QCOMPARE(error.args.value(QStringLiteral("field")).toString(), field);
    QCOMPARE(m_server->requests().size(), 1);
}

// ---- failures of the network ------------------------------------------------------------

void TestRemoteBackend::timeoutIsUnreachable()
{
    m_backend = makeBackend(400ms);
    m_server->script("GET", "/v1/clock", CannedAnswer::silent());
    QFuture<Result<ClockState>> clock = m_backend->clock();
    AWAIT(clock);
    QVERIFY(!clock.result().ok());
    QCOMPARE(errorOf(clock.result()).rule, QStringLiteral("E-UNREACHABLE"));
    QCOMPARE(errorOf(clock.result()).reason, QStringLiteral("timeout"));
    QCOMPARE(errorOf(clock.result()).args.value(QStringLiteral("seconds")).toLongLong(), 1);
    QCOMPARE(m_backend->callsInFlight(), 0);
}

void TestRemoteBackend::refusedConnectionIsUnreachable()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    RemoteBackendOptions options;
    options.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    options.token = Token;
    closed.close();
    RemoteBackend backend(options);
    QFuture<Result<AppBinding>> bound = backend.bindOrder(QStringLiteral("o"), QStringLiteral("g"));
    AWAIT(bound);
    QCOMPARE(errorOf(bound.result()).rule, QStringLiteral("E-UNREACHABLE"));
    QCOMPARE(errorOf(bound.result()).reason, QStringLiteral("connection"));
}

void TestRemoteBackend::droppedChangeIsRetriedWithTheSameKey()
{
    PurchaseResult result;
    result.order.orderId = QStringLiteral("CS2603020009");
    m_server->script("POST", "/v1/orders",
                     {CannedAnswer::drop(), CannedAnswer::value(valueJson(result))});
    const PurchaseRequest purchase{QStringLiteral("hw-0001"), ProductKind::Subscription, 1, true};
    QFuture<Result<PurchaseResult>> answer = m_backend->purchase(purchase);
    AWAIT(answer);
    VERIFY_OK(answer.result());
    QCOMPARE(answer.result()->order.orderId, result.order.orderId);
    const QList<RecordedRequest> sent = m_server->requests("POST", "/v1/orders");
    QCOMPARE(sent.size(), 2);
    QVERIFY(!sent.at(0).header("Idempotency-Key").isEmpty());
    QCOMPARE(sent.at(1).header("Idempotency-Key"), sent.at(0).header("Idempotency-Key"));
    QCOMPARE(sent.at(1).body, sent.at(0).body);
    QVERIFY(sent.at(1).connection != sent.at(0).connection); // a new connection
}

void TestRemoteBackend::secondDropIsUnreachable()
{
    m_server->script(
        "POST", "/v1/bindings",
        {CannedAnswer::drop(), CannedAnswer::drop(), CannedAnswer::value(valueJson(AppBinding{}))});
    QFuture<Result<AppBinding>> answer =
        m_backend->bindOrder(QStringLiteral("CS1"), QStringLiteral("org_1"));
    AWAIT(answer);
    QVERIFY(!answer.result().ok());
    QCOMPARE(errorOf(answer.result()).rule, QStringLiteral("E-UNREACHABLE"));
    QCOMPARE(errorOf(answer.result()).reason, QStringLiteral("connection"));
    QTest::qWait(200); // nothing more goes out
    const QList<RecordedRequest> sent = m_server->requests("POST", "/v1/bindings");
    QCOMPARE(sent.size(), 2); // one retry, not QNetworkAccessManager's own resends on top
    QCOMPARE(sent.at(1).header("Idempotency-Key"), sent.at(0).header("Idempotency-Key"));
}

void TestRemoteBackend::droppedReadIsRetriedOnce()
{
    OrganizationDetail detail;
    detail.organization.organizationId = QStringLiteral("org_1");
    m_server->script("GET", "/v1/organizations/org_1",
                     {CannedAnswer::drop(), CannedAnswer::value(valueJson(detail))});
    QFuture<Result<OrganizationDetail>> answer = m_backend->organization(QStringLiteral("org_1"));
    AWAIT(answer);
    VERIFY_OK(answer.result());
    QVERIFY(*answer.result() == detail);
    const QList<RecordedRequest> sent = m_server->requests("GET", "/v1/organizations/org_1");
    QCOMPARE(sent.size(), 2);
    QVERIFY(!sent.at(1).hasHeader("Idempotency-Key"));

    m_server->clearRequests();
    m_server->script("GET", "/v1/organizations/org_1", CannedAnswer::drop());
    QFuture<Result<OrganizationDetail>> lost = m_backend->organization(QStringLiteral("org_1"));
    AWAIT(lost);
    QCOMPARE(errorOf(lost.result()).rule, QStringLiteral("E-UNREACHABLE"));
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestRemoteBackend::httpErrorIsNotRetried()
{
    m_server->script("POST", "/v1/recharges",
                     {refused(refusal("E-STORE", "", "busy")), CannedAnswer::value(QJsonArray())});
    QFuture<Result<QList<StoredValueCard>>> answer = m_backend->rechargeStoredValueCards({});
    AWAIT(answer);
    QCOMPARE(errorOf(answer.result()), refusal("E-STORE", "", "busy"));
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestRemoteBackend::timeoutIsNotRetried()
{
    m_backend = makeBackend(300ms);
    m_server->script("POST", "/v1/orders",
                     {CannedAnswer::silent(), CannedAnswer::value(valueJson(PurchaseResult{}))});
    QFuture<Result<PurchaseResult>> answer = m_backend->purchase({});
    AWAIT(answer);
    QCOMPARE(errorOf(answer.result()).reason, QStringLiteral("timeout"));
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestRemoteBackend::tokenRefusedMidSession()
{
    openWithFeed({batch(1)});
    QSignalSpy failed(m_backend.get(), &Backend::failed);
    m_server->script("GET", "/v1/clock", refused(refusal("E-AUTH", "", "revoked")));
    QFuture<Result<ClockState>> first = m_backend->clock();
    QFuture<Result<ClockState>> second = m_backend->clock();
    AWAIT(first);
    AWAIT(second);
    QCOMPARE(errorOf(first.result()).rule, QStringLiteral("E-AUTH"));
    QCOMPARE(errorOf(second.result()).reason, QStringLiteral("revoked"));
    QCOMPARE(failed.size(), 1); // once, not per call
    QCOMPARE(failed.first().first().value<Error>().rule, QStringLiteral("E-AUTH"));
}

void TestRemoteBackend::destroyingEndsRunningCalls()
{
    m_server->script("GET", "/v1/clock", CannedAnswer::silent());
    QFuture<Result<ClockState>> clock = m_backend->clock();
    QTRY_COMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_backend->callsInFlight(), 1);
    m_backend.reset();
    QVERIFY(clock.isFinished());
    QCOMPARE(errorOf(clock.result()).rule, QStringLiteral("E-CANCELLED"));
    QTRY_COMPARE(m_server->connectionsOpen(), 0);
}

// ---- change feed ------------------------------------------------------------------------

void TestRemoteBackend::feedAnnouncesBatches()
{
    const QDateTime now(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC);
    m_server->script("GET", "/v1/clock",
                     CannedAnswer::value(valueJson(ClockState{now, true, false})));
    QSignalSpy changed(m_backend.get(), &Backend::changed);
    QSignalSpy clockChanged(m_backend.get(), &Backend::clockChanged);
    const QStringList views{QStringLiteral("orders"), QStringLiteral("instances")};
    openWithFeed({batch(5), batch(8, views), batch(9, {}, true)});
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toStringList(), views);
    QTRY_COMPARE(clockChanged.size(), 1);
    QCOMPARE(clockChanged.first().first().toDateTime(), now);
    QTRY_COMPARE(m_server->requests("GET", "/v1/changes").size(), 4);
    const QList<RecordedRequest> polls = m_server->requests("GET", "/v1/changes");
    QCOMPARE(polls.at(0).query, QByteArray());
    QCOMPARE(polls.at(1).query, QByteArray("since=5"));
    QCOMPARE(polls.at(2).query, QByteArray("since=8"));
    QCOMPARE(polls.at(3).query, QByteArray("since=9"));
    for (const RecordedRequest &poll : polls)
        verifyHeaders(poll, false, false);
    QCOMPARE(m_backend->changesSince(), std::optional<qint64>(9));
    QCOMPARE(changed.size(), 1); // the clock-only batch names no view
}

void TestRemoteBackend::feedRecoversAfterFailures()
{
    QSignalSpy changed(m_backend.get(), &Backend::changed);
    openWithFeed({batch(5), refused(refusal("E-STORE", "", "busy")), CannedAnswer::drop(),
                  CannedAnswer::drop(), CannedAnswer::drop(),
                  batch(6, {QStringLiteral("journal")})});
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toStringList(), QStringList{QStringLiteral("journal")});
    QTRY_COMPARE(m_server->requests("GET", "/v1/changes").last().query, QByteArray("since=6"));
    // Until the batch came, each poll asked after the same sequence.
    QStringList asked;
    for (const RecordedRequest &poll : m_server->requests("GET", "/v1/changes"))
        asked << QString::fromLatin1(poll.query);
    asked.removeDuplicates();
    QCOMPARE(asked, (QStringList{QString(), QStringLiteral("since=5"), QStringLiteral("since=6")}));
    QVERIFY(m_server->requests("GET", "/v1/changes").size() >= 5);
}

void TestRemoteBackend::feedSequenceGoingBack()
{
    // The server's store was restored or replaced: what changed is unknown, so everything.
    m_server->script("GET", "/v1/clock", CannedAnswer::value(valueJson(ClockState{})));
    QSignalSpy changed(m_backend.get(), &Backend::changed);
    QSignalSpy clockChanged(m_backend.get(), &Backend::clockChanged);
    openWithFeed({batch(7), batch(2)});
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toStringList().size(), qsizetype(std::size(view::All)));
    QTRY_COMPARE(clockChanged.size(), 1);
    QTRY_COMPARE(m_backend->changesSince(), std::optional<qint64>(2));
}

void TestRemoteBackend::feedStopsWhenTheTokenIsRefused()
{
    QSignalSpy failed(m_backend.get(), &Backend::failed);
    openWithFeed({batch(5), refused(refusal("E-AUTH", "", "revoked")), batch(6)});
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().reason, QStringLiteral("revoked"));
    QTest::qWait(300);
    QCOMPARE(m_server->requests("GET", "/v1/changes").size(), 2); // stopped
}

void TestRemoteBackend::resetDemoAnnouncesEverything()
{
    const QDateTime now(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC);
    m_server->script("POST", "/v1/demo/reset", CannedAnswer::value(QJsonObject()));
    m_server->script("GET", "/v1/clock",
                     CannedAnswer::value(valueJson(ClockState{now, true, true})));
    QSignalSpy changed(m_backend.get(), &Backend::changed);
    QSignalSpy clockChanged(m_backend.get(), &Backend::clockChanged);
    QFuture<Status> reset = m_backend->resetDemo();
    AWAIT(reset);
    QVERIFY(reset.result().ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toStringList().size(), qsizetype(std::size(view::All)));
    QTRY_COMPARE(clockChanged.size(), 1);
    QCOMPARE(clockChanged.first().first().toDateTime(), now);
    const RecordedRequest request = onlyRequest("POST", "/v1/demo/reset");
    verifyHeaders(request, true, true);
    QCOMPARE(request.json(), QJsonValue(QJsonObject()));
}

// ---- export -----------------------------------------------------------------------------

void TestRemoteBackend::exportStreamsToTheFile_data()
{
    QTest::addColumn<bool>("chunked");       // no Content-Length: progress from the bytes
    QTest::addColumn<bool>("rowsAnnounced"); // OC-Rows: progress from the rows
    QTest::newRow("Content-Length") << false << false;
    QTest::newRow("chunked") << true << false;
    QTest::newRow("chunked, rows announced") << true << true;
}

void TestRemoteBackend::exportStreamsToTheFile()
{
    QFETCH(bool, chunked);
    QFETCH(bool, rowsAnnounced);
    // A header and 2000 rows, one with a line break inside a quoted field.
    QByteArray csv = "\xEF\xBB\xBF"
                     "Order,Note\r\n";
    for (int i = 0; i < 2000; ++i)
        csv += "CS" + QByteArray::number(i) +
               (i == 7 ? ",\"two\r\nlines, \"\"quoted\"\"\"" : ",x") + "\r\n";
    CannedAnswer answer;
    answer.contentType = "text/csv; charset=utf-8";
    answer.body = csv;
    answer.pieceBytes = 4096;
    answer.pieceDelayMs = 5;
    answer.chunked = chunked;
    if (rowsAnnounced)
        answer.headers = {{"OC-Rows", "2000"}};
    m_server->script("POST", "/v1/lists/orders/export", answer);

    ListQuery query;
    query.view = view::Orders;
    const QStringList headers{QStringLiteral("Order"), QStringLiteral("Note")};
    const QString path =
        m_dir->filePath(QStringLiteral("orders-%1-%2.csv").arg(chunked).arg(rowsAnnounced));
    QFuture<Result<qint64>> exported = m_backend->exportCsv(query, headers, path);
    QFutureWatcher<Result<qint64>> watcher;
    QList<int> progress;
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, this,
            [&progress](int value) { progress << value; });
    watcher.setFuture(exported);
    QCOMPARE(m_backend->callsInFlight(), 1);
    AWAIT(exported);
    VERIFY_OK(exported.result());
    QCOMPARE(*exported.result(), 2000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), csv);
    QTRY_VERIFY(!progress.isEmpty() && progress.last() == 1000);
    QVERIFY2(progress.size() > 2, "progress while it streams"); // not only at the end
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    // With the rows announced the bar follows them (a piece of 4 KiB is a fifth of the
    // rows); from the bytes alone (20 KiB of a scale of 4 MiB) it stays low until the end.
    const int beforeTheEnd = progress.at(progress.size() - 2);
    if (rowsAnnounced)
        QVERIFY2(beforeTheEnd >= 100, qPrintable(QString::number(beforeTheEnd)));
    else if (chunked)
        QVERIFY2(beforeTheEnd < 100, qPrintable(QString::number(beforeTheEnd)));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    const RecordedRequest request = onlyRequest("POST", "/v1/lists/orders/export");
    verifyHeaders(request, false, true);
    QCOMPARE(request.header("Accept"), QByteArray("text/csv"));
    QCOMPARE(request.json(), QJsonValue(objectOf(ExportRequest{query, headers})));
    QCOMPARE(m_backend->callsInFlight(), 0);
}

void TestRemoteBackend::exportCancelLeavesNoFile()
{
    CannedAnswer answer;
    answer.contentType = "text/csv; charset=utf-8";
    answer.body = "\xEF\xBB\xBF"
                  "A\r\n" +
                  QByteArray(1 << 20, 'x');
    answer.pieceBytes = 8192;
    answer.stallAfterBytes = 64 * 1024; // then it hangs
    m_server->script("POST", "/v1/lists/orders/export", answer);
    QSignalSpy gaveUp(m_server.get(), &FakeServer::clientGaveUp);

    const QString path = m_dir->filePath(QStringLiteral("cancelled.csv"));
    ListQuery query;
    query.view = view::Orders;
    QFuture<Result<qint64>> exported = m_backend->exportCsv(query, {}, path);
    QTRY_VERIFY(exported.progressValue() > 0); // it streams
    exported.cancel();
    AWAIT(exported);
    QVERIFY(exported.isCanceled());
    QCOMPARE(exported.resultCount(), 0);
    QVERIFY(!QFileInfo::exists(path));
    QTRY_COMPARE(gaveUp.size(), 1); // the request was aborted
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(m_backend->callsInFlight(), 0);
}

void TestRemoteBackend::exportRefused()
{
    m_server->script("POST", "/v1/lists/nothing/export",
                     refused(refusal("E-INVALID", "view", "unknownName")));
    const QString path = m_dir->filePath(QStringLiteral("refused.csv"));
    ListQuery query;
    query.view = QStringLiteral("nothing");
    QFuture<Result<qint64>> exported = m_backend->exportCsv(query, {}, path);
    AWAIT(exported);
    QCOMPARE(errorOf(exported.result()), refusal("E-INVALID", "view", "unknownName"));
    QVERIFY(!QFileInfo::exists(path));
}

void TestRemoteBackend::exportDroppedMidFileLeavesNoFile_data()
{
    QTest::addColumn<bool>("orderly");
    QTest::newRow("server gone (reset)") << false;
    QTest::newRow("connection closed in good order") << true;
}

void TestRemoteBackend::exportDroppedMidFileLeavesNoFile()
{
    // The file began, then the connection went: no retry (it would write it twice), no file.
    QFETCH(bool, orderly);
    CannedAnswer answer;
    answer.contentType = "text/csv; charset=utf-8";
    answer.body = "\xEF\xBB\xBF"
                  "A\r\n" +
                  QByteArray(256 * 1024, 'x');
    answer.stallAfterBytes = 16 * 1024;
    answer.closeWhenStalled = orderly;
    m_server->script("POST", "/v1/lists/orders/export", answer);
    const QString path = m_dir->filePath(QStringLiteral("dropped.csv"));
    ListQuery query;
    query.view = view::Orders;
    QFuture<Result<qint64>> exported = m_backend->exportCsv(query, {}, path);
    QTRY_VERIFY(exported.progressValue() > 0);
    if (!orderly)
        m_server.reset(); // the server goes away
    AWAIT(exported);
    QCOMPARE(errorOf(exported.result()).rule, QStringLiteral("E-UNREACHABLE"));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestRemoteBackend)
#include "test_remote_backend.moc"
