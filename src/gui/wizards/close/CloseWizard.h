#pragma once

// W-CLOSE — Close Huawei Cloud Services (my-account.md §5.11.2, D.1; R-CLS-1..4), from the
// Disable Huawei Cloud Services area of Basic Information. The flow is CloseFlow; the pages
// are views of it.

#include "CloseFlow.h"
#include "gui/wizards/Wizard.h"

namespace oc::gui {

class CloseWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Review = CloseFlow::ReviewPage,
        Verify = CloseFlow::VerifyPage,
        Check = CloseFlow::CheckPage,
        Finish = CloseFlow::FinishPage
    };
    static constexpr auto Name = "closeServices";

    CloseWizard(AppContext *context, const QString &accountId, QWidget *parent = nullptr);

    CloseFlow *flow() const { return m_flow; }
    QString title() const override;
    int nextId() const override;
    // After accept(): "Huawei Cloud services were closed. ..." (the details show it).
    QString successMessage() const;

protected:
    // A check or a closing is not resumed: an interrupted wizard resumes at the code (a new
    // application) at the latest.
    QString draftPage() const override;

private:
    CloseFlow *m_flow;
};

} // namespace oc::gui
