#include "RechargeOrderPage.h"

#include "gui/AppContext.h"
#include "gui/widgets/HelpLink.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_RechargeOrderPage.h"

namespace oc::gui {

RechargeOrderPage::RechargeOrderPage(AppContext *context, RechargeFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::RechargeOrderPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    auto *accountHelp = new HelpLink(HelpTopic::AccountId, this);
    accountHelp->setObjectName(QStringLiteral("accountIdHelp"));
    m_ui->accountHelpSlot->addWidget(accountHelp);
    auto *orderHelp = new HelpLink(HelpTopic::OrderId, this);
    orderHelp->setObjectName(QStringLiteral("orderIdHelp"));
    m_ui->orderHelpSlot->addWidget(orderHelp);
    setTabOrder(m_ui->accountIdEdit, accountHelp);
    setTabOrder(accountHelp, m_ui->orderIdEdit);
    setTabOrder(m_ui->orderIdEdit, orderHelp);
    const QString account = QString::fromLatin1(RechargeFlow::HuaweiAccountIdKey);
    const QString order = QString::fromLatin1(RechargeFlow::OrderIdKey);
    binder()->bind(account, m_ui->accountIdEdit, true);
    binder()->bind(order, m_ui->orderIdEdit, true);
    binder()->bindError(account, m_ui->huaweiAccountIdError);
    binder()->bindError(order, m_ui->orderIdError);
    flow->setFieldPage(account, RechargeFlow::OrderPage);
    flow->setFieldPage(order, RechargeFlow::OrderPage);
    addStatusArea(m_ui->contentLayout);
}

RechargeOrderPage::~RechargeOrderPage() = default;

bool RechargeOrderPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->recharge(), tr("Recharging…"), done);
    return true;
}

void RechargeOrderPage::retranslatePage()
{
    setTitle(tr("Huawei Cloud marketplace purchase"));
    setSubTitle(tr("Enter the Huawei Cloud account ID and the order number of the stored-value "
                   "card purchase."));
    setButtonText(QWizard::CommitButton, tr("&Recharge"));
}

} // namespace oc::gui
