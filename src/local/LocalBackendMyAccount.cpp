// My Account, part 2 (my-account.md §5.1-§5.10): the LocalBackend calls of MyAccountService,
// each on the command worker (every one writes, if only the journal of a refusal).
#include "local/LocalBackend.h"
#include "services/ChangedViews.h"
#include "services/MyAccountService.h"

namespace oc {

QFuture<Status> LocalBackend::changePassword(const PasswordChangeRequest &request)
{
    return command<Done>(operation::ChangePassword, [request](Session &session) {
        return MyAccountService(session).changePassword(request);
    });
}

QFuture<Status> LocalBackend::resetPassword(const PasswordResetRequest &request)
{
    return command<Done>(operation::ResetPassword, [request](Session &session) {
        return MyAccountService(session).resetPassword(request);
    });
}

QFuture<Result<HuaweiAccount>> LocalBackend::changeLoginId(const LoginIdChangeRequest &request)
{
    return command<HuaweiAccount>(operation::ChangeLoginId, [request](Session &session) {
        return MyAccountService(session).changeLoginId(request);
    });
}

QFuture<Result<HuaweiAccount>>
LocalBackend::changeTenantName(const TenantNameChangeRequest &request)
{
    return command<HuaweiAccount>(operation::ChangeTenantName, [request](Session &session) {
        return MyAccountService(session).changeTenantName(request);
    });
}

QFuture<Result<HuaweiAccount>>
LocalBackend::completeInformation(const CompleteInformationRequest &request)
{
    return command<HuaweiAccount>(operation::CompleteInformation, [request](Session &session) {
        return MyAccountService(session).completeInformation(request);
    });
}

QFuture<Result<HuaweiAccount>> LocalBackend::editInformation(const EditInformationRequest &request)
{
    return command<HuaweiAccount>(operation::EditInformation, [request](Session &session) {
        return MyAccountService(session).editInformation(request);
    });
}

QFuture<Result<HuaweiAccount>>
LocalBackend::changeServiceContact(const ServiceContactChangeRequest &request)
{
    return command<HuaweiAccount>(operation::ChangeServiceContact, [request](Session &session) {
        return MyAccountService(session).changeServiceContact(request);
    });
}

QFuture<Result<HuaweiAccount>> LocalBackend::savePreferences(const PreferencesRequest &request)
{
    return command<HuaweiAccount>(operation::SavePreferences, [request](Session &session) {
        return MyAccountService(session).savePreferences(request);
    });
}

QFuture<Result<MessageRecipient>> LocalBackend::saveRecipient(const RecipientInput &recipient)
{
    return command<MessageRecipient>(operation::SaveRecipient, [recipient](Session &session) {
        return MyAccountService(session).saveRecipient(recipient);
    });
}

QFuture<Status> LocalBackend::deleteRecipient(qint64 recipientId)
{
    return command<Done>(operation::DeleteRecipient, [recipientId](Session &session) {
        return MyAccountService(session).deleteRecipient(recipientId);
    });
}

} // namespace oc
