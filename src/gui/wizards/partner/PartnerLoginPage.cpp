#include "PartnerLoginPage.h"

#include "gui/AppContext.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_PartnerLoginPage.h"

#include <QLineEdit>

namespace oc::gui {

PartnerLoginPage::PartnerLoginPage(AppContext *context, PartnerAssocFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::PartnerLoginPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    using F = PartnerAssocFlow;
    FieldBinder *b = binder();
    b->bind(F::AccountNameKey, m_ui->accountNameEdit, true);
    b->bind(F::LoginPasswordKey, m_ui->passwordEdit);
    b->bindError(F::AccountNameKey, m_ui->accountNameError);
    b->bindError(F::LoginPasswordKey, m_ui->loginPasswordError);
    flow->setFieldPage(F::AccountNameKey, F::LoginPage);
    flow->setFieldPage(F::LoginPasswordKey, F::LoginPage);
    addStatusArea(m_ui->contentLayout);
}

PartnerLoginPage::~PartnerLoginPage() = default;

void PartnerLoginPage::initializePage()
{
    WizardPage::initializePage();
    m_ui->accountNameEdit->setFocus();
}

bool PartnerLoginPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->checkLogin(context()->deviceId()), tr("Checking the account…"), done);
    return true;
}

void PartnerLoginPage::retranslatePage()
{
    setTitle(tr("Associate with a Partner"));
    setSubTitle(tr("Step 2 of 3: Login for Association"));
    m_ui->introLabel->setText(
        tr("Log in with the HUAWEI ID to associate with the partner: its login ID, email "
           "address, mobile number or tenant name, and its password."));
    m_ui->loginNote->setText(
        tr("The account is checked now; it is associated when you click Enable on the next "
           "page."));
}

} // namespace oc::gui
