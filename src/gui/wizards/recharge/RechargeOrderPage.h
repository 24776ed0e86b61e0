#pragma once

#include "RechargeFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class RechargeOrderPage;
}

namespace oc::gui {

// W-SVC page 2: the Huawei Cloud account id and the order number, and the commit.
class RechargeOrderPage : public WizardPage
{
    Q_OBJECT
public:
    RechargeOrderPage(AppContext *context, RechargeFlow *flow, QWidget *parent = nullptr);
    ~RechargeOrderPage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::RechargeOrderPage> m_ui;
    RechargeFlow *m_flow;
};

} // namespace oc::gui
