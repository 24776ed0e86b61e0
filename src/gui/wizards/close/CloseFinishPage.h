#pragma once

#include "CloseFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class CloseFinishPage;
}

namespace oc::gui {

// W-CLOSE page 3, Finish (my-account.md §5.11.2 step 7, D.1; R-CLS-2, R-CLS-5): closed, the data
// kept until the end of retention (then disabled automatically), the earliest Restore and
// Disable, and where the result was "sent".
class CloseFinishPage : public WizardPage
{
    Q_OBJECT
public:
    CloseFinishPage(AppContext *context, CloseFlow *flow, QWidget *parent = nullptr);
    ~CloseFinishPage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::CloseFinishPage> m_ui;
    CloseFlow *m_flow;
};

} // namespace oc::gui
