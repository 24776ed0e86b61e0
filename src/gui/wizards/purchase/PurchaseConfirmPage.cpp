#include "PurchaseConfirmPage.h"

#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_PurchaseConfirmPage.h"

namespace oc::gui {

PurchaseConfirmPage::PurchaseConfirmPage(AppContext *context, PurchaseFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::PurchaseConfirmPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    const QString terms = QString::fromLatin1(PurchaseFlow::TermsKey);
    binder()->bind(terms, m_ui->termsCheck);
    binder()->bindError(terms, m_ui->termsError, m_ui->termsCheck);
    flow->setFieldPage(terms, PurchaseFlow::ConfirmPage);
    addStatusArea(m_ui->contentLayout);
}

PurchaseConfirmPage::~PurchaseConfirmPage() = default;

void PurchaseConfirmPage::initializePage()
{
    WizardPage::initializePage();
    const bool cards = m_flow->product() == ProductKind::StoredValueCard;
    m_ui->summaryAccountValue->setText(
        QStringLiteral("%1\n%2").arg(m_flow->accountName(), m_flow->accountId()));
    m_ui->summaryProductValue->setText(
        DomainText::productName(toString(m_flow->product()), context()->brand()));
    m_ui->summaryQuantityValue->setText(QString::number(m_flow->quantity()));
    m_ui->summaryAmountValue->setText(cards ? DomainText::money(m_flow->amount())
                                            : tr("Pay per use"));
    m_ui->summaryPaymentValue->setText(cards ? tr("Huawei Cloud account balance")
                                             : tr("Billed through the Huawei Cloud account"));
    retranslatePage();
    // Back and here again: the paid order still waits for its instance (Subscribe stays off).
    if (const auto pending = m_flow->pendingOrder())
        showError(*pending);
}

bool PurchaseConfirmPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->purchase(),
          m_flow->product() == ProductKind::Subscription ? tr("Submitting the subscription…")
                                                         : tr("Paying the order…"),
          done);
    return true;
}

void PurchaseConfirmPage::retranslatePage()
{
    const bool cards = m_flow->product() == ProductKind::StoredValueCard;
    setTitle(cards ? tr("Order details") : tr("Purchase %1 SaaS Edition").arg(context()->brand()));
    setSubTitle(cards ? tr("Check the order and pay.") : tr("Agree to the terms and subscribe."));
    setButtonText(QWizard::CommitButton, cards ? tr("&Pay") : tr("&Subscribe now"));
}

} // namespace oc::gui
