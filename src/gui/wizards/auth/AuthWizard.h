#pragma once

// W-AUTH — Real-name authentication (my-account.md §4.1-§4.3, D.1). The flow is AuthFlow
// (its nextPage() is the branching); the pages are views of it.

#include "AuthFlow.h"
#include "gui/wizards/Wizard.h"

namespace oc::gui {

class AuthWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Type = AuthFlow::TypePage,
        Individual = AuthFlow::IndividualPage,
        Enterprise = AuthFlow::EnterprisePage,
        Review = AuthFlow::ReviewPage,
        Progress = AuthFlow::ProgressPage
    };
    static constexpr auto Name = "authentication";

    AuthWizard(AppContext *context, const QString &accountId, QWidget *parent = nullptr);

    AuthFlow *flow() const { return m_flow; }
    QString title() const override;
    int nextId() const override;

private:
    AuthFlow *m_flow;
};

} // namespace oc::gui
