#include "LoginWizard.h"

#include "ActivatedPage.h"
#include "BindWorkspacePage.h"
#include "ChangePasswordPage.h"
#include "EnterpriseConfirmPage.h"
#include "ExistingFeeCenterPage.h"
#include "FeeCenterChoicePage.h"
#include "LoginPage.h"
#include "gui/AppContext.h"

namespace oc::gui {

LoginWizard::LoginWizard(AppContext *context, const QString &loginName, QWidget *parent)
    : Wizard(context, new LoginFlow(context->backend(), loginName), QString::fromLatin1(Name),
             parent)
    , m_flow(static_cast<LoginFlow *>(state()))
{
    addNamedPage(Login, new LoginPage(context, m_flow, this), QStringLiteral("login"));
    addNamedPage(ChangePassword, new ChangePasswordPage(context, m_flow, this),
                 QStringLiteral("changePassword"));
    addNamedPage(Choice, new FeeCenterChoicePage(context, m_flow, this),
                 QStringLiteral("feeCenterChoice"));
    addNamedPage(ExistingFeeCenter, new ExistingFeeCenterPage(context, m_flow, this),
                 QStringLiteral("existingFeeCenter"));
    addNamedPage(Enterprise, new EnterpriseConfirmPage(context, m_flow, this),
                 QStringLiteral("enterpriseConfirm"));
    addNamedPage(BindWorkspaces, new BindWorkspacePage(context, m_flow, this),
                 QStringLiteral("bindWorkspaces"));
    addNamedPage(Activated, new ActivatedPage(context, m_flow, false, this),
                 QStringLiteral("activated"));
    addNamedPage(Direct, new ActivatedPage(context, m_flow, true, this),
                 QStringLiteral("loggedInDirectly"));
    connect(this, &QDialog::accepted, this, [this] {
        if (currentId() == Choice && m_flow->registering() && m_flow->session())
            emit registrationRequested(m_flow->session()->ownerAccountId);
    });
    retranslate();
}

int LoginWizard::nextId() const
{
    if (currentId() < 0)
        return -1;
    return m_flow->nextPage(LoginFlow::Page(currentId()));
}

QString LoginWizard::title() const
{
    return tr("Unified login");
}

} // namespace oc::gui
