#pragma once

#include "LoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class LoginPage;
}

namespace oc::gui {

// W-LOGIN page 1: the unified login, account@abbreviation and password.
class LoginPage : public WizardPage
{
    Q_OBJECT
public:
    LoginPage(AppContext *context, LoginFlow *flow, QWidget *parent = nullptr);
    ~LoginPage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::LoginPage> m_ui;
    LoginFlow *m_flow;
};

} // namespace oc::gui
