#include "Routes.h"

#include <QSet>
#include <QUrl>

#include <array>

namespace oc::api {

namespace {

namespace op = operation;
using M = Method;

constexpr auto Table = std::to_array<Route>({
    {op::Open, M::Get, "/v1/version", false},
    {op::Changes, M::Get, "/v1/changes", false},
    // reading
    {op::List, M::Post, "/v1/lists/{view}/page", false},
    {op::ExportCsv, M::Post, "/v1/lists/{view}/export", false},
    {op::HuaweiAccount, M::Get, "/v1/huawei-accounts/{accountId}", false},
    {op::OnboardingProgress, M::Get, "/v1/huawei-accounts/{accountId}/progress", false},
    // clock and demo
    {op::Clock, M::Get, "/v1/clock", false},
    {op::AdvanceClock, M::Post, "/v1/clock/advance", true},
    {op::ResetDemo, M::Post, "/v1/demo/reset", true},
    // verification codes (checking one counts a wrong attempt: a change)
    {op::SendCode, M::Post, "/v1/codes", true},
    {op::CheckCode, M::Post, "/v1/codes/check", true},
    // HUAWEI ID sign-up (W-SIGNUP)
    {op::SignUp, M::Post, "/v1/huawei-accounts", true},
    {op::BindPhone, M::Post, "/v1/huawei-accounts/{accountId}/phones", true},
    {op::EnableServices, M::Post, "/v1/huawei-accounts/{accountId}/services", true},
    {op::BindCard, M::Post, "/v1/huawei-accounts/{accountId}/cards", true},
    // real-name authentication and its review
    {op::SubmitAuthentication, M::Post, "/v1/authentications", true},
    {op::Authentication, M::Get, "/v1/authentications/{authenticationId}", false},
    {op::ReviewAuthentication, M::Post, "/v1/authentications/{authenticationId}/review", true},
    {op::SubmitReauthentication, M::Post, "/v1/reauthentications", true},
    // the simulated conditions (D-CONDITIONS)
    {op::AccountConditions, M::Get, "/v1/huawei-accounts/{accountId}/conditions", false},
    {op::SetAccountConditions, M::Put, "/v1/huawei-accounts/{accountId}/conditions", true},
    // My Account: account information, preferences, message recipients (a refused password
    // or code is journaled and counted: a change)
    {op::ChangePassword, M::Post, "/v1/huawei-accounts/{accountId}/password", true},
    {op::ResetPassword, M::Post, "/v1/huawei-accounts/{accountId}/password-reset", true},
    {op::ChangeLoginId, M::Post, "/v1/huawei-accounts/{accountId}/login-id", true},
    {op::ChangeTenantName, M::Post, "/v1/huawei-accounts/{accountId}/tenant-name", true},
    {op::CompleteInformation, M::Post, "/v1/huawei-accounts/{accountId}/complete-information",
     true},
    {op::EditInformation, M::Put, "/v1/huawei-accounts/{accountId}/information", true},
    {op::ChangeServiceContact, M::Post, "/v1/huawei-accounts/{accountId}/service-contact", true},
    {op::SavePreferences, M::Put, "/v1/huawei-accounts/{accountId}/preferences", true},
    {op::SaveRecipient, M::Post, "/v1/recipients", true},
    {op::DeleteRecipient, M::Delete, "/v1/recipients/{recipientId}", true},
    // Closing Huawei Cloud services (W-CLOSE, D-DISABLE, D-RESTORE; a refused code is
    // journaled and counted: a change; the checks of D-DISABLE are only read)
    {op::StartClosing, M::Post, "/v1/huawei-accounts/{accountId}/closing-checks", true},
    {op::CloseServices, M::Post, "/v1/huawei-accounts/{accountId}/closing-checks/{checkId}/close",
     true},
    {op::ClosingCheck, M::Get, "/v1/huawei-accounts/{accountId}/closing-check", false},
    {op::RestoreServices, M::Post, "/v1/huawei-accounts/{accountId}/services-restore", true},
    {op::DisableServices, M::Post, "/v1/huawei-accounts/{accountId}/services-disable", true},
    {op::TerminateClosing, M::Post, "/v1/huawei-accounts/{accountId}/closing-termination", true},
    // Partners (W-PARTNER-ASSOC, My Partner, D-PARTNER-DISASSOC, D-PARTNER-PROCESS; a refused
    // login or code is journaled and counted: a change; the check is only read)
    {op::CreatePartnerInvitation, M::Post, "/v1/partner-invitations", true},
    {op::PartnerInvitation, M::Get, "/v1/partner-invitations/{token}", false},
    {op::AssociatePartner, M::Post, "/v1/partner-associations", true},
    {op::SetPartnerBudget, M::Put, "/v1/huawei-accounts/{accountId}/partner/budget", true},
    {op::PartnerDisassociationCheck, M::Get,
     "/v1/huawei-accounts/{accountId}/partner/disassociation-check", false},
    {op::RequestPartnerDisassociation, M::Post,
     "/v1/huawei-accounts/{accountId}/partner/disassociation-requests", true},
    {op::PartnerRequestDisassociation, M::Post,
     "/v1/huawei-accounts/{accountId}/partner/partner-disassociation-requests", true},
    {op::ProcessPartnerDisassociation, M::Post,
     "/v1/huawei-accounts/{accountId}/partner/disassociation-answer", true},
    // Enterprise master accounts (D-MASTER-REQUEST, My Master Account)
    {op::InviteMember, M::Post, "/v1/master-invitations", true},
    {op::RequestMemberCancellation, M::Post,
     "/v1/huawei-accounts/{masterAccountId}/members/{memberAccountId}/cancellation", true},
    {op::AnswerMasterRequest, M::Post, "/v1/huawei-accounts/{memberAccountId}/master-answer", true},
    // Sign in to Huawei Cloud (D-LOGIN; a refused login is journaled and counted: a change)
    {op::CheckHuaweiLogin, M::Post, "/v1/huawei-logins/check", true},
    {op::HuaweiLogin, M::Post, "/v1/huawei-logins", true},
    {op::CreateWebsiteAccount, M::Post, "/v1/website-accounts", true},
    {op::WebsiteLogin, M::Post, "/v1/website-logins", true},
    {op::BindWebsiteAccount, M::Post, "/v1/website-accounts/{name}/binding", true},
    // marketplace
    {op::Purchase, M::Post, "/v1/orders", true},
    // Commercial Plan registration
    {op::CheckUsername, M::Get, "/v1/checks/username", false},
    {op::CheckGuanceEmail, M::Get, "/v1/checks/guance-email", false},
    {op::CheckHuaweiActivation, M::Get, "/v1/checks/huawei-activation/{accountId}", false},
    {op::RegisterCommercialPlan, M::Post, "/v1/registrations", true},
    // Joint Operations
    {op::CheckAbbreviation, M::Get, "/v1/checks/abbreviation", false},
    {op::CreateOrganization, M::Post, "/v1/organizations", true},
    {op::Organization, M::Get, "/v1/organizations/{organizationId}", false},
    {op::AddDepartment, M::Post, "/v1/organizations/{organizationId}/departments", true},
    {op::OwnerPrefill, M::Get, "/v1/organizations/{organizationId}/owner-prefill", false},
    {op::SaveMember, M::Post, "/v1/members", true},
    {op::RemoveMember, M::Delete, "/v1/members/{memberId}", true},
    {op::BindableOrders, M::Get, "/v1/huawei-accounts/{ownerAccountId}/bindable-orders", false},
    {op::BindOrder, M::Post, "/v1/bindings", true},
    {op::AuthorizeMembers, M::Post, "/v1/authorizations", true},
    // unified login and workspace binding (a refused login is journaled: a change)
    {op::UnifiedLogin, M::Post, "/v1/logins", true},
    {op::ChangeInitialPassword, M::Post, "/v1/members/{memberId}/password", true},
    {op::SendFeeCenterCode, M::Post, "/v1/fee-center-codes", true},
    {op::VerifyFeeCenter, M::Post, "/v1/fee-center-verifications", true},
    {op::ConfirmEnterprise, M::Post, "/v1/enterprise-confirmations", true},
    {op::BindWorkspace, M::Post, "/v1/workspace-bindings", true},
    {op::CreateWorkspace, M::Post, "/v1/workspaces", true},
    {op::FinishActivation, M::Post, "/v1/activations", true},
    // Billing Center
    {op::CheckSettlementChange, M::Post, "/v1/settlement-changes/check", false},
    {op::ChangeSettlement, M::Post, "/v1/settlement-changes", true},
    {op::RechargeStoredValueCards, M::Post, "/v1/recharges", true},
    {op::FeeCenterOverview, M::Get, "/v1/fee-center-accounts/{feeCenterAccountId}/overview", false},
    {op::CloseResourcePreview, M::Get, "/v1/instances/{instanceId}/close-preview", false},
    {op::CloseResource, M::Post, "/v1/instances/{instanceId}/close", true},
    {op::UnlockWorkspace, M::Post, "/v1/workspaces/{workspaceId}/unlock", true},
    // wizard drafts
    {op::SaveDraft, M::Put, "/v1/drafts/{wizard}/{key}", true},
    {op::LoadDraft, M::Get, "/v1/drafts/{wizard}/{key}", false},
    {op::DeleteDraft, M::Delete, "/v1/drafts/{wizard}/{key}", true},
});

QList<QByteArray> segmentsOf(const QByteArray &path)
{
    QList<QByteArray> segments = path.split('/');
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst(); // the leading "/"
    return segments;
}

bool isParameter(const QByteArray &segment)
{
    return segment.startsWith('{') && segment.endsWith('}');
}

// Form and input reasons are 422 (the request can be fixed by the one who sent it); every
// other refusal of a rule is about the state of the store: 409.
const QSet<QString> &inputReasons()
{
    static const QSet<QString> reasons = {
        QStringLiteral("format"),
        QStringLiteral("length"),
        QStringLiteral("tooShort"),
        QStringLiteral("tooLong"),
        QStringLiteral("required"),
        QStringLiteral("whitespace"),
        QStringLiteral("classes"),
        QStringLiteral("lettersAndDigits"),
        QStringLiteral("forbiddenCharacter"),
        QStringLiteral("termsNotAccepted"),
        QStringLiteral("range"),
        QStringLiteral("quantity"),
        QStringLiteral("mismatch"),
        QStringLiteral("empty"),
        QStringLiteral("checkDigit"), // a card number mistyped (R-ACC-18)
        // a material of real-name authentication (core/Materials.h): its size and type
        QStringLiteral("tooLarge"),
        QStringLiteral("word"),
        QStringLiteral("type"),
        QStringLiteral("extension"),
        // a value not on the list the form offers (my-account.md Decisions; R-ACC-11..15)
        QStringLiteral("notListed"),
    };
    return reasons;
}

} // namespace

std::span<const Route> routes()
{
    return Table;
}

const Route *route(const char *operation)
{
    for (const Route &r : Table)
        if (qstrcmp(r.operation, operation) == 0)
            return &r;
    return nullptr;
}

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    }
    return {};
}

std::optional<Method> methodOf(const QByteArray &name)
{
    for (const Method m : {Method::Get, Method::Post, Method::Put, Method::Delete})
        if (methodName(m) == name)
            return m;
    return std::nullopt;
}

QString pathOf(const Route &route, const QStringList &parameters)
{
    QByteArray path;
    qsizetype next = 0;
    for (const QByteArray &segment : segmentsOf(route.path)) {
        path += '/';
        if (isParameter(segment))
            path += QUrl::toPercentEncoding(next < parameters.size() ? parameters.at(next++)
                                                                     : QString());
        else
            path += segment;
    }
    return QString::fromLatin1(path);
}

std::optional<Match> match(Method method, const QByteArray &encodedPath, bool *wrongMethod)
{
    if (wrongMethod)
        *wrongMethod = false;
    const QList<QByteArray> given = segmentsOf(encodedPath);
    for (const Route &r : Table) {
        const QList<QByteArray> wanted = segmentsOf(r.path);
        if (wanted.size() != given.size())
            continue;
        Match found;
        bool same = true;
        for (qsizetype i = 0; i < wanted.size() && same; ++i) {
            if (isParameter(wanted.at(i))) {
                // An empty value is the call's own: its service refuses it by its rule
                // (E-REQUIRED accountId, E-INVALID view ...), as the local backend does.
                found.parameters << QUrl::fromPercentEncoding(given.at(i));
            } else {
                same = wanted.at(i) == given.at(i);
            }
        }
        if (!same)
            continue;
        if (r.method != method) {
            if (wrongMethod)
                *wrongMethod = true;
            continue;
        }
        found.route = &r;
        if (wrongMethod)
            *wrongMethod = false;
        return found;
    }
    return std::nullopt;
}

int httpStatusOf(const Error &error)
{
    const QString &rule = error.rule;
    if (rule == QLatin1String(SystemError::Invalid))
        return error.reason == u"tooLarge" ? 413 : error.reason == u"contentType" ? 415 : 400;
    if (rule == QLatin1String(SystemError::Auth))
        return error.reason == u"keyOfAnotherOperator" ? 403 : 401;
    if (rule == QLatin1String(SystemError::NotFound))
        return 404;
    if (rule == QLatin1String(SystemError::Required) ||
        rule == QLatin1String(SystemError::TooLong) || rule == QLatin1String(SystemError::Mismatch))
        return 422;
    if (rule == QLatin1String(SystemError::Conflict) ||
        rule == QLatin1String(SystemError::Duplicate) ||
        rule == QLatin1String(SystemError::Clock) || rule == QLatin1String(SystemError::Demo))
        return 409;
    if (rule == QLatin1String(SystemError::NotImplemented))
        return 501;
    if (rule == QLatin1String(SystemError::Unreachable))
        return 503;
    if (rule == QLatin1String(SystemError::Store))
        return error.reason == u"busy" || error.reason == u"conflict" ? 503 : 500;
    if (rule == QLatin1String(SystemError::File) || rule == QLatin1String(SystemError::Cancelled))
        return 500;
    if (rule.startsWith(u"R-"))
        return inputReasons().contains(error.reason) ? 422 : 409;
    return 500;
}

QString fallbackMessage(const Error &error)
{
    QString text = QStringLiteral("Refused: %1").arg(error.rule);
    if (!error.field.isEmpty())
        text += QStringLiteral(" (%1)").arg(error.field);
    if (!error.reason.isEmpty())
        text += QStringLiteral(": %1").arg(error.reason);
    return text;
}

} // namespace oc::api
