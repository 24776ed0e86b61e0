#pragma once

#include "ReauthFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class ReauthIndividualPage;
}

namespace oc::gui {

class IndividualCertificateForm;

// W-REAUTH, the new individual owner (§4.4.2 step 6): certificate type, issuing
// country/region (R-AUTH-7), full name, certificate number, the two uploads (R-AUTH-1) — the
// form W-AUTH's individual page shares (IndividualCertificateForm) — and the declaration
// that both owners signed the form (R-AUTH-11); Submit.
class ReauthIndividualPage : public WizardPage
{
    Q_OBJECT
public:
    ReauthIndividualPage(AppContext *context, ReauthFlow *flow, QWidget *parent = nullptr);
    ~ReauthIndividualPage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;

private:
    std::unique_ptr<Ui::ReauthIndividualPage> m_ui;
    ReauthFlow *m_flow;
    std::unique_ptr<IndividualCertificateForm> m_form;
};

} // namespace oc::gui
