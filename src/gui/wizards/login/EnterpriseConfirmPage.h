#pragma once

#include "LoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class EnterpriseConfirmPage;
}

namespace oc::gui {

// W-LOGIN page 5: the fee-center account's company information, confirmed.
class EnterpriseConfirmPage : public WizardPage
{
    Q_OBJECT
public:
    EnterpriseConfirmPage(AppContext *context, LoginFlow *flow, QWidget *parent = nullptr);
    ~EnterpriseConfirmPage() override;

protected:
    void initializePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::EnterpriseConfirmPage> m_ui;
    LoginFlow *m_flow;
};

} // namespace oc::gui
