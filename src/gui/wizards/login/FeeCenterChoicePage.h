#pragma once

#include "LoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class FeeCenterChoicePage;
}

class QButtonGroup;

namespace oc::gui {

// W-LOGIN page 3: no fee-center account yet (register, W-REG) or an existing one (bind).
class FeeCenterChoicePage : public WizardPage
{
    Q_OBJECT
public:
    FeeCenterChoicePage(AppContext *context, LoginFlow *flow, QWidget *parent = nullptr);
    ~FeeCenterChoicePage() override;

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::FeeCenterChoicePage> m_ui;
    LoginFlow *m_flow;
    QButtonGroup *m_choice;
};

} // namespace oc::gui
