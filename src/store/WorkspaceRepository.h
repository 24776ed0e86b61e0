#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

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
    // R-SET-5: the active workspaces settled through `huaweiAccountId`, whichever of the
    // account's instances they name.
    QList<Workspace> activeSettledByHuaweiAccount(const QString &huaweiAccountId);
    // Whether a workspace is active and settled through `huaweiAccountId`.
    bool hasActiveSettledBy(const QString &huaweiAccountId);
    // Whether the fee-center account linked to `huaweiAccountId` (R-FC-2) has a workspace.
    bool hasWorkspaceOfLinkedFeeCenter(const QString &huaweiAccountId);
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

} // namespace oc::store
