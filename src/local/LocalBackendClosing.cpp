// Closing Huawei Cloud services (my-account.md §5.11): the LocalBackend calls of
// ClosingService, the changes on the command worker, the checks of D-DISABLE a query.
#include "local/LocalBackend.h"
#include "services/ChangedViews.h"
#include "services/ClosingService.h"

namespace oc {

QFuture<Result<ClosingCheck>> LocalBackend::startClosing(const CloseServicesRequest &request)
{
    return command<ClosingCheck>(operation::StartClosing, [request](Session &session) {
        return ClosingService(session).startClosing(request);
    });
}

QFuture<Result<ServicesClosing>> LocalBackend::closeServices(const QString &accountId,
                                                             qint64 checkId)
{
    return command<ServicesClosing>(operation::CloseServices, [accountId, checkId](Session &s) {
        return ClosingService(s).closeServices(accountId, checkId);
    });
}

QFuture<Result<ClosingCheck>> LocalBackend::closingCheck(const QString &accountId)
{
    return query<ClosingCheck>(
        [accountId](Session &session) { return ClosingService(session).closingCheck(accountId); });
}

QFuture<Result<HuaweiAccount>> LocalBackend::restoreServices(const QString &accountId)
{
    return command<HuaweiAccount>(operation::RestoreServices, [accountId](Session &session) {
        return ClosingService(session).restoreServices(accountId);
    });
}

QFuture<Result<ServicesClosing>>
LocalBackend::disableServices(const DisableServicesRequest &request)
{
    return command<ServicesClosing>(operation::DisableServices, [request](Session &session) {
        return ClosingService(session).disableServices(request);
    });
}

QFuture<Result<HuaweiAccount>>
LocalBackend::terminateClosing(const TerminateClosingRequest &request)
{
    return command<HuaweiAccount>(operation::TerminateClosing, [request](Session &session) {
        return ClosingService(session).terminateClosing(request);
    });
}

} // namespace oc
