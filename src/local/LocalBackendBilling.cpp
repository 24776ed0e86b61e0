// Billing Center (W-SET, W-SVC, W-CANCEL) on the local backend: BillingService on the
// worker threads. Changes run on the command worker, one transaction each; the live check
// and the reads run on the query worker, so they answer while a change commits.
#include "services/BillingService.h"
#include "local/LocalBackend.h"

namespace oc {

namespace {

QString v(const char *view)
{
    return QString::fromLatin1(view);
}

} // namespace

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
        {v("workspaces"), v("feeCenterAccounts"), v("journal")});
}

QFuture<Result<QList<StoredValueCard>>>
LocalBackend::rechargeStoredValueCards(const RechargeRequest &request)
{
    return command<QList<StoredValueCard>>(
        [request](Session &session) {
            return BillingService(session).rechargeStoredValueCards(request);
        },
        {v("storedValueCards"), v("feeCenterAccounts"), v("orders"), v("outbox"), v("journal")});
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
        {v("instances"), v("orders"), v("bindings"), v("workspaces"), v("feeCenterAccounts"),
         v("outbox"), v("journal")});
}

QFuture<Result<Workspace>> LocalBackend::unlockWorkspace(const QString &workspaceId)
{
    return command<Workspace>(
        [workspaceId](Session &session) {
            return BillingService(session).unlockWorkspace(workspaceId);
        },
        {v("workspaces"), v("feeCenterAccounts"), v("outbox"), v("journal")});
}

} // namespace oc
