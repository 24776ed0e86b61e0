// Billing Center (W-SET, W-SVC, W-CANCEL) on the local backend: BillingService on the
// worker threads. Changes run on the command worker, one transaction each; the live check
// and the reads run on the query worker, so they answer while a change commits.
#include "core/ListNames.h"
#include "local/LocalBackend.h"
#include "services/BillingService.h"

namespace oc {

QFuture<Status> LocalBackend::checkSettlementChange(const SettlementChangeRequest &request)
{
    return query<Done>([request](Session &session) {
        return BillingService(session).checkSettlementChange(request);
    });
}

QFuture<Result<Workspace>> LocalBackend::changeSettlement(const SettlementChangeRequest &request)
{
    return command<Workspace>(
        [request](Session &session) { return BillingService(session).changeSettlement(request); },
        {view::Workspaces, view::FeeCenterAccounts, view::Journal});
}

QFuture<Result<QList<StoredValueCard>>>
LocalBackend::rechargeStoredValueCards(const RechargeRequest &request)
{
    return command<QList<StoredValueCard>>(
        [request](Session &session) {
            return BillingService(session).rechargeStoredValueCards(request);
        },
        {view::StoredValueCards, view::FeeCenterAccounts, view::Orders, view::Outbox,
         view::Journal});
}

QFuture<Result<FeeCenterOverview>> LocalBackend::feeCenterOverview(qint64 feeCenterAccountId)
{
    return query<FeeCenterOverview>([feeCenterAccountId](Session &session) {
        return BillingService(session).feeCenterOverview(feeCenterAccountId);
    });
}

QFuture<Result<QList<Workspace>>> LocalBackend::closeResourcePreview(const QString &instanceId)
{
    return query<QList<Workspace>>([instanceId](Session &session) {
        return BillingService(session).closeResourcePreview(instanceId);
    });
}

QFuture<Result<CloseResourceResult>> LocalBackend::closeResource(const QString &instanceId)
{
    return command<CloseResourceResult>(
        [instanceId](Session &session) {
            return BillingService(session).closeResource(instanceId);
        },
        {view::Instances, view::Orders, view::Bindings, view::Workspaces, view::FeeCenterAccounts,
         view::Outbox, view::Journal});
}

QFuture<Result<Workspace>> LocalBackend::unlockWorkspace(const QString &workspaceId)
{
    return command<Workspace>(
        [workspaceId](Session &session) {
            return BillingService(session).unlockWorkspace(workspaceId);
        },
        {view::Workspaces, view::FeeCenterAccounts, view::Outbox, view::Journal});
}

} // namespace oc
