#pragma once

#include "OrganizationFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class OrgAuthorizationPage;
}

namespace oc::gui {

class MemberChecklist;

// W-ORG page 5: the members who may use the bound app, and the terms (R-BND-4). Commits by
// authorizing them.
class OrgAuthorizationPage : public WizardPage
{
    Q_OBJECT
public:
    OrgAuthorizationPage(AppContext *context, OrganizationFlow *flow, QWidget *parent = nullptr);
    ~OrgAuthorizationPage() override;
    MemberChecklist *checklist() const { return m_members; }

protected:
    void initializePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void reload();

    std::unique_ptr<Ui::OrgAuthorizationPage> m_ui;
    OrganizationFlow *m_flow;
    MemberChecklist *m_members;
};

} // namespace oc::gui
