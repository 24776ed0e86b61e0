#pragma once

// W-SET's flow (flows.md; seeds 000, 001): change a workspace's settlement to a Huawei
// Cloud account and one of its active SaaS instances, or back to the fee-center account
// (R-SET-1..4). Typed properties over the wizard's state, the branching, the per-field
// messages and the backend actions, without any widget.

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

namespace oc {
class Backend;
}

namespace oc::gui {

class SettlementFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(QString workspaceId READ workspaceId CONSTANT)
    Q_PROPERTY(QString accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged)
    Q_PROPERTY(QString instanceId READ instanceId WRITE setInstanceId NOTIFY instanceIdChanged)

public:
    enum Page
    {
        MethodPage,
        AccountPage,
        ConfirmPage,
        ResultPage
    };
    Q_ENUM(Page)

    static constexpr auto WorkspaceIdKey = "workspaceId";
    static constexpr auto MethodKey = "method"; // SettlementMethod spelling
    static constexpr auto AccountIdKey = "accountId";
    static constexpr auto InstanceIdKey = "instanceId";

    SettlementFlow(Backend *backend, const QString &workspaceId, QObject *parent = nullptr);

    QString workspaceId() const;
    SettlementMethod method() const;
    void setMethod(SettlementMethod method);
    bool toHuawei() const { return method() == SettlementMethod::HuaweiCloud; }
    QString accountId() const;
    void setAccountId(const QString &accountId);
    QString instanceId() const;
    void setInstanceId(const QString &instanceId);

    // Learned: the workspace as listed (name, site, current settlement), and once changed,
    // the workspace as the backend returned it.
    const QVariantMap &workspace() const { return m_workspace; }
    const std::optional<Workspace> &changed() const { return m_changed; }

    SettlementChangeRequest request() const;
    // The format of the ids (R-ID-1, R-ID-3), for early feedback.
    QList<Error> messages(int page) const override;
    bool isReady(int page) const override;
    // The page after `page`: the fee-center account needs no account page.
    Page nextPage(Page page) const;

    // The workspace's listing (E-NOT-FOUND when it is gone).
    QFuture<Status> loadWorkspace();
    // Whether the change as entered may go through (R-SET-1..4), asked without changing it.
    // A refusal lands on its field. An answer for entries changed meanwhile is ignored (ok,
    // nothing set, checked() not emitted).
    QFuture<Status> check();
    // The commit (R-SET-3: changed now); a refusal lands on its field.
    QFuture<Status> change();

signals:
    void methodChanged();
    void accountIdChanged();
    void instanceIdChanged();
    void workspaceLoaded();
    void checked(const oc::Status &status);

private:
    Backend *m_backend;
    QVariantMap m_workspace;
    std::optional<Workspace> m_changed;
};

} // namespace oc::gui
