#pragma once

#include "ReauthFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class ReauthProgressPage;
}

namespace oc::gui {

// W-REAUTH's last page: the request as reviewed — its kind, submitted at, due within three
// working days, its status and a rejection's reason (R-AUTH-4, R-AUTH-10).
class ReauthProgressPage : public WizardPage
{
    Q_OBJECT
public:
    ReauthProgressPage(AppContext *context, ReauthFlow *flow, QWidget *parent = nullptr);
    ~ReauthProgressPage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::ReauthProgressPage> m_ui;
    ReauthFlow *m_flow;
    void refresh();
};

} // namespace oc::gui
