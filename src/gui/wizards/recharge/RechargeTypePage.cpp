#include "RechargeTypePage.h"

#include "contract/Async.h"
#include "gui/AppContext.h"
#include "ui_RechargeTypePage.h"

namespace oc::gui {

RechargeTypePage::RechargeTypePage(AppContext *context, RechargeFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::RechargeTypePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_ui->marketplaceRadio->setChecked(true);
    m_ui->directRadio->setEnabled(false); // bought in the Billing Center itself, not here
    connect(flow, &RechargeFlow::feeCenterLoaded, this,
            [this] { m_ui->feeCenterValue->setText(m_flow->feeCenterUsername()); });
    addStatusArea(m_ui->contentLayout);
}

RechargeTypePage::~RechargeTypePage() = default;

void RechargeTypePage::initializePage()
{
    WizardPage::initializePage();
    reload();
}

void RechargeTypePage::reload()
{
    // Only shows the account's name: Next need not wait for it.
    onFinished(m_flow->loadFeeCenter(), this, [this](const Status &status) {
        if (!status.ok())
            showError(status.error(), [this] { reload(); });
    });
}

void RechargeTypePage::retranslatePage()
{
    setTitle(tr("Buy stored-value card"));
    setSubTitle(tr("Billing Center > Account overview: recharge with cards bought on KooGallery."));
    m_ui->typeNote->setText(
        tr("After paying for %1 stored-value cards on KooGallery, recharge the fee-center account "
           "with the Huawei Cloud account ID and the order number. Each unit becomes one card of "
           "100 CNY.")
            .arg(context()->brand()));
}

} // namespace oc::gui
