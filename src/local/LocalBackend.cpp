#include "local/LocalBackend.h"

#include "services/AuthenticationService.h"
#include "services/ChangedViews.h"
#include "services/CodeService.h"
#include "services/ConditionsService.h"
#include "services/DraftService.h"
#include "services/HuaweiLoginService.h"
#include "services/ListService.h"
#include "services/MarketplaceService.h"
#include "services/QueryService.h"
#include "services/ReauthenticationService.h"
#include "services/RegistrationService.h"
#include "services/SignUpService.h"

#include <QFileInfo>
#include <QSemaphore>
#include <QTimer>

namespace oc {

// One worker thread's state: its session of the host, and on the command worker the timer
// that settles due transitions.
class LocalWorker : public QObject
{
public:
    std::unique_ptr<HostSession> connection;
    QTimer *settleTimer = nullptr;

    Session *session() { return connection ? &connection->session() : nullptr; }

    Status connect(ServiceHost &host, const QString &name)
    {
        close();
        auto connected = host.connect(name);
        if (!connected.ok())
            return connected.error();
        connection = std::move(connected).value();
        return okStatus();
    }

    void close()
    {
        delete settleTimer;
        settleTimer = nullptr;
        connection.reset();
    }
};

LocalBackend::LocalBackend(LocalBackendOptions options, QObject *parent)
    : Backend(parent)
    , m_options(options)
    , m_host(std::move(options))
{
    m_command = new LocalWorker;
    m_query = new LocalWorker;
    m_command->moveToThread(&m_commandThread);
    m_query->moveToThread(&m_queryThread);
    m_commandThread.setObjectName(QStringLiteral("oc-command"));
    m_queryThread.setObjectName(QStringLiteral("oc-query"));
    m_commandThread.start();
    m_queryThread.start();
}

LocalBackend::~LocalBackend()
{
    for (QFuture<Result<qint64>> &exporting : m_exports)
        exporting.cancel();
    m_exportPool.waitForDone();
    for (LocalWorker *worker : {m_query, m_command})
        QMetaObject::invokeMethod(
            worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_commandThread.quit();
    m_queryThread.quit();
    m_commandThread.wait();
    m_queryThread.wait();
    delete m_command;
    delete m_query;
}

void LocalBackend::runOn(LocalWorker *worker, std::function<void(Session *)> job)
{
    m_inFlight.ref();
    QMetaObject::invokeMethod(
        worker,
        [this, worker, job = std::move(job)] {
            job(worker->session());
            m_inFlight.deref();
        },
        Qt::QueuedConnection);
}

int LocalBackend::callsInFlight() const
{
    return m_inFlight.loadAcquire() + m_exportPool.activeThreadCount();
}

void LocalBackend::announce(const char *operation, bool succeeded, const Error *refusal)
{
    if (!operation)
        return; // a read on the command worker
    if (!succeeded && refusal && refusal->rule == QLatin1String(SystemError::Store))
        return; // nothing was written
    const QStringList views =
        succeeded ? viewsChangedBy(operation) : viewsChangedByRefusal(operation);
    if (!views.isEmpty())
        emit changed(views);
}

BackendInfo LocalBackend::info() const
{
    const store::DatabaseConfig &db = m_options.database;
    return BackendInfo{QStringLiteral("local"),
                       db.kind == store::SqlDialect::Kind::Sqlite
                           ? QFileInfo(db.path).absoluteFilePath()
                           : db.name,
                       m_options.demo, m_host.schemaVersion(), QString()};
}

// ---- opening -------------------------------------------------------------------------

QFuture<Status> LocalBackend::open()
{
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    // Both workers get their opening job first in their queues, so that calls made while
    // the database opens (a window being built meanwhile) run after it. The read worker
    // waits until the command worker has prepared and migrated the store.
    struct Handshake
    {
        QSemaphore storeReady;
        QSemaphore queryConnected;
        Status commandStatus = okStatus();
        Status queryStatus = okStatus();
    };
    auto handshake = std::make_shared<Handshake>();
    QMetaObject::invokeMethod(
        m_query,
        [this, handshake] {
            handshake->storeReady.acquire();
            if (handshake->commandStatus.ok())
                handshake->queryStatus = connectQuerySide();
            handshake->queryConnected.release();
        },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_command,
        [this, promise, handshake] {
            handshake->commandStatus = m_host.open();
            if (handshake->commandStatus.ok())
                handshake->commandStatus = connectCommandSide();
            handshake->storeReady.release();
            handshake->queryConnected.acquire();
            const Status status =
                !handshake->commandStatus.ok() ? handshake->commandStatus : handshake->queryStatus;
            if (status.ok())
                settleDue();
            else
                m_command->close();
            promise->addResult(status);
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

Status LocalBackend::connectCommandSide()
{
    if (Status connected = m_command->connect(m_host, QStringLiteral("oc-command"));
        !connected.ok())
        return connected;
    m_command->settleTimer = new QTimer;
    m_command->settleTimer->setInterval(m_options.settleIntervalMs);
    QObject::connect(m_command->settleTimer, &QTimer::timeout, m_command, [this] { settleDue(); });
    m_command->settleTimer->start();
    return okStatus();
}

Status LocalBackend::connectQuerySide()
{
    return m_query->connect(m_host, QStringLiteral("oc-query"));
}

void LocalBackend::settleDue()
{
    if (Session *session = m_command->session()) {
        const QStringList views = m_host.settleDue(*session);
        if (!views.isEmpty())
            emit changed(views);
    }
}

// ---- reading -------------------------------------------------------------------------

QFuture<Result<ListPage>> LocalBackend::list(const ListQuery &listQuery)
{
    return query<ListPage>(
        [listQuery](Session &session) { return ListService(session).page(listQuery); });
}

QFuture<Result<qint64>> LocalBackend::exportCsv(const ListQuery &listQuery,
                                                const QStringList &headers, const QString &path)
{
    auto promise = std::make_shared<QPromise<Result<qint64>>>();
    QFuture<Result<qint64>> future = promise->future();
    promise->start();
    promise->setProgressRange(0, 1000);
    m_exports.removeIf([](const QFuture<Result<qint64>> &f) { return f.isFinished(); });
    m_exports.append(future);
    // Queued behind the read worker's opening (so that the store is ready), then handed
    // to the export thread with a session of its own.
    runOn(m_query, [this, promise, listQuery, headers, path](Session *readSide) {
        if (!readSide) {
            promise->addResult(Result<qint64>(ServiceHost::notOpen()));
            promise->finish();
            return;
        }
        m_exportPool.start([this, promise, listQuery, headers, path] {
            const auto finish = [&](Result<qint64> result) {
                promise->addResult(std::move(result));
                promise->finish();
            };
            if (promise->isCanceled())
                return finish(ListService::cancelled());
            auto connected = m_host.connect(QStringLiteral("oc-export"));
            if (!connected.ok())
                return finish(connected.error());
            const std::unique_ptr<HostSession> own = std::move(connected).value();
            finish(
                ListService(own->session()).exportCsv(listQuery, headers, path, [&](int permille) {
                    if (promise->isCanceled())
                        return false;
                    promise->setProgressValue(permille);
                    return true;
                }));
        });
    });
    return future;
}

QFuture<Result<HuaweiAccountDetail>> LocalBackend::huaweiAccount(const QString &accountId)
{
    return query<HuaweiAccountDetail>(
        [accountId](Session &session) { return QueryService(session).huaweiAccount(accountId); });
}

QFuture<Result<OnboardingProgress>> LocalBackend::onboardingProgress(const QString &accountId)
{
    return query<OnboardingProgress>([accountId](Session &session) {
        return QueryService(session).onboardingProgress(accountId);
    });
}

// ---- clock and demo ------------------------------------------------------------------

QFuture<Result<ClockState>> LocalBackend::clock()
{
    return command<ClockState>(nullptr, [this](Session &) { return m_host.clockState(); });
}

QFuture<Result<ClockState>> LocalBackend::advanceClock(ClockStep step)
{
    return command<ClockState>(operation::AdvanceClock,
                               [this, step](Session &session) -> Result<ClockState> {
                                   Result<ClockState> state = m_host.advanceClock(session, step);
                                   if (state.ok())
                                       emit clockChanged(state->now);
                                   return state;
                               });
}

QFuture<Status> LocalBackend::resetDemo()
{
    return command<Done>(operation::ResetDemo, [this](Session &) { return resetOnWorker(); });
}

Status LocalBackend::resetOnWorker()
{
    if (!m_host.isDemo())
        return m_host.resetDemo(); // refused: not a demo store
    QMetaObject::invokeMethod(
        m_query, [this] { m_query->close(); }, Qt::BlockingQueuedConnection);
    m_command->close();
    Status reopened = m_host.resetDemo();
    if (reopened.ok())
        reopened = connectCommandSide();
    if (reopened.ok())
        QMetaObject::invokeMethod(
            m_query, [this, &reopened] { reopened = connectQuerySide(); },
            Qt::BlockingQueuedConnection);
    if (!reopened.ok()) {
        m_command->close();
        emit failed(reopened.error());
        return reopened;
    }
    settleDue();
    if (const auto state = m_host.clockState(); state.ok() && state->adjustable)
        emit clockChanged(state->now);
    return reopened;
}

// ---- verification codes --------------------------------------------------------------

QFuture<Result<CodeSent>> LocalBackend::sendCode(Channel channel, const QString &destination,
                                                 const QString &purpose)
{
    return command<CodeSent>(operation::SendCode,
                             [channel, destination, purpose](Session &session) {
                                 return CodeService(session).send(channel, destination, purpose);
                             });
}

QFuture<Status> LocalBackend::checkCode(const QString &destination, const QString &purpose,
                                        const QString &code)
{
    return command<Done>(operation::CheckCode, [destination, purpose, code](Session &session) {
        return CodeService(session).check(destination, purpose, code);
    });
}

// ---- HUAWEI ID sign-up (W-SIGNUP) -----------------------------------------------------

QFuture<Result<HuaweiAccount>> LocalBackend::signUp(const SignUpRequest &request)
{
    return command<HuaweiAccount>(operation::SignUp, [request](Session &session) {
        return SignUpService(session).signUp(request);
    });
}

QFuture<Result<HuaweiAccount>> LocalBackend::bindPhone(const BindPhoneRequest &request)
{
    return command<HuaweiAccount>(operation::BindPhone, [request](Session &session) {
        return SignUpService(session).bindPhone(request);
    });
}

QFuture<Result<HuaweiAccount>> LocalBackend::enableServices(const EnableServicesRequest &request)
{
    return command<HuaweiAccount>(operation::EnableServices, [request](Session &session) {
        return SignUpService(session).enableServices(request);
    });
}

QFuture<Result<PaymentCard>> LocalBackend::bindCard(const BindCardRequest &request)
{
    return command<PaymentCard>(operation::BindCard, [request](Session &session) {
        return SignUpService(session).bindCard(request);
    });
}

// ---- marketplace ---------------------------------------------------------------------

QFuture<Result<PurchaseResult>> LocalBackend::purchase(const PurchaseRequest &request)
{
    return command<PurchaseResult>(operation::Purchase, [request](Session &session) {
        return MarketplaceService(session).purchase(request);
    });
}

// ---- real-name authentication and its review --------------------------------------------

QFuture<Result<AuthenticationRecord>>
LocalBackend::submitAuthentication(const AuthenticationRequest &request)
{
    return command<AuthenticationRecord>(
        operation::SubmitAuthentication, [request](Session &session) {
            return AuthenticationService(session).submitAuthentication(request);
        });
}

QFuture<Result<AuthenticationRecord>> LocalBackend::authentication(qint64 authenticationId)
{
    return query<AuthenticationRecord>([authenticationId](Session &session) {
        return AuthenticationService(session).authentication(authenticationId);
    });
}

QFuture<Result<AuthenticationRecord>>
LocalBackend::reviewAuthentication(const ReviewDecision &decision)
{
    return command<AuthenticationRecord>(
        operation::ReviewAuthentication, [decision](Session &session) {
            return AuthenticationService(session).reviewAuthentication(decision);
        });
}

// ---- Sign in to Huawei Cloud (D-LOGIN) -------------------------------------------------

QFuture<Result<HuaweiLoginChallenge>>
LocalBackend::checkHuaweiLogin(const HuaweiLoginRequest &request)
{
    return command<HuaweiLoginChallenge>(operation::CheckHuaweiLogin, [request](Session &session) {
        return HuaweiLoginService(session).checkHuaweiLogin(request);
    });
}

QFuture<Result<HuaweiLoginResult>> LocalBackend::huaweiLogin(const HuaweiLoginRequest &request)
{
    return command<HuaweiLoginResult>(operation::HuaweiLogin, [request](Session &session) {
        return HuaweiLoginService(session).huaweiLogin(request);
    });
}

QFuture<Result<WebsiteAccount>>
LocalBackend::createWebsiteAccount(const WebsiteAccountRequest &request)
{
    return command<WebsiteAccount>(operation::CreateWebsiteAccount, [request](Session &session) {
        return HuaweiLoginService(session).createWebsiteAccount(request);
    });
}

QFuture<Result<HuaweiLoginResult>> LocalBackend::websiteLogin(const WebsiteLoginRequest &request)
{
    return command<HuaweiLoginResult>(operation::WebsiteLogin, [request](Session &session) {
        return HuaweiLoginService(session).websiteLogin(request);
    });
}

QFuture<Result<HuaweiLoginResult>>
LocalBackend::bindWebsiteAccount(const BindWebsiteAccountRequest &request)
{
    return command<HuaweiLoginResult>(operation::BindWebsiteAccount, [request](Session &session) {
        return HuaweiLoginService(session).bindWebsiteAccount(request);
    });
}

QFuture<Result<AuthenticationRecord>>
LocalBackend::submitReauthentication(const ReauthenticationRequest &request)
{
    return command<AuthenticationRecord>(
        operation::SubmitReauthentication, [request](Session &session) {
            return ReauthenticationService(session).submitReauthentication(request);
        });
}

QFuture<Result<AccountConditions>> LocalBackend::accountConditions(const QString &accountId)
{
    return query<AccountConditions>([accountId](Session &session) {
        return ConditionsService(session).accountConditions(accountId);
    });
}

QFuture<Result<AccountConditions>>
LocalBackend::setAccountConditions(const AccountConditions &conditions)
{
    return command<AccountConditions>(
        operation::SetAccountConditions, [conditions](Session &session) {
            return ConditionsService(session).setAccountConditions(conditions);
        });
}

// ---- Commercial Plan registration ----------------------------------------------------

// The live checks only read: the query worker answers them while a commit runs.
QFuture<Status> LocalBackend::checkUsername(const QString &username)
{
    return query<Done>([username](Session &session) {
        return RegistrationService(session).checkUsername(username);
    });
}

QFuture<Status> LocalBackend::checkGuanceEmail(const QString &email, const QString &site)
{
    return query<Done>([email, site](Session &session) {
        return RegistrationService(session).checkGuanceEmail(email, site);
    });
}

QFuture<Result<HuaweiActivationCheck>> LocalBackend::checkHuaweiActivation(const QString &accountId)
{
    return query<HuaweiActivationCheck>([accountId](Session &session) {
        return RegistrationService(session).checkHuaweiActivation(accountId);
    });
}

QFuture<Result<RegistrationResult>>
LocalBackend::registerCommercialPlan(const RegistrationRequest &request)
{
    return command<RegistrationResult>(
        operation::RegisterCommercialPlan, [request](Session &session) {
            return RegistrationService(session).registerCommercialPlan(request);
        });
}

// ---- wizard drafts ---------------------------------------------------------------------

// Drafts are written on the command worker, in order with the commits.
QFuture<Status> LocalBackend::saveDraft(const WizardDraft &draft)
{
    return command<Done>(operation::SaveDraft,
                         [draft](Session &session) { return DraftService(session).save(draft); });
}

QFuture<Result<WizardDraft>> LocalBackend::loadDraft(const QString &wizard, const QString &key)
{
    return command<WizardDraft>(nullptr, [wizard, key](Session &session) {
        return DraftService(session).load(wizard, key);
    });
}

QFuture<Status> LocalBackend::deleteDraft(const QString &wizard, const QString &key)
{
    return command<Done>(operation::DeleteDraft, [wizard, key](Session &session) {
        return DraftService(session).remove(wizard, key);
    });
}

} // namespace oc
