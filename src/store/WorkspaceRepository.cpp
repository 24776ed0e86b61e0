#include "WorkspaceRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

Workspace readWorkspace(const SqlQuery &q)
{
    Workspace w;
    w.workspaceId = q.text(0);
    w.name = q.text(1);
    w.language = enumOr(q.text(2), WorkspaceLanguage::Chinese);
    w.site = q.text(3);
    w.ownerGuanceAccountId = q.integer(4);
    w.feeCenterAccountId = q.integer(5);
    w.settlement = enumOr(q.text(6), SettlementMethod::FeeCenter);
    w.settlementAccountId = q.text(7);
    w.settlementInstanceId = q.text(8);
    w.settlementChangedAt = timeFromDb(q.value(9));
    w.status = enumOr(q.text(10), WorkspaceStatus::Active);
    w.lockReason = q.text(11);
    w.lockedAt = timeFromDb(q.value(12));
    w.createdAt = timeFromDb(q.value(13));
    return w;
}

const QString WorkspaceColumns =
    u"workspace_id, name, language, site, owner_guance_account_id, fee_center_account_id, "
    "settlement_method, settlement_account_id, settlement_instance_id, settlement_changed_at, "
    "status, lock_reason, locked_at, created_at"_s;

} // namespace

void WorkspaceRepository::insert(const Workspace &w)
{
    SqlQuery(m_db, u"INSERT INTO workspaces (workspace_id, name, language, site, "
                   "owner_guance_account_id, fee_center_account_id, settlement_method, "
                   "settlement_account_id, settlement_instance_id, settlement_changed_at, status, "
                   "lock_reason, locked_at, created_at) VALUES (:id, :name, :lang, :site, :owner, "
                   ":fc, :method, :sacc, :sinst, :schanged, :status, :reason, :locked, :created)"_s)
        .bind(u":id"_s, w.workspaceId)
        .bind(u":name"_s, w.name)
        .bind(u":lang"_s, toString(w.language))
        .bind(u":site"_s, w.site)
        .bind(u":owner"_s, idOrNull(w.ownerGuanceAccountId))
        .bind(u":fc"_s, idOrNull(w.feeCenterAccountId)) // 0 = none (schema 2)
        .bind(u":method"_s, toString(w.settlement))
        .bind(u":sacc"_s, w.settlementAccountId)
        .bind(u":sinst"_s, w.settlementInstanceId)
        .bind(u":schanged"_s, toDb(w.settlementChangedAt))
        .bind(u":status"_s, toString(w.status))
        .bind(u":reason"_s, w.lockReason)
        .bind(u":locked"_s, toDb(w.lockedAt))
        .bind(u":created"_s, toDb(w.createdAt))
        .exec();
}

std::optional<Workspace> WorkspaceRepository::find(const QString &workspaceId)
{
    SqlQuery q(m_db,
               u"SELECT "_s + WorkspaceColumns + u" FROM workspaces WHERE workspace_id = :id"_s);
    q.bind(u":id"_s, workspaceId).exec();
    if (q.next())
        return readWorkspace(q);
    return std::nullopt;
}

QList<Workspace> WorkspaceRepository::listByFeeCenter(qint64 feeCenterAccountId)
{
    SqlQuery q(m_db,
               u"SELECT "_s + WorkspaceColumns +
                   u" FROM workspaces WHERE fee_center_account_id = :f ORDER BY created_at"_s);
    q.bind(u":f"_s, feeCenterAccountId).exec();
    QList<Workspace> list;
    while (q.next())
        list << readWorkspace(q);
    return list;
}

bool WorkspaceRepository::nameTaken(qint64 feeCenterAccountId, const QString &name)
{
    SqlQuery q(m_db, u"SELECT 1 FROM workspaces WHERE fee_center_account_id = :f AND name = :n"_s);
    q.bind(u":f"_s, feeCenterAccountId).bind(u":n"_s, name).exec();
    return q.next();
}

bool WorkspaceRepository::nameTakenByOwner(qint64 ownerGuanceAccountId, const QString &name)
{
    SqlQuery q(m_db, u"SELECT 1 FROM workspaces WHERE fee_center_account_id IS NULL AND "
                     "owner_guance_account_id = :o AND name = :n"_s);
    q.bind(u":o"_s, ownerGuanceAccountId).bind(u":n"_s, name).exec();
    return q.next();
}

void WorkspaceRepository::setSettlement(const QString &workspaceId, SettlementMethod method,
                                        const QString &accountId, const QString &instanceId,
                                        const QDateTime &changedAt)
{
    SqlQuery(m_db, u"UPDATE workspaces SET settlement_method = :m, settlement_account_id = :a, "
                   "settlement_instance_id = :i, settlement_changed_at = :at "
                   "WHERE workspace_id = :id"_s)
        .bind(u":m"_s, toString(method))
        .bind(u":a"_s, accountId)
        .bind(u":i"_s, instanceId)
        .bind(u":at"_s, toDb(changedAt))
        .bind(u":id"_s, workspaceId)
        .exec();
}

QList<Workspace> WorkspaceRepository::listSettledBy(const QString &huaweiAccountId,
                                                    const QString &instanceId)
{
    SqlQuery q(m_db, u"SELECT "_s + WorkspaceColumns +
                         u" FROM workspaces WHERE settlement_method = 'huawei_cloud' AND "
                         "settlement_account_id = :a AND settlement_instance_id = :i "
                         "ORDER BY created_at"_s);
    q.bind(u":a"_s, huaweiAccountId).bind(u":i"_s, instanceId).exec();
    QList<Workspace> list;
    while (q.next())
        list << readWorkspace(q);
    return list;
}

QList<Workspace> WorkspaceRepository::activeSettledByHuaweiAccount(const QString &huaweiAccountId)
{
    // workspaces_settlement (settlement_account_id, ...) serves the account id.
    SqlQuery q(m_db, u"SELECT "_s + WorkspaceColumns +
                         u" FROM workspaces WHERE settlement_account_id = :a AND "
                         "settlement_method = 'huawei_cloud' AND status = 'active' "
                         "ORDER BY created_at, workspace_id"_s);
    q.bind(u":a"_s, huaweiAccountId).exec();
    QList<Workspace> list;
    while (q.next())
        list << readWorkspace(q);
    return list;
}

bool WorkspaceRepository::hasActiveSettledBy(const QString &huaweiAccountId)
{
    SqlQuery q(m_db, u"SELECT 1 FROM workspaces WHERE settlement_method = 'huawei_cloud' "
                     "AND settlement_account_id = :id AND status = 'active'"_s);
    q.bind(u":id"_s, huaweiAccountId).exec();
    return q.next();
}

bool WorkspaceRepository::hasWorkspaceOfLinkedFeeCenter(const QString &huaweiAccountId)
{
    SqlQuery q(m_db, u"SELECT 1 FROM workspaces w JOIN fee_center_huawei_links l ON "
                     "l.fee_center_account_id = w.fee_center_account_id WHERE "
                     "l.huawei_account_id = :id"_s);
    q.bind(u":id"_s, huaweiAccountId).exec();
    return q.next();
}

void WorkspaceRepository::lock(const QString &workspaceId, const QString &reason,
                               const QDateTime &at)
{
    SqlQuery(m_db, u"UPDATE workspaces SET status = 'locked', lock_reason = :r, locked_at = :at, "
                   "settlement_account_id = '', settlement_instance_id = '' "
                   "WHERE workspace_id = :id"_s)
        .bind(u":r"_s, reason)
        .bind(u":at"_s, toDb(at))
        .bind(u":id"_s, workspaceId)
        .exec();
}

void WorkspaceRepository::lockKeepingSettlement(const QString &workspaceId, const QString &reason,
                                                const QDateTime &at)
{
    SqlQuery(m_db, u"UPDATE workspaces SET status = 'locked', lock_reason = :r, locked_at = :at "
                   "WHERE workspace_id = :id"_s)
        .bind(u":r"_s, reason)
        .bind(u":at"_s, toDb(at))
        .bind(u":id"_s, workspaceId)
        .exec();
}

QList<Workspace> WorkspaceRepository::listByInstance(const QString &instanceId,
                                                     WorkspaceStatus status)
{
    // workspaces_settlement_instance (settlement_instance_id, workspace_id) serves it.
    SqlQuery q(m_db, u"SELECT "_s + WorkspaceColumns +
                         u" FROM workspaces WHERE settlement_instance_id = :i "
                         "AND settlement_method = 'huawei_cloud' AND "
                         "status = :s ORDER BY workspace_id"_s);
    q.bind(u":i"_s, instanceId).bind(u":s"_s, toString(status)).exec();
    QList<Workspace> list;
    while (q.next())
        list << readWorkspace(q);
    return list;
}

void WorkspaceRepository::unlock(const QString &workspaceId, const QDateTime &at)
{
    // R-SET-6: unlocking settles through the fee-center account.
    SqlQuery(m_db, u"UPDATE workspaces SET status = 'active', lock_reason = '', locked_at = NULL, "
                   "settlement_method = 'fee_center', settlement_account_id = '', "
                   "settlement_instance_id = '', settlement_changed_at = :at "
                   "WHERE workspace_id = :id"_s)
        .bind(u":at"_s, toDb(at))
        .bind(u":id"_s, workspaceId)
        .exec();
}

} // namespace oc::store
