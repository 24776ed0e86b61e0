#pragma once

#include "SignUpFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class SignUpCardPage;
}

namespace oc::gui {

// W-SIGNUP page 4b (003 §2 step 5.2): the card, the terms and the bank's simulated answer to the 1
// USD verification; a refusal is a Historical Cards row and the operator may bind again (R-ACC-18).
class SignUpCardPage : public WizardPage
{
    Q_OBJECT
public:
    SignUpCardPage(AppContext *context, SignUpFlow *flow, QWidget *parent = nullptr);
    ~SignUpCardPage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::SignUpCardPage> m_ui;
    SignUpFlow *m_flow;
    void showCards();
};

} // namespace oc::gui
