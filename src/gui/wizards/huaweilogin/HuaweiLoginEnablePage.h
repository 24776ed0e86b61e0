#pragma once

#include "HuaweiLoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class SignUpEnablePage;
}

namespace oc::gui {

// D-LOGIN page 5 (003 §3 step 5): Enable Huawei Cloud Services for a not-enabled account —
// the country/region still editable, the required agreement, the optional promotions; or
// later (R-ACC-5, R-ACC-16). The layout is W-SIGNUP's Enable page's.
class HuaweiLoginEnablePage : public WizardPage
{
    Q_OBJECT
public:
    HuaweiLoginEnablePage(AppContext *context, HuaweiLoginFlow *flow, QWidget *parent = nullptr);
    ~HuaweiLoginEnablePage() override;

    void initializePage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::SignUpEnablePage> m_ui;
    HuaweiLoginFlow *m_flow;
};

} // namespace oc::gui
