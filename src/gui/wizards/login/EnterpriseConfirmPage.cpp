#include "EnterpriseConfirmPage.h"

#include "gui/AppContext.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_EnterpriseConfirmPage.h"

namespace oc::gui {

EnterpriseConfirmPage::EnterpriseConfirmPage(AppContext *context, LoginFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::EnterpriseConfirmPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    const auto key = [](const char *name) { return QString::fromLatin1(name); };
    FieldBinder *b = binder();
    b->bind(key(LoginFlow::EnterpriseNameKey), m_ui->enterpriseNameEdit);
    b->bind(key(LoginFlow::IndustryKey), m_ui->industryEdit);
    b->bind(key(LoginFlow::ContactKey), m_ui->contactEdit);
    for (const auto &[field, label] :
         {std::pair{LoginFlow::EnterpriseNameKey, m_ui->enterpriseNameError},
          std::pair{LoginFlow::IndustryKey, m_ui->industryError},
          std::pair{LoginFlow::ContactKey, m_ui->contactError}}) {
        b->bindError(key(field), label);
        flow->setFieldPage(key(field), LoginFlow::EnterprisePage);
    }
    addStatusArea(m_ui->contentLayout);
}

EnterpriseConfirmPage::~EnterpriseConfirmPage() = default;

void EnterpriseConfirmPage::initializePage()
{
    WizardPage::initializePage();
    if (const auto &feeCenter = m_flow->feeCenter())
        m_ui->feeCenterValue->setText(feeCenter->account.username);
}

bool EnterpriseConfirmPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->confirmEnterprise(), tr("Saving…"), done);
    return true;
}

void EnterpriseConfirmPage::retranslatePage()
{
    setTitle(tr("Enterprise information"));
    setSubTitle(tr("Confirm the company information of the fee-center account."));
}

} // namespace oc::gui
