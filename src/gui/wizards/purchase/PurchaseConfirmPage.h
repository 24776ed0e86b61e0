#pragma once

#include "PurchaseFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class PurchaseConfirmPage;
}

namespace oc::gui {

// W-BUY page 2: the order's summary, the terms, and the commit ("Subscribe now" / "Pay").
class PurchaseConfirmPage : public WizardPage
{
    Q_OBJECT
public:
    PurchaseConfirmPage(AppContext *context, PurchaseFlow *flow, QWidget *parent = nullptr);
    ~PurchaseConfirmPage() override;

protected:
    void initializePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::PurchaseConfirmPage> m_ui;
    PurchaseFlow *m_flow;
};

} // namespace oc::gui
