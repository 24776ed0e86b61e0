#include "SignUpEnablePage.h"

#include "gui/AppContext.h"
#include "gui/wizards/EnableServicesForm.h"
#include "ui_SignUpEnablePage.h"

#include <QPushButton>

namespace oc::gui {

SignUpEnablePage::SignUpEnablePage(AppContext *context, SignUpFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::SignUpEnablePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    using F = SignUpFlow;
    EnableServicesForm::setUp(m_ui.get(), binder(), flow,
                              {F::ServiceCountryKey, F::AgreementKey, F::PromotionsKey},
                              F::EnablePage);
    // R-ACC-16: "(You can also choose to enable services later.)" — the account stays
    // not enabled; the information is completed at the next login.
    connect(m_ui->laterButton, &QPushButton::clicked, this, [this] {
        m_flow->enableLater();
        wizard()->next();
    });
    disableWhileBusy(m_ui->laterButton);
    addStatusArea(m_ui->contentLayout);
}

SignUpEnablePage::~SignUpEnablePage() = default;

void SignUpEnablePage::initializePage()
{
    // The country chosen at sign-up, still editable here (R-ACC-5).
    if (m_flow->serviceCountryRegion().isEmpty())
        m_flow->setDefault(SignUpFlow::ServiceCountryKey, m_flow->countryRegion());
    WizardPage::initializePage();
}

bool SignUpEnablePage::startRemoteStep(std::function<void(const Status &)> done)
{
    if (m_flow->isSkipped(SignUpFlow::EnablePage))
        return false;
    await(m_flow->enableServices(), tr("Enabling Huawei Cloud services…"), done);
    return true;
}

void SignUpEnablePage::retranslatePage()
{
    setTitle(tr("Enable Huawei Cloud Services"));
    setSubTitle(tr("The HUAWEI ID is created. Enable Huawei Cloud services to use it on "
                   "Huawei Cloud."));
    EnableServicesForm::retranslate(m_ui.get());
    m_ui->laterNote->setText(
        tr("Before buying cloud services, add a mobile number, the account details and a "
           "payment method. You can also enable services later: the account stays not "
           "enabled until then."));
    setButtonText(QWizard::CommitButton, tr("&Enable"));
}

} // namespace oc::gui
