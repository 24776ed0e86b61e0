#pragma once

#include "PartnerAssocFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class PartnerEnablePage;
}

namespace oc::gui {

// W-PARTNER-ASSOC page 3, Enable (my-account.md §6.1 step 4, D.1; R-PTN-1, R-PTN-3..6): the
// Customer Agreement, Privacy Statement and Instructions accepted together (required), the
// optional promotions; Enable registers or logs in and associates. A refusal of the eligibility
// lists every failed condition in words.
class PartnerEnablePage : public WizardPage
{
    Q_OBJECT
public:
    PartnerEnablePage(AppContext *context, PartnerAssocFlow *flow, QWidget *parent = nullptr);
    ~PartnerEnablePage() override;

    void initializePage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void showRefusal();

    std::unique_ptr<Ui::PartnerEnablePage> m_ui;
    PartnerAssocFlow *m_flow;
};

} // namespace oc::gui
