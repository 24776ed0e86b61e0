#include "CloseFinishPage.h"

#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "ui_CloseFinishPage.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

CloseFinishPage::CloseFinishPage(AppContext *context, CloseFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::CloseFinishPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setFinalPage(true);
    connect(flow, &CloseFlow::closed, this, &CloseFinishPage::retranslatePage);
    addStatusArea(m_ui->contentLayout);
}

CloseFinishPage::~CloseFinishPage() = default;

void CloseFinishPage::initializePage()
{
    WizardPage::initializePage();
}

void CloseFinishPage::retranslatePage()
{
    setTitle(tr("Close Huawei Cloud Services"));
    setSubTitle(tr("Step 3 of 3: Finish"));
    const auto &closing = m_flow->closing();
    const auto zone = context()->displayZone();
    m_ui->resultLabel->setText(closing ? tr("Huawei Cloud services were closed successfully.")
                                       : QString());
    m_ui->closedAtValue->setText(closing ? DomainText::time(closing->closedAt, zone) : QString());
    m_ui->retentionValue->setText(closing
                                      ? tr("%1 (90 days; then disabled automatically)")
                                            .arg(DomainText::time(closing->retentionUntil, zone))
                                      : QString());
    m_ui->restoreFromValue->setText(closing ? DomainText::time(closing->restoreFrom, zone)
                                            : QString());
    m_ui->disableFromValue->setText(closing ? DomainText::time(closing->disableFrom, zone)
                                            : QString());
    m_ui->notesLabel->setText(
        u"<ul><li>"_s +
        tr("During retention the services are frozen, but you can still log in to view the "
           "service data and historical transactions.")
            .toHtmlEscaped() +
        u"</li><li>"_s +
        tr("The services are disabled automatically 90 days after closing.").toHtmlEscaped() +
        u"</li><li>"_s +
        tr("From 24 hours after closing, once nothing is owed, you can disable them at once "
           "(Basic Information > Disable Huawei Cloud Services).")
            .toHtmlEscaped() +
        u"</li><li>"_s +
        tr("To use the services again, restore them from 24 hours after closing (Basic "
           "Information > Restore Huawei Cloud Services).")
            .toHtmlEscaped() +
        u"</li></ul>"_s);
    const auto &detail = m_flow->account();
    const HuaweiAccount *a = detail ? &detail->account : nullptr;
    m_ui->sentLabel->setText(!a || !closing ? QString()
                             : a->email.isEmpty()
                                 ? tr("The result was also sent by SMS to %1.")
                                       .arg(DomainText::maskedMobile(a->securityPhone))
                                 : tr("The result was also sent by email to %1.")
                                       .arg(DomainText::maskedEmail(a->email)));
}

} // namespace oc::gui
