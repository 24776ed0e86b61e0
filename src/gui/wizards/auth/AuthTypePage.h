#pragma once

#include "AuthFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class AuthTypePage;
}

namespace oc::gui {

// W-AUTH page 1 (my-account.md §4.1): the account, and individual or enterprise authentication with
// what each is for and the seed's warning; an account that cannot authenticate now is told why
// (R-ACC-16, R-AUTH-4, R-ACC-6).
class AuthTypePage : public WizardPage
{
    Q_OBJECT
public:
    AuthTypePage(AppContext *context, AuthFlow *flow, QWidget *parent = nullptr);
    ~AuthTypePage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::AuthTypePage> m_ui;
    AuthFlow *m_flow;
    void showAccount();
};

} // namespace oc::gui
