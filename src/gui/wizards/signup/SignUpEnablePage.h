#pragma once

#include "SignUpFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class SignUpEnablePage;
}

namespace oc::gui {

// W-SIGNUP page 3 (003 §2 step 4): Enable Huawei Cloud Services — the country/region still
// editable, the required agreement, the optional promotions; or enable later (R-ACC-5, R-ACC-16).
class SignUpEnablePage : public WizardPage
{
    Q_OBJECT
public:
    SignUpEnablePage(AppContext *context, SignUpFlow *flow, QWidget *parent = nullptr);
    ~SignUpEnablePage() override;

    void initializePage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::SignUpEnablePage> m_ui;
    SignUpFlow *m_flow;
};

} // namespace oc::gui
