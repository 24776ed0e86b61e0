#pragma once

#include "PartnerAssocFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class PartnerTokenPage;
}

namespace oc::gui {

// W-PARTNER-ASSOC's entry (my-account.md §6.1 step 1, D.1; R-PTN-5): the partner's invitation
// link or QR token, pasted as a link ("…?token=XYZ") or as the bare token; Next loads the
// invitation (an unknown one is refused next to the field).
class PartnerTokenPage : public WizardPage
{
    Q_OBJECT
public:
    PartnerTokenPage(AppContext *context, PartnerAssocFlow *flow, QWidget *parent = nullptr);
    ~PartnerTokenPage() override;

    void initializePage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::PartnerTokenPage> m_ui;
    PartnerAssocFlow *m_flow;
};

} // namespace oc::gui
