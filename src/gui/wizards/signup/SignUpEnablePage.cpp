#include "SignUpEnablePage.h"

#include "core/Countries.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/wizards/FieldBinder.h"
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
    for (const CountryInfo &country : Countries)
        m_ui->countryCombo->addItem(QString(), QString::fromLatin1(country.code));
    using F = SignUpFlow;
    FieldBinder *b = binder();
    b->bind(F::ServiceCountryKey, m_ui->countryCombo);
    b->bind(F::AgreementKey, m_ui->agreementCheck);
    b->bind(F::PromotionsKey, m_ui->promotionsCheck);
    b->bindError(F::ServiceCountryKey, m_ui->serviceCountryRegionError);
    b->bindError(F::AgreementKey, m_ui->agreementError);
    flow->setFieldPage(F::ServiceCountryKey, F::EnablePage);
    flow->setFieldPage(F::AgreementKey, F::EnablePage);
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
    m_ui->introLabel->setText(tr("Check the country/region before enabling: it is fixed from "
                                 "then on."));
    for (int i = 0; i < m_ui->countryCombo->count(); ++i)
        m_ui->countryCombo->setItemText(
            i, DomainText::countryName(m_ui->countryCombo->itemData(i).toString()));
    m_ui->countryHelp->setText(
        tr("It should match the billing address. It determines the applicable laws, the Huawei "
           "Cloud signing entity and the tax rates, and cannot be changed once services are "
           "enabled."));
    m_ui->laterNote->setText(
        tr("Before buying cloud services, add a mobile number, the account details and a "
           "payment method. You can also enable services later: the account stays not "
           "enabled until then."));
    setButtonText(QWizard::CommitButton, tr("&Enable"));
}

} // namespace oc::gui
