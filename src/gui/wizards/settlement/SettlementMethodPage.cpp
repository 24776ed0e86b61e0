#include "SettlementMethodPage.h"

#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_SettlementMethodPage.h"

#include <QButtonGroup>

namespace oc::gui {

SettlementMethodPage::SettlementMethodPage(AppContext *context, SettlementFlow *flow,
                                           QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::SettlementMethodPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_methods = new QButtonGroup(this);
    m_methods->addButton(m_ui->huaweiRadio, 0);
    m_methods->addButton(m_ui->feeCenterRadio, 1);
    m_methods->addButton(m_ui->alibabaRadio, 2);
    m_methods->addButton(m_ui->awsRadio, 3);
    // The other cloud accounts are listed but bound in their own marketplaces (R-SET-1).
    m_ui->alibabaRadio->setEnabled(false);
    m_ui->awsRadio->setEnabled(false);
    const QString method = QString::fromLatin1(SettlementFlow::MethodKey);
    binder()->bind(method, m_methods,
                   {toString(SettlementMethod::HuaweiCloud), toString(SettlementMethod::FeeCenter),
                    toString(SettlementMethod::AlibabaCloud), toString(SettlementMethod::Aws)});
    binder()->bindError(method, m_ui->methodError);
    flow->setFieldPage(method, SettlementFlow::MethodPage);
    connect(flow, &SettlementFlow::workspaceLoaded, this, [this] {
        showWorkspace();
        emit completeChanged();
    });
    addStatusArea(m_ui->contentLayout);
}

SettlementMethodPage::~SettlementMethodPage() = default;

void SettlementMethodPage::initializePage()
{
    WizardPage::initializePage();
    reload();
}

void SettlementMethodPage::reload()
{
    await(m_flow->loadWorkspace(), tr("Loading the workspace…"), [this](const Status &status) {
        if (!status.ok())
            showError(status.error(), [this] { reload(); });
    });
}

void SettlementMethodPage::showWorkspace()
{
    const QVariantMap &w = m_flow->workspace();
    if (w.isEmpty())
        return;
    m_ui->workspaceValue->setText(tr("%1 (%2, %3)")
                                      .arg(w.value(column::Name).toString(),
                                           DomainText::siteName(w.value(column::Site).toString()),
                                           w.value(column::FeeCenterUsername).toString()));
    QString current =
        DomainText::enumValue(enumName::SettlementMethod, w.value(column::Settlement).toString());
    if (!w.value(column::SettlementAccountId).toString().isEmpty())
        current += QStringLiteral("\n") + w.value(column::SettlementAccountId).toString();
    if (!w.value(column::SettlementInstanceId).toString().isEmpty())
        current += QStringLiteral("\n") + w.value(column::SettlementInstanceId).toString();
    m_ui->currentValue->setText(current);
}

bool SettlementMethodPage::startRemoteStep(std::function<void(const Status &)> done)
{
    if (m_flow->toHuawei())
        return false; // the account page checks the Huawei details
    // Back to the fee-center account: the backend says at once whether it may.
    await(m_flow->check(), tr("Checking…"), done);
    return true;
}

void SettlementMethodPage::retranslatePage()
{
    setTitle(tr("Change settlement"));
    setSubTitle(tr("Billing Center > Workspace management: who pays for this workspace."));
    m_ui->methodNote->setText(
        tr("Alibaba Cloud and AWS accounts are bound from their own marketplaces. The settlement "
           "method changes at most once per calendar month."));
    showWorkspace();
}

} // namespace oc::gui
