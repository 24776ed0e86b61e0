#include "ChangePasswordPage.h"

#include "gui/AppContext.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_ChangePasswordPage.h"

namespace oc::gui {

ChangePasswordPage::ChangePasswordPage(AppContext *context, LoginFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::ChangePasswordPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    FieldBinder *b = binder();
    const auto key = [](const char *name) { return QString::fromLatin1(name); };
    b->bind(key(LoginFlow::CurrentPasswordKey), m_ui->currentPasswordEdit);
    b->bind(key(LoginFlow::NewPasswordKey), m_ui->newPasswordEdit);
    b->bind(key(LoginFlow::NewPasswordConfirmKey), m_ui->newPasswordConfirmEdit);
    for (const auto &[field, label] :
         {std::pair{LoginFlow::CurrentPasswordKey, m_ui->currentPasswordError},
          std::pair{LoginFlow::NewPasswordKey, m_ui->newPasswordError},
          std::pair{LoginFlow::NewPasswordConfirmKey, m_ui->newPasswordConfirmError}}) {
        b->bindError(key(field), label);
        flow->setFieldPage(key(field), LoginFlow::ChangePasswordPage);
    }
    addStatusArea(m_ui->contentLayout);
}

ChangePasswordPage::~ChangePasswordPage() = default;

void ChangePasswordPage::initializePage()
{
    WizardPage::initializePage();
    if (const auto &session = m_flow->session())
        m_ui->memberValue->setText(
            QStringLiteral("%1 (%2)").arg(session->displayName, session->loginName));
    m_ui->newPasswordEdit->setFocus();
}

bool ChangePasswordPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->changePassword(), tr("Changing the password…"), done);
    return true;
}

void ChangePasswordPage::retranslatePage()
{
    setTitle(tr("Change the initial password"));
    setSubTitle(tr("First login: choose your own password (R-ORG-6)."));
}

} // namespace oc::gui
