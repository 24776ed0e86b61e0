#pragma once

#include "TabbedListsView.h"

namespace oc::gui {

class AccountOverview;

// Billing Center: fee-center accounts, workspace management, stored-value cards.
class BillingCenterView : public TabbedListsView
{
    Q_OBJECT
public:
    explicit BillingCenterView(AppContext *context, QWidget *parent = nullptr);

signals:
    // W-REG.
    void registrationRequested();
    // W-SET for a workspace, W-SVC for a fee-center account, R-SET-6 for a locked workspace.
    void settlementWizardRequested(const QString &workspaceId);
    void rechargeWizardRequested(qint64 feeCenterAccountId);
    void unlockRequested(const QString &workspaceId, const QString &name);

private:
    void requestRecharge(const QVariant &feeCenterAccountId);
    AccountOverview *m_overview = nullptr;
};

} // namespace oc::gui
