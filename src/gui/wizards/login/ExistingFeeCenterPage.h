#pragma once

#include "LoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class ExistingFeeCenterPage;
}

namespace oc::gui {

class CodeField;

// W-LOGIN page 4: the existing fee-center account, verified by a code to its email (R-FC-3).
class ExistingFeeCenterPage : public WizardPage
{
    Q_OBJECT
public:
    ExistingFeeCenterPage(AppContext *context, LoginFlow *flow, QWidget *parent = nullptr);
    ~ExistingFeeCenterPage() override;
    CodeField *codeField() const { return m_code; }

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::ExistingFeeCenterPage> m_ui;
    LoginFlow *m_flow;
    CodeField *m_code;
};

} // namespace oc::gui
