#pragma once

// W-ORG — Bind the organization (Joint Operations; flows.md, seeds 002 step two, 004
// step 2, 001). The flow is OrganizationFlow (its nextPage() is the branching); the pages
// are views of it.

#include "OrganizationFlow.h"
#include "gui/wizards/Wizard.h"

namespace oc::gui {

class OrganizationWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Setup = OrganizationFlow::SetupPage,
        Progress = OrganizationFlow::ProgressPage,
        Members = OrganizationFlow::MembersPage,
        Binding = OrganizationFlow::BindingPage,
        Authorization = OrganizationFlow::AuthorizationPage,
        Done = OrganizationFlow::DonePage
    };
    static constexpr auto Name = "organization";

    OrganizationWizard(AppContext *context, const QString &ownerAccountId,
                       QWidget *parent = nullptr);

    OrganizationFlow *flow() const { return m_flow; }
    QString title() const override;
    int nextId() const override;

signals:
    void openOutboxRequested();

private:
    OrganizationFlow *m_flow;
};

} // namespace oc::gui
