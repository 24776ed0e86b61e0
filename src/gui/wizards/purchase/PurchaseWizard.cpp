#include "PurchaseWizard.h"

#include "PurchaseConfirmPage.h"
#include "PurchaseProductPage.h"
#include "PurchaseResultPage.h"
#include "gui/AppContext.h"

namespace oc::gui {

PurchaseWizard::PurchaseWizard(AppContext *context, const QString &accountId, ProductKind product,
                               QWidget *parent)
    : Wizard(context, new PurchaseFlow(context->backend()), QString::fromLatin1(Name), parent)
    , m_flow(static_cast<PurchaseFlow *>(state()))
{
    if (!accountId.isEmpty())
        m_flow->setDefault(QString::fromLatin1(PurchaseFlow::AccountIdKey), accountId);
    m_flow->setDefault(QString::fromLatin1(PurchaseFlow::ProductKey), toString(product));
    auto *productPage = new PurchaseProductPage(context, m_flow, this);
    addNamedPage(ProductPage, productPage, QStringLiteral("purchaseProduct"));
    addNamedPage(ConfirmPage, new PurchaseConfirmPage(context, m_flow, this),
                 QStringLiteral("purchaseConfirm"));
    addNamedPage(ResultPage, new PurchaseResultPage(context, m_flow, this),
                 QStringLiteral("purchaseResult"));
    connect(productPage, &PurchaseProductPage::fixRequested, this,
            [this](const QString &action, const QString &id) {
                emit fixRequested(action, id);
                close(); // an interruption: the draft stays
            });
    connect(this, &QDialog::accepted, this, [this] {
        emit returnToMarketplace(m_flow->accountId(), m_flow->orderId(), m_flow->instanceId());
    });
    retranslate();
}

QString PurchaseWizard::title() const
{
    return tr("Buy on KooGallery");
}

} // namespace oc::gui
