#pragma once

// W-LOGIN — Unified login and workspace binding (flows.md; seeds 002 step three, 004). The
// flow is LoginFlow (its nextPage() is the branching); the pages are views of it.

#include "LoginFlow.h"
#include "gui/wizards/Wizard.h"

namespace oc::gui {

class LoginWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Login = LoginFlow::LoginPage,
        ChangePassword = LoginFlow::ChangePasswordPage,
        Choice = LoginFlow::ChoicePage,
        ExistingFeeCenter = LoginFlow::ExistingFeeCenterPage,
        Enterprise = LoginFlow::EnterprisePage,
        BindWorkspaces = LoginFlow::BindWorkspacesPage,
        Activated = LoginFlow::ActivatedPage,
        Direct = LoginFlow::DirectPage
    };
    static constexpr auto Name = "login";

    LoginWizard(AppContext *context, const QString &loginName, QWidget *parent = nullptr);

    LoginFlow *flow() const { return m_flow; }
    QString title() const override;
    int nextId() const override;

signals:
    // "No fee-center account": register the Commercial Plan for this Huawei account.
    void registrationRequested(const QString &huaweiAccountId);

protected:
    // A resumed login starts again at the login page (the session is not kept).
    QString draftPage() const override { return QStringLiteral("login"); }

private:
    LoginFlow *m_flow;
};

} // namespace oc::gui
