#include "HuaweiLoginEnablePage.h"

#include "gui/AppContext.h"
#include "gui/wizards/EnableServicesForm.h"
#include "ui_SignUpEnablePage.h"

#include <QPushButton>

namespace oc::gui {

HuaweiLoginEnablePage::HuaweiLoginEnablePage(AppContext *context, HuaweiLoginFlow *flow,
                                             QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::SignUpEnablePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    using F = HuaweiLoginFlow;
    EnableServicesForm::setUp(m_ui.get(), binder(), flow,
                              {F::ServiceCountryKey, F::AgreementKey, F::PromotionsKey},
                              F::EnablePage);
    connect(m_ui->laterButton, &QPushButton::clicked, this, [this] {
        m_flow->enableLater();
        wizard()->next();
    });
    disableWhileBusy(m_ui->laterButton);
    addStatusArea(m_ui->contentLayout);
}

HuaweiLoginEnablePage::~HuaweiLoginEnablePage() = default;

void HuaweiLoginEnablePage::initializePage()
{
    // The account's country, still editable here (R-ACC-5).
    if (m_flow->serviceCountryRegion().isEmpty() && m_flow->isSignedIn())
        m_flow->setDefault(HuaweiLoginFlow::ServiceCountryKey,
                           m_flow->result()->account->countryRegion);
    WizardPage::initializePage();
}

bool HuaweiLoginEnablePage::startRemoteStep(std::function<void(const Status &)> done)
{
    if (m_flow->enabledLater())
        return false;
    await(m_flow->enableServices(), tr("Enabling Huawei Cloud services…"), done);
    return true;
}

void HuaweiLoginEnablePage::retranslatePage()
{
    setTitle(tr("Enable Huawei Cloud Services"));
    setSubTitle(tr("Signed in. Huawei Cloud services of this account are not enabled yet."));
    EnableServicesForm::retranslate(m_ui.get());
    m_ui->laterNote->setText(tr("Until the services are enabled the account cannot buy or be "
                                "authenticated; you can enable them at any later login."));
    setButtonText(QWizard::CommitButton, tr("&Enable"));
}

} // namespace oc::gui
