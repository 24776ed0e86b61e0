#include "CloseCheckPage.h"

#include "gui/AppContext.h"
#include "gui/ClosingText.h"
#include "gui/DomainText.h"
#include "gui/widgets/ClosingCheckView.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/Wizard.h"
#include "ui_CloseCheckPage.h"

#include <QPushButton>

namespace oc::gui {

using namespace Qt::StringLiterals;

CloseCheckPage::CloseCheckPage(AppContext *context, CloseFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::CloseCheckPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_check = new ClosingCheckView(this);
    m_ui->checkSlot->addWidget(m_check);
    // Proceed to Close is final (the seed: it cannot be stopped or canceled): a commit page.
    setCommitPage(true);
    binder()->bindError(CloseFlow::CheckIdKey, m_ui->checkIdError, m_ui->checkAgainButton);
    flow->setFieldPage(CloseFlow::CheckIdKey, CloseFlow::CheckPage);
    connect(flow, &CloseFlow::checkChanged, this, &CloseCheckPage::showCheck);
    connect(flow, &WizardState::errorChanged, this, [this](const QString &field) {
        if (field == CloseFlow::CheckIdKey)
            showCheck(); // "Check again" is offered after a refused Proceed too
    });
    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, &CloseCheckPage::checkAgain);
    disableWhileBusy(m_ui->checkAgainButton);
    addStatusArea(m_ui->contentLayout);
}

CloseCheckPage::~CloseCheckPage() = default;

void CloseCheckPage::initializePage()
{
    WizardPage::initializePage();
    showCheck();
}

void CloseCheckPage::showCheck()
{
    const auto &check = m_flow->check();
    m_check->setCheck(check);
    const auto zone = context()->displayZone();
    m_ui->checkedAtValue->setText(check ? DomainText::time(check->checkedAt, zone) : QString());
    m_ui->reasonValue->setText(check ? ClosingText::reasonText(check->reason) : QString());
    // A failed check ended its application (R-CLS-4); a refused Proceed (R-CLS-1: something
    // changed since) needs a new one too.
    const bool again = (check && !check->passed()) || m_flow->error(CloseFlow::CheckIdKey);
    m_ui->checkAgainButton->setVisible(again);
    const auto &detail = m_flow->account();
    const HuaweiAccount *a = detail ? &detail->account : nullptr;
    m_ui->sentLabel->setText(!a ? QString()
                             : a->email.isEmpty()
                                 ? tr("The result was also sent by SMS to %1.")
                                       .arg(DomainText::maskedMobile(a->securityPhone))
                                 : tr("The result was also sent by email to %1.")
                                       .arg(DomainText::maskedEmail(a->email)));
    m_ui->sentLabel->setVisible(check.has_value());
    emit completeChanged();
}

void CloseCheckPage::cleanupPage()
{
    m_flow->startNewApplication();
    WizardPage::cleanupPage();
}

void CloseCheckPage::checkAgain()
{
    // A new application: back to the code (the terms, reason and channel kept).
    m_flow->startNewApplication();
    if (Wizard *w = ocWizard())
        w->goBackToPage(CloseFlow::VerifyPage);
}

bool CloseCheckPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->proceed(), tr("Closing Huawei Cloud services…"), done);
    return true;
}

void CloseCheckPage::retranslatePage()
{
    setTitle(tr("Close Huawei Cloud Services"));
    setSubTitle(tr("Step 2 of 3: Wait for Auto Check & Confirm"));
    m_ui->introLabel->setText(
        tr("Huawei checked the account automatically. Proceed to Close is possible only when "
           "all three checks pass; once confirmed, closing cannot be canceled."));
    m_ui->checkAgainButton->setAccessibleDescription(
        tr("Submits a new application once the failed items are fixed: a new verification code "
           "is needed."));
    setButtonText(QWizard::CommitButton, tr("&Proceed to Close"));
    showCheck();
}

} // namespace oc::gui
