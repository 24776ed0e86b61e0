#pragma once

// W-SVC — recharge with stored-value cards bought on KooGallery (flows.md; seeds 000 and
// 001; R-SVC-1..4). The flow is RechargeFlow; the pages are views of it.

#include "RechargeFlow.h"
#include "gui/wizards/Wizard.h"

namespace oc::gui {

class RechargeWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Type = RechargeFlow::TypePage,
        Order = RechargeFlow::OrderPage,
        Result = RechargeFlow::ResultPage
    };
    static constexpr auto Name = "recharge";

    RechargeWizard(AppContext *context, qint64 feeCenterAccountId, QWidget *parent = nullptr);
    RechargeFlow *flow() const { return m_flow; }
    QString title() const override;

private:
    RechargeFlow *m_flow;
};

} // namespace oc::gui
