#pragma once

#include "CloseFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class CloseVerifyPage;
}

namespace oc::gui {

class CodeField;

// W-CLOSE, the code (my-account.md §5.11.2 steps 5-6; R-CLS-3, R-VC-1): sent by SMS to the
// HUAWEI ID's mobile number or by email to its email address, entered, then OK submits the
// application: the three automatic checks run (R-CLS-1) and their result is stored (R-CLS-4).
class CloseVerifyPage : public WizardPage
{
    Q_OBJECT
public:
    CloseVerifyPage(AppContext *context, CloseFlow *flow, QWidget *parent = nullptr);
    ~CloseVerifyPage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;

private:
    std::unique_ptr<Ui::CloseVerifyPage> m_ui;
    CloseFlow *m_flow;
    CodeField *m_code;
};

} // namespace oc::gui
