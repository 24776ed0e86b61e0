#pragma once

#include "PurchaseFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class PurchaseResultPage;
}

namespace oc::gui {

// W-BUY page 3: the order number and, for a subscription, the instance and its status
// (R-MKT-2: provisioning, active shortly after, followed here).
class PurchaseResultPage : public WizardPage
{
    Q_OBJECT
public:
    PurchaseResultPage(AppContext *context, PurchaseFlow *flow, QWidget *parent = nullptr);
    ~PurchaseResultPage() override;

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    void refreshStatus();

    std::unique_ptr<Ui::PurchaseResultPage> m_ui;
    PurchaseFlow *m_flow;
};

} // namespace oc::gui
