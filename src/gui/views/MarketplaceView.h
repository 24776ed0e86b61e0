#pragma once

#include "TabbedListsView.h"
#include "core/Domain.h"

namespace oc::gui {

// Marketplace: purchased services and orders, per Huawei Cloud account.
class MarketplaceView : public TabbedListsView
{
    Q_OBJECT
public:
    explicit MarketplaceView(AppContext *context, QWidget *parent = nullptr);

signals:
    // W-BUY for the chosen account (empty: let the wizard choose).
    void purchaseRequested(const QString &accountId, oc::ProductKind product);
    // W-CANCEL for the selected purchased service.
    void closeResourceRequested(const QString &instanceId);

protected:
    void retranslate() override;

private:
    std::function<void()> m_retranslateMore;
};

} // namespace oc::gui
