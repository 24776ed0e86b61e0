#pragma once

// W-SET — change a workspace's settlement to the Huawei Cloud account (flows.md; seeds 000
// and 001; R-SET-1..4). The flow is SettlementFlow; the pages are views of it.

#include "SettlementFlow.h"
#include "gui/wizards/Wizard.h"

namespace oc::gui {

class SettlementWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Method = SettlementFlow::MethodPage,
        Account = SettlementFlow::AccountPage,
        Confirm = SettlementFlow::ConfirmPage,
        Result = SettlementFlow::ResultPage
    };
    static constexpr auto Name = "settlement";

    SettlementWizard(AppContext *context, const QString &workspaceId, QWidget *parent = nullptr);
    SettlementFlow *flow() const { return m_flow; }
    QString title() const override;
    int nextId() const override;

private:
    SettlementFlow *m_flow;
};

} // namespace oc::gui
