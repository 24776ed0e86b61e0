#include "HuaweiLoginEnablePage.h"

#include "core/Countries.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/wizards/FieldBinder.h"
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
    for (const CountryInfo &country : Countries)
        m_ui->countryCombo->addItem(QString(), QString::fromLatin1(country.code));
    using F = HuaweiLoginFlow;
    FieldBinder *b = binder();
    b->bind(F::ServiceCountryKey, m_ui->countryCombo);
    b->bind(F::AgreementKey, m_ui->agreementCheck);
    b->bind(F::PromotionsKey, m_ui->promotionsCheck);
    b->bindError(F::ServiceCountryKey, m_ui->serviceCountryRegionError);
    b->bindError(F::AgreementKey, m_ui->agreementError);
    flow->setFieldPage(F::ServiceCountryKey, F::EnablePage);
    flow->setFieldPage(F::AgreementKey, F::EnablePage);
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
    m_ui->introLabel->setText(tr("Check the country/region before enabling: it is fixed from "
                                 "then on."));
    for (int i = 0; i < m_ui->countryCombo->count(); ++i)
        m_ui->countryCombo->setItemText(
            i, DomainText::countryName(m_ui->countryCombo->itemData(i).toString()));
    m_ui->countryHelp->setText(
        tr("It should match the billing address. It determines the applicable laws, the Huawei "
           "Cloud signing entity and the tax rates, and cannot be changed once services are "
           "enabled."));
    m_ui->laterNote->setText(tr("Until the services are enabled the account cannot buy or be "
                                "authenticated; you can enable them at any later login."));
    setButtonText(QWizard::CommitButton, tr("&Enable"));
}

} // namespace oc::gui
