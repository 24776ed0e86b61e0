#pragma once

#include "RechargeFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class RechargeResultPage;
}

class QTableWidget;

namespace oc::gui {

// W-SVC page 3: the cards the recharge created (R-SVC-3), bound to the account (R-SVC-4).
class RechargeResultPage : public WizardPage
{
    Q_OBJECT
public:
    RechargeResultPage(AppContext *context, RechargeFlow *flow, QWidget *parent = nullptr);
    ~RechargeResultPage() override;

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::RechargeResultPage> m_ui;
    RechargeFlow *m_flow;
    QTableWidget *m_cards;
};

} // namespace oc::gui
