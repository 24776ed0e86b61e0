#pragma once

#include "TabbedListsView.h"

namespace oc::gui {

// Joint Operations: organizations, members, bindings and authorizations of an owner.
class JointOperationsView : public TabbedListsView
{
    Q_OBJECT
public:
    explicit JointOperationsView(AppContext *context, QWidget *parent = nullptr);

signals:
    // W-ORG for the chosen owner.
    void organizationWizardRequested(const QString &ownerAccountId);
    // W-LOGIN as the selected member.
    void loginWizardRequested(const QString &loginName);

private:
    // "Add a member later" and "authorize a new member later" (W-ORG actions outside it).
    void addMember();
    void authorizeMembers();
};

} // namespace oc::gui
