#include "PartnerEnablePage.h"

#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/PartnerText.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_PartnerEnablePage.h"

#include <QCheckBox>

namespace oc::gui {

using namespace Qt::StringLiterals;

PartnerEnablePage::PartnerEnablePage(AppContext *context, PartnerAssocFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::PartnerEnablePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    // Enable associates for good: Back is not offered afterwards.
    setCommitPage(true);
    using F = PartnerAssocFlow;
    FieldBinder *b = binder();
    b->bind(F::DocumentsKey, m_ui->documentsCheck);
    b->bind(F::PromotionsKey, m_ui->promotionsCheck);
    b->bindError(F::DocumentsKey, m_ui->documentsAcceptedError, m_ui->documentsCheck);
    flow->setFieldPage(F::DocumentsKey, F::EnablePage);
    flow->setFieldPage(F::PromotionsKey, F::EnablePage);
    m_ui->documentsCheckText->setBuddy(m_ui->documentsCheck);
    m_ui->promotionsCheckText->setBuddy(m_ui->promotionsCheck);
    connect(flow, &PartnerAssocFlow::refusalChanged, this, &PartnerEnablePage::showRefusal);
    addStatusArea(m_ui->contentLayout);
}

PartnerEnablePage::~PartnerEnablePage() = default;

void PartnerEnablePage::initializePage()
{
    WizardPage::initializePage();
    m_ui->documentsCheck->setFocus();
}

bool PartnerEnablePage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->associate(), tr("Associating with the partner…"), done);
    return true;
}

void PartnerEnablePage::showRefusal()
{
    const auto &refusal = m_flow->refusal();
    if (!refusal) {
        m_ui->refusalLabel->clear();
        m_ui->refusalLabel->hide();
        return;
    }
    // R-PTN-3 / R-PTN-4: every condition the account fails, in words.
    QString items;
    for (const QString &condition : m_flow->failedConditions())
        items += u"<li>"_s +
                 PartnerText::conditionText(condition, QString(), context()->displayZone())
                     .toHtmlEscaped() +
                 u"</li>"_s;
    m_ui->refusalLabel->setText(
        u"<p>"_s + tr("The account does not meet these conditions:").toHtmlEscaped() +
        u"</p><ul>"_s + items + u"</ul><p>"_s +
        tr("Associate another HUAWEI ID, or fix the conditions and click Enable again.")
            .toHtmlEscaped() +
        u"</p>"_s);
    m_ui->refusalLabel->show();
}

void PartnerEnablePage::retranslatePage()
{
    setTitle(tr("Associate with a Partner"));
    setSubTitle(tr("Step 3 of 3: Enable Huawei Cloud Services"));
    const auto &invitation = m_flow->invitation();
    m_ui->introLabel->setText(
        tr("Enable checks whether the account may be associated with the partner, then "
           "associates it."));
    m_ui->partnerValue->setText(invitation
                                    ? tr("%1 (%2)").arg(invitation->partner.enterpriseName,
                                                        PartnerText::modelText(invitation->model))
                                    : QString());
    m_ui->accountValue->setText(m_flow->registerNew()
                                    ? tr("A new HUAWEI ID for %1").arg(m_flow->email())
                                    : m_flow->accountName());
    m_ui->documentsCheckText->setText(
        tr("&I have read and agree with the Huawei Cloud Customer Agreement, Privacy Statement, "
           "and Instructions for Associating with Huawei Cloud Partner."));
    m_ui->documentsCheck->setAccessibleName(captionOf(m_ui->documentsCheckText));
    m_ui->promotionsCheckText->setText(
        tr("I would like to receive updates about discounts and &promotions as and when they "
           "become available."));
    m_ui->promotionsCheck->setAccessibleName(captionOf(m_ui->promotionsCheckText));
    m_ui->enableNote->setText(
        m_flow->isReseller()
            ? tr("In the reseller model the account is frozen once associated, until the "
                 "partner sets a monthly budget.")
            : QString());
    m_ui->enableNote->setVisible(m_flow->isReseller());
    setButtonText(QWizard::CommitButton, tr("&Enable"));
    showRefusal();
}

} // namespace oc::gui
