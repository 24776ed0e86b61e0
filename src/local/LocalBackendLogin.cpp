// Unified login and workspace binding (W-LOGIN): the LocalBackend calls of LoginService, each
// on the command worker (every one of them writes, if only the journal of a refused login).
#include "local/LocalBackend.h"
#include "services/LoginService.h"

namespace oc {

namespace {

QStringList views(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

} // namespace

QFuture<Result<LoginSession>> LocalBackend::unifiedLogin(const LoginRequest &request)
{
    return command<LoginSession>(
        [request](Session &session) { return LoginService(session).unifiedLogin(request); },
        views({"journal"}));
}

QFuture<Status> LocalBackend::changeInitialPassword(qint64 memberId, const QString &currentPassword,
                                                    const QString &newPassword)
{
    return command<Done>(
        [memberId, currentPassword, newPassword](Session &session) {
            return LoginService(session).changeInitialPassword(memberId, currentPassword,
                                                               newPassword);
        },
        views({"members", "outbox", "journal"}));
}

QFuture<Result<FeeCenterCodeSent>> LocalBackend::sendFeeCenterCode(const QString &username)
{
    return command<FeeCenterCodeSent>(
        [username](Session &session) { return LoginService(session).sendFeeCenterCode(username); },
        views({"outbox", "journal"}));
}

QFuture<Result<FeeCenterBinding>>
LocalBackend::verifyFeeCenter(const FeeCenterVerification &request)
{
    return command<FeeCenterBinding>(
        [request](Session &session) { return LoginService(session).verifyFeeCenter(request); },
        views({"journal"}));
}

QFuture<Status> LocalBackend::confirmEnterprise(const EnterpriseConfirmation &confirmation)
{
    return command<Done>(
        [confirmation](Session &session) {
            return LoginService(session).confirmEnterprise(confirmation);
        },
        views({"feeCenterAccounts", "journal"}));
}

QFuture<Result<Workspace>> LocalBackend::bindWorkspace(const BindWorkspaceRequest &request)
{
    return command<Workspace>(
        [request](Session &session) { return LoginService(session).bindWorkspace(request); },
        views({"workspaces", "feeCenterAccounts", "journal"}));
}

QFuture<Result<Workspace>> LocalBackend::createWorkspace(const CreateWorkspaceRequest &request)
{
    return command<Workspace>(
        [request](Session &session) { return LoginService(session).createWorkspace(request); },
        views({"workspaces", "feeCenterAccounts", "journal", "outbox"}));
}

QFuture<Result<ActivationSummary>> LocalBackend::finishActivation(qint64 memberId,
                                                                  qint64 feeCenterAccountId)
{
    return command<ActivationSummary>(
        [memberId, feeCenterAccountId](Session &session) {
            return LoginService(session).finishActivation(memberId, feeCenterAccountId);
        },
        views({"feeCenterAccounts", "journal"}));
}

} // namespace oc
