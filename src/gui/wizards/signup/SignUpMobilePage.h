#pragma once

#include "SignUpFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class SignUpMobilePage;
}

namespace oc::gui {

class CodeField;

// W-SIGNUP page 4a (003 §2 step 5.1): bind the mobile number with its code (R-ACC-17), or complete
// the information later.
class SignUpMobilePage : public WizardPage
{
    Q_OBJECT
public:
    SignUpMobilePage(AppContext *context, SignUpFlow *flow, QWidget *parent = nullptr);
    ~SignUpMobilePage() override;

    // The seed's progress bar: Verify Identity, Bind Mobile Number, Complete Account
    // Information, Select Payment Option; `current` is 1-based.
    static QString progressText(int current);

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::SignUpMobilePage> m_ui;
    SignUpFlow *m_flow;
    CodeField *m_code;
};

} // namespace oc::gui
