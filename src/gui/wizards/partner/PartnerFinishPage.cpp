#include "PartnerFinishPage.h"

#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/PartnerText.h"
#include "ui_PartnerFinishPage.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

PartnerFinishPage::PartnerFinishPage(AppContext *context, PartnerAssocFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::PartnerFinishPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setFinalPage(true);
    connect(flow, &PartnerAssocFlow::associated, this, &PartnerFinishPage::retranslatePage);
    addStatusArea(m_ui->contentLayout);
}

PartnerFinishPage::~PartnerFinishPage() = default;

void PartnerFinishPage::retranslatePage()
{
    setTitle(tr("Associate with a Partner"));
    setSubTitle(tr("Associated"));
    const auto &result = m_flow->result();
    const auto zone = context()->displayZone();
    if (!result) {
        for (QLabel *label :
             {m_ui->resultLabel, m_ui->accountValue, m_ui->accountIdValue, m_ui->partnerValue,
              m_ui->modelValue, m_ui->statusValue, m_ui->sinceValue, m_ui->authorizationValue,
              m_ui->frozenLabel, m_ui->notesLabel})
            label->clear();
        return;
    }
    const HuaweiAccount &a = result->account;
    const PartnerInfo &p = result->partner;
    m_ui->resultLabel->setText(
        tr("The HUAWEI ID %1 now has %2 as its partner.").arg(a.displayName(), p.partnerName));
    m_ui->accountValue->setText(a.loginId);
    m_ui->accountIdValue->setText(a.accountId);
    m_ui->partnerValue->setText(p.partnerName);
    m_ui->modelValue->setText(PartnerText::modelText(p.model));
    m_ui->statusValue->setText(PartnerText::statusText(p.status));
    m_ui->sinceValue->setText(DomainText::time(p.since, zone));
    m_ui->authorizationValue->setText(p.authorized ? tr("Authorized") : tr("Not authorized"));
    const bool frozen = p.status == PartnerStatus::Frozen;
    // R-PTN-1, R-PTN-6: frozen until the partner sets a monthly budget.
    m_ui->frozenLabel->setText(frozen ? PartnerText::frozenText(p.partnerName) : QString());
    m_ui->frozenLabel->setVisible(frozen);
    QString notes;
    if (p.model == PartnerModel::Reseller)
        notes += tr("Cash coupons pay only for orders created before the association; later "
                    "spending is billed to the partner.") +
                 u' ';
    notes += tr("The partner, its contacts and the Operation Log are on the account's My Partner "
                "page.");
    m_ui->notesLabel->setText(notes);
}

} // namespace oc::gui
