#pragma once

#include "HuaweiLoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

class QButtonGroup;

namespace Ui {
class HuaweiLoginPage;
}

namespace oc::gui {

// D-LOGIN page 1 (003 §3): sign in with a HUAWEI ID (identifier and password, LOG IN) or
// with a Huawei website account (its name and password).
class HuaweiLoginPage : public WizardPage
{
    Q_OBJECT
public:
    HuaweiLoginPage(AppContext *context, HuaweiLoginFlow *flow, QWidget *parent = nullptr);
    ~HuaweiLoginPage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::HuaweiLoginPage> m_ui;
    HuaweiLoginFlow *m_flow;
    QButtonGroup *m_method = nullptr;
    void showMethod();
};

} // namespace oc::gui
