#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// The Billing Center: W-SET (settlement through a Huawei Cloud account, R-SET-1..5,
// R-WS-4), W-SVC (recharge with stored-value cards bought on KooGallery, R-SVC-1..4) and
// W-CANCEL (closing the resource on KooGallery locks its workspaces, R-MKT-4, R-SET-5..7).
//
// Refusals (rule, field, reason {args}), in the order each call checks them:
//
// checkSettlementChange / changeSettlement
//   E-NOT-FOUND workspaceId  workspace          (unknown or dissolved)
//   R-SET-1     method       notHere            (Alibaba Cloud, AWS: not changeable here)
//   R-SET-1     method       noFeeCenterAccount (to fee-center settlement, a workspace
//                                                without a fee-center account)
//   R-ID-1 / E-REQUIRED accountId               (Huawei Cloud only, validate::huaweiAccountId)
//   R-ID-3 / E-REQUIRED instanceId              (validate::instanceId)
//   E-NOT-FOUND accountId    huaweiAccount
//   E-NOT-FOUND instanceId   instance
//   R-SET-2     instanceId   instanceOfOtherAccount
//   R-SET-2     instanceId   notSaas
//   R-SET-2     instanceId   notActive {status}
//   R-SET-5     workspaceId  locked             (unlock first, R-SET-6)
//   R-SET-4     workspaceId  otherCloud         (bound to another cloud account: release
//                                                it first by changing to fee-center)
//   R-SET-2     instanceId   unchanged          (already settled through that instance)
//   R-SET-1     method       unchanged          (already settled through the fee center)
//   R-SET-3     workspaceId  monthly {nextChange: "yyyy-MM-dd", UTC+8}
//
// rechargeStoredValueCards
//   E-NOT-FOUND feeCenterAccountId feeCenterAccount
//   R-ID-1 / E-REQUIRED huaweiAccountId
//   R-ID-2 / E-REQUIRED orderId
//   E-NOT-FOUND orderId order
//   R-SVC-1     orderId wrongProduct
//   R-SVC-1     orderId otherAccount
//   R-SVC-1     orderId notPaid
//   R-SVC-2     orderId redeemed {username: the fee-center account that redeemed it}
//
// feeCenterOverview
//   E-NOT-FOUND feeCenterAccountId feeCenterAccount
//
// closeResourcePreview / closeResource
//   R-ID-3 / E-REQUIRED instanceId
//   E-NOT-FOUND instanceId instance
//   R-MKT-4     instanceId alreadyClosed        (closeResource only)
//
// unlockWorkspace
//   E-NOT-FOUND workspaceId workspace
//   R-SET-6     workspaceId notLocked
//   R-SET-6     workspaceId instanceFrozen     (locked by a frozen instance, until KooGallery
//                                               unfreezes it)
class BillingService
{
public:
    explicit BillingService(Session &session)
        : m_session(session)
    {}

    // W-SET's live check: every check of changeSettlement, reading only.
    Status checkSettlementChange(const SettlementChangeRequest &request);
    // One transaction: the workspace's new settlement (changed now, R-SET-3), journaled
    // against the workspace and the Huawei account concerned.
    Result<Workspace> changeSettlement(const SettlementChangeRequest &request);

    // One transaction: the redemption (R-SVC-2), one available card per unit (R-SVC-3)
    // bound to the fee-center account (R-SVC-4), the journal and a "recharge" email.
    Result<QList<StoredValueCard>> rechargeStoredValueCards(const RechargeRequest &request);
    Result<FeeCenterOverview> feeCenterOverview(qint64 feeCenterAccountId);

    // R-SET-5: the active workspaces settled through the instance's Huawei account.
    Result<QList<Workspace>> closeResourcePreview(const QString &instanceId);
    // One transaction: the instance closed (R-MKT-4) and the preview's workspaces locked
    // (R-SET-5), each with a "workspaceLocked" email to its fee-center account.
    Result<CloseResourceResult> closeResource(const QString &instanceId);
    // R-SET-6: active again, settled through the fee-center account; "workspaceUnlocked".
    Result<Workspace> unlockWorkspace(const QString &workspaceId);

    // R-SET-7: whole or partial days left of a locked workspace's 14 days of retention
    // (0 = due for wiping). For display; unlocking stays possible afterwards.
    static int retentionDaysLeft(const QDateTime &lockedAt, const QDateTime &now);

    // The lock reason of R-SET-5.
    static QString instanceClosedReason()
    {
        return QString::fromLatin1(Catalogue::InstanceClosedLockReason);
    }

private:
    struct SettlementTarget;
    Result<SettlementTarget> settlementTarget(const SettlementChangeRequest &request);
    Result<Instance> existingInstance(const QString &instanceId);

    Session &m_session;
};

} // namespace oc
