#pragma once

#include "HuaweiLoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class HuaweiLoginTrustPage;
}

namespace oc::gui {

// D-LOGIN page 3 (003 §3 step 4): "Trust this browser?" — TRUST (later sign-ins from this
// console need no code) or Don't trust; either signs in.
class HuaweiLoginTrustPage : public WizardPage
{
    Q_OBJECT
public:
    HuaweiLoginTrustPage(AppContext *context, HuaweiLoginFlow *flow, QWidget *parent = nullptr);
    ~HuaweiLoginTrustPage() override;

    void initializePage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::HuaweiLoginTrustPage> m_ui;
    HuaweiLoginFlow *m_flow;
    bool m_dontTrust = false;
};

} // namespace oc::gui
