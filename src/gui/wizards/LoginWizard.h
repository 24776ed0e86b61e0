#pragma once

// W-LOGIN — Unified login and workspace binding (flows.md; seeds 002 step three, 004): log
// in as account@abbreviation, change the initial password (R-ORG-6), then by R-FC-2 either
// straight through, or register the Commercial Plan (hands over to W-REG), or bind an
// existing fee-center account (R-FC-3) and bind or create workspaces.

#include "Wizard.h"
#include "WizardPage.h"
#include "WizardState.h"
#include "contract/BackendTypes.h"

#include <memory>

namespace Ui {
class LoginPage;
class ChangePasswordPage;
class FeeCenterChoicePage;
class ExistingFeeCenterPage;
class EnterpriseConfirmPage;
class BindWorkspacePage;
class ActivatedPage;
} // namespace Ui

class QButtonGroup;
class QTableWidget;

namespace oc::gui {

class CodeField;

class LoginState : public WizardState
{
    Q_OBJECT
public:
    static constexpr auto LoginName = "loginName";
    static constexpr auto Password = "password";
    static constexpr auto CurrentPassword = "currentPassword";
    static constexpr auto NewPassword = "newPassword";
    static constexpr auto NewPasswordConfirm = "newPasswordConfirm";
    static constexpr auto Branch = "branch"; // "register" | "existing"
    static constexpr auto Site = "site";
    static constexpr auto Username = "username";
    static constexpr auto Code = "code";
    static constexpr auto EnterpriseName = "enterpriseName";
    static constexpr auto Industry = "industry";
    static constexpr auto Contact = "contact";

    explicit LoginState(QObject *parent = nullptr);

    // What the backend said (never part of a draft: a resumed wizard logs in again).
    std::optional<LoginSession> session;
    std::optional<FeeCenterBinding> feeCenter;
    std::optional<ActivationSummary> activation;

    bool isLinked() const { return session && session->linkedFeeCenterAccountId > 0; }
};

class LoginPage : public WizardPage
{
    Q_OBJECT
public:
    LoginPage(AppContext *context, LoginState *state, QWidget *parent = nullptr);
    ~LoginPage() override;

protected:
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::LoginPage> m_ui;
    LoginState *m_login;
};

class ChangePasswordPage : public WizardPage
{
    Q_OBJECT
public:
    ChangePasswordPage(AppContext *context, LoginState *state, QWidget *parent = nullptr);
    ~ChangePasswordPage() override;

protected:
    void initializePage() override;
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::ChangePasswordPage> m_ui;
    LoginState *m_login;
};

class FeeCenterChoicePage : public WizardPage
{
    Q_OBJECT
public:
    FeeCenterChoicePage(AppContext *context, LoginState *state, QWidget *parent = nullptr);
    ~FeeCenterChoicePage() override;

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::FeeCenterChoicePage> m_ui;
    LoginState *m_login;
    QButtonGroup *m_choice;
};

class ExistingFeeCenterPage : public WizardPage
{
    Q_OBJECT
public:
    ExistingFeeCenterPage(AppContext *context, LoginState *state, QWidget *parent = nullptr);
    ~ExistingFeeCenterPage() override;
    CodeField *codeField() const { return m_code; }

protected:
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::ExistingFeeCenterPage> m_ui;
    LoginState *m_login;
    CodeField *m_code;
};

class EnterpriseConfirmPage : public WizardPage
{
    Q_OBJECT
public:
    EnterpriseConfirmPage(AppContext *context, LoginState *state, QWidget *parent = nullptr);
    ~EnterpriseConfirmPage() override;

protected:
    void initializePage() override;
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::EnterpriseConfirmPage> m_ui;
    LoginState *m_login;
};

class BindWorkspacePage : public WizardPage
{
    Q_OBJECT
public:
    BindWorkspacePage(AppContext *context, LoginState *state, QWidget *parent = nullptr);
    ~BindWorkspacePage() override;
    QTableWidget *table() const { return m_table; }

protected:
    void initializePage() override;
    bool isPageComplete() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void reload();
    void bindSelected();
    void bind(const QString &workspaceId);
    void createWorkspace();
    bool isBound(const QVariantList &row) const;

    std::unique_ptr<Ui::BindWorkspacePage> m_ui;
    LoginState *m_login;
    QTableWidget *m_table;
    QList<ColumnInfo> m_columns;
    QList<QVariantList> m_rows;
};

// The last page: "Activated successfully" (after binding) or "Logged in directly".
class ActivatedPage : public WizardPage
{
    Q_OBJECT
public:
    ActivatedPage(AppContext *context, LoginState *state, bool direct, QWidget *parent = nullptr);
    ~ActivatedPage() override;

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    void reload();

    std::unique_ptr<Ui::ActivatedPage> m_ui;
    LoginState *m_login;
    bool m_direct;
    QTableWidget *m_bound;
};

class LoginWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Login,
        ChangePassword,
        Choice,
        ExistingFeeCenter,
        Enterprise,
        BindWorkspaces,
        Activated,
        Direct
    };
    static constexpr auto Name = "login";

    LoginWizard(AppContext *context, const QString &loginName, QWidget *parent = nullptr);

    LoginState *loginState() const { return m_login; }
    QString title() const override;
    int nextId() const override;

signals:
    // "No fee-center account": register the Commercial Plan for this Huawei account.
    void registrationRequested(const QString &huaweiAccountId);

protected:
    // A resumed login starts again at the login page (the session is not kept).
    QString draftPage() const override { return QStringLiteral("login"); }

private:
    LoginState *m_login;
};

} // namespace oc::gui
