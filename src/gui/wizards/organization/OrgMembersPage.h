#pragma once

#include "OrganizationFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class OrgMembersPage;
}

class QTableWidget;

namespace oc::gui {

// W-ORG page 3: the organization's members (R-ORG-5), added and edited in MemberDialog.
class OrgMembersPage : public WizardPage
{
    Q_OBJECT
public:
    OrgMembersPage(AppContext *context, OrganizationFlow *flow, QWidget *parent = nullptr);
    ~OrgMembersPage() override;
    QTableWidget *table() const { return m_table; }

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    void reload();
    void showMembers();
    void addMember();
    void editMember();
    void removeMember();
    void remove(qint64 memberId);
    void openDialog(const std::optional<Member> &member,
                    const std::optional<OwnerPrefill> &prefill);

    std::unique_ptr<Ui::OrgMembersPage> m_ui;
    OrganizationFlow *m_flow;
    QTableWidget *m_table;
};

} // namespace oc::gui
