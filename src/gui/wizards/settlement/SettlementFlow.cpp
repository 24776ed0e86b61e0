#include "SettlementFlow.h"

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

} // namespace

SettlementFlow::SettlementFlow(Backend *backend, const QString &workspaceId, QObject *parent)
    : WizardState(parent)
    , m_backend(backend)
{
    setDefault(key(WorkspaceIdKey), workspaceId);
    setDefault(key(MethodKey), toString(SettlementMethod::HuaweiCloud));
    connect(this, &WizardState::valueChanged, this, [this](const QString &changed) {
        if (changed == key(MethodKey))
            emit methodChanged();
        else if (changed == key(AccountIdKey))
            emit accountIdChanged();
        else if (changed == key(InstanceIdKey))
            emit instanceIdChanged();
    });
}

QString SettlementFlow::workspaceId() const
{
    return text(key(WorkspaceIdKey));
}

SettlementMethod SettlementFlow::method() const
{
    return enumOr(text(key(MethodKey)), SettlementMethod::HuaweiCloud);
}

void SettlementFlow::setMethod(SettlementMethod method)
{
    if (method != this->method())
        setValue(key(MethodKey), toString(method));
}

QString SettlementFlow::accountId() const
{
    return text(key(AccountIdKey));
}

void SettlementFlow::setAccountId(const QString &accountId)
{
    if (accountId != this->accountId())
        setValue(key(AccountIdKey), accountId);
}

QString SettlementFlow::instanceId() const
{
    return text(key(InstanceIdKey));
}

void SettlementFlow::setInstanceId(const QString &instanceId)
{
    if (instanceId != this->instanceId())
        setValue(key(InstanceIdKey), instanceId);
}

SettlementChangeRequest SettlementFlow::request() const
{
    SettlementChangeRequest r;
    r.workspaceId = workspaceId();
    r.method = method();
    if (toHuawei()) {
        r.accountId = accountId();
        r.instanceId = instanceId();
    }
    return r;
}

QList<Error> SettlementFlow::messages(int page) const
{
    QList<Error> errors;
    if (page == AccountPage && toHuawei()) {
        if (auto id = validate::huaweiAccountId(accountId()); !id.ok())
            errors << id.error();
        if (auto id = validate::instanceId(instanceId()); !id.ok())
            errors << id.error();
    }
    return errors;
}

bool SettlementFlow::isReady(int page) const
{
    switch (page) {
    case MethodPage:
        return !m_workspace.isEmpty();
    case AccountPage:
        return !accountId().isEmpty() && !instanceId().isEmpty();
    case ConfirmPage:
        return true;
    case ResultPage:
        return m_changed.has_value();
    }
    return false;
}

SettlementFlow::Page SettlementFlow::nextPage(Page page) const
{
    switch (page) {
    case MethodPage:
        return toHuawei() ? AccountPage : ConfirmPage;
    case AccountPage:
        return ConfirmPage;
    case ConfirmPage:
    case ResultPage:
        return ResultPage;
    }
    return ResultPage;
}

QFuture<Status> SettlementFlow::loadWorkspace()
{
    const PendingStatus pending;
    ListQuery query;
    query.view = view::Workspaces;
    query.filters.insert(column::WorkspaceId, workspaceId());
    query.limit = 1;
    onFinished(m_backend->list(query), this, [this, pending](const Result<ListPage> &page) {
        if (!page.ok())
            return pending.finish(page.error());
        if (page->rows.isEmpty())
            return pending.finish(makeError(QString::fromLatin1(SystemError::NotFound), QString(),
                                            QStringLiteral("workspace")));
        m_workspace = page->record(0);
        pending.finish(okStatus());
        emit workspaceLoaded();
    });
    return pending.future();
}

QFuture<Status> SettlementFlow::check()
{
    const PendingStatus pending;
    const SettlementChangeRequest asked = request();
    onFinished(m_backend->checkSettlementChange(asked), this,
               [this, asked, pending](const Status &status) {
                   if (!(asked == request()))
                       return pending.finish(okStatus());
                   if (!status.ok() && !status.error().field.isEmpty() &&
                       !isTransient(status.error()))
                       setError(status.error());
                   pending.finish(status);
                   emit checked(status);
               });
    return pending.future();
}

QFuture<Status> SettlementFlow::change()
{
    const PendingStatus pending;
    onFinished(m_backend->changeSettlement(request()), this,
               [this, pending](const Result<Workspace> &workspace) {
                   if (!workspace.ok()) {
                       if (!workspace.error().field.isEmpty())
                           setError(workspace.error());
                       return pending.finish(workspace.error());
                   }
                   m_changed = *workspace;
                   pending.finish(okStatus());
               });
    return pending.future();
}

} // namespace oc::gui
