#pragma once

#include "PartnerAssocFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class SignUpAccountPage;
}

namespace oc::gui {

class CodeField;

// W-PARTNER-ASSOC page 2, Register for Association (my-account.md §6.1 step 3, D.1; R-ACC-1,
// R-ACC-2, R-VC-1): the new HUAWEI ID's country/region, email with its code and password, on
// W-SIGNUP page 1's own layout (ui/SignUpAccountPage.ui) and validators. Next checks the code
// without using it up; Enable creates the HUAWEI ID and associates it.
class PartnerRegisterPage : public WizardPage
{
    Q_OBJECT
public:
    PartnerRegisterPage(AppContext *context, PartnerAssocFlow *flow, QWidget *parent = nullptr);
    ~PartnerRegisterPage() override;

    void initializePage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::SignUpAccountPage> m_ui;
    PartnerAssocFlow *m_flow;
    CodeField *m_code;
};

} // namespace oc::gui
