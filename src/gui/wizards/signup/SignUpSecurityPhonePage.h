#pragma once

#include "SignUpFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class SignUpSecurityPhonePage;
}

namespace oc::gui {

class CodeField;

// W-SIGNUP page 2 (003 §2 step 3): the security phone with its code, or Skip (R-ACC-4).
class SignUpSecurityPhonePage : public WizardPage
{
    Q_OBJECT
public:
    SignUpSecurityPhonePage(AppContext *context, SignUpFlow *flow, QWidget *parent = nullptr);
    ~SignUpSecurityPhonePage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::SignUpSecurityPhonePage> m_ui;
    SignUpFlow *m_flow;
    CodeField *m_code;
};

} // namespace oc::gui
