#include "LoginFlow.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "core/Validators.h"
#include "gui/wizards/PendingStatus.h"

namespace oc::gui {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

void collect(QList<Error> &errors, const Result<QString> &result)
{
    if (!result.ok())
        errors << result.error();
}

} // namespace

LoginFlow::LoginFlow(Backend *backend, const QString &loginName, QObject *parent)
    : WizardState(parent)
    , m_backend(backend)
{
    for (const char *secret :
         {PasswordKey, CurrentPasswordKey, NewPasswordKey, NewPasswordConfirmKey, CodeKey})
        markSecret(key(secret));
    setDefault(key(BranchKey), QStringLiteral("existing"));
    setDefault(key(SiteKey), QStringLiteral("cn4"));
    if (!loginName.isEmpty())
        setDefault(key(LoginNameKey), loginName);
    connect(this, &WizardState::valueChanged, this, [this](const QString &changed) {
        if (changed == key(LoginNameKey))
            emit loginNameChanged();
        else if (changed == key(BranchKey))
            emit branchChanged();
    });
}

void LoginFlow::set(const char *name, const QVariant &value)
{
    if (WizardState::value(key(name)) != value)
        setValue(key(name), value);
}

void LoginFlow::setRegistering(bool registering)
{
    set(BranchKey, registering ? QStringLiteral("register") : QStringLiteral("existing"));
}

bool LoginFlow::isBound(const QVariantMap &workspace) const
{
    return m_session &&
           workspace.value(QString(column::Settlement)).toString() == u"huawei_cloud" &&
           workspace.value(QString(column::SettlementAccountId)).toString() ==
               m_session->ownerAccountId;
}

QList<Error> LoginFlow::messages(int page) const
{
    QList<Error> errors;
    switch (page) {
    case LoginPage: {
        const QString name = loginName();
        const auto at = name.indexOf(QLatin1Char('@'));
        if (at <= 0 || !validate::memberAccount(name.left(at)).ok() ||
            !validate::abbreviation(name.mid(at + 1)).ok())
            errors << makeError(QStringLiteral("R-ORG-6"), key(LoginNameKey),
                                QStringLiteral("format"));
        break;
    }
    case ChangePasswordPage:
        collect(errors, validate::guancePassword(entry(NewPasswordKey), key(NewPasswordKey)));
        if (auto mismatch = validate::passwordConfirmation(
                entry(NewPasswordKey), entry(NewPasswordConfirmKey), key(NewPasswordConfirmKey)))
            errors << *mismatch;
        if (errors.isEmpty() && entry(NewPasswordKey) == entry(CurrentPasswordKey))
            errors << makeError(QStringLiteral("R-ORG-6"), key(NewPasswordKey),
                                QStringLiteral("samePassword"));
        break;
    case ExistingFeeCenterPage:
        collect(errors, validate::site(site()));
        collect(errors, validate::username(entry(UsernameKey)));
        collect(errors, validate::verificationCode(entry(CodeKey)));
        break;
    case EnterprisePage:
        collect(errors,
                validate::requiredText(entry(EnterpriseNameKey), key(EnterpriseNameKey), 64));
        collect(errors, validate::optionalText(entry(IndustryKey), key(IndustryKey), 64));
        collect(errors, validate::optionalText(entry(ContactKey), key(ContactKey), 128));
        break;
    default:
        break;
    }
    return errors;
}

bool LoginFlow::isReady(int page) const
{
    switch (page) {
    case LoginPage:
        return !loginName().isEmpty() && !entry(PasswordKey).isEmpty();
    case ChangePasswordPage:
        return !entry(NewPasswordKey).isEmpty() && !entry(NewPasswordConfirmKey).isEmpty();
    case ExistingFeeCenterPage:
        return !entry(UsernameKey).isEmpty() && !entry(CodeKey).isEmpty();
    case EnterprisePage:
        return !entry(EnterpriseNameKey).trimmed().isEmpty();
    case BindWorkspacesPage:
        return std::any_of(m_workspaces.begin(), m_workspaces.end(),
                           [this](const QVariantMap &w) { return isBound(w); });
    default:
        return true;
    }
}

LoginFlow::Page LoginFlow::nextPage(Page page) const
{
    switch (page) {
    case LoginPage:
        if (m_session && m_session->mustChangePassword)
            return ChangePasswordPage;
        return isLinked() ? DirectPage : ChoicePage;
    case ChangePasswordPage:
        return isLinked() ? DirectPage : ChoicePage;
    case ChoicePage:
        return registering() ? NoPage : ExistingFeeCenterPage;
    case ExistingFeeCenterPage:
        return EnterprisePage;
    case EnterprisePage:
        return BindWorkspacesPage;
    case BindWorkspacesPage:
        return ActivatedPage;
    default:
        return NoPage;
    }
}

QFuture<Status> LoginFlow::logIn()
{
    const PendingStatus pending;
    const LoginRequest request{loginName(), entry(PasswordKey)};
    onFinished(m_backend->unifiedLogin(request), this,
               [this, pending](const Result<LoginSession> &session) {
                   if (!session.ok())
                       return pending.finish(land(session.error()));
                   m_session = *session;
                   // The initial password is the current one on the next page.
                   setDefault(key(CurrentPasswordKey), entry(PasswordKey));
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> LoginFlow::changePassword()
{
    const PendingStatus pending;
    onFinished(m_backend->changeInitialPassword(m_session ? m_session->memberId : 0,
                                                entry(CurrentPasswordKey), entry(NewPasswordKey)),
               this, [this, pending](const Status &status) {
                   if (!status.ok())
                       return pending.finish(land(status.error()));
                   if (m_session)
                       m_session->mustChangePassword = false;
                   pending.finish(okStatus());
               });
    return pending.future();
}

void LoginFlow::sendFeeCenterCode(std::function<void(const Result<FeeCenterCodeSent> &)> sent)
{
    const Result<QString> username = validate::username(entry(UsernameKey));
    if (!username.ok()) {
        sent(username.error());
        return;
    }
    onFinished(m_backend->sendFeeCenterCode(*username), this,
               [sent = std::move(sent)](const Result<FeeCenterCodeSent> &result) { sent(result); });
}

QFuture<Status> LoginFlow::verifyFeeCenter()
{
    const PendingStatus pending;
    FeeCenterVerification request;
    request.memberId = m_session ? m_session->memberId : 0;
    request.site = site();
    request.username = entry(UsernameKey);
    request.code = entry(CodeKey);
    onFinished(m_backend->verifyFeeCenter(request), this,
               [this, pending](const Result<FeeCenterBinding> &binding) {
                   if (!binding.ok())
                       return pending.finish(land(binding.error()));
                   m_feeCenter = *binding;
                   setDefault(key(EnterpriseNameKey), binding->account.enterpriseName);
                   setDefault(key(IndustryKey), binding->account.industry);
                   setDefault(key(ContactKey), binding->account.contact);
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> LoginFlow::confirmEnterprise()
{
    const PendingStatus pending;
    EnterpriseConfirmation confirmation;
    confirmation.feeCenterAccountId = m_feeCenter ? m_feeCenter->account.feeCenterAccountId : 0;
    confirmation.enterpriseName = entry(EnterpriseNameKey);
    confirmation.industry = entry(IndustryKey);
    confirmation.contact = entry(ContactKey);
    onFinished(m_backend->confirmEnterprise(confirmation), this,
               [this, pending](const Status &status) {
                   if (!status.ok())
                       return pending.finish(land(status.error()));
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> LoginFlow::loadWorkspaces()
{
    const PendingStatus pending;
    const qint64 feeCenterId = m_feeCenter  ? m_feeCenter->account.feeCenterAccountId
                               : isLinked() ? m_session->linkedFeeCenterAccountId
                                            : 0;
    if (feeCenterId <= 0) {
        pending.finish(okStatus());
        return pending.future();
    }
    ListQuery query;
    query.view = view::Workspaces;
    query.filters.insert(column::FeeCenterAccountId, feeCenterId);
    query.limit = 500;
    onFinished(m_backend->list(query), this, [this, pending](const Result<ListPage> &page) {
        if (!page.ok())
            return pending.finish(page.error());
        m_workspaces.clear();
        for (int row = 0; row < page->rows.size(); ++row)
            m_workspaces << page->record(row);
        pending.finish(okStatus());
        emit workspacesLoaded();
    });
    return pending.future();
}

QFuture<Status> LoginFlow::bindWorkspace(const QString &workspaceId)
{
    const PendingStatus pending;
    BindWorkspaceRequest request{m_session ? m_session->memberId : 0,
                                 m_feeCenter ? m_feeCenter->account.feeCenterAccountId : 0,
                                 workspaceId};
    onFinished(m_backend->bindWorkspace(request), this,
               [pending](const Result<Workspace> &workspace) {
                   pending.finish(workspace.ok() ? okStatus() : Status(workspace.error()));
               });
    return pending.future();
}

QFuture<Status> LoginFlow::finishActivation()
{
    const PendingStatus pending;
    onFinished(
        m_backend->finishActivation(m_session ? m_session->memberId : 0,
                                    m_feeCenter ? m_feeCenter->account.feeCenterAccountId : 0),
        this, [this, pending](const Result<ActivationSummary> &summary) {
            if (!summary.ok())
                return pending.finish(land(summary.error()));
            m_activation = *summary;
            pending.finish(okStatus());
        });
    return pending.future();
}

} // namespace oc::gui
