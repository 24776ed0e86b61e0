// Unified login and workspace binding (W-LOGIN): NOT IMPLEMENTED YET. Every call here is refused
// with E-NOT-IMPLEMENTED so that the contract (Backend.h) builds and links while the services are
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

QFuture<Result<LoginSession>> LocalBackend::unifiedLogin(const LoginRequest &)
{
    return OC_NOT_IMPLEMENTED(LoginSession);
}

QFuture<Status> LocalBackend::changeInitialPassword(qint64, const QString &, const QString &)
{
    return OC_NOT_IMPLEMENTED(Done);
}

QFuture<Result<FeeCenterCodeSent>> LocalBackend::sendFeeCenterCode(const QString &)
{
    return OC_NOT_IMPLEMENTED(FeeCenterCodeSent);
}

QFuture<Result<FeeCenterBinding>> LocalBackend::verifyFeeCenter(const FeeCenterVerification &)
{
    return OC_NOT_IMPLEMENTED(FeeCenterBinding);
}

QFuture<Status> LocalBackend::confirmEnterprise(const EnterpriseConfirmation &)
{
    return OC_NOT_IMPLEMENTED(Done);
}

QFuture<Result<Workspace>> LocalBackend::bindWorkspace(const BindWorkspaceRequest &)
{
    return OC_NOT_IMPLEMENTED(Workspace);
}

QFuture<Result<Workspace>> LocalBackend::createWorkspace(const CreateWorkspaceRequest &)
{
    return OC_NOT_IMPLEMENTED(Workspace);
}

QFuture<Result<ActivationSummary>> LocalBackend::finishActivation(qint64, qint64)
{
    return OC_NOT_IMPLEMENTED(ActivationSummary);
}

#undef OC_NOT_IMPLEMENTED

} // namespace oc
