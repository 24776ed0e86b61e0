#pragma once

// W-LOGIN's flow (flows.md; seeds 002 step three, 004): log in as account@abbreviation,
// change the initial password (R-ORG-6), then by R-FC-2 either straight through, or
// register the Commercial Plan (hands over to W-REG), or bind an existing fee-center account
// (R-FC-3) and bind or create workspaces. Typed properties over the wizard's state, the
// branching, the per-page messages and the backend actions, without any widget.

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

#include <functional>

namespace oc {
class Backend;
}

namespace oc::gui {

class LoginFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(QString loginName READ loginName WRITE setLoginName NOTIFY loginNameChanged)

public:
    enum Page
    {
        LoginPage,
        ChangePasswordPage,
        ChoicePage,
        ExistingFeeCenterPage,
        EnterprisePage,
        BindWorkspacesPage,
        ActivatedPage,
        DirectPage,
        NoPage = -1
    };
    Q_ENUM(Page)

    static constexpr auto LoginNameKey = "loginName";
    static constexpr auto PasswordKey = "password";
    static constexpr auto CurrentPasswordKey = "currentPassword";
    static constexpr auto NewPasswordKey = "newPassword";
    static constexpr auto NewPasswordConfirmKey = "newPasswordConfirm";
    static constexpr auto BranchKey = "branch"; // "register" | "existing"
    static constexpr auto SiteKey = "site";
    static constexpr auto UsernameKey = "username";
    static constexpr auto CodeKey = "code";
    static constexpr auto EnterpriseNameKey = "enterpriseName";
    static constexpr auto IndustryKey = "industry";
    static constexpr auto ContactKey = "contact";

    LoginFlow(Backend *backend, const QString &loginName, QObject *parent = nullptr);

    QString loginName() const { return entry(LoginNameKey); }
    void setLoginName(const QString &name) { set(LoginNameKey, name); }
    void setPassword(const QString &password) { set(PasswordKey, password); }
    void setNewPassword(const QString &password) { set(NewPasswordKey, password); }
    void setNewPasswordConfirmation(const QString &password)
    {
        set(NewPasswordConfirmKey, password);
    }
    // "No fee-center account": register the Commercial Plan (W-REG) instead of binding one.
    bool registering() const { return entry(BranchKey) == u"register"; }
    void setRegistering(bool registering);
    QString site() const { return entry(SiteKey); }
    void setSite(const QString &site) { set(SiteKey, site); }
    void setFeeCenterUsername(const QString &username) { set(UsernameKey, username); }
    void setCode(const QString &code) { set(CodeKey, code); }
    void setEnterpriseName(const QString &name) { set(EnterpriseNameKey, name); }

    // What the backend said (never part of a draft: a resumed wizard logs in again).
    const std::optional<LoginSession> &session() const { return m_session; }
    const std::optional<FeeCenterBinding> &feeCenter() const { return m_feeCenter; }
    const std::optional<ActivationSummary> &activation() const { return m_activation; }
    // The fee-center account's workspaces as listed (W-LOGIN page 6), or, logged in
    // directly, the linked account's.
    const QList<QVariantMap> &workspaces() const { return m_workspaces; }
    bool isLinked() const { return m_session && m_session->linkedFeeCenterAccountId > 0; }
    // Settled through this login's Huawei Cloud account (bound in this flow or before).
    bool isBound(const QVariantMap &workspace) const;

    QList<Error> messages(int page) const override;
    bool isReady(int page) const override;
    // The page after `page` (NoPage: the wizard ends, W-REG takes over when registering).
    Page nextPage(Page page) const;

    QFuture<Status> logIn();
    QFuture<Status> changePassword();
    // R-FC-3: a code to the fee-center account's email, shown masked.
    void sendFeeCenterCode(std::function<void(const Result<FeeCenterCodeSent> &)> sent);
    QFuture<Status> verifyFeeCenter();
    QFuture<Status> confirmEnterprise();
    QFuture<Status> loadWorkspaces();
    QFuture<Status> bindWorkspace(const QString &workspaceId);
    QFuture<Status> finishActivation();

signals:
    void loginNameChanged();
    void branchChanged();
    void workspacesLoaded();

private:
    QString entry(const char *key) const { return text(QString::fromLatin1(key)); }
    void set(const char *key, const QVariant &value);

    Backend *m_backend;
    std::optional<LoginSession> m_session;
    std::optional<FeeCenterBinding> m_feeCenter;
    std::optional<ActivationSummary> m_activation;
    QList<QVariantMap> m_workspaces;
};

} // namespace oc::gui
