#include "ApiHandlers.h"

#include "services/AuthenticationService.h"
#include "services/BillingService.h"
#include "services/ClosingService.h"
#include "services/CodeService.h"
#include "services/ConditionsService.h"
#include "services/DraftService.h"
#include "services/HuaweiLoginService.h"
#include "services/ListService.h"
#include "services/LoginService.h"
#include "services/MarketplaceService.h"
#include "services/MasterService.h"
#include "services/MyAccountService.h"
#include "services/OrganizationService.h"
#include "services/PartnerService.h"
#include "services/QueryService.h"
#include "services/ReauthenticationService.h"
#include "services/RegistrationService.h"
#include "services/SignUpService.h"

#include <QHash>
#include <QJsonDocument>

namespace oc::server {

namespace op = operation;

QByteArray ApiAnswer::json() const
{
    return text.isEmpty() ? QJsonDocument(envelope).toJson(QJsonDocument::Compact) : text;
}

ApiAnswer errorAnswer(const Error &error)
{
    QJsonObject body = json::toJson(error).toObject();
    body.insert(QStringLiteral("message"), api::fallbackMessage(error));
    return ApiAnswer{api::httpStatusOf(error), QJsonObject{{QStringLiteral("error"), body}}};
}

namespace {

Error invalid(const QString &field, const char *reason)
{
    return makeError(QString::fromLatin1(SystemError::Invalid), field, QString::fromLatin1(reason));
}

// The request struct of a call, from its body.
template<class Request>
Result<Request> bodyOf(const ApiCall &call)
{
    if (!call.body.isObject())
        return invalid({}, call.body.isNull() ? "missing" : "type");
    return json::fromJson<Request>(call.body);
}

// An integer id from a path parameter.
Result<qint64> idOf(const ApiCall &call, int index, const char *field)
{
    bool ok = false;
    const qint64 id = call.parameters.value(index).toLongLong(&ok);
    if (!ok)
        return invalid(QString::fromLatin1(field), "type");
    return id;
}

// A query parameter (plain text; bounded like any identifier of the contract).
Result<QString> queryOf(const ApiCall &call, const char *name)
{
    const QString key = QString::fromLatin1(name);
    if (!call.query.hasQueryItem(key))
        return invalid(key, "missing");
    const QString value = call.query.queryItemValue(key, QUrl::FullyDecoded);
    if (value.size() > json::MaxShortLength)
        return invalid(key, "tooLong");
    return value;
}

// Handlers whose request is a body struct: `run(session, request)`.
template<class Request, class Run>
ApiHandler withBody(Run run)
{
    return [run](Session &session, ServiceHost &, const ApiCall &call) -> ApiAnswer {
        const auto request = bodyOf<Request>(call);
        if (!request.ok())
            return errorAnswer(request.error());
        return answerOf(run(session, request.value()));
    };
}

// Handlers of one path parameter: `run(session, parameter)`.
template<class Run>
ApiHandler withParameter(Run run)
{
    return [run](Session &session, ServiceHost &, const ApiCall &call) -> ApiAnswer {
        return answerOf(run(session, call.parameters.value(0)));
    };
}

// Handlers of a HUAWEI ID's sub-resource (W-SIGNUP): the path names the account; a body
// naming another is refused, one naming none takes the path's.
template<class Request, class Run>
ApiHandler withAccountBody(Run run)
{
    return [run](Session &session, ServiceHost &, const ApiCall &call) -> ApiAnswer {
        const auto request = bodyOf<Request>(call);
        if (!request.ok())
            return errorAnswer(request.error());
        Request r = request.value();
        const QString accountId = call.parameters.value(0);
        if (!r.accountId.isEmpty() && r.accountId != accountId)
            return errorAnswer(invalid(QStringLiteral("accountId"), "mismatch"));
        r.accountId = accountId;
        return answerOf(run(session, r));
    };
}

using RawCell = store::ListViews::RawCell;

// A cell as the store holds it, as json::listPageAnswerText writes the same cell read into
// a QVariant.
void appendRawCell(QByteArray &out, const RawCell &cell)
{
    switch (cell.kind) {
    case RawCell::Kind::Null:
        out += "null";
        return;
    case RawCell::Kind::Integer:
        json::appendListCell(out, QVariant(cell.integer));
        return;
    case RawCell::Kind::Real:
        json::appendListCell(out, QVariant(cell.real));
        return;
    case RawCell::Kind::Text:
        json::appendListText(out, cell.text);
        return;
    }
}

QHash<QByteArray, ApiHandler> makeHandlers()
{
    QHash<QByteArray, ApiHandler> h;
    // ---- reading
    h.insert(op::List, [](Session &session, ServiceHost &, const ApiCall &call) -> ApiAnswer {
        auto query = bodyOf<ListQuery>(call);
        if (!query.ok())
            return errorAnswer(query.error());
        ListQuery q = query.value();
        if (!q.view.isEmpty() && q.view != call.parameters.value(0))
            return errorAnswer(invalid(QStringLiteral("view"), "mismatch"));
        q.view = call.parameters.value(0);
        // SQLite: the cells written into the answer as they are read, with no QVariant or
        // QString per cell (a list page is the API's busiest read).
        ListPage header;
        QByteArray rows;
        rows.reserve(qBound(0, q.limit, 500) * 160);
        const Result<bool> read =
            ListService(session).pageCells(q, header, [&rows](const QList<RawCell> &cells) {
                json::appendListRow(rows, cells.size(), [&cells](QByteArray &out, qsizetype c) {
                    appendRawCell(out, cells.at(c));
                });
            });
        if (!read.ok())
            return errorAnswer(read.error());
        if (read.value())
            return ApiAnswer::written(json::listPageAnswerText(header, rows));
        const Result<ListPage> page = ListService(session).page(q);
        if (!page.ok())
            return errorAnswer(page.error());
        return ApiAnswer::written(json::listPageAnswerText(page.value()));
    });
    h.insert(op::HuaweiAccount, withParameter([](Session &s, const QString &id) {
                 return QueryService(s).huaweiAccount(id);
             }));
    h.insert(op::OnboardingProgress, withParameter([](Session &s, const QString &id) {
                 return QueryService(s).onboardingProgress(id);
             }));
    // ---- clock
    h.insert(op::Clock, [](Session &, ServiceHost &host, const ApiCall &) {
        return answerOf(host.clockState());
    });
    h.insert(op::AdvanceClock, [](Session &session, ServiceHost &host, const ApiCall &call) {
        const auto advance = bodyOf<ClockAdvance>(call);
        if (!advance.ok())
            return errorAnswer(advance.error());
        return answerOf(host.advanceClock(session, advance->step));
    });
    // ---- verification codes
    h.insert(op::SendCode, withBody<SendCodeRequest>([](Session &s, const SendCodeRequest &r) {
                 return CodeService(s).send(r.channel, r.destination, r.purpose);
             }));
    h.insert(op::CheckCode, withBody<CheckCodeRequest>([](Session &s, const CheckCodeRequest &r) {
                 return CodeService(s).check(r.destination, r.purpose, r.code);
             }));
    // ---- HUAWEI ID sign-up (W-SIGNUP)
    h.insert(op::SignUp, withBody<SignUpRequest>([](Session &s, const SignUpRequest &r) {
                 return SignUpService(s).signUp(r);
             }));
    h.insert(op::BindPhone,
             withAccountBody<BindPhoneRequest>([](Session &s, const BindPhoneRequest &r) {
                 return SignUpService(s).bindPhone(r);
             }));
    h.insert(op::EnableServices,
             withAccountBody<EnableServicesRequest>([](Session &s, const EnableServicesRequest &r) {
                 return SignUpService(s).enableServices(r);
             }));
    h.insert(op::BindCard,
             withAccountBody<BindCardRequest>([](Session &s, const BindCardRequest &r) {
                 return SignUpService(s).bindCard(r);
             }));
    // ---- marketplace: the order; a subscription's instance comes from the marketplace's
    // newInstance, which ApiServer delivers to its own POST /koogallery/saas after
    h.insert(op::Purchase, withBody<PurchaseRequest>([](Session &s, const PurchaseRequest &r) {
                 return MarketplaceService(s).placeOrder(r);
             }));
    // ---- real-name authentication and its review: the path names the request; a decision
    // naming another is refused, one naming none takes the path's
    h.insert(op::SubmitAuthentication,
             withBody<AuthenticationRequest>([](Session &s, const AuthenticationRequest &r) {
                 return AuthenticationService(s).submitAuthentication(r);
             }));
    h.insert(op::Authentication, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto id = idOf(call, 0, "authenticationId");
        if (!id.ok())
            return errorAnswer(id.error());
        return answerOf(AuthenticationService(s).authentication(id.value()));
    });
    h.insert(op::ReviewAuthentication, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto id = idOf(call, 0, "authenticationId");
        if (!id.ok())
            return errorAnswer(id.error());
        const auto decision = bodyOf<ReviewDecision>(call);
        if (!decision.ok())
            return errorAnswer(decision.error());
        ReviewDecision d = decision.value();
        if (d.authenticationId != 0 && d.authenticationId != id.value())
            return errorAnswer(invalid(QStringLiteral("authenticationId"), "mismatch"));
        d.authenticationId = id.value();
        return answerOf(AuthenticationService(s).reviewAuthentication(d));
    });
    // ---- Sign in to Huawei Cloud (D-LOGIN): a binding's website account is in the path; a
    // body naming another (whatever its case) is refused, one naming none takes the path's
    h.insert(op::CheckHuaweiLogin,
             withBody<HuaweiLoginRequest>([](Session &s, const HuaweiLoginRequest &r) {
                 return HuaweiLoginService(s).checkHuaweiLogin(r);
             }));
    h.insert(op::HuaweiLogin,
             withBody<HuaweiLoginRequest>([](Session &s, const HuaweiLoginRequest &r) {
                 return HuaweiLoginService(s).huaweiLogin(r);
             }));
    h.insert(op::CreateWebsiteAccount,
             withBody<WebsiteAccountRequest>([](Session &s, const WebsiteAccountRequest &r) {
                 return HuaweiLoginService(s).createWebsiteAccount(r);
             }));
    h.insert(op::WebsiteLogin,
             withBody<WebsiteLoginRequest>([](Session &s, const WebsiteLoginRequest &r) {
                 return HuaweiLoginService(s).websiteLogin(r);
             }));
    h.insert(op::BindWebsiteAccount, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto binding = bodyOf<BindWebsiteAccountRequest>(call);
        if (!binding.ok())
            return errorAnswer(binding.error());
        BindWebsiteAccountRequest b = binding.value();
        const QString name = call.parameters.value(0);
        if (b.name.trimmed().isEmpty())
            b.name = name;
        else if (b.name.trimmed().compare(name, Qt::CaseInsensitive) != 0)
            return errorAnswer(invalid(QStringLiteral("name"), "mismatch"));
        return answerOf(HuaweiLoginService(s).bindWebsiteAccount(b));
    });
    // ---- re-authentication (its review is reviewAuthentication's); the simulated
    // conditions, a HUAWEI ID's sub-resource
    h.insert(op::SubmitReauthentication,
             withBody<ReauthenticationRequest>([](Session &s, const ReauthenticationRequest &r) {
                 return ReauthenticationService(s).submitReauthentication(r);
             }));
    h.insert(op::AccountConditions, withParameter([](Session &s, const QString &id) {
                 return ConditionsService(s).accountConditions(id);
             }));
    h.insert(op::SetAccountConditions,
             withAccountBody<AccountConditions>([](Session &s, const AccountConditions &c) {
                 return ConditionsService(s).setAccountConditions(c);
             }));
    // ---- My Account: a HUAWEI ID's sub-resources; the recipients by their own ids
    h.insert(op::ChangePassword,
             withAccountBody<PasswordChangeRequest>([](Session &s, const PasswordChangeRequest &r) {
                 return MyAccountService(s).changePassword(r);
             }));
    h.insert(op::ResetPassword,
             withAccountBody<PasswordResetRequest>([](Session &s, const PasswordResetRequest &r) {
                 return MyAccountService(s).resetPassword(r);
             }));
    h.insert(op::ChangeLoginId,
             withAccountBody<LoginIdChangeRequest>([](Session &s, const LoginIdChangeRequest &r) {
                 return MyAccountService(s).changeLoginId(r);
             }));
    h.insert(op::ChangeTenantName, withAccountBody<TenantNameChangeRequest>(
                                       [](Session &s, const TenantNameChangeRequest &r) {
                                           return MyAccountService(s).changeTenantName(r);
                                       }));
    h.insert(op::CompleteInformation, withAccountBody<CompleteInformationRequest>(
                                          [](Session &s, const CompleteInformationRequest &r) {
                                              return MyAccountService(s).completeInformation(r);
                                          }));
    h.insert(op::EditInformation, withAccountBody<EditInformationRequest>(
                                      [](Session &s, const EditInformationRequest &r) {
                                          return MyAccountService(s).editInformation(r);
                                      }));
    h.insert(op::ChangeServiceContact, withAccountBody<ServiceContactChangeRequest>(
                                           [](Session &s, const ServiceContactChangeRequest &r) {
                                               return MyAccountService(s).changeServiceContact(r);
                                           }));
    h.insert(op::SavePreferences,
             withAccountBody<PreferencesRequest>([](Session &s, const PreferencesRequest &r) {
                 return MyAccountService(s).savePreferences(r);
             }));
    h.insert(op::SaveRecipient, withBody<RecipientInput>([](Session &s, const RecipientInput &r) {
                 return MyAccountService(s).saveRecipient(r);
             }));
    h.insert(op::DeleteRecipient, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto id = idOf(call, 0, "recipientId");
        if (!id.ok())
            return errorAnswer(id.error());
        return answerOf(MyAccountService(s).deleteRecipient(id.value()));
    });
    // ---- closing Huawei Cloud services: the path's account; Proceed to Close names its check
    h.insert(op::StartClosing,
             withAccountBody<CloseServicesRequest>([](Session &s, const CloseServicesRequest &r) {
                 return ClosingService(s).startClosing(r);
             }));
    h.insert(op::CloseServices, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto checkId = idOf(call, 1, "checkId");
        if (!checkId.ok())
            return errorAnswer(checkId.error());
        return answerOf(ClosingService(s).closeServices(call.parameters.value(0), checkId.value()));
    });
    h.insert(op::ClosingCheck, withParameter([](Session &s, const QString &id) {
                 return ClosingService(s).closingCheck(id);
             }));
    h.insert(op::RestoreServices, withParameter([](Session &s, const QString &id) {
                 return ClosingService(s).restoreServices(id);
             }));
    h.insert(op::DisableServices, withAccountBody<DisableServicesRequest>(
                                      [](Session &s, const DisableServicesRequest &r) {
                                          return ClosingService(s).disableServices(r);
                                      }));
    h.insert(op::TerminateClosing, withAccountBody<TerminateClosingRequest>(
                                       [](Session &s, const TerminateClosingRequest &r) {
                                           return ClosingService(s).terminateClosing(r);
                                       }));
    // ---- partners: the path's account; an invitation names its token
    h.insert(op::CreatePartnerInvitation,
             withBody<PartnerInvitationRequest>([](Session &s, const PartnerInvitationRequest &r) {
                 return PartnerService(s).createPartnerInvitation(r);
             }));
    h.insert(op::PartnerInvitation, withParameter([](Session &s, const QString &token) {
                 return PartnerService(s).partnerInvitation(token);
             }));
    h.insert(op::AssociatePartner, withBody<PartnerAssociationRequest>(
                                       [](Session &s, const PartnerAssociationRequest &r) {
                                           return PartnerService(s).associatePartner(r);
                                       }));
    h.insert(op::SetPartnerBudget,
             withAccountBody<PartnerBudgetRequest>([](Session &s, const PartnerBudgetRequest &r) {
                 return PartnerService(s).setPartnerBudget(r);
             }));
    h.insert(op::PartnerDisassociationCheck, withParameter([](Session &s, const QString &id) {
                 return PartnerService(s).partnerDisassociationCheck(id);
             }));
    h.insert(op::RequestPartnerDisassociation,
             withAccountBody<PartnerDisassociationRequest>(
                 [](Session &s, const PartnerDisassociationRequest &r) {
                     return PartnerService(s).requestPartnerDisassociation(r);
                 }));
    h.insert(op::PartnerRequestDisassociation,
             withAccountBody<PartnerInitiatedDisassociation>(
                 [](Session &s, const PartnerInitiatedDisassociation &r) {
                     return PartnerService(s).partnerRequestDisassociation(r);
                 }));
    h.insert(op::ProcessPartnerDisassociation,
             withAccountBody<ProcessDisassociationRequest>(
                 [](Session &s, const ProcessDisassociationRequest &r) {
                     return PartnerService(s).processPartnerDisassociation(r);
                 }));
    // ---- enterprise master accounts: the master and the member in the path (a body naming
    // another member is refused, as withAccountBody does)
    h.insert(op::InviteMember,
             withBody<MasterInvitationRequest>([](Session &s, const MasterInvitationRequest &r) {
                 return MasterService(s).inviteMember(r);
             }));
    h.insert(op::RequestMemberCancellation, [](Session &s, ServiceHost &, const ApiCall &call) {
        return answerOf(MasterService(s).requestMemberCancellation(call.parameters.value(0),
                                                                   call.parameters.value(1)));
    });
    h.insert(op::AnswerMasterRequest, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto answer = bodyOf<MasterAnswer>(call);
        if (!answer.ok())
            return errorAnswer(answer.error());
        MasterAnswer a = answer.value();
        const QString memberId = call.parameters.value(0);
        if (!a.memberAccountId.isEmpty() && a.memberAccountId != memberId)
            return errorAnswer(invalid(QStringLiteral("memberAccountId"), "mismatch"));
        a.memberAccountId = memberId;
        return answerOf(MasterService(s).answerMasterRequest(a));
    });
    // ---- registration
    h.insert(op::CheckUsername, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto username = queryOf(call, "username");
        if (!username.ok())
            return errorAnswer(username.error());
        return answerOf(RegistrationService(s).checkUsername(username.value()));
    });
    h.insert(op::CheckGuanceEmail, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto email = queryOf(call, "email");
        if (!email.ok())
            return errorAnswer(email.error());
        const auto site = queryOf(call, "site");
        if (!site.ok())
            return errorAnswer(site.error());
        return answerOf(RegistrationService(s).checkGuanceEmail(email.value(), site.value()));
    });
    h.insert(op::CheckHuaweiActivation, withParameter([](Session &s, const QString &id) {
                 return RegistrationService(s).checkHuaweiActivation(id);
             }));
    h.insert(op::RegisterCommercialPlan,
             withBody<RegistrationRequest>([](Session &s, const RegistrationRequest &r) {
                 return RegistrationService(s).registerCommercialPlan(r);
             }));
    // ---- Joint Operations
    h.insert(op::CheckAbbreviation, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto abbreviation = queryOf(call, "abbreviation");
        if (!abbreviation.ok())
            return errorAnswer(abbreviation.error());
        return answerOf(OrganizationService(s).checkAbbreviation(abbreviation.value()));
    });
    h.insert(op::CreateOrganization,
             withBody<OrganizationRequest>([](Session &s, const OrganizationRequest &r) {
                 return OrganizationService(s).createOrganization(r);
             }));
    h.insert(op::Organization, withParameter([](Session &s, const QString &id) {
                 return OrganizationService(s).organization(id);
             }));
    h.insert(op::AddDepartment, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto r = bodyOf<DepartmentRequest>(call);
        if (!r.ok())
            return errorAnswer(r.error());
        return answerOf(
            OrganizationService(s).addDepartment(call.parameters.value(0), r->parentId, r->name));
    });
    h.insert(op::OwnerPrefill, withParameter([](Session &s, const QString &id) {
                 return OrganizationService(s).ownerPrefill(id);
             }));
    h.insert(op::SaveMember, withBody<MemberInput>([](Session &s, const MemberInput &r) {
                 return OrganizationService(s).saveMember(r);
             }));
    h.insert(op::RemoveMember, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto id = idOf(call, 0, "memberId");
        if (!id.ok())
            return errorAnswer(id.error());
        return answerOf(OrganizationService(s).removeMember(id.value()));
    });
    h.insert(op::BindableOrders, withParameter([](Session &s, const QString &id) {
                 return OrganizationService(s).bindableOrders(id);
             }));
    h.insert(op::BindOrder, withBody<BindOrderRequest>([](Session &s, const BindOrderRequest &r) {
                 return OrganizationService(s).bindOrder(r.orderId, r.organizationId);
             }));
    h.insert(op::AuthorizeMembers,
             withBody<AuthorizationRequest>([](Session &s, const AuthorizationRequest &r) {
                 return OrganizationService(s).authorizeMembers(r);
             }));
    // ---- unified login and workspace binding
    h.insert(op::UnifiedLogin, withBody<LoginRequest>([](Session &s, const LoginRequest &r) {
                 return LoginService(s).unifiedLogin(r);
             }));
    h.insert(op::ChangeInitialPassword, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto id = idOf(call, 0, "memberId");
        if (!id.ok())
            return errorAnswer(id.error());
        const auto r = bodyOf<PasswordChange>(call);
        if (!r.ok())
            return errorAnswer(r.error());
        return answerOf(
            LoginService(s).changeInitialPassword(id.value(), r->currentPassword, r->newPassword));
    });
    h.insert(op::SendFeeCenterCode,
             withBody<FeeCenterCodeRequest>([](Session &s, const FeeCenterCodeRequest &r) {
                 return LoginService(s).sendFeeCenterCode(r.username);
             }));
    h.insert(op::VerifyFeeCenter,
             withBody<FeeCenterVerification>([](Session &s, const FeeCenterVerification &r) {
                 return LoginService(s).verifyFeeCenter(r);
             }));
    h.insert(op::ConfirmEnterprise,
             withBody<EnterpriseConfirmation>([](Session &s, const EnterpriseConfirmation &r) {
                 return LoginService(s).confirmEnterprise(r);
             }));
    h.insert(op::BindWorkspace,
             withBody<BindWorkspaceRequest>([](Session &s, const BindWorkspaceRequest &r) {
                 return LoginService(s).bindWorkspace(r);
             }));
    h.insert(op::CreateWorkspace,
             withBody<CreateWorkspaceRequest>([](Session &s, const CreateWorkspaceRequest &r) {
                 return LoginService(s).createWorkspace(r);
             }));
    h.insert(op::FinishActivation,
             withBody<ActivationRequest>([](Session &s, const ActivationRequest &r) {
                 return LoginService(s).finishActivation(r.memberId, r.feeCenterAccountId);
             }));
    // ---- Billing Center
    h.insert(op::CheckSettlementChange,
             withBody<SettlementChangeRequest>([](Session &s, const SettlementChangeRequest &r) {
                 return BillingService(s).checkSettlementChange(r);
             }));
    h.insert(op::ChangeSettlement,
             withBody<SettlementChangeRequest>([](Session &s, const SettlementChangeRequest &r) {
                 return BillingService(s).changeSettlement(r);
             }));
    h.insert(op::RechargeStoredValueCards,
             withBody<RechargeRequest>([](Session &s, const RechargeRequest &r) {
                 return BillingService(s).rechargeStoredValueCards(r);
             }));
    h.insert(op::FeeCenterOverview, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto id = idOf(call, 0, "feeCenterAccountId");
        if (!id.ok())
            return errorAnswer(id.error());
        return answerOf(BillingService(s).feeCenterOverview(id.value()));
    });
    h.insert(op::CloseResourcePreview, withParameter([](Session &s, const QString &id) {
                 return BillingService(s).closeResourcePreview(id);
             }));
    h.insert(op::CloseResource, withParameter([](Session &s, const QString &id) {
                 return BillingService(s).closeResource(id);
             }));
    h.insert(op::UnlockWorkspace, withParameter([](Session &s, const QString &id) {
                 return BillingService(s).unlockWorkspace(id);
             }));
    // ---- drafts: the path names the draft; a body naming another is refused
    h.insert(op::SaveDraft, [](Session &s, ServiceHost &, const ApiCall &call) {
        const auto draft = bodyOf<WizardDraft>(call);
        if (!draft.ok())
            return errorAnswer(draft.error());
        WizardDraft d = draft.value();
        if ((!d.wizard.isEmpty() && d.wizard != call.parameters.value(0)) ||
            (!d.key.isEmpty() && d.key != call.parameters.value(1)))
            return errorAnswer(invalid(QStringLiteral("wizard"), "mismatch"));
        d.wizard = call.parameters.value(0);
        d.key = call.parameters.value(1);
        return answerOf(DraftService(s).save(d));
    });
    h.insert(op::LoadDraft, [](Session &s, ServiceHost &, const ApiCall &call) {
        return answerOf(DraftService(s).load(call.parameters.value(0), call.parameters.value(1)));
    });
    h.insert(op::DeleteDraft, [](Session &s, ServiceHost &, const ApiCall &call) {
        return answerOf(DraftService(s).remove(call.parameters.value(0), call.parameters.value(1)));
    });
    return h;
}

} // namespace

const ApiHandler *handlerOf(const char *operation)
{
    static const QHash<QByteArray, ApiHandler> handlers = makeHandlers();
    const auto found = handlers.constFind(QByteArray(operation));
    return found != handlers.constEnd() ? &*found : nullptr;
}

} // namespace oc::server
