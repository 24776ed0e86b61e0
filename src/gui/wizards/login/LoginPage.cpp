#include "LoginPage.h"

#include "gui/AppContext.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_LoginPage.h"

namespace oc::gui {

LoginPage::LoginPage(AppContext *context, LoginFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::LoginPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    const QString name = QString::fromLatin1(LoginFlow::LoginNameKey);
    const QString password = QString::fromLatin1(LoginFlow::PasswordKey);
    binder()->bind(name, m_ui->loginNameEdit, true);
    binder()->bind(password, m_ui->passwordEdit);
    binder()->bindError(name, m_ui->loginNameError);
    binder()->bindError(password, m_ui->passwordError);
    flow->setFieldPage(name, LoginFlow::LoginPage);
    flow->setFieldPage(password, LoginFlow::LoginPage);
    m_ui->addressValue->setText(QString::fromLatin1(Catalogue::UnifiedLoginAddress));
    addStatusArea(m_ui->contentLayout);
}

LoginPage::~LoginPage() = default;

bool LoginPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->logIn(), tr("Logging in…"), done);
    return true;
}

void LoginPage::retranslatePage()
{
    setTitle(tr("Unified login"));
    setSubTitle(
        tr("Log in with the account and password set when the member was added, e.g. wendy@gcy."));
}

} // namespace oc::gui
