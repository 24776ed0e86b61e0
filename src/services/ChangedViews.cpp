#include "ChangedViews.h"

#include "core/ListNames.h"

#include <QHash>

namespace oc {

namespace {

using namespace view;

struct Entry
{
    const char *operation;
    std::initializer_list<QLatin1StringView> views;
};

const Entry entries[] = {
    {operation::SendCode, {Outbox, Journal}},
    {operation::CheckCode, {}},
    {operation::SignUp, {HuaweiAccounts, Journal}},
    // The service mobile number's binding is changePhone, a CTS trace (R-AUD-2).
    {operation::BindPhone, {HuaweiAccounts, Journal, CtsTraces}},
    {operation::EnableServices, {HuaweiAccounts, Journal}},
    {operation::BindCard, {HuaweiAccounts, Outbox, Journal}},
    {operation::SubmitAuthentication, {Authentications, HuaweiAccounts, Journal, Outbox}},
    {operation::ReviewAuthentication, {Authentications, HuaweiAccounts, Journal, Outbox}},
    // D-LOGIN: a right password resets a count no view shows; a refusal is journaled.
    {operation::CheckHuaweiLogin, {}},
    {operation::HuaweiLogin, {Journal}},
    {operation::CreateWebsiteAccount, {HuaweiAccounts, Journal}},
    {operation::WebsiteLogin, {Journal}},
    {operation::BindWebsiteAccount, {HuaweiAccounts, Journal}},
    // The account's own row is unchanged until the decision (R-AUTH-10); its detail shows
    // the request under review.
    {operation::SubmitReauthentication, {Authentications, HuaweiAccounts, Journal, CtsTraces}},
    {operation::SetAccountConditions, {HuaweiAccounts, Journal}},
    // My Account, part 2: the account's detail; the CTS operations' traces (R-AUD-2).
    {operation::ChangePassword, {Journal}},
    {operation::ResetPassword, {Journal}},
    {operation::ChangeLoginId, {HuaweiAccounts, Journal}},
    {operation::ChangeTenantName, {HuaweiAccounts, Journal}},
    {operation::CompleteInformation, {HuaweiAccounts, Journal}},
    {operation::EditInformation, {HuaweiAccounts, Journal}},
    {operation::ChangeServiceContact, {HuaweiAccounts, Journal, CtsTraces}},
    {operation::SavePreferences, {HuaweiAccounts, Journal}},
    {operation::SaveRecipient, {HuaweiAccounts, Journal, CtsTraces}},
    {operation::DeleteRecipient, {HuaweiAccounts, Journal, CtsTraces}},
    // Closing Huawei Cloud services (R-CLS-1..7): the account's status and detail, the
    // notices (R-CLS-4); the checks of D-DISABLE are only read.
    {operation::StartClosing, {HuaweiAccounts, Journal, Outbox}},
    {operation::CloseServices, {HuaweiAccounts, Journal, Outbox}},
    {operation::ClosingCheck, {}},
    {operation::RestoreServices, {HuaweiAccounts, Journal, Outbox}},
    {operation::DisableServices, {HuaweiAccounts, Journal, Outbox}},
    {operation::TerminateClosing, {HuaweiAccounts, Journal, Outbox}},
    // Partners (R-PTN-1..7): the account's detail and its list row (the partner column), the
    // notices; the check is only read; an invitation changes nothing but the journal.
    {operation::CreatePartnerInvitation, {Journal}},
    {operation::PartnerInvitation, {}},
    {operation::AssociatePartner, {HuaweiAccounts, Journal, Outbox}},
    {operation::SetPartnerBudget, {HuaweiAccounts, Journal, Outbox}},
    {operation::PartnerDisassociationCheck, {}},
    {operation::RequestPartnerDisassociation, {HuaweiAccounts, Journal}},
    {operation::PartnerRequestDisassociation, {HuaweiAccounts, Journal, Outbox}},
    {operation::ProcessPartnerDisassociation, {HuaweiAccounts, Journal, Outbox}},
    // Enterprise master accounts (R-MST-1..3): both accounts' details, the notices.
    {operation::InviteMember, {HuaweiAccounts, Journal, Outbox}},
    {operation::RequestMemberCancellation, {HuaweiAccounts, Journal, Outbox}},
    {operation::AnswerMasterRequest, {HuaweiAccounts, Journal, Outbox}},
    {operation::Purchase, {Orders, Instances, Journal, Outbox}},
    {operation::RegisterCommercialPlan,
     {HuaweiAccounts, FeeCenterAccounts, Workspaces, Journal, Outbox}},
    {operation::CreateOrganization, {Organizations, Journal}},
    {operation::AddDepartment, {Journal}},
    {operation::SaveMember, {Members, Organizations, Journal}},
    {operation::RemoveMember, {Members, Organizations, Authorizations, Bindings, Journal}},
    {operation::BindOrder, {Bindings, Orders, Instances, Organizations, Journal}},
    {operation::AuthorizeMembers, {Authorizations, Members, Bindings, Outbox, Journal}},
    {operation::UnifiedLogin, {Journal}},
    {operation::ChangeInitialPassword, {Members, Outbox, Journal}},
    {operation::SendFeeCenterCode, {Outbox, Journal}},
    {operation::VerifyFeeCenter, {Journal}},
    {operation::ConfirmEnterprise, {FeeCenterAccounts, Journal}},
    {operation::BindWorkspace, {Workspaces, FeeCenterAccounts, Journal}},
    {operation::CreateWorkspace, {Workspaces, FeeCenterAccounts, Journal, Outbox}},
    {operation::FinishActivation, {FeeCenterAccounts, Journal}},
    {operation::ChangeSettlement, {Workspaces, FeeCenterAccounts, Journal}},
    {operation::RechargeStoredValueCards,
     {StoredValueCards, FeeCenterAccounts, Orders, Outbox, Journal}},
    {operation::CloseResource,
     {Instances, Orders, Bindings, Workspaces, FeeCenterAccounts, Outbox, Journal}},
    {operation::UnlockWorkspace, {Workspaces, FeeCenterAccounts, Outbox, Journal}},
    {operation::SaveDraft, {}},
    {operation::DeleteDraft, {}},
};

QStringList toList(std::initializer_list<QLatin1StringView> names)
{
    QStringList list;
    for (const QLatin1StringView name : names)
        list << QString(name);
    return list;
}

} // namespace

QStringList allViews()
{
    QStringList list;
    for (const QLatin1StringView name : view::All)
        list << QString(name);
    return list;
}

QStringList viewsChangedBy(const char *operation)
{
    static const QHash<QByteArray, QStringList> table = [] {
        QHash<QByteArray, QStringList> map;
        for (const Entry &entry : entries)
            map.insert(QByteArray(entry.operation), toList(entry.views));
        return map;
    }();
    const auto found = table.constFind(QByteArray(operation));
    return found != table.constEnd() ? *found : allViews();
}

QStringList viewsChangedByRefusal(const char *operation)
{
    // Drafts and code checks are not journaled; everything else journals its refusal.
    const QByteArray name(operation);
    if (name == operation::SaveDraft || name == operation::DeleteDraft)
        return {};
    // The CTS operations trace their refusals too while the account's CTS is on (R-AUD-2).
    if (name == operation::ChangeServiceContact || name == operation::SaveRecipient ||
        name == operation::DeleteRecipient || name == operation::SubmitReauthentication ||
        name == operation::BindPhone)
        return {QString(view::Journal), QString(view::CtsTraces)};
    return {QString(view::Journal)};
}

} // namespace oc
