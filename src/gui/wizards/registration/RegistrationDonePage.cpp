#include "RegistrationDonePage.h"

#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "ui_RegistrationDonePage.h"

namespace oc::gui {

RegistrationDonePage::RegistrationDonePage(AppContext *context, RegistrationFlow *flow,
                                           QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::RegistrationDonePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    addStatusArea(m_ui->contentLayout);
}

RegistrationDonePage::~RegistrationDonePage() = default;

void RegistrationDonePage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
}

void RegistrationDonePage::retranslatePage()
{
    setTitle(tr("Done"));
    setSubTitle(QString());
    m_ui->doneTitle->setText(tr("Activated successfully"));
    if (!m_flow->result())
        return;
    const RegistrationResult &r = *m_flow->result();
    const QString brand = context()->brand();
    m_ui->guanceAccountValue->setText(
        tr("%1 account %2 (%3)")
            .arg(brand, r.guanceAccount.username, DomainText::siteName(r.guanceAccount.site)));
    m_ui->feeCenterValue->setText(r.feeCenterAccount ? r.feeCenterAccount->username
                                                     : tr("Not created"));
    m_ui->workspaceValue->setText(
        tr("%1 — %2, %3")
            .arg(r.workspace.name,
                 DomainText::enumValue(enumName::WorkspaceLanguage, toString(r.workspace.language)),
                 DomainText::siteName(r.workspace.site)));
    QString settlement =
        DomainText::enumValue(enumName::SettlementMethod, toString(r.workspace.settlement));
    if (!r.workspace.settlementAccountId.isEmpty())
        settlement += QStringLiteral("\n") + r.workspace.settlementAccountId;
    if (!r.workspace.settlementInstanceId.isEmpty())
        settlement += QStringLiteral("\n") + r.workspace.settlementInstanceId;
    m_ui->settlementValue->setText(settlement);
    m_ui->billingHint->setText(
        r.feeCenterAccount
            ? tr("Log in to the Billing Center with the username %1 and the password you set to "
                 "see bills, stored-value cards and workspaces.")
                  .arg(r.feeCenterAccount->username)
            : tr("This workspace is billed by its cloud account; no Billing Center login was "
                 "created."));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
}

} // namespace oc::gui
