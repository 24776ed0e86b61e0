#pragma once

#include "HuaweiLoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

class QButtonGroup;

namespace Ui {
class HuaweiLoginCodePage;
}

namespace oc::gui {

class CodeField;

// D-LOGIN page 2 (003 §3 step 3): Obtain code — to the security phone or the email, the
// user's choice when both are bound (R-ACC-19) — and the code; OK checks it.
class HuaweiLoginCodePage : public WizardPage
{
    Q_OBJECT
public:
    HuaweiLoginCodePage(AppContext *context, HuaweiLoginFlow *flow, QWidget *parent = nullptr);
    ~HuaweiLoginCodePage() override;

    void initializePage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::HuaweiLoginCodePage> m_ui;
    HuaweiLoginFlow *m_flow;
    QButtonGroup *m_channel = nullptr;
    CodeField *m_code = nullptr;
    void showChallenge();
};

} // namespace oc::gui
