#pragma once

#include "AuthFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class AuthProgressPage;
}

namespace oc::gui {

// W-AUTH's last page: the review progress — submitted at, due within three working days, the status
// and a rejection's reason (R-AUTH-4); it follows the request as it changes.
class AuthProgressPage : public WizardPage
{
    Q_OBJECT
public:
    AuthProgressPage(AppContext *context, AuthFlow *flow, QWidget *parent = nullptr);
    ~AuthProgressPage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::AuthProgressPage> m_ui;
    AuthFlow *m_flow;
    void refresh();
};

} // namespace oc::gui
