// Unified login and workspace binding (W-LOGIN): the LocalBackend calls of LoginService, each
// on the command worker (every one of them writes, if only the journal of a refused login).
#include "core/ListNames.h"
#include "local/LocalBackend.h"
#include "services/LoginService.h"

namespace oc {

QFuture<Result<LoginSession>> LocalBackend::unifiedLogin(const LoginRequest &request)
{
    return command<LoginSession>(
        [request](Session &session) { return LoginService(session).unifiedLogin(request); },
        {view::Journal});
}

QFuture<Status> LocalBackend::changeInitialPassword(qint64 memberId, const QString &currentPassword,
                                                    const QString &newPassword)
{
    return command<Done>(
        [memberId, currentPassword, newPassword](Session &session) {
            return LoginService(session).changeInitialPassword(memberId, currentPassword,
                                                               newPassword);
        },
        {view::Members, view::Outbox, view::Journal});
}

QFuture<Result<FeeCenterCodeSent>> LocalBackend::sendFeeCenterCode(const QString &username)
{
    return command<FeeCenterCodeSent>(
        [username](Session &session) { return LoginService(session).sendFeeCenterCode(username); },
        {view::Outbox, view::Journal});
}

QFuture<Result<FeeCenterBinding>>
LocalBackend::verifyFeeCenter(const FeeCenterVerification &request)
{
    return command<FeeCenterBinding>(
        [request](Session &session) { return LoginService(session).verifyFeeCenter(request); },
        {view::Journal});
}

QFuture<Status> LocalBackend::confirmEnterprise(const EnterpriseConfirmation &confirmation)
{
    return command<Done>(
        [confirmation](Session &session) {
            return LoginService(session).confirmEnterprise(confirmation);
        },
        {view::FeeCenterAccounts, view::Journal});
}

QFuture<Result<Workspace>> LocalBackend::bindWorkspace(const BindWorkspaceRequest &request)
{
    return command<Workspace>(
        [request](Session &session) { return LoginService(session).bindWorkspace(request); },
        {view::Workspaces, view::FeeCenterAccounts, view::Journal});
}

QFuture<Result<Workspace>> LocalBackend::createWorkspace(const CreateWorkspaceRequest &request)
{
    return command<Workspace>(
        [request](Session &session) { return LoginService(session).createWorkspace(request); },
        {view::Workspaces, view::FeeCenterAccounts, view::Journal, view::Outbox});
}

QFuture<Result<ActivationSummary>> LocalBackend::finishActivation(qint64 memberId,
                                                                  qint64 feeCenterAccountId)
{
    return command<ActivationSummary>(
        [memberId, feeCenterAccountId](Session &session) {
            return LoginService(session).finishActivation(memberId, feeCenterAccountId);
        },
        {view::FeeCenterAccounts, view::Journal});
}

} // namespace oc
