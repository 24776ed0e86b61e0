#pragma once

#include "RegistrationFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class RegistrationDonePage;
}

namespace oc::gui {

// W-REG page 4: what the activation created (R-REG-3).
class RegistrationDonePage : public WizardPage
{
    Q_OBJECT
public:
    RegistrationDonePage(AppContext *context, RegistrationFlow *flow, QWidget *parent = nullptr);
    ~RegistrationDonePage() override;

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::RegistrationDonePage> m_ui;
    RegistrationFlow *m_flow;
};

} // namespace oc::gui
