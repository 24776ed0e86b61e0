#pragma once

#include "AuthFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class AuthIndividualPage;
}

namespace oc::gui {

class IndividualCertificateForm;

// W-AUTH page 2, individual (§4.2): the certificate type, issuing country/region, full name,
// certificate number and the two named uploads (R-AUTH-1, R-AUTH-7), on the form W-REAUTH's
// new owner page shares (IndividualCertificateForm).
class AuthIndividualPage : public WizardPage
{
    Q_OBJECT
public:
    AuthIndividualPage(AppContext *context, AuthFlow *flow, QWidget *parent = nullptr);
    ~AuthIndividualPage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::AuthIndividualPage> m_ui;
    AuthFlow *m_flow;
    std::unique_ptr<IndividualCertificateForm> m_form;
};

} // namespace oc::gui
