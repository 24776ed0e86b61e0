// Unified login and workspace binding (W-LOGIN): the LocalBackend calls of LoginService, each
// on the command worker (every one of them writes, if only the journal of a refused login).
#include "local/LocalBackend.h"
#include "services/ChangedViews.h"
#include "services/LoginService.h"

namespace oc {

QFuture<Result<LoginSession>> LocalBackend::unifiedLogin(const LoginRequest &request)
{
    return command<LoginSession>(operation::UnifiedLogin, [request](Session &session) {
        return LoginService(session).unifiedLogin(request);
    });
}

QFuture<Status> LocalBackend::changeInitialPassword(qint64 memberId, const QString &currentPassword,
                                                    const QString &newPassword)
{
    return command<Done>(operation::ChangeInitialPassword, [memberId, currentPassword,
                                                            newPassword](Session &session) {
        return LoginService(session).changeInitialPassword(memberId, currentPassword, newPassword);
    });
}

QFuture<Result<FeeCenterCodeSent>> LocalBackend::sendFeeCenterCode(const QString &username)
{
    return command<FeeCenterCodeSent>(operation::SendFeeCenterCode, [username](Session &session) {
        return LoginService(session).sendFeeCenterCode(username);
    });
}

QFuture<Result<FeeCenterBinding>>
LocalBackend::verifyFeeCenter(const FeeCenterVerification &request)
{
    return command<FeeCenterBinding>(operation::VerifyFeeCenter, [request](Session &session) {
        return LoginService(session).verifyFeeCenter(request);
    });
}

QFuture<Status> LocalBackend::confirmEnterprise(const EnterpriseConfirmation &confirmation)
{
    return command<Done>(operation::ConfirmEnterprise, [confirmation](Session &session) {
        return LoginService(session).confirmEnterprise(confirmation);
    });
}

QFuture<Result<Workspace>> LocalBackend::bindWorkspace(const BindWorkspaceRequest &request)
{
    return command<Workspace>(operation::BindWorkspace, [request](Session &session) {
        return LoginService(session).bindWorkspace(request);
    });
}

QFuture<Result<Workspace>> LocalBackend::createWorkspace(const CreateWorkspaceRequest &request)
{
    return command<Workspace>(operation::CreateWorkspace, [request](Session &session) {
        return LoginService(session).createWorkspace(request);
    });
}

QFuture<Result<ActivationSummary>> LocalBackend::finishActivation(qint64 memberId,
                                                                  qint64 feeCenterAccountId)
{
    return command<ActivationSummary>(
        operation::FinishActivation, [memberId, feeCenterAccountId](Session &session) {
            return LoginService(session).finishActivation(memberId, feeCenterAccountId);
        });
}

} // namespace oc
