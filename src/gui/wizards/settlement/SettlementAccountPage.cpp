#include "SettlementAccountPage.h"

#include "contract/Async.h"
#include "gui/AppContext.h"
#include "gui/widgets/HelpLink.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_SettlementAccountPage.h"

#include <QLineEdit>

namespace oc::gui {

SettlementAccountPage::SettlementAccountPage(AppContext *context, SettlementFlow *flow,
                                             QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::SettlementAccountPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    auto *accountHelp = new HelpLink(HelpTopic::AccountId, this);
    accountHelp->setObjectName(QStringLiteral("accountIdHelp"));
    m_ui->accountHelpSlot->addWidget(accountHelp);
    auto *instanceHelp = new HelpLink(HelpTopic::InstanceId, this);
    instanceHelp->setObjectName(QStringLiteral("instanceIdHelp"));
    m_ui->instanceHelpSlot->addWidget(instanceHelp);
    setTabOrder(m_ui->accountIdEdit, accountHelp);
    setTabOrder(accountHelp, m_ui->instanceIdEdit);
    setTabOrder(m_ui->instanceIdEdit, instanceHelp);
    const QString account = QString::fromLatin1(SettlementFlow::AccountIdKey);
    const QString instance = QString::fromLatin1(SettlementFlow::InstanceIdKey);
    binder()->bind(account, m_ui->accountIdEdit, true);
    binder()->bind(instance, m_ui->instanceIdEdit, true);
    binder()->bindError(account, m_ui->accountIdError);
    binder()->bindError(instance, m_ui->instanceIdError);
    flow->setFieldPage(account, SettlementFlow::AccountPage);
    flow->setFieldPage(instance, SettlementFlow::AccountPage);
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(500);
    connect(&m_checkTimer, &QTimer::timeout, this, &SettlementAccountPage::checkLive);
    connect(flow, &SettlementFlow::accountIdChanged, &m_checkTimer, qOverload<>(&QTimer::start));
    connect(flow, &SettlementFlow::instanceIdChanged, &m_checkTimer, qOverload<>(&QTimer::start));
    connect(flow, &SettlementFlow::checked, this, [this](const Status &status) {
        if (status.ok())
            m_ui->checkValue->setText(tr("✓ The instance is active and belongs to this account."));
        else if (!isTransient(status.error())) // early feedback; Next asks again
            showError(status.error());
    });
    addStatusArea(m_ui->contentLayout);
}

SettlementAccountPage::~SettlementAccountPage() = default;

void SettlementAccountPage::checkLive()
{
    m_ui->checkValue->clear();
    if (localErrors().isEmpty())
        m_flow->check(); // the answer comes as checked()
}

bool SettlementAccountPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->check(), tr("Checking…"), done);
    return true;
}

void SettlementAccountPage::retranslatePage()
{
    setTitle(tr("Huawei Cloud account settlement"));
    setSubTitle(tr("First activate %1 SaaS Edition on Huawei Cloud, then enter the account ID and "
                   "the instance ID.")
                    .arg(context()->brand()));
}

} // namespace oc::gui
