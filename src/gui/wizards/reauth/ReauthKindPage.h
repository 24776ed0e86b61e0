#pragma once

#include "ReauthFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class ReauthKindPage;
}

namespace oc::gui {

// W-REAUTH page 1, "View/Change" (my-account.md §4.4.1, §4.5.1): the account and its
// authentication, the variants its type allows with the seed's notes; Next is the seed's OK.
// A refusal of the account or of the choice (R-ACC-16, R-AUTH-4, R-AUTH-5, R-AUTH-11) shows
// next to the choice.
class ReauthKindPage : public WizardPage
{
    Q_OBJECT
public:
    ReauthKindPage(AppContext *context, ReauthFlow *flow, QWidget *parent = nullptr);
    ~ReauthKindPage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::ReauthKindPage> m_ui;
    ReauthFlow *m_flow;
    void showAccount();
};

} // namespace oc::gui
