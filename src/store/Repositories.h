#pragma once

// Repositories over the store: one per aggregate of domain.md, SQL with bound parameters
// only. They throw StoreError on database failures and never check business rules (the
// services do); they do keep the constraints the schema enforces (unique keys).

#include "Database.h"
#include "core/Domain.h"
#include "core/VerificationCodes.h"

#include <QJsonObject>

#include <map>
#include <optional>

namespace oc::store {

class MetaRepository
{
public:
    explicit MetaRepository(Database &db)
        : m_db(db)
    {}
    std::optional<QString> get(const QString &key);
    // Reads a value the transaction is about to write, locking it against concurrent
    // writers until the transaction ends (SqlDialect::forUpdate()).
    std::optional<QString> getForUpdate(const QString &key);
    // As the first statement of a transaction: every other transaction that calls it waits
    // until this one ends, and (PostgreSQL) this one's snapshot is taken after that wait, so
    // that a value read with getForUpdate() is the latest one rather than a serialization
    // failure (SELECT ... FOR UPDATE alone waits, then fails under SERIALIZABLE when the
    // row was written meanwhile). SQLite: nothing (BEGIN IMMEDIATE holds the write lock).
    void lockAgainstWriters();
    void set(const QString &key, const QString &value);
    // Writes only when the value differs: an unchanged value takes no row lock and so does
    // not make concurrent transactions conflict.
    void setIfChanged(const QString &key, const QString &value);

private:
    Database &m_db;
};

class HuaweiAccountRepository
{
public:
    explicit HuaweiAccountRepository(Database &db)
        : m_db(db)
    {}
    void insert(const HuaweiAccount &account, const QString &passwordHash);
    std::optional<HuaweiAccount> find(const QString &accountId);
    bool exists(const QString &accountId);
    void setAuthStatus(const QString &accountId, AuthStatus status);
    void setAccountType(const QString &accountId, AccountType type, const QString &fullName,
                        const QString &enterpriseName);
    void setServices(const QString &accountId, ServicesStatus status, const QDateTime &closedAt,
                     const QDateTime &retentionUntil);
    void setTenantName(const QString &accountId, const QString &oldName, const QString &newName,
                       const QDateTime &at);
    int tenantNameChangesBetween(const QString &accountId, const QDateTime &from,
                                 const QDateTime &to);
    void insertAuthentication(const QString &accountId, const QString &type,
                              const QString &certificateType, const QString &certificateNumber,
                              const QString &subjectName, const QString &status,
                              const QDateTime &submittedAt, const QDateTime &reviewedAt = {},
                              const QString &note = {});
    void insertPartner(const QString &accountId, const QString &partnerName, PartnerModel model,
                       const QDateTime &since, const QString &status);
    // R-PTN-1: the partner sets the reseller customer's budget (which unfreezes it).
    void setPartnerBudget(const QString &accountId, Fen budget, const QString &status);

private:
    Database &m_db;
};

class CatalogueRepository
{
public:
    explicit CatalogueRepository(Database &db)
        : m_db(db)
    {}
    void insert(const Product &product);
    std::optional<Product> find(const QString &productId);

private:
    Database &m_db;
};

class OrderRepository
{
public:
    explicit OrderRepository(Database &db)
        : m_db(db)
    {}
    void insert(const Order &order);
    std::optional<Order> find(const QString &orderId);
    // Paid orders of `productId` without an instance (a subscription whose newInstance has
    // not gone through yet), oldest first, at most `limit`.
    QStringList paidWithoutInstance(const QString &productId, int limit);

private:
    Database &m_db;
};

class InstanceRepository
{
public:
    explicit InstanceRepository(Database &db)
        : m_db(db)
    {}
    void insert(const Instance &instance);
    std::optional<Instance> find(const QString &instanceId);
    std::optional<Instance> findByOrder(const QString &orderId);
    void setStatus(const QString &instanceId, InstanceStatus status,
                   const QDateTime &closedAt = {});
    // R-REG-2, R-SET-2: the account's most recently opened active instance of `productId`.
    std::optional<Instance> newestActive(const QString &accountId, const QString &productId);
    // R-MKT-2: provisioning instances whose time has come become active; returns their ids.
    QStringList activateDue(const QDateTime &now);

private:
    Database &m_db;
};

class OrganizationRepository
{
public:
    explicit OrganizationRepository(Database &db)
        : m_db(db)
    {}
    // The enterprise name and abbreviation are written here once and never updated
    // (R-ORG-1, R-ORG-2): this class has no method that could change them.
    void insert(const Organization &organization);
    std::optional<Organization> find(const QString &organizationId);
    std::optional<Organization> findByAbbreviation(const QString &abbreviation);
    QList<Organization> listByOwner(const QString &ownerAccountId);
    // R-ORG-3: creating organizations whose setup time has passed become ready.
    QStringList readyDue(const QDateTime &now);
    qint64 insertDepartment(const QString &organizationId, qint64 parentId, const QString &name);
    QList<Department> departments(const QString &organizationId);

private:
    Database &m_db;
};

class MemberRepository
{
public:
    explicit MemberRepository(Database &db)
        : m_db(db)
    {}
    qint64 insert(const Member &member, const QString &passwordHash);
    std::optional<Member> find(qint64 memberId);
    std::optional<Member> findByAccount(const QString &organizationId, const QString &account);
    QList<Member> listByOrganization(const QString &organizationId);
    std::optional<QString> passwordHash(qint64 memberId);
    void setPassword(qint64 memberId, const QString &passwordHash, bool mustChange);
    // R-ORG-6: counts a wrong password in one statement, so that concurrent attempts each
    // count: the count restarts at 1 after a lifted lock, and reaching `maxFailures` locks
    // the member until `lockUntil`. Nothing is counted while a lock holds at `now`
    // (another attempt locked it): then std::nullopt, and loginFailures() tells until when.
    struct LoginFailures
    {
        int failures = 0;
        QDateTime lockedUntil; // invalid: not locked
    };
    std::optional<LoginFailures> countLoginFailure(qint64 memberId, const QDateTime &now,
                                                   int maxFailures, const QDateTime &lockUntil);
    void resetLoginFailures(qint64 memberId);
    int loginFailures(qint64 memberId, QDateTime *lockedUntil);

private:
    Database &m_db;
};

class BindingRepository
{
public:
    explicit BindingRepository(Database &db)
        : m_db(db)
    {}
    qint64 insert(const AppBinding &binding);
    std::optional<AppBinding> findByOrder(const QString &orderId);
    std::optional<AppBinding> find(qint64 bindingId);
    std::optional<AppBinding> findByOrganizationProduct(const QString &organizationId,
                                                        const QString &productId);
    QList<AppBinding> listByOrganization(const QString &organizationId);
    void authorize(qint64 bindingId, qint64 memberId, const QDateTime &at);
    bool isAuthorized(qint64 bindingId, qint64 memberId);
    QList<qint64> authorizedMembers(qint64 bindingId);

private:
    Database &m_db;
};

class GuanceAccountRepository
{
public:
    explicit GuanceAccountRepository(Database &db)
        : m_db(db)
    {}
    qint64 insert(const GuanceAccount &account, const QString &passwordHash);
    std::optional<GuanceAccount> find(qint64 id);
    std::optional<GuanceAccount> findByUsername(const QString &username);
    std::optional<GuanceAccount> findByEmail(const QString &email, const QString &site);

private:
    Database &m_db;
};

class FeeCenterRepository
{
public:
    explicit FeeCenterRepository(Database &db)
        : m_db(db)
    {}
    qint64 insert(const FeeCenterAccount &account, const QString &passwordHash);
    std::optional<FeeCenterAccount> find(qint64 id);
    std::optional<FeeCenterAccount> findByUsername(const QString &username);
    void addCash(qint64 id, Fen amount);
    // R-FC-2
    void linkHuaweiAccount(const QString &huaweiAccountId, qint64 feeCenterAccountId,
                           const QDateTime &at);
    std::optional<qint64> linkedFeeCenter(const QString &huaweiAccountId);
    QStringList linkedHuaweiAccounts(qint64 feeCenterAccountId);
    // W-LOGIN "enterprise information": the company information confirmed by the customer.
    void setCompanyInformation(qint64 id, const QString &enterpriseName, const QString &industry,
                               const QString &contact);

private:
    Database &m_db;
};

class WorkspaceRepository
{
public:
    explicit WorkspaceRepository(Database &db)
        : m_db(db)
    {}
    // Language and site are written here once (R-WS-2, R-WS-3): no method updates them.
    // A feeCenterAccountId of 0 stores a workspace without a fee-center account.
    void insert(const Workspace &workspace);
    std::optional<Workspace> find(const QString &workspaceId);
    QList<Workspace> listByFeeCenter(qint64 feeCenterAccountId);
    bool nameTaken(qint64 feeCenterAccountId, const QString &name);
    // R-WS-1 for workspaces without a fee-center account: unique per owner Guance account
    // (the schema's UNIQUE (fee_center_account_id, name) does not cover NULLs).
    bool nameTakenByOwner(qint64 ownerGuanceAccountId, const QString &name);
    void setSettlement(const QString &workspaceId, SettlementMethod method,
                       const QString &accountId, const QString &instanceId,
                       const QDateTime &changedAt);
    // R-SET-5: workspaces settled through a Huawei instance.
    QList<Workspace> listSettledBy(const QString &huaweiAccountId, const QString &instanceId);
    void lock(const QString &workspaceId, const QString &reason, const QDateTime &at);
    // Locked, keeping the settlement (a frozen instance, InstanceFrozenLockReason).
    void lockKeepingSettlement(const QString &workspaceId, const QString &reason,
                               const QDateTime &at);
    // The workspaces settled through `instanceId` in `status` (active or locked).
    QList<Workspace> listByInstance(const QString &instanceId, WorkspaceStatus status);
    void unlock(const QString &workspaceId, const QDateTime &at);

private:
    Database &m_db;
};

class StoredValueCardRepository
{
public:
    explicit StoredValueCardRepository(Database &db)
        : m_db(db)
    {}
    void insert(const StoredValueCard &card);
    QList<StoredValueCard> listByFeeCenter(qint64 feeCenterAccountId);
    // R-SVC-2
    void insertRedemption(const QString &orderId, qint64 feeCenterAccountId, const QDateTime &at);
    std::optional<qint64> redeemedBy(const QString &orderId);

private:
    Database &m_db;
};

class VerificationCodeRepository
{
public:
    explicit VerificationCodeRepository(Database &db)
        : m_db(db)
    {}
    qint64 insert(const VerificationCodeRecord &record);
    std::optional<VerificationCodeRecord> latest(const QString &destination,
                                                 const QString &purpose);
    // R-VC-1: when the last code for `destination` was issued, whatever its purpose.
    std::optional<QDateTime> lastIssuedTo(const QString &destination);
    // R-VC-1: counts a wrong attempt in one statement; returns the attempts now counted.
    int countWrongAttempt(qint64 codeId);
    void consume(qint64 codeId, const QDateTime &at);

private:
    Database &m_db;
};

class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db)
        : m_db(db)
    {}
    qint64 insert(const OutboxMessage &message, bool held = false, const QString &relatedId = {});
    // Sends held messages of `relatedId` (R-BND-4 credentials wait for the authorization).
    int release(const QString &relatedId, const QDateTime &at);
    // Removes a now-stale secret from the messages of `relatedId` (R-ORG-6: once the
    // initial password is changed, its copies in the Outbox are blanked).
    int redactParam(const QString &relatedId, const QString &param);
    QList<OutboxMessage> recent(int limit);

private:
    Database &m_db;
};

class JournalRepository
{
public:
    explicit JournalRepository(Database &db)
        : m_db(db)
    {}
    qint64 append(const JournalEntry &entry);
    QList<JournalEntry> recent(int limit);

private:
    Database &m_db;
};

class DraftRepository
{
public:
    explicit DraftRepository(Database &db)
        : m_db(db)
    {}
    void save(const QString &wizard, const QString &key, const QString &page,
              const QJsonObject &state, const QDateTime &at);
    struct Draft
    {
        QString page;
        QJsonObject state;
        QDateTime updatedAt;
    };
    std::optional<Draft> load(const QString &wizard, const QString &key);
    void remove(const QString &wizard, const QString &key);

private:
    Database &m_db;
};

// ---- Joint Operations (W-ORG): changes and reads beyond the records' basic methods --------

// A subscription order of a Huawei account with its instance and, when bound, the
// organization it is bound to (W-ORG page 3, R-BND-1..3).
struct SubscriptionOrder
{
    Order order;
    Instance instance;
    QString boundOrganizationId; // empty when unbound
    QString boundAbbreviation;
};

// What removing a member took with it.
struct RemovedMember
{
    int authorizations = 0;
    int heldMessages = 0;
};

class JointOperationsRepository
{
public:
    explicit JointOperationsRepository(Database &db)
        : m_db(db)
    {}
    // Display name, department and contact of a member. The account is not written: it
    // never changes (R-ORG-5), nor does the organization.
    void updateMember(const Member &member);
    // Points the held messages of `relatedId` (a member's credentials, R-BND-4) at the
    // member's current contact, so that the authorization sends them where they arrive.
    int redirectHeld(const QString &relatedId, Channel channel, const QString &destination);
    // A member with its authorizations and its held messages (`relatedId`); what was
    // already sent stays in the Outbox.
    RemovedMember deleteMember(qint64 memberId, const QString &relatedId);
    // The subscription orders of `accountId` that have an instance, newest first.
    QList<SubscriptionOrder> subscriptionOrders(const QString &accountId);

private:
    Database &m_db;
};

// ---- Billing Center (W-SET, W-SVC, W-CANCEL) ------------------------------------------

// The Billing Center's reads and writes that span workspaces and stored-value cards.
class BillingRepository
{
public:
    explicit BillingRepository(Database &db)
        : m_db(db)
    {}
    // R-SET-5: the active workspaces settled through `huaweiAccountId`, whichever of the
    // account's instances they name.
    QList<Workspace> activeSettledByHuaweiAccount(const QString &huaweiAccountId);
    // R-SVC-3: a new card number must not be one already issued.
    bool cardNumberTaken(const QString &cardNumber);
    // Available cards whose expiry has come become expired; returns them as they are now.
    QList<StoredValueCard> expireDueCards(const QDateTime &now);
    // The number of cards and the balance left on them, by status, of a fee-center account.
    struct CardTotals
    {
        int count = 0;
        Fen balance;
    };
    std::map<CardStatus, CardTotals> cardTotals(qint64 feeCenterAccountId);

private:
    Database &m_db;
};

} // namespace oc::store
