#pragma once

#include "HuaweiLoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

class QButtonGroup;

namespace Ui {
class HuaweiLoginBindPage;
}

namespace oc::gui {

class CodeField;

// D-LOGIN page 4 (003 §3, other accounts): a website account's first login binds it to an
// existing Huawei Cloud account (its identifier and password) or to a new one (account
// name, mobile number and code: Create and Bind) (R-ACC-19).
class HuaweiLoginBindPage : public WizardPage
{
    Q_OBJECT
public:
    HuaweiLoginBindPage(AppContext *context, HuaweiLoginFlow *flow, QWidget *parent = nullptr);
    ~HuaweiLoginBindPage() override;

    void initializePage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::HuaweiLoginBindPage> m_ui;
    HuaweiLoginFlow *m_flow;
    QButtonGroup *m_mode = nullptr;
    CodeField *m_code = nullptr;
    void showMode();
};

} // namespace oc::gui
