#pragma once

#include "PartnerAssocFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class PartnerInstructionsPage;
}

namespace oc::gui {

// W-PARTNER-ASSOC page 1 (my-account.md §6.1 step 2, D.1; R-PTN-1, R-PTN-5, R-PTN-6): the
// partner, the Instructions for Associating with a Huawei Cloud Partner (last updated Sep 01,
// 2022), the bold freeze warning of a reseller, the required Instructions checkbox, the optional
// Letter of Authorization, and Register and Associate | Log In and Associate — the latter only
// through an online invitation, said next to it when it is not.
class PartnerInstructionsPage : public WizardPage
{
    Q_OBJECT
public:
    PartnerInstructionsPage(AppContext *context, PartnerAssocFlow *flow, QWidget *parent = nullptr);
    ~PartnerInstructionsPage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;

private:
    void showInvitation();

    std::unique_ptr<Ui::PartnerInstructionsPage> m_ui;
    PartnerAssocFlow *m_flow;
};

} // namespace oc::gui
