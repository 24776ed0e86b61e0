#pragma once

// The list pages of the main window, each a TabbedListsView configured for its part of
// the domain (flows.md "Views").

#include "TabbedListsView.h"
#include "core/Domain.h"

namespace oc::gui {

// Marketplace: purchased services and orders, per Huawei Cloud account.
class MarketplaceView : public TabbedListsView
{
    Q_OBJECT
public:
    explicit MarketplaceView(AppContext *context, QWidget *parent = nullptr);

signals:
    // W-BUY for the chosen account (empty: let the wizard choose).
    void purchaseRequested(const QString &accountId, oc::ProductKind product);
    // W-CANCEL for the selected purchased service.
    void closeResourceRequested(const QString &instanceId);

protected:
    void retranslate() override
    {
        TabbedListsView::retranslate();
        if (m_retranslateMore)
            m_retranslateMore();
    }

private:
    std::function<void()> m_retranslateMore;
};

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
    class AccountOverview *m_overview = nullptr;
};

// Outbox: every email and SMS the system "sent", newest first.
class OutboxView : public TabbedListsView
{
    Q_OBJECT
public:
    explicit OutboxView(AppContext *context, QWidget *parent = nullptr);

protected:
    void retranslate() override;

private:
    void showMessage();
    class QLabel *m_message = nullptr;
};

// Journal: the audit log (R-AUD-1), filterable and exportable.
class JournalView : public TabbedListsView
{
    Q_OBJECT
public:
    explicit JournalView(AppContext *context, QWidget *parent = nullptr);
};

} // namespace oc::gui
