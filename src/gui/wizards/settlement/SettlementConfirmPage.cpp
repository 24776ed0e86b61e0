#include "SettlementConfirmPage.h"

#include "core/ListNames.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "ui_SettlementConfirmPage.h"

namespace oc::gui {

SettlementConfirmPage::SettlementConfirmPage(AppContext *context, SettlementFlow *flow, bool result,
                                             QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::SettlementConfirmPage>())
    , m_flow(flow)
    , m_result(result)
{
    m_ui->setupUi(this);
    setCommitPage(!result);
    addStatusArea(m_ui->contentLayout);
}

SettlementConfirmPage::~SettlementConfirmPage() = default;

void SettlementConfirmPage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
}

bool SettlementConfirmPage::startRemoteStep(std::function<void(const Status &)> done)
{
    if (m_result)
        return false;
    await(m_flow->change(), tr("Changing the settlement…"), done);
    return true;
}

void SettlementConfirmPage::retranslatePage()
{
    const auto methodName = [](SettlementMethod method) {
        return DomainText::enumValue(enumName::SettlementMethod, toString(method));
    };
    const bool huawei = m_flow->toHuawei();
    setTitle(m_result ? tr("Settlement changed") : tr("Confirm"));
    setSubTitle(m_result ? tr("The workspace now settles as shown.")
                         : tr("Check and confirm the change."));
    setButtonText(QWizard::CommitButton, tr("&Confirm"));
    m_ui->confirmWorkspaceValue->setText(m_flow->workspace().value(column::Name).toString());
    if (m_result && m_flow->changed()) {
        const Workspace &w = *m_flow->changed();
        m_ui->confirmMethodValue->setText(methodName(w.settlement));
        m_ui->confirmAccountValue->setText(w.settlementAccountId);
        m_ui->confirmInstanceValue->setText(w.settlementInstanceId);
    } else {
        m_ui->confirmMethodValue->setText(methodName(m_flow->method()));
        m_ui->confirmAccountValue->setText(huawei ? m_flow->accountId() : QString());
        m_ui->confirmInstanceValue->setText(huawei ? m_flow->instanceId() : QString());
    }
    showFormRow(m_ui->form, m_ui->confirmAccountValue, huawei);
    showFormRow(m_ui->form, m_ui->confirmInstanceValue, huawei);
    m_ui->monthlyNote->setText(
        m_result ? QString()
                 : tr("The settlement method can be changed again next calendar month."));
}

} // namespace oc::gui
