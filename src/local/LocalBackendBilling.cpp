// Billing Center (W-SET, W-SVC, W-CANCEL) on the local backend: BillingService on the
// worker threads. Changes run on the command worker, one transaction each; the live check
// and the reads run on the query worker, so they answer while a change commits.
#include "local/LocalBackend.h"
#include "services/BillingService.h"
#include "services/ChangedViews.h"

namespace oc {

QFuture<Status> LocalBackend::checkSettlementChange(const SettlementChangeRequest &request)
{
    return query<Done>([request](Session &session) {
        return BillingService(session).checkSettlementChange(request);
    });
}

QFuture<Result<Workspace>> LocalBackend::changeSettlement(const SettlementChangeRequest &request)
{
    return command<Workspace>(operation::ChangeSettlement, [request](Session &session) {
        return BillingService(session).changeSettlement(request);
    });
}

QFuture<Result<QList<StoredValueCard>>>
LocalBackend::rechargeStoredValueCards(const RechargeRequest &request)
{
    return command<QList<StoredValueCard>>(
        operation::RechargeStoredValueCards, [request](Session &session) {
            return BillingService(session).rechargeStoredValueCards(request);
        });
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
    return command<CloseResourceResult>(operation::CloseResource, [instanceId](Session &session) {
        return BillingService(session).closeResource(instanceId);
    });
}

QFuture<Result<Workspace>> LocalBackend::unlockWorkspace(const QString &workspaceId)
{
    return command<Workspace>(operation::UnlockWorkspace, [workspaceId](Session &session) {
        return BillingService(session).unlockWorkspace(workspaceId);
    });
}

} // namespace oc
