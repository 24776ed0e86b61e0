#pragma once

#include "contract/Backend.h"
#include "core/Clock.h"
#include "core/PasswordHasher.h"
#include "core/Random.h"
#include "store/Database.h"

#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace oc {

class LocalWorker;
class Session;

struct LocalBackendOptions
{
    // The database to open. In demo mode this is the private copy; it is created from
    // the demo template when missing.
    store::DatabaseConfig database;
    // Demo mode: the template database Reset demo restores from; built from the demo
    // story (DemoStory) when missing.
    bool demo = false;
    QString demoTemplatePath;
    HashCost hashCost = HashCost::Interactive;
    QString actor = QStringLiteral("operator");
    // Tests and screenshots: the demo clock stays where it is unless advanced.
    bool freezeClock = false;
    // How often due transitions (R-MKT-2, R-ORG-3) are looked for, in ms.
    int settleIntervalMs = 1000;
};

// The in-process backend over the embedded store. Two worker threads, each with its own
// connection: one runs every change (serialised, one transaction each) and the due-state
// timer; the other serves lists, so a long read never delays a click. An export runs on a
// thread and connection of its own, so that lists keep loading while a million rows are
// written. No call blocks the calling thread.
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

    QFuture<Result<PurchaseResult>> purchase(const PurchaseRequest &request) override;

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
    // Session::mutate) and emits changed(`views`) when it succeeds.
    template<class T>
    QFuture<Result<T>> command(std::function<Result<T>(Session &)> body, QStringList views = {});
    template<class T>
    QFuture<Result<T>> query(std::function<Result<T>(Session &)> body);

private:
    // Runs `job` on `worker`'s thread with its session (null when the database is not open).
    void runOn(LocalWorker *worker, std::function<void(Session *)> job);
    Result<ClockState> clockState() const;
    static Error notOpen();
    QString connectionName(const char *role) const;
    Status openOnWorker();
    Status openCommandSide(); // command worker: prepare, open and migrate, load state
    Status openQuerySide();   // read worker: its own connection
    void finishOpen();        // command worker: the due-transition timer
    Status resetOnWorker();
    Status prepareDemoFiles();
    void loadPersistentState();
    void settleDue();

    LocalBackendOptions m_options;
    int m_instance = 0; // tells this backend's connections from another's
    QThread m_commandThread;
    QThread m_queryThread;
    LocalWorker *m_command = nullptr;
    LocalWorker *m_query = nullptr;
    QThreadPool m_exportPool;
    QList<QFuture<Result<qint64>>> m_exports; // cancelled when the backend goes away
    int m_exportCount = 0;
    QAtomicInt m_inFlight;
    int m_schemaVersion = 0;
    std::unique_ptr<Clock> m_clock;
    AdjustableClock *m_demoClock = nullptr; // m_clock, when the database carries a demo clock
    std::unique_ptr<RandomSource> m_random;
    SeededRandom *m_seeded = nullptr; // m_random, when ids are seeded (demo)
};

template<class T>
QFuture<Result<T>> LocalBackend::command(std::function<Result<T>(Session &)> body,
                                         QStringList views)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    runOn(m_command,
          [this, promise, body = std::move(body), views = std::move(views)](Session *session) {
              Result<T> result = session ? body(*session) : Result<T>(notOpen());
              const bool ok = result.ok();
              promise->addResult(std::move(result));
              promise->finish();
              if (ok && !views.isEmpty())
                  emit changed(views);
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
        promise->addResult(session ? body(*session) : Result<T>(notOpen()));
        promise->finish();
    });
    return future;
}

} // namespace oc
