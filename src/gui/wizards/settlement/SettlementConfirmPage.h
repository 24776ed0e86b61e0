#pragma once

#include "SettlementFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class SettlementConfirmPage;
}

namespace oc::gui {

// W-SET page 3 (`result` false): the change to confirm, the commit; page 4 (`result`
// true): the workspace as it now settles.
class SettlementConfirmPage : public WizardPage
{
    Q_OBJECT
public:
    SettlementConfirmPage(AppContext *context, SettlementFlow *flow, bool result,
                          QWidget *parent = nullptr);
    ~SettlementConfirmPage() override;

protected:
    void initializePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::SettlementConfirmPage> m_ui;
    SettlementFlow *m_flow;
    bool m_result;
};

} // namespace oc::gui
