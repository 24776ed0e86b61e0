#pragma once

#include "PartnerAssocFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class PartnerFinishPage;
}

namespace oc::gui {

// W-PARTNER-ASSOC's last page (my-account.md §6.1, D.1; R-PTN-1, R-PTN-6): the HUAWEI ID now
// associated with the partner, and for a reseller that it is frozen until the partner sets a
// monthly budget (what it cannot do meanwhile, and what happens to cash coupons).
class PartnerFinishPage : public WizardPage
{
    Q_OBJECT
public:
    PartnerFinishPage(AppContext *context, PartnerAssocFlow *flow, QWidget *parent = nullptr);
    ~PartnerFinishPage() override;

protected:
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::PartnerFinishPage> m_ui;
    PartnerAssocFlow *m_flow;
};

} // namespace oc::gui
