#pragma once

#include "SettlementFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class SettlementMethodPage;
}

class QButtonGroup;

namespace oc::gui {

// W-SET page 1: the workspace and its current settlement, and the new method (R-SET-1).
class SettlementMethodPage : public WizardPage
{
    Q_OBJECT
public:
    SettlementMethodPage(AppContext *context, SettlementFlow *flow, QWidget *parent = nullptr);
    ~SettlementMethodPage() override;

protected:
    void initializePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void reload();
    void showWorkspace();

    std::unique_ptr<Ui::SettlementMethodPage> m_ui;
    SettlementFlow *m_flow;
    QButtonGroup *m_methods;
};

} // namespace oc::gui
