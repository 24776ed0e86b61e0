#pragma once

#include "SignUpFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class SignUpAccountPage;
}

namespace oc::gui {

class CodeField;

// W-SIGNUP page 1 (003 §2 step 2): country/region, email with its code, password (R-ACC-1, R-ACC-2,
// R-ACC-5, R-VC-1); Register creates the HUAWEI ID.
class SignUpAccountPage : public WizardPage
{
    Q_OBJECT
public:
    SignUpAccountPage(AppContext *context, SignUpFlow *flow, QWidget *parent = nullptr);
    ~SignUpAccountPage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::SignUpAccountPage> m_ui;
    SignUpFlow *m_flow;
    CodeField *m_code;
};

} // namespace oc::gui
