// Billing Center (W-SET, W-SVC, W-CANCEL): NOT IMPLEMENTED YET. Every call here is refused with
// E-NOT-IMPLEMENTED so that the contract (Backend.h) builds and links while the services are
// written on their own branch; that branch replaces this whole file. Nothing here is called done.
#include "LocalBackend.h"

namespace oc {

namespace {
Error notImplemented()
{
    return makeError(QStringLiteral("E-NOT-IMPLEMENTED"));
}
} // namespace

#define OC_NOT_IMPLEMENTED(T) command<T>([](Session &) -> Result<T> { return notImplemented(); })

QFuture<Status> LocalBackend::checkSettlementChange(const SettlementChangeRequest &)
{
    return OC_NOT_IMPLEMENTED(Done);
}

QFuture<Result<Workspace>> LocalBackend::changeSettlement(const SettlementChangeRequest &)
{
    return OC_NOT_IMPLEMENTED(Workspace);
}

QFuture<Result<QList<StoredValueCard>>>
LocalBackend::rechargeStoredValueCards(const RechargeRequest &)
{
    return OC_NOT_IMPLEMENTED(QList<StoredValueCard>);
}

QFuture<Result<FeeCenterOverview>> LocalBackend::feeCenterOverview(qint64)
{
    return OC_NOT_IMPLEMENTED(FeeCenterOverview);
}

QFuture<Result<QList<Workspace>>> LocalBackend::closeResourcePreview(const QString &)
{
    return OC_NOT_IMPLEMENTED(QList<Workspace>);
}

QFuture<Result<CloseResourceResult>> LocalBackend::closeResource(const QString &)
{
    return OC_NOT_IMPLEMENTED(CloseResourceResult);
}

QFuture<Result<Workspace>> LocalBackend::unlockWorkspace(const QString &)
{
    return OC_NOT_IMPLEMENTED(Workspace);
}

#undef OC_NOT_IMPLEMENTED

} // namespace oc
