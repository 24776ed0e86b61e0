#pragma once

#include "PartnerAssocFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class PartnerLoginPage;
}

namespace oc::gui {

// W-PARTNER-ASSOC page 2, Login for Association (my-account.md §6.1 step 3, D.1; R-PTN-5): an
// existing HUAWEI ID's account name (login ID, email, mobile number or tenant name) and
// password, checked on Next; only through an online invitation.
class PartnerLoginPage : public WizardPage
{
    Q_OBJECT
public:
    PartnerLoginPage(AppContext *context, PartnerAssocFlow *flow, QWidget *parent = nullptr);
    ~PartnerLoginPage() override;

    void initializePage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::PartnerLoginPage> m_ui;
    PartnerAssocFlow *m_flow;
};

} // namespace oc::gui
