#pragma once

#include "CloseFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class CloseReviewPage;
}

namespace oc::gui {

// W-CLOSE page 1, Review & Feedback (my-account.md §5.11.2 step 3, D.1; R-CLS-3): the six
// Important Notes, the full Terms and Conditions on Disabling of Huawei Cloud Services behind a
// button, the warning, the acceptance checkbox and the Reason radios. The account is loaded
// here: services that are not enabled are refused next to the account.
class CloseReviewPage : public WizardPage
{
    Q_OBJECT
public:
    CloseReviewPage(AppContext *context, CloseFlow *flow, QWidget *parent = nullptr);
    ~CloseReviewPage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::CloseReviewPage> m_ui;
    CloseFlow *m_flow;
    void showAccount();
};

} // namespace oc::gui
