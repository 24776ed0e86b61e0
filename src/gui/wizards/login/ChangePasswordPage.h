#pragma once

#include "LoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class ChangePasswordPage;
}

namespace oc::gui {

// W-LOGIN page 2: the first login changes the initial password (R-ORG-6).
class ChangePasswordPage : public WizardPage
{
    Q_OBJECT
public:
    ChangePasswordPage(AppContext *context, LoginFlow *flow, QWidget *parent = nullptr);
    ~ChangePasswordPage() override;

protected:
    void initializePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::ChangePasswordPage> m_ui;
    LoginFlow *m_flow;
};

} // namespace oc::gui
