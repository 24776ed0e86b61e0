#pragma once

#include "HuaweiLoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class HuaweiLoginDonePage;
}

namespace oc::gui {

// D-LOGIN's last page: who is signed in, its services, the website account and whether this
// device is trusted; what comes next.
class HuaweiLoginDonePage : public WizardPage
{
    Q_OBJECT
public:
    HuaweiLoginDonePage(AppContext *context, HuaweiLoginFlow *flow, QWidget *parent = nullptr);
    ~HuaweiLoginDonePage() override;

    void initializePage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::HuaweiLoginDonePage> m_ui;
    HuaweiLoginFlow *m_flow;
    void showResult();
};

} // namespace oc::gui
