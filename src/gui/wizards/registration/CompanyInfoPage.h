#pragma once

#include "RegistrationFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class CompanyInfoPage;
}

namespace oc::gui {

// W-REG page 2: who is billed, and the agreement (R-REG-1).
class CompanyInfoPage : public WizardPage
{
    Q_OBJECT
public:
    CompanyInfoPage(AppContext *context, RegistrationFlow *flow, QWidget *parent = nullptr);
    ~CompanyInfoPage() override;

protected:
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::CompanyInfoPage> m_ui;
    RegistrationFlow *m_flow;
};

} // namespace oc::gui
