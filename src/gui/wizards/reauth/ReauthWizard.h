#pragma once

// W-REAUTH — Re-authentication (my-account.md §4.4-§4.5, D.1). The flow is ReauthFlow (its
// nextPage() is the branching by kind); the pages are views of it.

#include "ReauthFlow.h"
#include "gui/wizards/Wizard.h"

namespace oc::gui {

class ReauthWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Kind = ReauthFlow::KindPage,
        CurrentOwner = ReauthFlow::CurrentOwnerPage,
        Individual = ReauthFlow::IndividualPage,
        Enterprise = ReauthFlow::EnterprisePage,
        NameChange = ReauthFlow::NamePage,
        Progress = ReauthFlow::ProgressPage
    };
    static constexpr auto Name = "reauthentication";

    ReauthWizard(AppContext *context, const QString &accountId, QWidget *parent = nullptr);

    ReauthFlow *flow() const { return m_flow; }
    QString title() const override;
    int nextId() const override;

private:
    ReauthFlow *m_flow;
};

} // namespace oc::gui
