#pragma once

// W-BUY — Subscribe to Guance SaaS Edition on KooGallery (flows.md; seeds 000, 001, 002):
// choose the account and product, confirm ("Purchase … SaaS Edition", terms), result with
// the order number; the same wizard buys stored-value cards by quantity (R-MKT-3). The
// flow is PurchaseFlow; the pages are views of it, one per file.

#include "PurchaseFlow.h"
#include "gui/wizards/Wizard.h"

namespace oc::gui {

class PurchaseWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ProductPage = PurchaseFlow::ProductPage,
        ConfirmPage = PurchaseFlow::ConfirmPage,
        ResultPage = PurchaseFlow::ResultPage
    };
    static constexpr auto Name = "purchase";

    PurchaseWizard(AppContext *context, const QString &accountId, ProductKind product,
                   QWidget *parent = nullptr);

    PurchaseFlow *flow() const { return m_flow; }
    QString title() const override;

signals:
    // "Return to My Marketplace": show the purchased services of the account.
    void returnToMarketplace(const QString &accountId, const QString &orderId,
                             const QString &instanceId);
    // The product page's way forward for an account that cannot buy (PurchaseProductPage).
    void fixRequested(const QString &action, const QString &accountId);

private:
    PurchaseFlow *m_flow;
};

} // namespace oc::gui
