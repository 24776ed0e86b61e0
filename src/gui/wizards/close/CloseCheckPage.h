#pragma once

#include "CloseFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class CloseCheckPage;
}

namespace oc::gui {

class ClosingCheckView;

// W-CLOSE page 2, Wait for Auto Check & Confirm (my-account.md §5.11.2 step 6, D.1; R-CLS-1,
// R-CLS-4): the three checks, each passed or listing every failed condition with what to do;
// Proceed to Close (the commit button) only when all pass. A failed check ended its
// application: "Check again" goes back to the code for a new one, the entries kept.
class CloseCheckPage : public WizardPage
{
    Q_OBJECT
public:
    CloseCheckPage(AppContext *context, CloseFlow *flow, QWidget *parent = nullptr);
    ~CloseCheckPage() override;

    void initializePage() override;
    // Back to the code: this check's application is over (a new one needs a new code).
    void cleanupPage() override;

protected:
    void retranslatePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;

private:
    std::unique_ptr<Ui::CloseCheckPage> m_ui;
    CloseFlow *m_flow;
    ClosingCheckView *m_check;
    void showCheck();
    void checkAgain();
};

} // namespace oc::gui
